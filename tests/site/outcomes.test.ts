/** The outcomes on the built site: statuses on task, list, agency and home pages; reports; changelog and feed. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IndicatorRecord, ProgressRecord, TargetRecord, TaskRecord, TaskStatusRecord } from '../../src/lib/model/records.ts';
import { PAST_DUE_LABEL, TASK_STATUS_LABELS, TASK_STATUS_ORDER, TASK_STATUS_SLUGS } from '../../src/lib/view/task-status-labels.ts';
import { indicatorView } from '../../src/lib/model/record-queries.ts';
import { basisNote, statusDetail } from '../../src/lib/view/indicator-pages.ts';
import { DIST } from '../helpers/built-site.ts';
import { listFiles } from '../../scripts/lib/site-files.ts';
import { builtData as data, builtHtml as html, hrefsOn, astroEscaped as escaped } from '../helpers/built-pages.ts';
import { REVIEW_DATE } from '../helpers/content-release.ts';
import { ROOT } from '../helpers/seed.ts';

const tasks = data<TaskRecord>('tasks');
const findings = data<TaskStatusRecord>('task_status');
const indicators = data<IndicatorRecord>('indicators');
const targetById = new Map(data<TargetRecord>('targets').map((t) => [t.id, t]));
const progress = data<ProgressRecord>('progress');
/** The committed yearly reports: year → their MDX text. */
const reports = new Map(
  readdirSync(join(ROOT, 'content', 'bao-cao'))
    .filter((f) => /^\d{4}\.mdx$/.test(f))
    .map((f) => [Number(f.slice(0, 4)), readFileSync(join(ROOT, 'content', 'bao-cao', f), 'utf8')]),
);
const taskLinks = (path: string) => new Set(hrefsOn(path).filter((h) => /^\/nhiem-vu\/[ivx]+(-\d+)+\/$/.test(h)));

describe('task status on the site', () => {
  it('publishes every finding and gives every task a status, none blank', () => {
    expect(findings.length).toBeGreaterThan(20);
    for (const t of tasks) expect(TASK_STATUS_ORDER).toContain(t.status);
    // A task without findings is "no information" as of the review, never guessed from its time frame.
    const withFindings = new Set(findings.map((f) => f.task_id));
    for (const t of tasks.filter((x) => !withFindings.has(x.id)))
      expect([t.status, t.status_as_of]).toEqual(['no_information', REVIEW_DATE]);
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
    // I.2.6 was due "Quý I/2022"; a task with nothing public found says so.
    expect(html('nhiem-vu/i-2-6')).toContain('Hạn theo Kế hoạch: 31/3/2022');
    for (const t of tasks.filter((x) => x.status === 'no_information'))
      expect(html(`nhiem-vu/${t.slug}`), t.id).toContain('Chưa tìm thấy thông tin công khai');
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
    expect(page).toContain(`Chưa biết: ${with2025.filter((i) => i.result_2025 === 'unknown').length}`);
    for (const i of with2025) expect(hrefsOn('')).toContain(`/chi-tieu/${i.id}/`);
  });
});

