/**
 * Readers see words, not codes: no code of codes.ts ("lte", "no_information") and no column or
 * dataset name with an underscore ("is_collective", "agency_successors") stands as a word in what a
 * built page shows or says (tests/helpers/reader-text.ts), nor in what the search index holds and cuts
 * its excerpts from (Pagefind's fragments). Allowed: the data pages (/du-lieu/), which document the
 * columns and give each code beside its words, and the changelog (/thay-doi/), whose release notes
 * tell data users which columns and codes changed, quoted as they were published.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import * as codes from '../../src/lib/model/codes.ts';
import type { CodeList, CodeWords } from '../../src/lib/model/codes.ts';
import { DATASETS } from '../../src/lib/model/dictionary.ts';
import { listFiles } from '../../scripts/lib/site-files.ts';
import { DIST } from '../helpers/built-site.ts';
import { readerText } from '../helpers/reader-text.ts';

const ALLOWED = /^(du-lieu|thay-doi)\//;

const lists = (Object.values(codes) as unknown[]).filter(
  (v): v is CodeList =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((w) => typeof (w as CodeWords).label === 'string'),
);
const CODES = [...new Set(lists.flatMap((l) => Object.keys(l)))];
const NAMES = [...new Set(DATASETS.flatMap((d) => [d.name, ...d.columns.map((c) => c.name)]))].filter((n) => n.includes('_'));

/**
 * A code as a word: not part of a longer word, a file name ("tasks.csv"), an address or an id
 * ("so-y-te"); a full stop after it may end a sentence.
 */
const AS_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}_./-])(${[...CODES, ...NAMES].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}_/-]|\\.[\\p{L}\\p{N}])`,
  'gu',
);

const found = (where: string, text: string) =>
  [...text.replace(/\s+/g, ' ').matchAll(AS_WORD)].map(
    (m) => `${where}: ${m[1]} in “…${text.replace(/\s+/g, ' ').slice(Math.max(0, m.index - 40), m.index + 40)}…”`,
  );

describe('codes on pages', () => {
  it('knows the codes and the names it looks for (a check for nothing would pass everything)', () => {
    expect(CODES).toEqual(expect.arrayContaining(['lte', 'eq', 'gt', 'no_information', 'in_progress', 'lead', 'year_range']));
    expect(NAMES).toEqual(expect.arrayContaining(['is_collective', 'member_of', 'agency_successors']));
    expect(found('x', 'So sánh: lte (không quá)')).toHaveLength(1);
    expect(found('x', 'tải tasks.csv hoặc /nhiem-vu/i-4-6/ của so-y-te')).toEqual([]);
  });

  it('no built page shows or says a code or a column name, outside the data pages and the changelog', () => {
    const pages = listFiles(DIST).filter((f) => f.endsWith('.html') && !ALLOWED.test(f));
    expect(pages.length).toBeGreaterThan(100);
    const problems = pages.flatMap((f) => found(f, readerText(readFileSync(join(DIST, f), 'utf8')).visible.join(' ')));
    expect(problems).toEqual([]);
  });

  it('the search index holds none either, so no result excerpt shows one', () => {
    const dir = join(DIST, 'pagefind', 'fragment');
    const fragments = readdirSync(dir).map(
      (name) =>
        JSON.parse(
          gunzipSync(readFileSync(join(dir, name)))
            .toString('utf8')
            .slice('pagefind_dcd'.length),
        ) as { url: string; content: string },
    );
    expect(fragments.length).toBeGreaterThan(100);
    const problems = fragments.filter((f) => !ALLOWED.test(f.url.slice(1))).flatMap((f) => found(f.url, f.content));
    expect(problems).toEqual([]);
  });
});
