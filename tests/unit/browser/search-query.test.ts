import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  displayQuery,
  knownSelection,
  filterValueOf,
  foldText,
  rankByPhrase,
  splitMissing,
  titleFirst,
  wholeWordsOnly,
  stateUrl,
  combineVariants,
  dVariants,
  excerptSegments,
  facetCounts,
  formatQuery,
  MAX_COMBINATIONS,
  mergeResults,
  parseQuery,
  readState,
  resultKind,
  type FilterIds,
  type VariantHits,
} from '../../../src/lib/browser/search-query.ts';
import { reviewedTable } from '../../helpers/reviewed-tables.ts';

const tasks = reviewedTable('tasks');

/**
 * A stand-in for Pagefind 1.6 on the real task texts, as measured on a fixture: words are matched
 * by prefix after removing combining marks (tones, circumflex, breve, horn), but "đ" stays "đ".
 */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLocaleLowerCase('vi');
const taskWords = tasks.map((t) => ({ id: t.id, words: fold(t.content).split(/[^\p{L}\p{N}]+/u) }));
const pagefindLike = (query: string): string[] => {
  const words = query.split(' ').filter((w) => taskWords.some((t) => t.words.some((x) => x.startsWith(fold(w)))));
  if (words.length === 0) return []; // Pagefind drops words with no match and ANDs the rest
  return taskWords.filter((t) => words.every((w) => t.words.some((x) => x.startsWith(fold(w))))).map((t) => t.id);
};
const hitsOf = (word: string): VariantHits => ({ text: word, hits: pagefindLike(word).length });
const expand = (raw: string): string[] => {
  const { words, exact } = parseQuery(raw);
  return combineVariants(words.map((w) => dVariants(w).map(hitsOf))).map((c) => formatQuery(c, exact));
};
const search = (raw: string): string[] => [...new Set(expand(raw).flatMap(pagefindLike))];

describe('parseQuery and dVariants', () => {
  it('lowercases, normalises to NFC and keeps exact phrases', () => {
    // "Đồng" typed with combining marks (NFD) becomes the precomposed form Pagefind indexes.
    expect(parseQuery('  Đồng   THÁP '.normalize('NFD'))).toEqual({ words: ['đồng', 'tháp'], exact: false });
    expect(parseQuery('"dat dai"')).toEqual({ words: ['dat', 'dai'], exact: true });
    expect(parseQuery('')).toEqual({ words: [], exact: false });
  });

  it('offers đ only for a leading d (đ begins a syllable)', () => {
    expect(dVariants('dat')).toEqual(['dat', 'đat']);
    expect(dVariants('đất')).toEqual(['đất']);
    expect(dVariants('thap')).toEqual(['thap']);
    expect(dVariants('adn')).toEqual(['adn']);
  });
});

describe('combineVariants', () => {
  it('keeps only the spellings that occur, and the typed one when none does', () => {
    expect(
      combineVariants([
        [
          { text: 'dat', hits: 0 },
          { text: 'đat', hits: 5 },
        ],
        [
          { text: 'dai', hits: 2 },
          { text: 'đai', hits: 9 },
        ],
        [{ text: 'xyz', hits: 0 }],
      ]),
    ).toEqual([
      ['đat', 'dai', 'xyz'],
      ['đat', 'đai', 'xyz'],
    ]);
    expect(combineVariants([])).toEqual([]);
  });

  it('caps the number of searches, keeping the most frequent spelling beyond the cap', () => {
    const ambiguous = (n: number): VariantHits[] => [
      { text: `d${n}`, hits: 1 },
      { text: `đ${n}`, hits: 2 },
    ];
    const combos = combineVariants([1, 2, 3, 4, 5].map(ambiguous));
    expect(combos).toHaveLength(MAX_COMBINATIONS);
    expect(combos.every((c) => c[3] === 'đ4' && c[4] === 'đ5')).toBe(true);
  });
});

describe('on the real task texts (Pagefind-like matching)', () => {
  it('finds đất đai, Đồng Tháp and điện tử typed without diacritics', () => {
    expect(pagefindLike('dat dai')).not.toContain('I.4.1'); // the problem
    expect(expand('dat dai')).toContain('đat đai');
    expect(search('dat dai')).toContain('I.4.1');
    expect(search('dat dai')).toEqual(expect.arrayContaining(pagefindLike('đất đai')));
    expect(search('dong thap')).toEqual(expect.arrayContaining(pagefindLike('đồng tháp')));
    expect(search('dien tu').sort()).toEqual(expect.arrayContaining(pagefindLike('điện tử')));
    expect(pagefindLike('điện tử').length).toBeGreaterThan(0);
  });

  it('leaves queries without a leading d alone, and keeps plain-d words (dữ liệu, dân)', () => {
    expect(expand('chuyen so')).toEqual(['chuyen so']);
    expect(search('du lieu')).toEqual(pagefindLike('dữ liệu'));
    expect(expand('"dat dai"')).toContain('"đat đai"');
  });
});