// One definition of the 2025 targets' count (docs/indicators.md, "Kết quả chỉ tiêu năm 2025"): every page that gives it gives the same numbers.
describe('the 2025 targets, counted once', () => {
  const with2025 = indicators.filter((i) => i.result_2025 !== null);
  const expected = [
    with2025.length,
    with2025.filter((i) => i.result_2025 === 'met').length,
    with2025.filter((i) => i.result_2025 === 'not_met').length,
    with2025.filter((i) => i.result_2025 === 'unknown').length,
  ];
  const COUNT = /(\d+) chỉ số có chỉ tiêu năm 2025(?:: (\d+) đã đạt, (\d+) không đạt, (\d+) chưa biết)?/g;
  const countsOn = (path: string) => [...html(path).matchAll(COUNT)].map((m) => m.slice(1).map(Number));
  const evaluationYears = [
    ...new Set(data<{ period_end: string | null }>('evaluations').flatMap((e) => (e.period_end ? [Number(e.period_end.slice(0, 4))] : []))),
  ];

  it('gives the same count from indicators.result_2025 on the home page, /chi-tieu/ and beside every evaluation', () => {
    expect(with2025.length).toBeGreaterThan(0);
    const pages = ['', 'chi-tieu', 'bao-cao', ...evaluationYears.filter((y) => reports.has(y)).map((y) => `bao-cao/${y}`)];
    for (const path of pages) {
      expect(countsOn(path).length, path || 'home').toBeGreaterThan(0);
      for (const c of countsOn(path)) expect(c, path || 'home').toEqual(expected);
    }
  });

  it('has no page that counts them another way', () => {
    const pages = listFiles(DIST)
      .filter((f) => f.endsWith('index.html'))
      .map((f) => f.replace(/\/?index\.html$/, ''));
    const counting = pages.filter((p) => countsOn(p).length > 0);
    expect(counting).toContain('chi-tieu');
    for (const path of counting) for (const c of countsOn(path)) expect(c, path || 'home').toEqual(expected);
  });

  it("puts the 2025 result and today's status under their own headings on /chi-tieu/, each status count from the data", () => {
    const page = html('chi-tieu');
    expect(page.indexOf('id="ket-qua-2025"')).toBeGreaterThan(-1);
    expect(page.indexOf('id="ket-qua-2025"')).toBeLessThan(page.indexOf('id="tinh-trang-hien-nay"'));
    expect(page).toContain(`Tình trạng hiện nay của ${indicators.length} chỉ số`);
    const summary = page.slice(page.indexOf('class="status-summary"'), page.indexOf('</ul>', page.indexOf('class="status-summary"')));
    const shown = [...summary.matchAll(/<strong[^>]*>(\d+)<\/strong>\s*<span class="status-badge status-(\w+)/g)].map((m) => [
      m[2],
      Number(m[1]),
    ]);
    expect(shown.length).toBeGreaterThan(0);
    for (const [status, n] of shown) expect(n, String(status)).toBe(indicators.filter((i) => i.status === status).length);
    expect(shown.reduce((sum, [, n]) => sum + Number(n), 0)).toBe(indicators.length);
  });
});

// What each sentence says is tested on fixed values (tests/unit/view/indicator-pages.test.ts); here, that every page says it.
describe('indicator pages', () => {
  const views = indicators.map((i) => indicatorView(i, targetById, progress));

  it("state the status in the view's sentence, with the gap", () => {
    for (const v of views) {
      const page = html(`chi-tieu/${v.indicator.id}`);
      const status = statusDetail(v);
      expect(page, v.indicator.id).toContain(`>${escaped(status.sentence)}</span>`);
      if (status.gap) expect(page, v.indicator.id).toContain(`Khoảng cách: ${escaped(status.gap)}`);
    }
    expect(html('chi-tieu/du-lieu-mo')).toContain('Lựa chọn cách đọc');
  });

  it('draws a bound as a bound', () => {
    for (const v of views.filter((x) => x.progress.some((p) => p.qualifier === 'at_least' || p.qualifier === 'at_most')))
      expect(html(`chi-tieu/${v.indicator.id}`), v.indicator.id).toContain('point published bound');
  });

  it('notes the method change exactly where a series has values on another basis', () => {
    for (const v of views)
      expect(html(`chi-tieu/${v.indicator.id}`).includes('Thay đổi cách tính:'), v.indicator.id).toBe(basisNote(v) !== null);
    expect(views.some((v) => basisNote(v) === null)).toBe(true);
  });
});

