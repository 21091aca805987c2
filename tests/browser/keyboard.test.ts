/**
 * The two pages with controls, used with the keyboard alone (Tab, arrows, typing, Enter): the task
 * filter on /nhiem-vu/ and the search on /tim-kiem/. Every control reached shows a focus outline.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST } from '../helpers/built-site.ts';
import { servedWithBrowser } from '../helpers/served-build.ts';

const dist = process.env.SITE_DIST ?? DIST;
const site = servedWithBrowser(dist);

interface Focused {
  tag: string;
  name: string | null;
  id: string;
  href: string | null;
  outline: string;
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      name: el.getAttribute('name'),
      id: el.id,
      href: el.getAttribute('href'),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
    };
  });

/** Presses Tab until `match` holds for the focused element (at most `max` times); returns it. */
async function tabTo(page: Page, match: (f: Focused) => boolean, max = 40): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (match(f)) return f;
  }
  throw new Error(`not reached with ${max} presses of Tab`);
}

const visibleCount = (page: Page) =>
  page.$$eval('li[data-task-id]', (lis) => lis.filter((li) => (li as HTMLElement).offsetParent !== null).length);

describe('keyboard only', () => {
  it('task filter: Tab reaches each select in order, ArrowDown changes one, the list and the URL follow', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.server.page('nhiem-vu/'));
    await expect.poll(() => page.isVisible('#loc-nhiem-vu')).toBe(true);
    expect(await visibleCount(page)).toBe(90);

    const reached: string[] = [];
    const order = ['nhom', 'chu-tri', 'chu-tri-hien-nay', 'phoi-hop', 'nam', 'tinh-trang'];
    for (const name of order) {
      const f = await tabTo(page, (x) => x.tag === 'select');
      expect(f.name).toBe(name);
      // The focus is visible (global.css :focus-visible: a 3px outline).
      expect(f.outline).toBe('solid 3px');
      reached.push(f.name!);
    }
    expect(reached).toEqual(order);

    // Back to the first select, and choose its next option with the arrow key.
    for (let i = 1; i < order.length; i++) await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).name).toBe('nhom');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.$eval('select[name="nhom"]', (s) => (s as HTMLSelectElement).value)).toBe('I');
    await expect.poll(() => new URL(page.url()).search).toBe('?nhom=I');
    const shown = await visibleCount(page);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(90);
    expect(await page.textContent('#so-nhiem-vu')).toBe(`Đang hiển thị ${shown}/90 nhiệm vụ`);
    // Only tasks of group I remain.
    const ids = await page.$$eval('li[data-task-id]', (lis) =>
      lis.filter((li) => (li as HTMLElement).offsetParent !== null).map((li) => (li as HTMLElement).dataset.taskId!),
    );
    expect(ids.every((id) => id.startsWith('I.'))).toBe(true);

    // The buttons come next, and "Xóa bộ lọc" works with Enter.
    const clear = await tabTo(page, (x) => x.tag === 'button');
    expect(clear.id).toBe('xoa-loc');
    await page.keyboard.press('Enter');
    await expect.poll(() => visibleCount(page)).toBe(90);
    await page.close();
  });

  it('search: type a query, submit with Enter, Tab to the first result, Enter opens it', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(site.server.page('tim-kiem/'));
    const input = await tabTo(page, (x) => x.id === 'search-q');
    expect(input.outline).toBe('solid 3px');
    await page.keyboard.type('dong thap');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#search-results li h3 a');
    const first = await page.$eval('#search-results li h3 a', (a) => a.getAttribute('href')!);
    // From the box: the submit button, the filter menus, then the first result.
    const link = await tabTo(page, (x) => x.tag === 'a', 6);
    expect(link.href).toBe(first);
    expect(link.outline).toBe('solid 3px');
    await Promise.all([page.waitForURL((u) => u.pathname === new URL(first, site.server.origin).pathname), page.keyboard.press('Enter')]);
    expect(await page.textContent('h1')).toBeTruthy();
    await page.close();
  });
});