describe('mergeResults', () => {
  it('keeps each page once with its best-scoring result, best first', () => {
    const merged = mergeResults([
      [
        { id: 'a', score: 1, q: 1 },
        { id: 'b', score: 5, q: 1 },
      ],
      [
        { id: 'a', score: 3, q: 2 },
        { id: 'c', score: 1, q: 2 },
      ],
    ]);
    expect(merged).toEqual([
      { id: 'b', score: 5, q: 1 },
      { id: 'a', score: 3, q: 2 },
      { id: 'c', score: 1, q: 2 },
    ]);
  });
});

describe('filters', () => {
  const filterIds: FilterIds = {
    nhom: { I: new Set(['a', 'b']), II: new Set(['c']) },
    'chu-tri': { 'Sở TT&TT': new Set(['a', 'c']), 'Sở Tài chính': new Set(['b']) },
  };
  const items = ['a', 'b', 'c', 'd'].map((id) => ({ id, score: 1 }));

  it('narrows results by every selected value', () => {
    expect(applyFilters(items, filterIds, {}).map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(applyFilters(items, filterIds, { nhom: 'I' }).map((x) => x.id)).toEqual(['a', 'b']);
    expect(applyFilters(items, filterIds, { nhom: 'I', 'chu-tri': 'Sở TT&TT' }).map((x) => x.id)).toEqual(['a']);
    expect(applyFilters(items, filterIds, { nhom: 'IV' })).toEqual([]);
  });

  it('counts each menu under the other menus’ choices', () => {
    expect(facetCounts(['a', 'b', 'c', 'd'], filterIds, { nhom: 'I' })).toEqual({
      nhom: { I: 2, II: 1 },
      'chu-tri': { 'Sở TT&TT': 1, 'Sở Tài chính': 1 },
    });
  });
});

describe('excerptSegments', () => {
  it('turns Pagefind excerpt HTML into text runs, marking only <mark>', () => {
    // A real excerpt (Pagefind 1.6): "<" and ">" of the page text escaped, "&" and quotes left as they are.
    const html = 'Sở TT&TT <mark>đất.</mark> Chữ &lt;b&gt;in đậm&lt;/b&gt; và "trích" <mark>đất</mark> <mark>đai</mark>';
    expect(excerptSegments(html)).toEqual([
      { text: 'Sở TT&TT ', mark: false },
      { text: 'đất.', mark: true },
      { text: ' Chữ <b>in đậm</b> và "trích" ', mark: false },
      { text: 'đất', mark: true },
      { text: ' ', mark: false },
      { text: 'đai', mark: true },
    ]);
    expect(excerptSegments('<img src=x onerror=alert(1)>')).toEqual([{ text: '<img src=x onerror=alert(1)>', mark: false }]);
  });
});

describe('state and kinds', () => {
  it('reads the GET form’s fields', () => {
    expect(readState(new URLSearchParams('q=dong+thap&nhom=I&x=1'), ['nhom', 'chu-tri'])).toEqual({
      query: 'dong thap',
      selection: { nhom: 'I' },
    });
  });

  it('names the kind of page from its URL under any base', () => {
    expect(resultKind('/nhiem-vu/i-4-1/', '/')).toBe('Nhiệm vụ');
    expect(resultKind('/chuyen-doi-so/co-quan/so-tttt/', '/chuyen-doi-so/')).toBe('Cơ quan');
    expect(resultKind('/co-quan-hien-nay/so-y-te/', '/')).toBe('Cơ quan hiện nay');
    expect(resultKind('/ke-hoach/#III-5-a', '/')).toBe('Kế hoạch');
    expect(resultKind('/', '/')).toBe('Trang chủ');
    expect(resultKind('/khac/', '/')).toBeUndefined();
  });
});

describe('robust against odd input', () => {
  it('splitMissing: a word none of whose spellings is an exact word of the index is missing', () => {
    const hits = new Map([
      ['chuyen', 3],
      ['doi', 0],
      ['đoi', 5],
      ['quantum', 0],
    ]);
    expect(splitMissing(['chuyen', 'doi', 'quantum'], hits)).toEqual({ found: ['chuyen', 'doi'], missing: ['quantum'] });
  });

  it('rankByPhrase: phrase results first, each page once', () => {
    const r = (id: string, score: number) => ({ id, score });
    expect(rankByPhrase([[r('b', 1)]], [[r('a', 9), r('b', 5), r('c', 2)]]).map((x) => x.id)).toEqual(['b', 'a', 'c']);
  });

  it('rankByPhrase: the phrase pages (all scored 1 by a quoted search) in the loose search’s order; unscored ones last', () => {
    const r = (id: string, score: number) => ({ id, score });
    const phrase = [[r('law', 1), r('x', 1), r('dept', 1)]];
    const loose = [[r('dept', 16), r('other', 9), r('law', 4)]];
    expect(rankByPhrase(phrase, loose).map((x) => x.id)).toEqual(['dept', 'law', 'x', 'other']);
    expect(rankByPhrase(phrase, loose, true).map((x) => x.id)).toEqual(['dept', 'law', 'x']);
    // The phrase search's result is kept (its excerpt marks the phrase).
    expect(rankByPhrase(phrase, loose)[0]!.score).toBe(1);
  });

  it('wholeWordsOnly: keeps the pages found by every word’s exact search', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(wholeWordsOnly(items, [new Set(['a', 'b']), new Set(['b', 'c'])])).toEqual([{ id: 'b' }]);
    expect(wholeWordsOnly(items, [])).toEqual(items);
  });

  it('filterValueOf: the value whose pages include the id; none for a page without it; own keys only', () => {
    const values = { 'dang-thuc-hien': new Set(['t1']), 'da-hoan-thanh': new Set(['t2']) };
    expect(filterValueOf('t2', values)).toBe('da-hoan-thanh');
    expect(filterValueOf('agency-page', values)).toBeUndefined();
    expect(filterValueOf('t1', undefined)).toBeUndefined();
    expect(filterValueOf('t1', Object.create({ inherited: new Set(['t1']) }) as Record<string, Set<string>>)).toBeUndefined();
  });

  it('foldText: tones, marks and đ folded, punctuation as spaces', () => {
    expect(foldText('Các sở, ban, ngành tỉnh')).toBe('cac so ban nganh tinh');
    expect(foldText('  Sở Y tế ')).toBe(foldText('so y te'));
    expect(foldText('Đồng Tháp')).toBe('dong thap');
    expect(foldText('Ủy ban (UBND)')).toBe('uy ban ubnd');
  });

  it('titleFirst: the pages titled as the query (typed with or without marks) first, the rest in their order', () => {
    const items = ['body', 'law', 'agency', 'unknown'].map((id) => ({ id }));
    const titles = new Map([
      ['body', 'Các sở, ban, ngành tỉnh Đồng Tháp'],
      ['law', 'Luật 72/2025/QH15'],
      ['agency', 'Các sở, ban, ngành tỉnh'],
    ]);
    const order = (q: string) => titleFirst(items, titles, q).map((x) => x.id);
    expect(order('Các sở, ban, ngành tỉnh')).toEqual(['agency', 'body', 'law', 'unknown']);
    expect(order('cac so ban nganh tinh')).toEqual(['agency', 'body', 'law', 'unknown']);
    expect(order('"các sở ban ngành tỉnh"')).toEqual(['agency', 'body', 'law', 'unknown']);
    // A query that is only part of a title moves nothing.
    expect(order('các sở')).toEqual(['body', 'law', 'agency', 'unknown']);
    expect(order('   ')).toEqual(['body', 'law', 'agency', 'unknown']);
  });

  it('displayQuery: strips control and bidi characters, caps at 80 characters', () => {
    expect(displayQuery('\u202Echu\u0007  ky\u200F so ')).toBe('chu ky so');
    expect(displayQuery('x'.repeat(200))).toBe(`${'x'.repeat(80)}…`);
  });

  it('filter values are own keys only: __proto__, constructor, toString match nothing and are dropped', () => {
    const ids: FilterIds = { nhom: { I: new Set(['p1']) } };
    for (const value of ['__proto__', 'constructor', 'toString']) {
      expect(applyFilters([{ id: 'p1' }], ids, { nhom: value })).toEqual([]);
      expect(knownSelection({ nhom: value }, ids)).toEqual({});
    }
    expect(knownSelection({ nhom: 'I', 'chu-tri': 'so-x' }, ids)).toEqual({ nhom: 'I' });
    expect(resultKind('/constructor/', '/')).toBeUndefined();
    expect(resultKind('/chi-tieu/dti-rank/', '/')).toBe('Chỉ tiêu');
  });

  it('stateUrl keeps a double-slash path on the same site', () => {
    const u = new URL(stateUrl('http://localhost:4321//tim-kiem/?q=a', { query: 'chu ky so', selection: { nhom: 'I' } }));
    expect(u.origin).toBe('http://localhost:4321');
    expect(u.search).toBe('?q=chu+ky+so&nhom=I');
  });
});
