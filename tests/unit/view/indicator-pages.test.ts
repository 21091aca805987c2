/** What the indicator pages and downloads show, on the datasets of the frozen outcomes (helpers/snapshot.ts). */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  basisNote,
  chartTable,
  downloadName,
  externalHost,
  pillarIndicators,
  pillarSections,
  sourceItems,
  statusCounts,
  statusDetail,
  targetSectionIds,
} from '../../../src/lib/view/indicator-pages.ts';
import type { IndicatorRecord, ProgressRecord, TargetRecord } from '../../../src/lib/model/records.ts';
import { snapshotSite } from '../../helpers/snapshot.ts';
import { datasetSpec } from '../../../src/lib/model/dictionary.ts';
import { toExcelCsv } from '../../../src/lib/model/serialise.ts';
import type { IndicatorView } from '../../../src/lib/model/record-queries.ts';
import { indicatorJson, progressCsv } from '../../../src/lib/publish/record-files.ts';
import { recordFiles } from '../../../src/lib/model/paths.ts';

const { targets, indicators, progress, targetById, indicatorViews: views } = snapshotSite();
const view = (id: string) => views.find((v) => v.indicator.id === id)!;

describe('indicatorView and pillarSections', () => {
  it('joins each indicator to its targets and its published values, oldest first', () => {
    const dvc = view('dvc-muc-do-4');
    expect(dvc.target2025?.id).toBe('II.2.a.1');
    expect(dvc.target2030).toBeNull();
    expect(dvc.progress.map((p) => p.year)).toEqual([2022, 2023, 2024]);
    expect(view('sme-tmdt').targets.map((t) => t.id)).toEqual(['II.2.b.1', 'II.3.b.1']);
    // Every target belongs to exactly one indicator.
    expect(views.flatMap((v) => v.targets.map((t) => t.id)).sort()).toEqual(targets.map((t) => t.id).sort());
  });

  it('groups the 22 indicators by pillar, the general goal first', () => {
    const sections = pillarSections(views);
    expect(sections.map((s) => [s.anchor, s.views.length])).toEqual([
      ['muc-tieu-chung', 2],
      ['chinh-quyen-so', 6],
      ['kinh-te-so', 5],
      ['xa-hoi-so', 9],
    ]);
    expect(targetSectionIds(sections[1]!.views)).toEqual(['II.2.a', 'II.3.a']);
    expect(pillarIndicators('digital_society', indicators)).toEqual({ anchor: 'xa-hoi-so', count: 9 });
  });
});

/** The indicator as it read before its target year passed (no "Đã qua mốc" clause). */
const beforeTargetYear = (v: IndicatorView): IndicatorView => ({
  ...v,
  indicator: { ...v.indicator, target_year_passed_without_value: false },
});

