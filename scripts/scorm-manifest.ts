/**
 * The `imsmanifest.xml` of the game's SCORM package: one organization with one item, launching one
 * SCO (the game's index.html) that lists every file of the package. SCORM 1.2 (IMS Content Packaging
 * 1.1.2 with ADL's adlcp 1.2) or SCORM 2004 4th Edition (IMS CP 1.1.4, adlcp v1p3). The launch
 * parameter `?scorm=<version>` tells the game which API to look for first and that it runs in an LMS.
 */

export type PackageVersion = '1.2' | '2004';

export interface ManifestInput {
  readonly version: PackageVersion;
  /** An XML ID (NCName): letters, digits, hyphens, not starting with a digit. */
  readonly identifier: string;
  readonly title: string;
  /** The package version, e.g. package.json's. */
  readonly release: string;
  /** Every file of the package but the manifest itself, with forward slashes. */
  readonly files: readonly string[];
  readonly launch: string;
}

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A file's path as a manifest href: each segment percent-encoded where it must be. */
const href = (path: string) => path.split('/').map(encodeURIComponent).join('/');

const NAMESPACES: Record<PackageVersion, string> = {
  '1.2': [
    'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
  ].join(' '),
  '2004': [
    'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
    'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
    'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
    'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
  ].join(' '),
};

export const scormManifest = (input: ManifestInput): string => {
  const { version, identifier } = input;
  const schemaVersion = version === '1.2' ? '1.2' : '2004 4th Edition';
  const scormType = version === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType';
  const title = xml(input.title);
  const files = input.files.map((f) => `      <file href="${xml(href(f))}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${identifier}" version="${xml(input.release)}" ${NAMESPACES[version]}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${schemaVersion}</schemaversion>
  </metadata>
  <organizations default="${identifier}-org">
    <organization identifier="${identifier}-org">
      <title>${title}</title>
      <item identifier="${identifier}-item" identifierref="${identifier}-sco" isvisible="true" parameters="?scorm=${version}">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${identifier}-sco" type="webcontent" ${scormType}="sco" href="${xml(href(input.launch))}">
${files}
    </resource>
  </resources>
</manifest>
`;
};
