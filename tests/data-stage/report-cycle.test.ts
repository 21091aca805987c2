/**
 * The yearly cycle of docs/cap-nhat-ket-qua.md, run on a copy of the project: the forms made by npm run forms, two of
 * them filled (a body’s and the coordinator’s), saved through LibreOffice headless, imported by npm run import:reports, the
 * release bumped, the data stage and the site rebuilt — and the new status is on the task's page and
 * in the published data, the body's word for it. Nothing here is pinned: the tasks are the first on
 * each form whose published status the report changes, the release is the copy's own plus one.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, prepareDataStage, runDataStage } from '../../scripts/lib/data-stage.ts';
import { localToday } from '../../scripts/lib/report-forms.ts';
import { capitalise, TASK_STATUS } from '../../src/lib/model/codes.ts';
import { formatDate } from '../../src/lib/model/labels.ts';
import type { TaskRecord, TaskStatusRecord } from '../../src/lib/model/records.ts';
import { INDICATOR_SHEET, TASK_SHEET } from '../../src/lib/reports/form-layout.ts';
import { childEnv } from '../helpers/child-build.ts';
import { forms, importReports } from '../helpers/cli.ts';
import { fillIndicator, fillTask } from '../helpers/hostile-forms.ts';
import { hasLibreOffice, saveThroughLibreOffice } from '../helpers/libreoffice.ts';
import { formsFrom } from '../helpers/report-forms.ts';
import { scratchProject } from '../helpers/scratch-project.ts';
import { ROOT } from '../helpers/seed.ts';

const today = localToday();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let project: string;
/** A report; `document` when its source is an issued document cited by number and date, without a link. */
let reported: { body: string; name: string; task: TaskRecord; status: 'done' | 'in_progress'; summary: string; document?: string }[] = [];
let dist: string;
let importLines: string[] = [];
let summary = '';

