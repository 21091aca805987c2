import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASETS } from '../../src/lib/model/dictionary.ts';
import { sha256 } from '../../src/lib/model/hash.ts';
import { buildData, scratch, snapshotDir } from '../helpers/cli.ts';
import { SEED_FILE, contentText, lineStarting, seedText } from '../helpers/seed.ts';

type Rec = Record<string, unknown>;

describe('build:data on the real seed', () => {
  let out: string;
  let run: ReturnType<typeof buildData>;
  const json = (name: string) => JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8')) as Rec[];
  const csv = (name: string) =>
    Papa.parse<Rec>(readFileSync(join(out, `${name}.csv`), 'utf8'), { header: true, skipEmptyLines: true }).data;

  beforeAll(() => {
    out = join(scratch(), 'data');
    run = buildData(['--out', out]);
  });

  it('succeeds and reports the appendix accounting and the III.10.4 gap', () => {
    expect(run.stderr).toContain(`${SEED_FILE}:${lineStarting('10.5\t')}: warning: numbering gap: III.10.4`);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/90 tasks/);
  });

  it('writes CSV, Excel CSV and JSON for every dataset, plus plan.json and manifest.json', () => {
    const files = [...snapshotDir(out).keys()];
    for (const d of DATASETS) {
      expect(files).toContain(`${d.name}.csv`);
      expect(files).toContain(`${d.name}.excel.csv`);
      expect(files).toContain(`${d.name}.json`);
    }
    expect(files).toContain('plan.json');
    expect(files).toContain('manifest.json');
  });

  it('publishes the 90 tasks with the same rows in CSV and JSON', () => {
    const tasks = json('tasks');
    expect(tasks).toHaveLength(90);
    expect(csv('tasks').map((r) => r.id)).toEqual(tasks.map((t) => t.id));
    expect(new Set(tasks.map((t) => t.id)).size).toBe(90);
  });

  it('gets task I.4.6 right against the document', () => {
    const t = json('tasks').find((x) => x.id === 'I.4.6')!;
    expect(t).toMatchObject({
      slug: 'i-4-6',
      group_id: 'I',
      group_title: 'Nhóm nhiệm vụ, giải pháp tạo nền móng',
      subgroup_id: 'I.4',
      subgroup_title: 'Phát triển dữ liệu số',
      number: '4.6',
      lead_agency_ids: ['so-tttt'],
      cooperating_agency_ids: ['cac-so-ban-nganh-tinh', 'ubnd-huyen-thanh-pho'],
      lead_agencies_text: 'Sở Thông tin và Truyền thông',
      timeframe_text: '2022 - 2030',
      timeframe_kind: 'year_range',
      start_year: 2022,
      end_year: 2030,
      note_text: null,
      legal_document_ids: [],
      source_line: 359,
    });
    expect(t.content).toMatch(/^Bổ sung, hoàn thiện Công dữ liệu mở .*\(data\.gov\.vn\)/);
  });

  it('gets II.2 (legal notes with clauses) and III.13 (direct task after a sub-group) right', () => {
    const tasks = json('tasks');
    const t = tasks.find((x) => x.id === 'II.2')!;
    expect(t.legal_document_ids).toEqual(['749-qd-ttg', '942-qd-ttg']);
    const refs = json('task_legal_references').filter((r) => r.task_id === 'II.2');
    expect(refs.map((r) => [r.legal_document_id, r.clause])).toEqual([
      ['749-qd-ttg', 'Khoản 6 Mục V'],
      ['942-qd-ttg', null],
    ]);
    const t13 = tasks.find((x) => x.id === 'III.13')!;
    expect(t13).toMatchObject({
      subgroup_id: null,
      lead_agency_ids: ['so-khcn'],
      cooperating_agency_ids: ['ubnd-thanh-pho-cao-lanh', 'ubnd-huyen-cao-lanh'],
    });
  });

  it('maps annual tasks onto the plan period and keeps the text', () => {
    const annual = json('tasks').filter((t) => t.timeframe_text === 'Hàng năm');
    expect(annual.length).toBeGreaterThan(20);
    for (const t of annual) expect(t).toMatchObject({ timeframe_kind: 'annual', start_year: 2022, end_year: 2030 });
  });

  it('counts agencies from task_agencies', () => {
    const links = json('task_agencies');
    for (const a of json('agencies')) {
      const lead = new Set(links.filter((l) => l.agency_id === a.id && l.role === 'lead').map((l) => l.task_id));
      expect(a.lead_task_count).toBe(lead.size);
    }
    const tttt = json('agencies').find((a) => a.id === 'so-tttt')!;
    expect(tttt.aliases).toEqual(expect.arrayContaining(['Sở Thông tin và Truyền thông', 'Sở TT&TT']));
    expect(tttt.lead_task_count).toBeGreaterThan(30);
  });

  it('lists the groups with task counts that add up to 90', () => {
    const groups = json('groups');
    const top = groups.filter((g) => g.level === 1);
    expect(top.map((g) => g.id)).toEqual(['I', 'II', 'III', 'IV']);
    expect(top.reduce((n, g) => n + (g.task_count as number), 0)).toBe(90);
    expect(groups.find((g) => g.id === 'III.10')!.task_count).toBe(6);
  });

  it('publishes legal documents cited in the appendix and in the body', () => {
    const docs = json('legal_documents');
    const d749 = docs.find((d) => d.id === '749-qd-ttg')!;
    expect(d749).toMatchObject({ number: '749/QĐ-TTg', type: 'Quyết định', issued_date: '2020-06-03' });
    expect(d749.cited_by_task_count).toBeGreaterThanOrEqual(15);
    const bodyOnly = docs.find((d) => d.id === '1813-qd-ttg')!;
    expect(bodyOnly.cited_by_task_count).toBe(0);
    expect(bodyOnly.cited_by_section_count).toBe(1);
    const sectionRefs = json('section_legal_references');
    expect(sectionRefs.find((r) => r.legal_document_id === '1813-qd-ttg')!.section_id).toBe('III.6.4');
  });

  it('writes the body outline as a tree in JSON and flat in CSV', () => {
    const flat = csv('plan_sections');
    const tree = json('plan_sections');
    expect(tree.map((s) => s.id)).toEqual(['preamble', 'I', 'II', 'III', 'IV', 'V', 'closing']);
    const iii = tree.find((s) => s.id === 'III') as { children: Rec[] };
    expect(iii.children.map((c) => c.id)).toEqual(['III.1', 'III.2', 'III.3', 'III.4', 'III.5', 'III.6']);
    const count = (nodes: Rec[]): number => nodes.reduce((n, s) => n + 1 + count(s.children as Rec[]), 0);
    expect(count(tree)).toBe(flat.length);
    expect(flat.map((s) => s.id)).toContain('III.6.4');
  });

  it('keeps bullets as structure and mends paragraphs broken by page ends', () => {
    const blocks = json('plan_blocks');
    const c = blocks.filter((b) => b.section_id === 'II.2.c');
    expect(c).toHaveLength(8);
    expect(c.every((b) => b.kind === 'bullet' && !(b.text as string).startsWith('-'))).toBe(true);
    const mended = blocks.find((b) => b.source_line_start === 23)!;
    expect(mended.source_line_end).toBe(25);
    expect(mended.text).toContain('phân công nhiệm vụ cụ thể các cơ quan, đơn vị, các huyện, thành phố');
  });

  it('loses no line of the body: every non-blank body line is in a block or a heading', () => {
    const text = seedText().split('\n');
    const blocks = json('plan_blocks');
    const sections = csv('plan_sections');
    const covered = new Set<number>();
    for (const b of blocks) for (let l = b.source_line_start as number; l <= (b.source_line_end as number); l++) covered.add(l);
    for (const s of sections) covered.add(Number(s.source_line_start));
    const firstSection = Math.min(...sections.map((s) => Number(s.source_line_start)));
    const lastBodyLine = lineStarting('Trên đây là Kế hoạch') + 2;
    for (let l = firstSection; l <= lastBodyLine; l++) {
      if (text[l - 1]!.trim() !== '') expect(covered.has(l), `line ${l}`).toBe(true);
    }
  });

  it('records the plan metadata and the seed checksum', () => {
    const plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')) as Rec;
    expect(plan.source).toMatchObject({ sha256: sha256(readFileSync(join(process.cwd(), SEED_FILE))) });
    expect(plan.implements).toMatchObject({ number: '04-NQ/TU', issued_date: '2021-12-31' });
    expect(plan.signer).toMatchObject({ name: 'Trần Trí Quang', position: 'PHÓ CHỦ TỊCH' });
    expect((plan.recipients as string[]).length).toBe(5);
  });

  it('writes a manifest whose sizes, hashes and row counts match the files and whose accounting balances', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      files: { path: string; bytes: number; sha256: string; rows: number }[];
      appendix_accounting: Rec & { balanced: boolean };
    };
    expect(manifest.appendix_accounting.balanced).toBe(true);
    expect(manifest.appendix_accounting.task_rows).toBe(90);
    for (const f of manifest.files) {
      const bytes = readFileSync(join(out, f.path));
      expect(bytes.length, f.path).toBe(f.bytes);
      expect(sha256(bytes), f.path).toBe(f.sha256);
      if (f.path.endsWith('.csv') && !f.path.endsWith('.excel.csv')) expect(csv(f.path.replace(/\.csv$/, '')).length).toBe(f.rows);
    }
  });

  it('writes CSV as UTF-8 without BOM with CRLF, and the Excel copy with a BOM', () => {
    const plain = readFileSync(join(out, 'tasks.csv'));
    const excel = readFileSync(join(out, 'tasks.excel.csv'));
    expect([...plain.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(plain.toString('utf8').split('\r\n')[0]).toBe(
      DATASETS.find((d) => d.name === 'tasks')!
        .columns.map((c) => c.name)
        .join(','),
    );
    // The note "- Nhiệm vụ tại Điểm a …" of I.5.2 would be a formula in a spreadsheet.
    expect(excel.toString('utf8')).toContain(`"'- Nhiệm vụ tại Điểm a, Khoản 4, Mục IV`);
  });

  it("publishes the Mekong Delta provinces' ranks as read from content/regional_ranks.csv, lists them in the catalogues, and derives dti-mekong-lead from them", () => {
    const curated = Papa.parse<Rec>(contentText('regional_ranks.csv'), { header: true, skipEmptyLines: true }).data;
    const published = csv('regional_ranks');
    const key = (r: Rec) => `${String(r.year)}|${String(r.province_id)}`;
    expect(published.map(key).sort()).toEqual(curated.map(key).sort());
    for (const r of published) {
      const c = curated.find((x) => key(x) === key(r))!;
      expect([r.rank, r.province, r.source_url]).toEqual([c.rank, c.province, c.source_url]);
    }
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: { path: string; rows?: number }[] };
    expect(manifest.files.find((f) => f.path === 'regional_ranks.csv')?.rows).toBe(curated.length);
    const datapackage = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as { resources: { name: string }[] };
    expect(datapackage.resources.map((r) => r.name)).toContain('regional_ranks');
    const dataJson = JSON.parse(readFileSync(join(out, 'data.json'), 'utf8')) as { dataset: { identifier: string }[] };
    expect(dataJson.dataset.some((d) => d.identifier.endsWith('/du-lieu/regional-ranks/'))).toBe(true);
    // The target's values: one per year where Đồng Tháp's position is known and the rule decides, each saying how.
    const own = published.filter((r) => r.province_id === 'dong-thap' && r.region_position !== '');
    const derived = csv('progress').filter((p) => p.indicator_id === 'dti-mekong-lead');
    for (const d of derived) {
      expect(own.map((r) => r.year)).toContain(d.year);
      expect(String(d.derivation)).toMatch(/^Suy ra từ thứ hạng DTI \d{4} của 13 tỉnh/);
    }
  });

  it('is deterministic: a second build gives byte-identical files', () => {
    const again = join(scratch(), 'data');
    expect(buildData(['--out', again, '--quiet']).status).toBe(0);
    const a = snapshotDir(out);
    const b = snapshotDir(again);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
  });
});