describe('statusDetail', () => {
  it("says the dataset's status and its judged target for every indicator", () => {
    for (const v of views) {
      const detail = statusDetail(v);
      expect(detail.status, v.indicator.id).toBe(v.indicator.status);
      expect(detail.target?.id, v.indicator.id).toBe(v.indicator.judged_target_id);
    }
    expect(() => statusDetail({ ...views[0]!, indicator: { ...views[0]!.indicator, judged_target_id: 'II.9.z.9' } })).toThrow(
      /judged target II.9.z.9 is not one of its targets/,
    );
  });

  it('says in one sentence what was compared with what', () => {
    // A lower bound at or above the target: met.
    expect(statusDetail(view('sme-tmdt')).sentence).toBe('Số liệu mới nhất, trên 58% (năm 2023), đạt chỉ tiêu năm 2025 (> 55%).');
    // 2025 is over and no DTI 2025 rank is published: said plainly, no trend guessed.
    expect(statusDetail(view('dti-rank')).sentence).toBe(
      'Số liệu mới nhất, hạng 39 (năm 2022), chưa đạt chỉ tiêu năm 2025 (nhóm 25, tức hạng ≤ 25). Đã qua mốc 2025; chưa có số liệu năm 2025 được công bố.',
    );
    expect(statusDetail(view('ky-nang-so-cbccvc')).sentence).toContain('100% (năm 2024)');
    expect(statusDetail(view('mua-sam-truc-tuyen')).sentence).toBe(
      'Chưa có số liệu công bố để so với chỉ tiêu năm 2025 (≥ 60%). Đã qua mốc 2025; chưa có số liệu năm 2025 được công bố.',
    );
    expect(statusDetail(beforeTargetYear(view('mua-sam-truc-tuyen'))).sentence).toBe(
      'Chưa có số liệu công bố để so với chỉ tiêu năm 2025 (≥ 60%).',
    );
    expect(statusDetail(view('hai-long-tthc')).sentence).toBe('Chưa có số liệu công bố để so với chỉ tiêu năm 2030 (> 90%).');
  });

  it('shows the gap to the target for an exact value, not for a bound or a met target', () => {
    expect(statusDetail(view('dti-rank')).gap).toBe('còn cách chỉ tiêu 14 hạng');
    expect(statusDetail(view('ocop-tmdt')).gap).toBe('còn cách chỉ tiêu 20 điểm phần trăm');
    expect(statusDetail(view('sme-tmdt')).gap).toBeNull();
    expect(statusDetail(view('dvc-muc-do-4')).gap).toBeNull();
  });

  it('keeps a value of the merged province out of the comparison, and says so', () => {
    const ocop = view('ocop-tmdt');
    expect(ocop.progress.map((p) => [p.year, p.basis])).toEqual([
      [2023, 'province_2022'],
      [2025, 'province_2025'],
    ]);
    // Judged on 80% (2023, the plan's province), not on 82,24% (2025, the merged province).
    expect(statusDetail(ocop).sentence).toMatch(/^Số liệu mới nhất, 80% \(năm 2023\)/);
    expect(basisNote(ocop)).toMatch(/tỉnh Đồng Tháp mới sau hợp nhất/);
    expect(basisNote(view('dvc-muc-do-4'))).toBeNull();
    expect(chartTable(ocop).find((r) => r.year === 2025 && r.kind === 'published')!.label).toBe(
      'Số liệu công bố (kỳ 01/1/2025–26/11/2025; tỉnh Đồng Tháp mới sau hợp nhất (từ 01/7/2025), không so với chỉ tiêu)',
    );
  });

  it('explains on track and off track with the straight line, from the published expected value', () => {
    const v = view('du-lieu-mo');
    const judged = (latest: number, facts: Partial<IndicatorRecord>) => ({
      ...v,
      indicator: {
        ...v.indicator,
        latest_year: 2023,
        latest_value: latest,
        latest_qualifier: 'exact' as const,
        latest_verdict: 'failed' as const,
        ...facts,
      },
    });
    expect(statusDetail(judged(70, { status: 'on_track', expected_value: 65 })).sentence).toBe(
      'Số liệu mới nhất, 70% (năm 2023), chưa đạt chỉ tiêu năm 2025 (= 100%), nhưng bằng hoặc tốt hơn mức cần có theo đường thẳng từ số liệu đầu tiên đến chỉ tiêu (65% năm 2023).',
    );
    expect(statusDetail(judged(40, { status: 'off_track', expected_value: 65 })).sentence).toContain(
      'kém hơn mức cần có theo đường thẳng từ số liệu đầu tiên đến chỉ tiêu (65% năm 2023)',
    );
    expect(statusDetail(judged(40, { status: 'off_track', expected_value: 65 })).gap).toBe('còn cách chỉ tiêu 60 điểm phần trăm');
    const late = judged(90, {
      status: 'not_achieved',
      latest_year: 2030,
      judged_target_id: v.indicator.target_2030_id ?? v.indicator.judged_target_id,
    });
    expect(statusDetail(late).sentence).toMatch(
      /^Số liệu mới nhất, 90% \(năm 2030\), chưa đạt chỉ tiêu năm 20\d\d \(.+\), dù đã đến năm chỉ tiêu\.$/,
    );
  });

  it('says a bound proves nothing when its verdict is undetermined', () => {
    const v = view('du-lieu-mo');
    const bound = {
      ...v,
      indicator: {
        ...v.indicator,
        status: 'insufficient_data' as const,
        latest_year: 2023,
        latest_value: 40,
        latest_qualifier: 'at_least' as const,
        latest_verdict: 'undetermined' as const,
        target_year_passed_without_value: false,
      },
    };
    expect(statusDetail(bound).sentence).toBe(
      'Số liệu mới nhất, trên 40% (năm 2023), là một cận nên chưa cho biết đã đạt chỉ tiêu năm 2025 (= 100%) hay chưa.',
    );
    expect(statusDetail(bound).gap).toBeNull();
  });

  it('counts the statuses', () => {
    expect(statusCounts(indicators).map((c) => [c.status, c.count])).toEqual([
      ['achieved', 5],
      ['not_achieved', 0],
      ['on_track', 0],
      ['off_track', 0],
      ['insufficient_data', 3],
      ['no_data', 14],
    ]);
  });
});