describe('yearly reports, method, changelog and feed', () => {
  it('lists every committed report, newest first, each with its sources as external links and the components it uses', () => {
    const years = [...reports.keys()].sort((a, b) => b - a);
    expect(years).toContain(2022);
    expect(hrefsOn('bao-cao').filter((h) => /^\/bao-cao\/\d{4}\/$/.test(h))).toEqual(years.map((y) => `/bao-cao/${y}/`));
    for (const [year, mdx] of reports) {
      const page = html(`bao-cao/${year}`);
      expect(page).toMatch(/rel="noopener noreferrer external"/);
      // The year's values, or a sentence that none were found.
      for (const [, y] of mdx.matchAll(/<YearValues year="(\d{4})" \/>/g))
        expect(page, String(year)).toMatch(new RegExp(`(<caption>Số liệu công bố|Chưa tìm thấy số liệu công bố) cho năm ${y}`));
      if (mdx.includes('<IndicatorChart')) expect(page, String(year)).toContain('class="chart-figure"');
    }
  });

  it('renders the components from the datasets: the tasks due in a year, with their statuses', () => {
    const uses = [...reports].flatMap(([year, mdx]) =>
      [...mdx.matchAll(/<TasksDue year="(\d{4})" \/>/g)].map((m) => [year, Number(m[1])] as const),
    );
    expect(uses.length).toBeGreaterThan(0);
    for (const [report, year] of uses) {
      const due = tasks.filter((t) => t.timeframe_kind !== 'annual' && t.end_year === year);
      expect(html(`bao-cao/${report}`), `${report}: ${year}`).toContain(
        due.length > 0
          ? `${due.length} nhiệm vụ có hạn trong năm ${year}`
          : `Không có nhiệm vụ nào (ngoài nhiệm vụ hàng năm) có hạn trong năm ${year}`,
      );
      for (const t of due) expect(hrefsOn(`bao-cao/${report}`)).toContain(`/nhiem-vu/${t.slug}/`);
    }
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

// Past due, by whom: every count is of tasks.past_due as published, on the pages that show it.
describe('past-due tasks on the site', () => {
  const pastDue = tasks.filter((t) => t.past_due);
  const agencies = data<{ id: string }>('agencies');
  const bodies = data<{ id: string }>('bodies');
  const cellOf = (page: string, rowStart: string) => {
    const at = page.indexOf(rowStart);
    expect(at, rowStart).toBeGreaterThan(-1);
    return Number(/data-past-due[^>]*>(\d+)/.exec(page.slice(at, page.indexOf('</tr>', at)))![1]);
  };

  it('pre-renders /nhiem-vu/qua-han/ with exactly the past-due tasks and who leads them today, linked from the index and the home page', () => {
    expect(pastDue.length).toBeGreaterThan(0);
    expect([...taskLinks('nhiem-vu/qua-han')].sort()).toEqual(pastDue.map((t) => `/nhiem-vu/${t.slug}/`).sort());
    const page = html('nhiem-vu/qua-han');
    expect(page).toContain(`${pastDue.length}/${tasks.length} nhiệm vụ`);
    for (const b of bodies) {
      const n = pastDue.filter((t) => t.lead_body_ids.includes(b.id)).length;
      if (n === 0) expect(page, b.id).not.toContain(`data-body="${b.id}"`);
      else expect(cellOf(page, `data-body="${b.id}"`), b.id).toBe(n);
    }
    expect(hrefsOn('nhiem-vu')).toContain('/nhiem-vu/qua-han/');
    // The home page's past-due total is the link, and its number is the data's.
    const home = html('');
    const total = home.slice(home.indexOf('data-past-due-total'), home.indexOf('</td>', home.indexOf('data-past-due-total')));
    expect(total).toMatch(new RegExp(`<a href="/nhiem-vu/qua-han/"[^>]*>${pastDue.length}<`));
  });

  it('marks exactly the past-due items of the task index for the filter, and offers the option with its count', () => {
    const page = html('nhiem-vu');
    const marked = [...page.matchAll(/<li [^>]*data-task-id="([^"]+)"[^>]*>/g)]
      .filter((m) => m[0].includes('data-past-due="true"'))
      .map((m) => m[1]);
    expect(marked).toEqual(pastDue.map((t) => t.id));
    expect(page).toMatch(
      new RegExp(
        `<select name="qua-han"[^>]*>\\s*<option value=""[^>]*>[^<]+</option>\\s*<option value="co"[^>]*>[^<]+\\(${pastDue.length}\\)</option>`,
      ),
    );
  });

  it('gives every agency and every body of today its past-due lead tasks in the lists', () => {
    const agencyList = html('co-quan');
    for (const a of agencies)
      expect(cellOf(agencyList, `href="/co-quan/${a.id}/"`), a.id).toBe(pastDue.filter((t) => t.lead_agency_ids.includes(a.id)).length);
    const bodyList = html('co-quan-hien-nay');
    for (const b of bodies)
      expect(cellOf(bodyList, `data-body="${b.id}"`), b.id).toBe(pastDue.filter((t) => t.lead_body_ids.includes(b.id)).length);
  });
});
