import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageArgs, packageScorm, type WrittenPackage } from '../../scripts/package-scorm.ts';
import { SCENARIO_DIR } from '../support/scenarios.ts';

/*
 * The SCORM packages `npm run package:scorm` writes, built for real (one scenario, both versions) and
 * read back: the manifest has what the SCORM content-packaging schemas require, in the right
 * namespaces, and lists exactly the files the zip holds.
 */
const BUILD_BUDGET_MS = 240_000;

/** What each version's schemas name: namespaces, schema version, and how the SCO type is spelled. */
const EXPECTED = {
  '1.2': {
    namespace: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    schemaversion: '1.2',
    scormType: 'adlcp:scormtype',
  },
  '2004': {
    namespace: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
    schemaversion: '2004 4th Edition',
    scormType: 'adlcp:scormType',
  },
} as const;

/** xsd:ID: an NCName. */
const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

type Node = Record<string, unknown>;
const list = (v: unknown): Node[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]) as Node[];
const text = (v: unknown) => (typeof v === 'object' && v !== null ? (v as Node)['#text'] : v);

const scenarioIds = readdirSync(SCENARIO_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(join(SCENARIO_DIR, f), 'utf8').match(/^id: (.+)$/m)![1]!);
const chosen = scenarioIds[0]!;

let written: WrittenPackage[] = [];
beforeAll(async () => {
  written = await packageScorm({
    scenario: chosen,
    versions: ['1.2', '2004'],
    outDir: mkdtempSync(join(tmpdir(), 'scorm-test-')),
  });
}, BUILD_BUDGET_MS);

describe.each(['1.2', '2004'] as const)('the SCORM %s package of one scenario', (version) => {
  const open = () => {
    const zip = written.find((p) => p.version === version)!;
    const entries = unzipSync(readFileSync(zip.path));
    const manifestText = strFromU8(entries['imsmanifest.xml']!);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      parseTagValue: false,
    }).parse(manifestText) as Node;
    return { zip, entries, manifestText, manifest: parsed.manifest as Node };
  };

  it('has a well-formed imsmanifest.xml at the root of the zip, in the version’s namespaces', () => {
    const { manifestText, manifest } = open();
    expect(XMLValidator.validate(manifestText)).toBe(true);
    expect(manifest['@xmlns']).toBe(EXPECTED[version].namespace);
    expect(manifest['@xmlns:adlcp']).toBe(EXPECTED[version].adlcp);
    expect(manifest['@identifier']).toMatch(NCNAME);
    const metadata = manifest.metadata as Node;
    expect(text(metadata.schema)).toBe('ADL SCORM');
    expect(text(metadata.schemaversion)).toBe(EXPECTED[version].schemaversion);
  });

  it('has the required organization, item and SCO resource, each reference pointing at what exists', () => {
    const { manifest, entries } = open();
    const organizations = manifest.organizations as Node;
    const orgs = list(organizations.organization);
    expect(orgs.length).toBeGreaterThan(0);
    expect(orgs.map((o) => o['@identifier'])).toContain(organizations['@default']);
    const resources = list((manifest.resources as Node).resource);
    const items = orgs.flatMap((o) => list(o.item));
    expect(items.length).toBeGreaterThan(0);
    for (const org of orgs) expect(String(text(org.title))).toMatch(/\S/);
    for (const item of items) {
      expect(String(text(item.title))).toMatch(/\S/);
      expect(resources.map((r) => r['@identifier'])).toContain(item['@identifierref']);
      expect(item['@parameters']).toBe(`?scorm=${version}`);
    }
    const ids = [manifest, ...orgs, ...items, ...resources].map((n) => n['@identifier']);
    for (const id of ids) expect(String(id)).toMatch(NCNAME);
    expect(new Set(ids).size).toBe(ids.length);
    const sco = resources.find((r) => r['@identifier'] === items[0]!['@identifierref'])!;
    expect(sco['@type']).toBe('webcontent');
    expect(sco[`@${EXPECTED[version].scormType}`]).toBe('sco');
    expect(entries[String(sco['@href'])], 'the launch file is in the zip').toBeDefined();
  });

  it('lists every file in the zip, once, and no file that is not there', () => {
    const { manifest, entries } = open();
    const listed = list((manifest.resources as Node).resource)
      .flatMap((r) => list(r.file))
      .map((f) => decodeURIComponent(String(f['@href'])));
    const inZip = Object.keys(entries).filter((f) => f !== 'imsmanifest.xml');
    expect([...listed].sort()).toEqual([...inZip].sort());
    expect(new Set(listed).size).toBe(listed.length);
    expect(inZip).toContain('index.html');
  });

  it('holds the chosen scenario only, names it in its title, and has no offline worker', () => {
    const { manifest, entries } = open();
    expect(
      String(text((manifest.organizations as Node & { organization: Node }).organization.title)),
    ).toMatch(/^De open ambtenaar: \S/);
    const code = Object.entries(entries)
      .filter(([name]) => name.endsWith('.js'))
      .map(([, data]) => strFromU8(data))
      .join('\n');
    // An id as a string literal in the built code (any quotes); checked as booleans, not to print the code.
    const names = (id: string) => new RegExp(`["'\`]${id}["'\`]`).test(code);
    expect(names(chosen), chosen).toBe(true);
    for (const other of scenarioIds.filter((id) => id !== chosen)) expect(names(other), other).toBe(false);
    expect(Object.keys(entries)).not.toContain('sw.js');
  });
});

describe('npm run package:scorm, its options', () => {
  it('takes --scenario, --scorm and --out, makes both versions by default, and refuses what it does not know', async () => {
    expect(packageArgs([]).versions).toEqual(['1.2', '2004']);
    expect(packageArgs(['--scenario', 'x', '--scorm', '2004'])).toMatchObject({
      scenario: 'x',
      versions: ['2004'],
    });
    expect(() => packageArgs(['--scorm', '3'])).toThrow(/1\.2 or 2004/);
    expect(() => packageArgs(['--scenario'])).toThrow(/needs a value/);
    expect(() => packageArgs(['--senario', 'x'])).toThrow(/Unknown option/);
    await expect(
      packageScorm({ scenario: 'bestaat-niet', versions: ['1.2'], outDir: tmpdir() }),
    ).rejects.toThrow(new RegExp(`Known: .*${chosen}`));
  });
});
