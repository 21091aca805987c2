/**
 * The task list's filter in a real browser: filtering, the URL query, restoring it on reload, the
 * live count, the CSV download, the no-JS fallback, and axe on the list and a task page.
 * SITE_DIST (and SITE_BASE for a build under a portal subdirectory) point it at another build while
 * developing; the default is the global setup's dist/ at "/".
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { axeViolations, DIST } from '../helpers/built-site.ts';
import { servedWithBrowser } from '../helpers/served-build.ts';

const dist = process.env.SITE_DIST ?? DIST;
const base = process.env.SITE_BASE ?? '/';
const tasks = JSON.parse(readFileSync(`${dist}/data/tasks.json`, 'utf8')) as {
  id: string;
  lead_agency_ids: string[];
  lead_body_ids: string[];
  status: string;
  past_due: boolean;
}[];
const site = servedWithBrowser(dist, base);

/** The ids of the tasks a reader sees, as the list shows them (the year and status pages carry no filter attributes). */
const visibleIds = (page: import('playwright-core').Page) =>
  page.$$eval('li.task-item', (lis) =>
    lis.filter((li) => (li as HTMLElement).offsetParent !== null).map((li) => li.querySelector('.task-id')!.textContent!.trim()),
  );

describe('task filter (/nhiem-vu/)', () => {
  it('narrows the list to one lead agency, puts it in the URL, and restores it on reload', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(site.server.page('nhiem-vu/'));
    await expect.poll(() => page.isVisible('#loc-nhiem-vu')).toBe(true);
    expect(await page.textContent('#so-nhiem-vu')).toBe('Đang hiển thị 90/90 nhiệm vụ');

    await page.selectOption('select[name="chu-tri"]', 'so-gtvt');
    const expected = tasks.filter((t) => t.lead_agency_ids.includes('so-gtvt')).map((t) => t.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(await visibleIds(page)).toEqual(expected);
    // Exactly the items whose data-lead lists the agency.
    const byAttr = await page.$$eval('li[data-task-id]', (lis) =>
      lis.filter((li) => (li as HTMLElement).dataset.lead!.split(' ').includes('so-gtvt')).map((li) => (li as HTMLElement).dataset.taskId),
    );
    expect(await visibleIds(page)).toEqual(byAttr);
    expect(new URL(page.url()).search).toBe('?chu-tri=so-gtvt');
    expect(await page.textContent('#so-nhiem-vu')).toBe(`Đang hiển thị ${expected.length}/90 nhiệm vụ`);
    expect(await page.getAttribute('#so-nhiem-vu', 'aria-live')).toBe('polite');
    // Sections left empty are hidden: only group III and its sub-group III.10 remain.
    const headings = await page.$$eval('#danh-sach-nhiem-vu :is(h2, h3)', (hs) =>
      hs.filter((h) => (h as HTMLElement).offsetParent !== null).map((h) => h.id),
    );
    expect(headings).toEqual(['nhom-iii', 'nhom-iii-10']);
    expect(await page.textContent('#nhom-iii')).toMatch(/\(6\/25 nhiệm vụ\)$/);
    expect(await page.textContent('#nhom-iii-10')).toMatch(/\(6 nhiệm vụ\)$/);

    await page.reload();
    await expect.poll(() => page.inputValue('select[name="chu-tri"]')).toBe('so-gtvt');
    expect(await visibleIds(page)).toEqual(expected);
    expect(await page.textContent('#so-nhiem-vu')).toBe(`Đang hiển thị ${expected.length}/90 nhiệm vụ`);

    await page.click('#xoa-loc');
    expect(await visibleIds(page)).toHaveLength(90);
    expect(await page.textContent('#nhom-iii')).toMatch(/\(25 nhiệm vụ\)$/);
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('applies a shared link with several fields and ignores unknown values', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.page('nhiem-vu/?nhom=I.4&nam=2022&chu-tri=khong-co'));
    await expect.poll(() => page.inputValue('select[name="nhom"]')).toBe('I.4');
    expect(await page.inputValue('select[name="chu-tri"]')).toBe('');
    const ids = await visibleIds(page);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('I.4.'))).toBe(true);
    expect(new URL(page.url()).search).toBe('?nhom=I.4&nam=2022');
    await page.close();
  });

  it('filters by implementation status, in the URL, combined with the other fields, and downloads the status', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.page('nhiem-vu/'));
    await expect.poll(() => page.isVisible('#loc-nhiem-vu')).toBe(true);
    await page.selectOption('select[name="tinh-trang"]', 'done');
    const done = tasks.filter((t) => t.status === 'done').map((t) => t.id);
    expect(done.length).toBeGreaterThan(0);
    expect(await visibleIds(page)).toEqual(done);
    expect(new URL(page.url()).search).toBe('?tinh-trang=done');
    await page.selectOption('select[name="tinh-trang"]', 'in_progress');
    await page.selectOption('select[name="chu-tri"]', 'so-tttt');
    const both = tasks.filter((t) => t.status === 'in_progress' && t.lead_agency_ids.includes('so-tttt')).map((t) => t.id);
    expect(await visibleIds(page)).toEqual(both);
    expect(new URL(page.url()).search).toBe('?chu-tri=so-tttt&tinh-trang=in_progress');
    await page.reload();
    await expect.poll(() => page.inputValue('select[name="tinh-trang"]')).toBe('in_progress');
    expect(await visibleIds(page)).toEqual(both);
    // The visible tasks' CSV carries the status columns of tasks.excel.csv.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#tai-csv')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const header = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(',');
    expect(header).toEqual(expect.arrayContaining(['status', 'status_as_of', 'past_due', 'due_date']));
    const statusAt = header.indexOf('status');
    const rows = csv.split('\r\n').slice(1).filter(Boolean);
    expect(rows).toHaveLength(both.length);
    // A row's status cell (the content column may hold commas, so parse from the end).
    for (const r of rows) expect(r.split(',').at(statusAt - header.length)).toBe('in_progress');
    await page.close();
  });

  it('filters to the past-due tasks (tasks.past_due), in the URL, combined with a lead body, and names the download after it', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.page('nhiem-vu/'));
    await expect.poll(() => page.isVisible('#loc-nhiem-vu')).toBe(true);
    await page.selectOption('select[name="qua-han"]', 'co');
    const pastDue = tasks.filter((t) => t.past_due).map((t) => t.id);
    expect(pastDue.length).toBeGreaterThan(0);
    expect(pastDue.length).toBeLessThan(tasks.length);
    expect(await visibleIds(page)).toEqual(pastDue);
    expect(new URL(page.url()).search).toBe('?qua-han=co');
    expect(await page.textContent('#so-nhiem-vu')).toBe(`Đang hiển thị ${pastDue.length}/${tasks.length} nhiệm vụ`);
    // Who holds them: today's body that leads the most past-due tasks.
    const counts = new Map<string, number>();
    for (const t of tasks.filter((x) => x.past_due)) for (const b of t.lead_body_ids) counts.set(b, (counts.get(b) ?? 0) + 1);
    const [body] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    await page.selectOption('select[name="chu-tri-hien-nay"]', body);
    const both = tasks.filter((t) => t.past_due && t.lead_body_ids.includes(body)).map((t) => t.id);
    expect(await visibleIds(page)).toEqual(both);
    expect(new URL(page.url()).search).toBe(`?chu-tri-hien-nay=${body}&qua-han=co`);
    await page.reload();
    await expect.poll(() => page.inputValue('select[name="qua-han"]')).toBe('co');
    expect(await visibleIds(page)).toEqual(both);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#tai-csv')]);
    expect(download.suggestedFilename()).toBe(`nhiem-vu_chu-tri-hien-nay-${body}_qua-han-co.csv`);
    const [header, ...rows] = Papa.parse<string[]>(readFileSync((await download.path())!, 'utf8').slice(1), { skipEmptyLines: true }).data;
    expect(rows.map((r) => r[0])).toEqual(both);
    for (const r of rows) expect(r[header!.indexOf('past_due')]).toBe('true');
    // A value the select does not offer is dropped, as for the other fields.
    await page.goto(site.server.page('nhiem-vu/?qua-han=khong'));
    await expect.poll(() => page.isVisible('#loc-nhiem-vu')).toBe(true);
    expect(await page.inputValue('select[name="qua-han"]')).toBe('');
    expect(await visibleIds(page)).toHaveLength(tasks.length);
    await page.close();
  });

  it('without JavaScript leads from the home page and the quick links to the pre-rendered past-due list', async () => {
    const pastDue = tasks.filter((t) => t.past_due).map((t) => t.id);
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.page(''));
    await page.click('[data-past-due-total] a');
    await page.waitForURL(`**${base}nhiem-vu/qua-han/`);
    expect(await visibleIds(page)).toEqual(pastDue);
    await page.goto(site.server.page('nhiem-vu/'));
    await page.click('.quick summary');
    await page.click(`.quick a[href$="nhiem-vu/qua-han/"]`);
    await page.waitForURL(`**${base}nhiem-vu/qua-han/`);
    expect(await visibleIds(page)).toEqual(pastDue);
    await context.close();
  });

  it("filters by today's lead body: Sở Khoa học và Công nghệ after the 2025 mergers shows the former Sở TT&TT's tasks too", async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.page('nhiem-vu/'));
    await expect.poll(() => page.isVisible('#loc-nhiem-vu')).toBe(true);
    // Today's body that holds both 2022 roles (bodies.agency_ids), by its id.
    const bodies = JSON.parse(readFileSync(`${dist}/data/bodies.json`, 'utf8')) as { id: string; agency_ids: string[] }[];
    const id = bodies.find((b) => b.agency_ids.includes('so-tttt') && b.agency_ids.includes('so-khcn'))!.id;
    await page.selectOption('select[name="chu-tri-hien-nay"]', id);
    const expected = tasks.filter((t) => t.lead_agency_ids.includes('so-tttt') || t.lead_agency_ids.includes('so-khcn')).map((t) => t.id);
    expect(await visibleIds(page)).toEqual(expected);
    expect(new URL(page.url()).search).toBe(`?chu-tri-hien-nay=${id}`);
    await page.close();
  });

  it('without JavaScript offers a pre-rendered list per status', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.page('nhiem-vu/'));
    await page.click('.quick summary');
    await page.click('.quick a[href$="tinh-trang/da-hoan-thanh/"]');
    expect(new URL(page.url()).pathname).toBe(`${base}nhiem-vu/tinh-trang/da-hoan-thanh/`);
    expect(await visibleIds(page)).toEqual(tasks.filter((t) => t.status === 'done').map((t) => t.id));
    await context.close();
  });

  it("without JavaScript leads from the quick links to a lead body's page, which lists every task it leads today", async () => {
    const bodies = JSON.parse(readFileSync(`${dist}/data/bodies.json`, 'utf8')) as { id: string; agency_ids: string[] }[];
    const id = bodies.find((b) => b.agency_ids.includes('so-tttt'))!.id;
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.page('nhiem-vu/'));
    await page.click('.quick summary');
    await page.click(`.quick a[href$="co-quan-hien-nay/${id}/"]`);
    await page.waitForURL(`**${base}co-quan-hien-nay/${id}/`);
    const led = await page.$$eval('#chu-tri ~ ol .task-id, section[aria-labelledby="chu-tri"] .task-id', (els) =>
      els.map((e) => e.textContent),
    );
    const leadBodies = JSON.parse(readFileSync(`${dist}/data/tasks.json`, 'utf8')) as { id: string; lead_body_ids: string[] }[];
    expect([...new Set(led)].sort()).toEqual(
      leadBodies
        .filter((t) => t.lead_body_ids.includes(id))
        .map((t) => t.id)
        .sort(),
    );
    await context.close();
  });

  it('downloads the visible tasks as a spreadsheet-safe CSV', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.page('nhiem-vu/?chu-tri=so-gtvt'));
    await expect.poll(() => visibleIds(page).then((x) => x.length)).toBe(6);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#tai-csv')]);
    expect(download.suggestedFilename()).toBe('nhiem-vu_chu-tri-so-gtvt.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    const excel = readFileSync(`${dist}/data/tasks.excel.csv`, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const [published, ...all] = Papa.parse<string[]>(excel.slice(1), { skipEmptyLines: true }).data;
    // The published columns, with the agencies' full names after each agency-id column.
    const names = ['lead_agency_names', 'cooperating_agency_names'];
    expect(header!.filter((h) => !names.includes(h))).toEqual(published);
    expect(header!.indexOf('lead_agency_names')).toBe(header!.indexOf('lead_agency_ids') + 1);
    expect(rows.map((r) => r[0])).toEqual(['III.10.1', 'III.10.2', 'III.10.3', 'III.10.5', 'III.10.6', 'III.10.7']);
    for (const r of rows) {
      expect(r[header!.indexOf('lead_agency_names')]).toContain('Sở Giao thông vận tải');
      // Without the names, each row is the published spreadsheet row.
      expect(r.filter((_c, i) => !names.includes(header![i]!))).toEqual(all.find((p) => p[0] === r[0]));
    }
    await page.close();
  });

  it('without JavaScript shows all 90 tasks, no filter form, and the quick-filter links', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.page('nhiem-vu/?chu-tri=so-gtvt'));
    expect(await visibleIds(page)).toHaveLength(90);
    expect(await page.isVisible('#loc-nhiem-vu')).toBe(false);
    expect(await page.textContent('#so-nhiem-vu')).toBe('Đang hiển thị 90/90 nhiệm vụ');
    await page.click('.quick summary');
    await page.click('text=Năm 2024');
    await page.waitForURL(`**${base}nhiem-vu/nam/2024/`);
    await page.waitForLoadState('load');
    expect((await visibleIds(page)).length).toBeGreaterThan(29);
    await context.close();
  });
});

describe('accessibility (axe)', () => {
  for (const path of [
    'nhiem-vu/',
    'nhiem-vu/?nhom=III&nam=2025',
    'nhiem-vu/?qua-han=co',
    'nhiem-vu/qua-han/',
    'nhiem-vu/i-1-1/',
    'nhiem-vu/i-2-6/',
    'nhiem-vu/nam/2024/',
    'nhiem-vu/nhom/iii/',
  ]) {
    it(`has no violations on /${path}`, async () => {
      const page = await site.browser.newPage();
      await page.goto(site.server.page(path));
      if (path.startsWith('nhiem-vu/?') || path === 'nhiem-vu/') await expect.poll(() => page.isVisible('#loc-nhiem-vu')).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