describe('chart table, sources and downloads', () => {
  it("lists the chart's numbers by year", () => {
    expect(chartTable(view('dti-rank')).map((r) => [r.year, r.label, r.value, r.text])).toEqual([
      [2021, 'Số liệu công bố (suy ra từ nguồn)', 49, 'hạng 49'],
      [2022, 'Số liệu công bố', 39, 'hạng 39'],
      [2025, 'Chỉ tiêu năm 2025', 25, 'nhóm 25 (hạng ≤ 25)'],
      [2030, 'Chỉ tiêu năm 2030', 20, 'nhóm 20 (hạng ≤ 20)'],
    ]);
    expect(chartTable(view('nen-tang-du-lieu-ai'))).toEqual([
      { year: 2030, kind: 'target', label: 'Chỉ tiêu năm 2030', value: 1, text: 'phải có' },
    ]);
  });

  it('lists each source once with its host; only https', () => {
    const all = sourceItems(progress);
    expect(all.map((s) => s.host).sort()).toEqual([
      'cds.tpcaolanh.dongthap.gov.vn',
      'congnghiepcongnghecao.com.vn',
      'dti.gov.vn',
      'kinhtenongthon.vn',
      'nld.com.vn',
      'tracuuquyhoach.com',
    ]);
    expect(sourceItems(view('dvc-muc-do-4').progress).map((s) => [s.host, s.rows.map((r) => r.year)])).toEqual([
      ['congnghiepcongnghecao.com.vn', [2022]],
      ['cds.tpcaolanh.dongthap.gov.vn', [2023]],
      ['tracuuquyhoach.com', [2024]],
    ]);
    expect(() => externalHost('http://example.com/')).toThrow(/https/);
  });

  it("writes the indicator JSON as {indicator, targets, progress} in the datasets' key order", () => {
    const json = JSON.parse(indicatorJson(view('sme-tmdt'))) as {
      indicator: IndicatorRecord;
      targets: TargetRecord[];
      progress: ProgressRecord[];
    };
    expect(Object.keys(json)).toEqual(['indicator', 'targets', 'progress']);
    expect(json.indicator).toEqual(indicators.find((i) => i.id === 'sme-tmdt'));
    expect(Object.keys(json.indicator)).toEqual(Object.keys(indicators[0]!));
    expect(json.targets).toEqual([targetById.get('II.2.b.1'), targetById.get('II.3.b.1')]);
    expect(json.progress).toEqual(progress.filter((p) => p.indicator_id === 'sme-tmdt'));
    expect(indicatorJson(view('sme-tmdt')).endsWith('}\n')).toBe(true);
  });

  it("writes the indicator CSV for spreadsheets with the progress dataset's header, rows as in progress.excel.csv", () => {
    const full = toExcelCsv(datasetSpec('progress'), progress).split('\r\n');
    const csv = progressCsv(view('dvc-muc-do-4'));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(full[0]);
    expect(lines[0]!.startsWith('\uFEFFindicator_id,')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data.map((r) => [r.indicator_id, r.year, r.qualifier, r.basis])).toEqual([
      ['dvc-muc-do-4', '2022', 'exact', 'province_2022'],
      ['dvc-muc-do-4', '2023', 'exact', 'province_2022'],
      ['dvc-muc-do-4', '2024', 'exact', 'province_2022'],
    ]);
    expect(progressCsv(view('smartphone'))).toBe(`${full[0]}\r\n`);
    expect(recordFiles.indicator('dti-rank', 'svg')).toBe('chi-tieu/dti-rank.svg');
  });
});

describe('downloadName', () => {
  it("names every indicator's saved files after the province and what they hold, one distinct plain name each", () => {
    const names = indicators.flatMap((i) => [
      downloadName(i.id, 'chart', 'png'),
      downloadName(i.id, 'chart', 'svg'),
      downloadName(i.id, 'values', 'csv'),
    ]);
    expect(downloadName('dti-rank', 'chart', 'png')).toBe('dong-thap-bieu-do-dti-rank.png');
    expect(downloadName('dti-rank', 'values', 'csv')).toBe('dong-thap-so-lieu-dti-rank.csv');
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z0-9-]+\.(png|svg|csv)$/);
  });
});
