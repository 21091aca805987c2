/** The outcomes on the built site: statuses on task, list, agency and home pages; reports; changelog and feed. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../scripts/lib/site-files.ts';
import type { IndicatorRecord, TaskRecord, TaskStatusRecord } from '../../src/lib/model/records.ts';
import { PAST_DUE_LABEL, TASK_STATUS_LABELS, TASK_STATUS_ORDER, TASK_STATUS_SLUGS } from '../../src/lib/view/task-status-labels.ts';
import { DIST } from '../helpers/built-site.ts';

const data = <T>(name: string) => JSON.parse(readFileSync(join(DIST, 'data', `${name}.json`), 'utf8')) as T[];
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const hrefsOn = (path: string) => readPage(DIST, join(path, 'index.html'), '/').refs.map((r) => r.value);
const tasks = data<TaskRecord>('tasks');
const findings = data<TaskStatusRecord>('task_status');
const indicators = data<IndicatorRecord>('indicators');
const taskLinks = (path: string) => new Set(hrefsOn(path).filter((h) => /^\/nhiem-vu\/[ivx]+(-\d+)+\/$/.test(h)));

describe('task status on the site', () => {
  it('publishes every finding and gives every task a status, none blank', () => {
    expect(findings.length).toBeGreaterThan(20);
    for (const t of tasks) expect(TASK_STATUS_ORDER).toContain(t.status);
    // A task without findings is "no information" as of the review, never guessed from its time frame.
    const withFindings = new Set(findings.map((f) => f.task_id));
    for (const t of tasks.filter((x) => !withFindings.has(x.id)))
      expect([t.status, t.status_as_of]).toEqual(['no_information', '2026-12-01']);
  });

  it('shows each task page its status, its date and every finding with its source', () => {
    for (const t of tasks) {
      const page = html(`nhiem-vu/${t.slug}`);
      expect(page, t.id).toContain(TASK_STATUS_LABELS[t.status]);
      expect(page.includes(PAST_DUE_LABEL), t.id).toBe(t.past_due);
      for (const f of findings.filter((x) => x.task_id === t.id)) {
        // Astro writes attribute values as they are (an & stays &).
        expect(page, `${t.id} ${f.as_of}`).toContain(`href="${f.source_url!}"`);
      }
    }
    // I.2.6 was due "Quý I/2022": past due, with nothing public found.
    const i26 = html('nhiem-vu/i-2-6');
    expect(i26).toContain('Hạn theo Kế hoạch: 31/3/2022');
    expect(i26).toContain('Chưa tìm thấy thông tin công khai');
  });

  it('pre-renders one list per status holding exactly its tasks, linked from the task index', () => {
    const index = hrefsOn('nhiem-vu');
    for (const status of TASK_STATUS_ORDER) {
      const path = `nhiem-vu/tinh-trang/${TASK_STATUS_SLUGS[status]}`;
      expect(index).toContain(`/${path}/`);
      const expected = tasks.filter((t) => t.status === status).map((t) => `/nhiem-vu/${t.slug}/`);
      expect([...taskLinks(path)].sort(), status).toEqual(expected.sort());
    }
  });

  it('puts the status on every item of the task index, for the filter', () => {
    const page = html('nhiem-vu');
    for (const t of tasks) expect(page).toMatch(new RegExp(`data-task-id="${t.id.replace(/\./g, '\\.')}"[^>]*data-status="${t.status}"`));
    expect(page).toContain('name="tinh-trang"');
  });

  it('scores each agency on the tasks it leads', () => {
    const page = html('co-quan/so-tttt');
    expect(page).toContain('Kết quả thực hiện các nhiệm vụ chủ trì');
    const lead = tasks.filter((t) => t.lead_agency_ids.includes('so-tttt'));
    expect(page).toContain(`${lead.length} nhiệm vụ cơ quan chủ trì`);
    const row = (status: string) => new RegExp(`data-status="${status}"[\\s\\S]*?<td class="num"[^>]*>(\\d+)</td>`).exec(page)![1];
    for (const s of TASK_STATUS_ORDER) expect(Number(row(s)), s).toBe(lead.filter((t) => t.status === s).length);
  });

  it('opens the home page with outcomes: tasks by status and the 2025 targets met, not met, not known', () => {
    const page = html('');
    expect(page.indexOf('Kết quả đến nay')).toBeGreaterThan(-1);
    expect(page.indexOf('Kết quả đến nay')).toBeLessThan(page.indexOf('Kế hoạch trong số liệu'));
    const with2025 = indicators.filter((i) => i.result_2025 !== null);
    expect(page).toContain(`${with2025.length} chỉ số có chỉ tiêu năm 2025`);
    expect(page).toContain(`Đã đạt: ${with2025.filter((i) => i.result_2025 === 'met').length}`);
    expect(page).toContain(`Chưa đủ số liệu để biết: ${with2025.filter((i) => i.result_2025 === 'unknown').length}`);
    for (const i of with2025) expect(hrefsOn('')).toContain(`/chi-tieu/${i.id}/`);
  });
});

describe('indicator pages after the target year', () => {
  it('says plainly that 2025 has passed without a 2025 value, and shows the gap', () => {
    const page = html('chi-tieu/dti-rank');
    expect(page).toContain('Đã qua mốc 2025; chưa có số liệu năm 2025 được công bố.');
    expect(page).toContain('còn cách chỉ tiêu 14 hạng');
    expect(html('chi-tieu/du-lieu-mo')).toContain('Lựa chọn cách đọc');
  });

  it('writes a bound as a bound, in the sentence and the table', () => {
    const page = html('chi-tieu/sme-tmdt');
    expect(page).toContain('trên 58% (năm 2023)');
    expect(page).toContain('point published bound');
    expect(page).not.toMatch(/>58%</);
  });

  it('notes the method change where a series has values on another basis', () => {
    expect(html('chi-tieu/ocop-tmdt')).toContain('Thay đổi cách tính:');
    expect(html('chi-tieu/dvc-muc-do-4')).not.toContain('Thay đổi cách tính:');
  });
});

describe('yearly reports, method, changelog and feed', () => {
  it('lists a report per year from 2022, each with its sources as external links', () => {
    const links = hrefsOn('bao-cao').filter((h) => /^\/bao-cao\/\d{4}\/$/.test(h));
    expect(links).toEqual(['/bao-cao/2025/', '/bao-cao/2024/', '/bao-cao/2023/', '/bao-cao/2022/']);
    for (const year of [2022, 2023, 2024, 2025]) {
      const page = html(`bao-cao/${year}`);
      expect(page).toContain(`Số liệu công bố cho năm ${year}`);
      expect(page).toMatch(/rel="noopener noreferrer external"/);
      expect(page).toContain('class="chart-figure"');
    }
  });

  it('renders the components from the datasets: the tasks due in 2022 with their statuses', () => {
    const due = tasks.filter((t) => t.timeframe_kind !== 'annual' && t.end_year === 2022);
    expect(html('bao-cao/2022')).toContain(`${due.length} nhiệm vụ có hạn trong năm 2022`);
    for (const t of due) expect(hrefsOn('bao-cao/2022')).toContain(`/nhiem-vu/${t.slug}/`);
  });

  it('explains how outcomes are decided and how to send a correction', () => {
    const page = html('cach-danh-gia');
    for (const s of TASK_STATUS_ORDER) expect(page).toContain(TASK_STATUS_LABELS[s]);
    expect(page).toContain('id="gop-y"');
  });

  it('lists the releases with their row counts and offers an RSS feed with absolute links', () => {
    const page = html('thay-doi');
    expect(page).toContain('Phiên bản 2.0.0');
    expect(page).toContain('Phiên bản 1.1.0');
    expect(page).toContain('Phiên bản 1.0.0');
    expect(page).toContain('task_status: mới, ');
    const feed = readFileSync(join(DIST, 'thay-doi', 'feed.xml'), 'utf8');
    expect(feed).toMatch(/^<\?xml/);
    expect(feed).toContain('<title>Phiên bản 2.0.0</title>');
    expect(feed).toContain('<title>Phiên bản 1.1.0</title>');
    const { site_url: site } = JSON.parse(readFileSync(join(DIST, 'data', 'manifest.json'), 'utf8')) as { site_url: string };
    expect(feed).toContain(`<link>${site}thay-doi/#v2-0-0</link>`);
    expect(existsSync(join(DIST, 'bao-cao', '2022', 'index.html'))).toBe(true);
  });
});
