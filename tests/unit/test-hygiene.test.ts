/**
 * The yearly update must leave every test green: no test may write down the release it was written
 * for. This scans every file under tests/ (fixtures and scratch output aside) for the current
 * version and review date of content/release.json, read at test time, as literals: a test that needs
 * them reads helpers/content-release.ts; one about past outcomes reads the snapshot (helpers/snapshot.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vnDate } from '../../src/lib/model/publication.ts';
import { RELEASE, REVIEW_DATE } from '../helpers/content-release.ts';
import { ROOT } from '../helpers/seed.ts';

const TESTS = join(ROOT, 'tests');
/** Frozen inputs may hold any date; tests/.tmp holds builds. */
const SKIPPED = ['fixtures', '.tmp'].map((d) => join(TESTS, d));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The current release's version and review date, in the forms a test would write them. */
const PINS = [
  { what: `the release ${RELEASE.version}`, pattern: new RegExp(`(?<![\\d.])${escape(RELEASE.version)}(?!\\.?\\d)`) },
  { what: `the review date ${REVIEW_DATE}`, pattern: new RegExp(`(?<!\\d)${escape(REVIEW_DATE)}(?!\\d)`) },
  { what: `the review date as ${vnDate(REVIEW_DATE)}`, pattern: new RegExp(`(?<![\\d/])${escape(vnDate(REVIEW_DATE))}(?!\\d)`) },
];

/** Each line of `text` that writes one of the pins, as "line: what". */
function pinsIn(text: string): string[] {
  return text.split('\n').flatMap((line, i) => PINS.filter((p) => p.pattern.test(line)).map((p) => `${i + 1}: ${p.what}`));
}

function testFiles(dir: string): string[] {
  if (SKIPPED.includes(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : [],
  );
}

describe('tests that survive the yearly update', () => {
  it('no file under tests/ writes the current release or review date (content/release.json)', () => {
    const files = testFiles(TESTS);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => pinsIn(readFileSync(f, 'utf8')).map((p) => `${relative(ROOT, f)}:${p}`));
    expect(found).toEqual([]);
  });

  it('finds a pin however the test writes it, and nothing else', () => {
    const [major, minor, patch] = RELEASE.version.split('.').map(Number) as [number, number, number];
    expect(pinsIn(`expect(release.version).toBe('${RELEASE.version}');`)).toEqual([`1: the release ${RELEASE.version}`]);
    expect(pinsIn(`\n{ "date": "${REVIEW_DATE}" }`)).toEqual([`2: the review date ${REVIEW_DATE}`]);
    expect(pinsIn(`phiên bản ${RELEASE.version} (${vnDate(REVIEW_DATE)})`)).toHaveLength(2);
    // Another version or date is not this release's.
    expect(pinsIn(`'${major}.${minor}.${patch + 1}' '${major}.${minor}.${patch}0' '1${RELEASE.version}' '${REVIEW_DATE}0'`)).toEqual([]);
  });
});
