/**
 * The style sheet (docs/van-phong.md), as far as a machine can check it: words the interface does not
 * use appear on no built page, and the interface's own source writes tones the new way (hóa, not hoá).
 * The plan's own text is quoted as it is, so only strings the plan never contains are checked on pages.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSite } from '../../scripts/lib/site-files.ts';
import { ROOT } from '../helpers/seed.ts';
import { DIST } from '../helpers/built-site.ts';

// "Văn bản gốc" named a text conversion of the PDF: it is the "tệp nguồn" (source file) of the data.
const FORBIDDEN = ['Tỉ lệ', 'tỉ lệ', 'BOM', 'RFC 4180', 'Tên trong tệp', 'Chiều tốt', 'Mã chỉ số:', 'Văn bản gốc', 'văn bản gốc'];
const seed = readFileSync(join(ROOT, 'seeds', 'ke-hoach-04-NQ-TU-dong-thap.txt'), 'utf8');

/** The text a reader sees: no scripts, styles, JSON-LD, tags or attributes. */
const visibleText = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sourceFiles(p, out);
    else if (/\.(astro|ts|mdx)$/.test(name)) out.push(p);
  }
  return out;
}

describe('words (docs/van-phong.md)', () => {
  it('the plan itself never uses the words checked, so finding one on a page means the interface wrote it', () => {
    for (const w of FORBIDDEN) expect(seed.includes(w), w).toBe(false);
  });

  it('no built page shows them', () => {
    const found: string[] = [];
    // The changelog quotes past release notes as they were published.
    for (const p of readSite(DIST, '/').filter((x) => !x.file.startsWith('thay-doi/'))) {
      const text = visibleText(readFileSync(join(DIST, p.file), 'utf8'));
      for (const w of FORBIDDEN) if (text.includes(w)) found.push(`${p.file}: ${w}`);
    }
    expect(found).toEqual([]);
  });

  it('no built page shows a straight double quote in its words: quotes are curly, codes are in <code>', () => {
    // The plan has none, so any on a page is ours. Code, preformatted text, the embed snippet and the
    // datasets' row previews and example values (data, shown as in the CSV) keep theirs.
    expect(seed.includes('"')).toBe(false);
    const found: string[] = [];
    for (const p of readSite(DIST, '/').filter((x) => !x.file.startsWith('thay-doi/'))) {
      const main = /<main[\s\S]*<\/main>/.exec(readFileSync(join(DIST, p.file), 'utf8'))?.[0] ?? '';
      const words = main
        .replace(/<(code|pre|textarea)\b[\s\S]*?<\/\1>/g, ' ')
        .replace(/<table class="cat-preview">[\s\S]*?<\/table>|<td data-label="Ví dụ"[^>]*>[\s\S]*?<\/td>/g, ' ');
      const text = visibleText(words).replace(/&quot;|&#34;/g, '"');
      for (const m of text.matchAll(/.{0,30}"/g)) found.push(`${p.file}: …${m[0]}`);
    }
    expect(found).toEqual([]);
  });

  it('the interface source writes tones the new way (hóa, ủy), except the table that matches the plan’s spellings', () => {
    const old = /(?<![qQ])(oá|oà|oả|oã|oạ|oé|oè|oẻ|oẽ|oẹ|uỷ|uý|uỳ|uỹ|uỵ)(?!\p{L})/u;
    const offenders = sourceFiles(join(ROOT, 'src'))
      .filter((f) => !f.endsWith(join('lib', 'pipeline', 'agencies.ts')))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((l, i) => [f, i + 1, l] as const),
      )
      .filter(([, , l]) => old.test(l))
      .map(([f, n, l]) => `${f.slice(ROOT.length + 1)}:${n}: ${l.trim().slice(0, 80)}`);
    expect(offenders).toEqual([]);
  });
});
