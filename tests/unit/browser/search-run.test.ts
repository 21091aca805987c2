import { describe, expect, it } from 'vitest';
import { runSearch } from '../../../src/lib/browser/search-run.ts';
import type { Scored } from '../../../src/lib/browser/search-query.ts';

/**
 * A few pages and a stand-in for Pagefind 1.6 over them, as measured on a fixture (search-query.ts):
 * combining marks are folded but "đ" stays "đ"; a quoted query matches its words in a row, exactly,
 * and scores every page alike (1.0); an unquoted one matches each word by prefix, drops words with no
 * match and ANDs the rest.
 */
const PAGES: Record<string, string> = {
  'dong-thap': 'Chuyển đổi số tỉnh Đồng Tháp',
  'dat-dai': 'Hoàn thiện cơ sở dữ liệu đất đai',
  // Listed first and with more of the words, so only the phrase puts the next page before it.
  'ky-so-apart': 'Ký số, ký tên bằng số điện thoại, viết chữ rõ',
  'chu-ky-so': 'Dùng chữ ký số trong văn bản điện tử',
  'dong-thoi-gian': 'Dòng thời gian của kế hoạch',
  // "chu" only as the start of "chưa": a prefix match, not the word.
  'chua-ky-so': 'Chưa ký số, chưa có kỳ báo cáo',
  // Both have "sở y tế"; the law comes first in the index, the department's page has the words more often.
  luat: 'Luật giao việc cho Sở Y tế và nhiều cơ quan khác, các bộ, các ngành, các tỉnh',
  'so-y-te': 'Sở Y tế: trang của Sở Y tế, nhiệm vụ của Sở Y tế',
};
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLocaleLowerCase('vi');
const words = (s: string) =>
  fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const index = Object.entries(PAGES).map(([id, text]) => ({ id, words: words(text) }));

function makeFind() {
  const asked: string[] = [];
  const find = async (term: string): Promise<Scored[]> => {
    asked.push(term);
    const quoted = /^".+"$/u.test(term);
    const q = words(term);
    const hits = index.filter((page) =>
      quoted
        ? page.words.some((_, i) => q.every((w, j) => page.words[i + j] === w))
        : (() => {
            const known = q.filter((w) => index.some((p) => p.words.some((x) => x.startsWith(w))));
            return known.length > 0 && known.every((w) => page.words.some((x) => x.startsWith(w)));
          })(),
    );
    // Score: 1 for a quoted search; else how often the query's words occur on the page.
    return hits.map((p) => ({ id: p.id, score: quoted ? 1 : p.words.filter((w) => q.includes(w)).length }));
  };
  return { find, asked };
}

const ids = (r: { results: Scored[] }) => r.results.map((x) => x.id);

describe('runSearch', () => {
  it('finds "Đồng Tháp" typed without diacritics, through the đ-spelling', async () => {
    const { find } = makeFind();
    expect(ids(await runSearch(find, 'dong thap'))).toEqual(['dong-thap']);
    expect(ids(await runSearch(find, 'dat dai'))).toEqual(['dat-dai']);
  });

  it('lists the pages with the words as a phrase first, then those with them apart', async () => {
    const { find } = makeFind();
    const r = await runSearch(find, 'chu ky so');
    expect(ids(r)).toEqual(['chu-ky-so', 'ky-so-apart']);
    expect(r.missing).toEqual([]);
  });

  it('an exact phrase in quotes finds only the pages with it; the loose search only orders them', async () => {
    const { find, asked } = makeFind();
    expect(ids(await runSearch(find, '"chu ky so"'))).toEqual(['chu-ky-so']);
    expect(asked).toContain('chu ky so');
    expect(ids(await runSearch(find, '"so y te"'))).toEqual(['so-y-te', 'luat']);
  });

  it('orders the phrase pages by the unquoted search’s score (quoted scores are all alike)', async () => {
    const { find } = makeFind();
    expect(ids(await runSearch(find, 'so y te'))).toEqual(['so-y-te', 'luat']);
  });

  it('keeps only pages with every word as a whole word: "chu" does not find "chưa" by prefix', async () => {
    const { find } = makeFind();
    expect((await find('chu ky so')).map((x) => x.id)).toContain('chua-ky-so');
    expect(ids(await runSearch(find, 'chu ky so'))).not.toContain('chua-ky-so');
  });

  it('sets aside a word that is on no page instead of matching it by prefix, and searches the rest', async () => {
    const { find } = makeFind();
    // Pagefind alone would drop "quantum" silently; here it is named, and "thoi" still searched.
    const r = await runSearch(find, 'quantum thoi');
    expect(r.missing).toEqual(['quantum']);
    expect(ids(r)).toEqual(['dong-thoi-gian']);
    expect(await runSearch(find, 'quantum')).toEqual({ results: [], missing: ['quantum'] });
  });

  it('asks nothing for an empty query', async () => {
    const { find, asked } = makeFind();
    expect(await runSearch(find, '   ')).toEqual({ results: [], missing: [] });
    expect(asked).toEqual([]);
  });
});
