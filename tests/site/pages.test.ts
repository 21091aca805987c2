/** The built site has a page for every record, and index pages show the datasets' counts. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSite } from '../../scripts/lib/site-files.ts';
import type { AgencyRecord, LegalDocumentRecord, TaskRecord } from '../../src/lib/model/records.ts';
import { DIST } from '../helpers/built-site.ts';
import { builtData as data, builtHtml as html, hrefsOn, astroEscaped as escapeHtml } from '../helpers/built-pages.ts';
import { ROOT } from '../helpers/seed.ts';
import { sha256 } from '../../src/lib/model/hash.ts';
import { parseManifest } from '../../src/lib/model/manifest.ts';

describe('pages per record', () => {
  const tasks = data<TaskRecord>('tasks');
  const agencies = data<AgencyRecord>('agencies');
  const documents = data<LegalDocumentRecord>('legal_documents');

  it('publishes the datasets under /data/', () => {
    expect(tasks).toHaveLength(90);
    for (const f of ['tasks.csv', 'tasks.excel.csv', 'manifest.json', 'plan.json', 'source.txt'])
      expect(existsSync(join(DIST, 'data', f)), f).toBe(true);
  });

  it('holds the downloads linked in after the pages (src/integrations/public-links.ts): every file its manifest lists, at the listed size and hash, and the icon', () => {
    const manifest = parseManifest(readFileSync(join(DIST, 'data', 'manifest.json'), 'utf8'), 'dist/data/manifest.json');
    const listed = [...manifest.files, ...manifest.catalogue];
    expect(listed.length).toBeGreaterThan(70);
    for (const f of listed) {
      const bytes = readFileSync(join(DIST, 'data', f.path));
      expect([bytes.length, sha256(bytes)], f.path).toEqual([f.bytes, f.sha256]);
    }
    expect(readFileSync(join(DIST, 'favicon.svg')).equals(readFileSync(join(ROOT, 'public', 'favicon.svg')))).toBe(true);
  });

  it('every task has its page, with its id and content', () => {
    for (const t of tasks) {
      const page = html(`nhiem-vu/${t.slug}`);
      expect(page, t.id).toContain(t.id);
      expect(page, t.id).toContain(escapeHtml(t.content).slice(0, 60));
    }
  });

  it('every agency and every legal document has its page', () => {
    for (const a of agencies) expect(html(`co-quan/${a.id}`), a.id).toContain(escapeHtml(a.name));
    for (const d of documents) expect(existsSync(join(DIST, 'van-ban', d.id, 'index.html')), d.id).toBe(true);
  });

  it('the task index links all 90 tasks, the agency index all agencies, the document index all documents', () => {
    // Task pages only: not the pre-rendered lists (years, groups, the past-due list).
    const taskLinks = new Set(
      hrefsOn('nhiem-vu').filter((h) => /^\/nhiem-vu\/[a-z0-9-]+\/$/.test(h) && !/\/(nam|nhom)\//.test(h) && h !== '/nhiem-vu/qua-han/'),
    );
    expect([...taskLinks].sort()).toEqual(tasks.map((t) => `/nhiem-vu/${t.slug}/`).sort());
    const agencyLinks = new Set(hrefsOn('co-quan').filter((h) => /^\/co-quan\/[a-z0-9-]+\/$/.test(h)));
    expect(agencyLinks.size).toBe(agencies.length);
    const docLinks = new Set(hrefsOn('van-ban').filter((h) => /^\/van-ban\/[a-z0-9-]+\/$/.test(h)));
    expect(docLinks.size).toBe(documents.length);
  });

  it('the per-year lists hold exactly the tasks active that year', () => {
    for (let year = 2022; year <= 2030; year++) {
      const links = new Set(
        hrefsOn(`nhiem-vu/nam/${year}`).filter((h) => /^\/nhiem-vu\/[a-z0-9-]+\/$/.test(h) && !/\/(nam|nhom)\//.test(h)),
      );
      const expected = tasks.filter((t) => t.start_year <= year && year <= t.end_year).map((t) => `/nhiem-vu/${t.slug}/`);
      expect([...links].sort(), String(year)).toEqual(expected.sort());
    }
  });

  it('gives every page its public address as canonical, with Open Graph and Dublin Core tags', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'data', 'manifest.json'), 'utf8')) as { site_url: string };
    const pages = readSite(DIST, '/').filter((p) => p.file !== '404.html');
    expect(pages.length).toBeGreaterThan(200);
    // A chart made for framing (…/nhung/) names its indicator page, and asks search engines not to index it.
    const embed = (p: { path: string }) => p.path.endsWith('/nhung/');
    expect(pages.filter(embed).length).toBe(JSON.parse(readFileSync(join(DIST, 'data', 'indicators.json'), 'utf8')).length);
    for (const p of pages) {
      const address = `${manifest.site_url}${p.path.replace(/^\//, '')}`;
      expect(p.canonical, p.file).toBe(embed(p) ? address.replace(/nhung\/$/, '') : address);
      expect(readFileSync(join(DIST, p.file), 'utf8').includes('<meta name="robots" content="noindex">'), p.file).toBe(embed(p));
    }
    const task = readFileSync(join(DIST, 'nhiem-vu', 'i-4-6', 'index.html'), 'utf8');
    for (const tag of [
      'property="og:title"',
      'property="og:description"',
      'property="og:url"',
      'name="twitter:card"',
      'name="DC.title"',
      'name="DC.creator"',
      'name="DC.date"',
      'name="DC.description"',
      'name="DC.publisher"',
      'name="DC.identifier"',
      'name="DC.language"',
    ]) {
      expect(task, tag).toContain(tag);
    }
    // The dataset pages keep their own, fuller Dublin Core: one DC.title each.
    expect(readFileSync(join(DIST, 'du-lieu', 'tasks', 'index.html'), 'utf8').match(/name="DC\.title"/g)).toHaveLength(1);
    expect(readFileSync(join(DIST, '404.html'), 'utf8')).not.toContain('rel="canonical"');
  });

  it('lists every page in sitemap.xml at the address its canonical declares, and robots.txt points to it', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const canonicals = readSite(DIST, '/')
      .flatMap((p) => (p.canonical && !p.path.endsWith('/nhung/') ? [p.canonical] : []))
      .sort();
    expect(locs).toEqual(canonicals);
    const manifest = JSON.parse(readFileSync(join(DIST, 'data', 'manifest.json'), 'utf8')) as { site_url: string };
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${manifest.site_url}sitemap.xml`);
  });

  it('tells Excel and LibreOffice users which file to take and how to import it', () => {
    const page = readFileSync(join(DIST, 'du-lieu', 'index.html'), 'utf8');
    expect(page).toContain('<strong>Excel, LibreOffice Calc, Google Sheets:</strong> tải tệp <strong>Excel (.xlsx)</strong>');
    expect(page).toContain('href="/data/all-data.xlsx"');
    expect(page).toContain('<strong>Cần tệp CSV trong Excel:</strong>');
    expect(page).toContain('<strong>Cần tệp CSV trong LibreOffice Calc:</strong>');
    expect(page).toContain('Unicode (UTF-8)');
    const agency = readFileSync(join(DIST, 'co-quan', 'so-tttt', 'index.html'), 'utf8');
    expect(agency).toContain('href="/data/co-quan/so-tttt.xlsx"');
    expect(readFileSync(join(DIST, 'nhiem-vu', 'nam', '2023', 'index.html'), 'utf8')).toContain('href="/data/nhiem-vu/nam/2023.xlsx"');
  });

  it('task lists link each task by its id and first words, with the full text as plain text', () => {
    const tasks = JSON.parse(readFileSync(join(DIST, 'data', 'tasks.json'), 'utf8')) as TaskRecord[];
    const html = readFileSync(join(DIST, 'nhiem-vu', 'index.html'), 'utf8');
    const items = [...html.matchAll(/<li class="task-item[^"]*"[^>]*data-task-id="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g)];
    expect(items).toHaveLength(tasks.length);
    const text = (h: string) =>
      h
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/\s+/g, ' ')
        .trim();
    for (const [, id, body] of items) {
      const task = tasks.find((t) => t.id === id)!;
      const link = text(/<a href="\/nhiem-vu\/[^"]+\/"[^>]*>([\s\S]*?)<\/a>/.exec(body!)![1]!);
      expect(link.startsWith(`${id} `), id).toBe(true);
      expect(link.length, id).toBeLessThanOrEqual(id!.length + 1 + 82);
      const whole = task.content.replace(/\s+/g, ' ').trim();
      // A short task is its own link; a longer one follows its link as plain text, in full.
      if (link === `${id} ${whole}`) continue;
      expect(link.endsWith(' …') || whole.startsWith(link.slice(id!.length + 1)), id).toBe(true);
      expect(text(body!.replace(/<a [\s\S]*?<\/a>/g, '')), id).toContain(whole.slice(0, 60));
    }
  });

  it('the agency list counts the collective entries apart and marks each one', () => {
    const agencies = JSON.parse(readFileSync(join(DIST, 'data', 'agencies.json'), 'utf8')) as AgencyRecord[];
    const collective = agencies.filter((a) => a.is_collective);
    expect(collective.length).toBeGreaterThan(0);
    const page = readFileSync(join(DIST, 'co-quan', 'index.html'), 'utf8').replace(/\s+/g, ' ');
    expect(page).toContain(`${agencies.length - collective.length} cơ quan, đơn vị cụ thể và ${collective.length} cách ghi chung`);
    expect(page.match(/\(cách ghi chung, chỉ một nhóm\)/g)).toHaveLength(collective.length);
  });

  it('ends every page with </html>: nothing, no script, after it (the W3C checker stops there)', () => {
    for (const p of readSite(DIST, '/')) {
      const text = readFileSync(join(DIST, p.file), 'utf8');
      expect(text.trimEnd().endsWith('</html>'), p.file).toBe(true);
    }
  });

  it('has a Vietnamese 404 page', () => {
    expect(readFileSync(join(DIST, '404.html'), 'utf8')).toMatch(/Không tìm thấy|không tồn tại/i);
  });
});
