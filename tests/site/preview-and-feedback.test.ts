/**
 * What a reader of a build is told about it: a build without SITE_URL says on every page that it is
 * a local preview (its addresses are not the public ones), the portal build does not; the footer's
 * "Báo lỗi / góp ý" is a link only once content/release.json gives the publisher an e-mail or a form;
 * the plan page and the about page give the plan's number and date, or say they are not found.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planIdentityLine } from '../../src/lib/view/plan-identity.ts';
import { builtHtml as html } from '../helpers/built-pages.ts';
import { RELEASE } from '../helpers/content-release.ts';
import { DIST, DIST_BASE } from '../helpers/built-site.ts';

/** Every page of a build made with the site's shell (layouts/Base.astro: it has the site header). */
function shellPages(dist: string): [string, string][] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f): [string, string] => [f, readFileSync(join(dist, f), 'utf8')])
    .filter(([, page]) => page.includes('class="site-header"'));
}

const NOTE = /<div class="local-preview no-print"[^>]*role="note"[^>]*>([\s\S]*?)<\/div>/;

describe('a local build says it is a preview; the portal build does not', () => {
  it('shows the note in the header of every page of the default build (no SITE_URL), naming the local address', () => {
    const pages = shellPages(DIST);
    expect(pages.length).toBeGreaterThan(100);
    for (const [f, page] of pages) {
      const note = page.match(NOTE);
      expect(note, f).not.toBeNull();
      expect(note![1], f).toContain('Bản xem thử trên máy');
      expect(note![1], f).toContain('http://localhost:4321/');
      // In the header (a landmark), not in <main>, which the search index reads.
      expect(page.indexOf('local-preview'), f).toBeLessThan(page.indexOf('</header>'));
      expect(page.indexOf('local-preview'), f).toBeGreaterThan(page.indexOf('<header'));
    }
  });

  it('shows no such note on any page of the portal build (SITE_URL set)', () => {
    const pages = shellPages(DIST_BASE);
    expect(pages.length).toBeGreaterThan(100);
    for (const [f, page] of pages) {
      expect(page, f).not.toContain('local-preview');
      expect(page, f).not.toContain('Bản xem thử trên máy');
    }
  });
});

describe('the footer\'s "Báo lỗi / góp ý"', () => {
  const { email, feedback_url: form, homepage } = RELEASE.publisher;
  const paths = ['', 'nhiem-vu/i-4-6', 'co-quan/so-tttt', 'ke-hoach'];
  it.skipIf(email !== '' || form !== '')(
    'is no link while the publisher names neither an e-mail nor a form, but says where to write',
    () => {
      for (const path of paths) {
        const footer = html(path).split('<footer class="site-footer"')[1]!;
        expect(footer, path).not.toContain('class="feedback"');
        expect(footer, path).toContain('Báo lỗi, góp ý: trang chưa có địa chỉ nhận riêng; xin gửi qua');
        expect(footer, path).toContain(`href="${homepage}"`);
        expect(footer, path).toContain('href="/cach-danh-gia/#gop-y"');
      }
    },
  );
  it.skipIf(email === '' && form === '')('links to the e-mail (prefilled with the page) or the form once one is set', () => {
    for (const path of paths) {
      const footer = html(path).split('<footer class="site-footer"')[1]!;
      expect(footer, path).toMatch(
        email ? new RegExp(`class="feedback" href="mailto:${email.replace(/[.+]/g, '\\$&')}\\?subject=`) : /class="feedback" href="/,
      );
      expect(footer, path).not.toContain('chưa có địa chỉ nhận riêng');
    }
  });
});

describe("the plan's number and signing date", () => {
  it('are given, or said to be not found, on the plan page and the about page', () => {
    const line = planIdentityLine(RELEASE.plan);
    for (const path of ['ke-hoach', 'gioi-thieu']) expect(html(path), path).toContain(`<strong>${line}.</strong>`);
    if (RELEASE.plan.number === null) expect(line).toBe('Số và ngày ký của Kế hoạch: chưa tìm thấy trong bản văn và nguồn công khai');
  });
});
