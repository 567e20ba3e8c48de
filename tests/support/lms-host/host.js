// The test LMS's launch page (see lms-server.ts): scorm-again's API on this window, started from what
// the LMS kept, commits sent to the test server with the values the course set since the last commit,
// and the package launched in the iframe at the address its imsmanifest.xml gives.
const version = new URLSearchParams(location.search).get('scorm') === '2004' ? '2004' : '1.2';
const sets = [];
const settings = {
  lmsCommitUrl: `/lms/commit?scorm=${version}`,
  dataCommitFormat: 'flattened',
  autocommit: false,
  logLevel: 5,
  requestHandler: (commit) => ({ ...commit, sets: sets.splice(0) }),
};
const launch = await (await fetch(`/lms/launch?scorm=${version}`)).json();
const api = version === '1.2' ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
api.on(version === '1.2' ? 'LMSSetValue.cmi.*' : 'SetValue.cmi.*', (element, value) => {
  sets.push([element, String(value)]);
});
api.loadFromFlattenedJSON(launch);
if (version === '1.2') window.API = api;
else window.API_1484_11 = api;

const manifestText = await (await fetch(`/course-${version}/imsmanifest.xml`)).text();
const manifest = new DOMParser().parseFromString(manifestText, 'application/xml');
const organizations = manifest.querySelector('organizations');
const organization = [...manifest.querySelectorAll('organization')].find(
  (o) => o.getAttribute('identifier') === organizations.getAttribute('default'),
);
const item = organization.querySelector('item');
const resource = [...manifest.querySelectorAll('resource')].find(
  (r) => r.getAttribute('identifier') === item.getAttribute('identifierref'),
);
const frame = document.getElementById('course');
frame.src = `/course-${version}/${resource.getAttribute('href')}${item.getAttribute('parameters') ?? ''}`;
document.body.dataset.launched = frame.src;
