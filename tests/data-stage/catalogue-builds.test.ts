/**
 * The data stage's catalogues from the CLI, as a portal runs it: two builds give the same bytes in any
 * time zone, only the URLs change with SITE_URL, and a bad release or public address stops the build
 * leaving the output as it was. Needs no site build.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData, mutatedContent, scratch, snapshotDir } from '../helpers/cli.ts';
import { RELEASE } from '../helpers/content-release.ts';

describe('two builds', () => {
  let a: Map<string, Buffer>;
  let b: Map<string, Buffer>;
  let other: Map<string, Buffer>;
  beforeAll(() => {
    const [x, y, z] = [join(scratch(), 'data'), join(scratch(), 'data'), join(scratch(), 'data')];
    expect(buildData(['--out', x, '--quiet']).status).toBe(0);
    // Another time zone: zip and spreadsheet timestamps come from the release date, not the clock or the zone.
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(buildData(['--out', y, '--quiet']).status).toBe(0);
    } finally {
      delete process.env.TZ;
    }
    process.env.SITE_URL = 'https://cong.example.vn/du-lieu-mo/';
    try {
      expect(buildData(['--out', z, '--quiet']).status).toBe(0);
    } finally {
      delete process.env.SITE_URL;
    }
    [a, b, other] = [snapshotDir(x), snapshotDir(y), snapshotDir(z)];
  });

  it('give a byte-identical zip, spreadsheets and catalogues, in any time zone', () => {
    for (const name of [
      'all-data.zip',
      'all-data.xlsx',
      'tasks.xlsx',
      'targets.xlsx',
      'datapackage.json',
      'catalog.jsonld',
      'data.json',
      'tasks.ckan.json',
      'manifest.json',
    ]) {
      expect(a.get(name)!.equals(b.get(name)!), name).toBe(true);
    }
  });

  it('take their public URL from SITE_URL, and only their URLs change', () => {
    const catalog = other.get('catalog.jsonld')!.toString('utf8');
    expect(catalog).toContain('"https://cong.example.vn/du-lieu-mo/data/tasks.csv"');
    expect(catalog).not.toContain('localhost');
    expect(a.get('catalog.jsonld')!.toString('utf8')).toContain('"http://localhost:4321/data/tasks.csv"');
    expect(other.get('tasks.csv')!.equals(a.get('tasks.csv')!)).toBe(true);
  });
});

describe('a bad release or public URL stops the build, leaving the output as it was', () => {
  it('a release.json without a valid version, a SITE_URL that is not a URL, or a BASE_PATH that contradicts it', () => {
    const out = join(scratch(), 'data');
    expect(buildData(['--out', out, '--quiet']).status).toBe(0);
    const before = snapshotDir(out);
    const content = mutatedContent(scratch(), 'release.json', (t) => t.replace(`"${RELEASE.version}"`, '"một"'));
    const bad = buildData(['--out', out, '--content', content]);
    expect(bad.status).toBe(1);
    // Named at the line of the version (line 2), no longer line 1 for every problem.
    expect(bad.stderr).toMatch(/release\.json:2: expected version to be a semantic version/);
    process.env.SITE_URL = 'dongthap.gov.vn/chuyen-doi-so';
    try {
      const badUrl = buildData(['--out', out]);
      expect(badUrl.status).toBe(1);
      expect(badUrl.stderr).toContain('SITE_URL:1: expected an absolute http(s) URL');
      process.env.SITE_URL = 'https://cong.example.vn/chuyen-doi-so/';
      process.env.BASE_PATH = '/du-lieu-mo/';
      const contradiction = buildData(['--out', out]);
      expect(contradiction.status).toBe(1);
      expect(contradiction.stderr).toContain('BASE_PATH:1: expected the path of SITE_URL (/chuyen-doi-so/) or no BASE_PATH at all');
    } finally {
      delete process.env.SITE_URL;
      delete process.env.BASE_PATH;
    }
    const after = snapshotDir(out);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, b] of before) expect(after.get(name)!.equals(b), name).toBe(true);
  });
});