describe.skipIf(!hasLibreOffice)('the yearly report cycle, on a copy of the project', () => {
  beforeAll(async () => {
    project = scratchProject('dt-cycle-', ['src', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']);
    const content = join(project, 'content');
    const checked = prepareDataStage({ seed: DEFAULT_SEED, content });
    const t = formsFrom(checked.output, checked.release);

    // 1. The forms, made by npm run forms from the copy.
    const formsDir = join(project, 'bieu-mau');
    const made = forms(['--content', content, '--out', formsDir]);
    if (made.status !== 0) throw new Error(made.stderr);
    expect(readdirSync(formsDir).sort()).toEqual(t.forms.map((f) => basename(f.file)).sort());

    // 2. Two filled: a body's (a task now reported done) and the coordinator's (a task in progress, and a value).
    const coordinator = t.forms.find((f) => f.body.is_coordinator)!;
    const body = t.forms.find((f) => !f.body.is_coordinator && f.tasks.some((x) => x.timeframe_kind !== 'annual' && x.status !== 'done'))!;
    const pick = (tasks: readonly TaskRecord[], status: string, ok: (x: TaskRecord) => boolean) =>
      tasks.find((x) => x.status !== status && ok(x))!;
    reported = [
      {
        body: body.body.id,
        name: body.body.name,
        task: pick(body.tasks, 'done', (x) => x.timeframe_kind !== 'annual'),
        status: 'done',
        summary: 'Sở báo cáo đã hoàn thành nhiệm vụ trong năm.',
      },
      {
        body: coordinator.body.id,
        name: coordinator.body.name,
        task: pick(coordinator.tasks, 'in_progress', () => true),
        status: 'in_progress',
        summary: 'Cơ quan tổng hợp báo cáo nhiệm vụ đang thực hiện.',
        document: 'Báo cáo số 12/BC-KTSCN về kết quả chuyển đổi số',
      },
    ];
    const saved: string[] = [];
    const outDir = join(project, 'da-luu');
    mkdirSync(outDir);
    for (const r of reported) {
      const file = join(formsDir, `${r.body}.xlsx`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
      const form = t.form(r.body);
      fillTask(wb.getWorksheet(TASK_SHEET)!, 2 + form.tasks.findIndex((x) => x.id === r.task.id), today, {
        status: capitalise(TASK_STATUS[r.status].label),
        summary: r.summary,
        ...(r.document === undefined ? {} : { source_title: r.document, source_url: null }),
      });
      if (form.indicators.length > 0) {
        const row = 2 + form.indicators.findIndex((i) => i.unit === 'percent') * t.formContext.years.length;
        fillIndicator(wb.getWorksheet(INDICATOR_SHEET)!, row);
      }
      const filled = join(project, `dien-${r.body}.xlsx`);
      await wb.xlsx.writeFile(filled);
      // 3. Saved through LibreOffice, as a body using Calc would.
      saved.push(await saveThroughLibreOffice(filled, outDir));
    }

    // 4. Imported by npm run import:reports into the copy.
    const imported = importReports(['--content', content, ...saved]);
    if (imported.status !== 0) throw new Error(imported.stderr);
    summary = imported.stdout;
    importLines = readFileSync(join(content, 'task_status.csv'), 'utf8').trim().split('\n').slice(-2);

    // 5. The release bumped on the copy, dated today.
    const releasePath = join(content, 'release.json');
    const release = JSON.parse(readFileSync(releasePath, 'utf8')) as { version: string; date: string; notes: string; history: unknown[] };
    const [major, minor, patch] = release.version.split('.').map(Number) as [number, number, number];
    const rowCounts = Object.fromEntries([...checked.output.tables].map(([name, rows]) => [name, rows.length]));
    writeFileSync(
      releasePath,
      `${JSON.stringify(
        {
          ...release,
          version: `${major}.${minor}.${patch + 1}`,
          date: today > release.date ? today : release.date,
          notes: 'Báo cáo của hai cơ quan, nhập từ biểu mẫu.',
          history: [{ version: release.version, date: release.date, notes: release.notes, row_counts: rowCounts }, ...release.history],
        },
        null,
        2,
      )}\n`,
    );
    // 6. The data stage and the site rebuilt.
    await runDataStage({ seed: DEFAULT_SEED, content, out: join(project, 'public', 'data'), siteUrl: 'https://example.gov.vn/' });
    dist = join(project, 'dist');
    const env = childEnv({ OUT_DIR: dist, ASTRO_CACHE_DIR: join(project, '.astro-cache') });
    execFileSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], { cwd: project, env, stdio: ['ignore', 'ignore', 'inherit'] });
  }, 300_000);

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('imported one row per report, marked as the body’s own', () => {
    expect(importLines).toEqual(
      reported.map((r) =>
        expect.stringMatching(new RegExp(`^${escape(r.task.id)},${today},${r.status},${r.summary},.*,official_report,${r.body}$`)),
      ),
    );
  });

  it('printed a summary for review: the rows per body, the tasks whose status moved, the value', () => {
    expect(summary).toContain(`task_status: ${reported.length} row(s) added`);
    for (const r of reported) {
      expect(summary).toContain(`  ${r.name} (${r.body}): 1 × `);
      expect(summary.split('\n')).toContainEqual(
        expect.stringMatching(new RegExp(`^  ${escape(r.task.id)}: .+ → .+ \\(theo báo cáo của ${escape(r.name)}\\)$`)),
      );
    }
    expect(summary).toContain('progress: 1 value(s) added');
  });

  it('publishes the new status in the rebuilt data', () => {
    const tasks = JSON.parse(readFileSync(join(project, 'public', 'data', 'tasks.json'), 'utf8')) as TaskRecord[];
    for (const r of reported)
      expect(
        tasks.find((x) => x.id === r.task.id),
        r.task.id,
      ).toMatchObject({ status: r.status, status_as_of: today });
  });

  it('shows the new status and the report on the task’s page', () => {
    for (const r of reported) {
      const html = readFileSync(join(dist, 'nhiem-vu', r.task.slug, 'index.html'), 'utf8');
      expect(html, r.task.id).toContain(capitalise(TASK_STATUS[r.status].label));
      expect(html, r.task.id).toContain(r.summary);
      expect(html, r.task.id).toContain(`Theo báo cáo của ${r.name}`);
    }
  });

  it('shows a document cited without a link by its title and date, and links no page for it', () => {
    const r = reported.find((x) => x.document !== undefined)!;
    const html = readFileSync(join(dist, 'nhiem-vu', r.task.slug, 'index.html'), 'utf8');
    expect(html).toContain(`<cite>${r.document}</cite>, ban hành ngày ${formatDate(today)}`);
    expect(html).not.toMatch(new RegExp(`<a [^>]*>${escape(r.document!)}</a>`));
    const finding = (JSON.parse(readFileSync(join(project, 'public', 'data', 'task_status.json'), 'utf8')) as TaskStatusRecord[]).find(
      (f) => f.task_id === r.task.id && f.reported_by === r.body,
    );
    expect(finding).toMatchObject({ source_title: r.document, source_url: null, source_published: today });
  });
});
