/** The pages of today's bodies (/co-quan-hien-nay/), the links to them, the task filter by today's lead body, and the per-body downloads. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { AgencyRecord, BodyRecord, TaskBodyRecord, TaskRecord } from '../../src/lib/model/records.ts';
import { BODY_TASKS_SPEC } from '../../src/lib/publish/record-files.ts';
import { proseParts } from '../../src/lib/view/typography.ts';
import { DIST } from '../helpers/built-site.ts';
import { astroEscaped as esc, builtData as data, builtHtml as html, hrefsOn } from '../helpers/built-pages.ts';

const bodies = data<BodyRecord>('bodies');
const taskBodies = data<TaskBodyRecord>('task_bodies');
const tasks = data<TaskRecord>('tasks');
const agencies = data<AgencyRecord>('agencies');
const bodyById = new Map(bodies.map((b) => [b.id, b]));
const taskById = new Map(tasks.map((t) => [t.id, t]));
const rowsOf = (id: string) => taskBodies.filter((r) => r.body_id === id);
/** The tasks a body holds itself (own or inherited) in a role, as task_bodies says. */
const held = (id: string, role: TaskBodyRecord['role']) =>
  new Set(
    rowsOf(id)
      .filter((r) => r.role === role && r.via !== 'collective')
      .map((r) => r.task_id),
  );
/** The tasks it has only as one of a collective. */
const sharedOnly = (id: string) => {
  const lead = held(id, 'lead');
  const coop = held(id, 'cooperating');
  return new Set(
    rowsOf(id)
      .filter((r) => r.via === 'collective' && !lead.has(r.task_id) && !coop.has(r.task_id))
      .map((r) => r.task_id),
  );
};
const text = (page: string) =>
  page
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([,.:;])/g, '$1');
const taskHref = (id: string) => `/nhiem-vu/${taskById.get(id)!.slug}/`;
const coordinator = bodies.find((b) => b.is_coordinator)!;

describe('a page per body of today', () => {
  it('gives every body a page with its name, its 2022 agencies linked, and every task it leads, co-runs or shares linked', () => {
    for (const b of bodies) {
      const page = html(`co-quan-hien-nay/${b.id}`);
      expect(page, b.id).toContain(`<h1>${esc(b.name)}</h1>`);
      const hrefs = hrefsOn(`co-quan-hien-nay/${b.id}`);
      for (const a of b.agency_ids) expect(hrefs, `${b.id} ${a}`).toContain(`/co-quan/${a}/`);
      for (const r of rowsOf(b.id)) expect(hrefs, `${b.id} ${r.task_id}`).toContain(taskHref(r.task_id));
      expect(text(page), b.id).toContain(`Nay chủ trì ${held(b.id, 'lead').size} nhiệm vụ`);
    }
  });

  it('shows Sở Y tế the tasks it shares as one of "các sở, ban, ngành tỉnh", counted apart from the one it leads', () => {
    const yTe = bodyById.get('so-y-te')!;
    const page = text(html('co-quan-hien-nay/so-y-te'));
    expect(yTe.member_of.length).toBeGreaterThan(0);
    for (const c of yTe.member_of.map((id) => bodyById.get(id)!)) {
      expect(page).toContain(
        `Là một trong ${c.name}, cơ quan cùng chịu trách nhiệm về ${c.lead_task_count} nhiệm vụ nhóm này chủ trì và ${c.cooperating_task_count} nhiệm vụ nhóm này phối hợp.`,
      );
    }
    const shared = sharedOnly('so-y-te');
    expect(shared.size).toBe(yTe.shared_task_count);
    expect(shared.size).toBeGreaterThan(held('so-y-te', 'lead').size);
    // Two scorecards: the tasks it leads, and the shared ones, each with its own total.
    const totals = [
      ...html('co-quan-hien-nay/so-y-te').matchAll(/<th scope="row"[^>]*>Tổng<\/th>\s*<td class="num"[^>]*>(\d+)<\/td>/g),
    ].map((m) => Number(m[1]));
    expect(totals).toEqual([held('so-y-te', 'lead').size, shared.size]);
    expect(page).toContain(`${shared.size} nhiệm vụ giao cho nhóm cơ quan mà cơ quan là thành viên`);
  });

  it('shows the coordinator (Sở KH&CN) its lead tasks, own and inherited from Sở TT&TT, its form and that it is the coordinator', () => {
    expect(coordinator.agency_ids).toContain('so-tttt');
    const lead = held(coordinator.id, 'lead');
    expect(lead.size).toBe(coordinator.lead_task_count);
    const raw = html(`co-quan-hien-nay/${coordinator.id}`);
    const page = text(raw);
    expect(page).toContain(`Nay chủ trì ${lead.size} nhiệm vụ`);
    expect(page).toContain(`Nhiệm vụ chủ trì (${lead.size})`);
    expect(page).toContain('Cơ quan đầu mối của Kế hoạch.');
    expect(page).toContain(`Nhận từ ${agencies.find((a) => a.id === 'so-tttt')!.name}`);
    expect(coordinator.report_form).not.toBeNull();
    expect(raw).toContain(`href="/data/${coordinator.report_form}" download`);
    expect(page).toContain(`${coordinator.form_task_count} nhiệm vụ để điền`);
    expect(page).toContain('trang “Chỉ tiêu”');
    expect(hrefsOn(`co-quan-hien-nay/${coordinator.id}`)).toContain('/bao-cao-hang-nam/');
    // Part V's deadlines, quoted.
    expect(page).toContain('ngày 20 tháng 11 hằng năm');
    expect(page).toContain('Trước ngày 15 tháng 12');
  });

  it('links a form only where the body has one, and says where the tasks of a body without one are reported', () => {
    for (const b of bodies) {
      const page = html(`co-quan-hien-nay/${b.id}`);
      if (b.report_form) expect(page, b.id).toContain(`href="/data/${b.report_form}"`);
      else {
        expect(page, b.id).not.toContain('href="/data/bieu-mau/');
        expect(hrefsOn(`co-quan-hien-nay/${b.id}`), b.id).toContain(`/co-quan-hien-nay/${coordinator.id}/`);
      }
    }
  });

  it('lists the members of a collective, or says that none are listed and why', () => {
    const collectives = bodies.filter((b) => b.is_collective);
    const withMembers = collectives.filter((c) => bodies.some((b) => b.member_of.includes(c.id)));
    const without = collectives.filter((c) => !withMembers.includes(c));
    expect(withMembers.length).toBeGreaterThan(0);
    expect(without.length).toBeGreaterThan(0);
    for (const c of withMembers) {
      const hrefs = hrefsOn(`co-quan-hien-nay/${c.id}`);
      for (const m of bodies.filter((b) => b.member_of.includes(c.id)))
        expect(hrefs, `${c.id} ${m.id}`).toContain(`/co-quan-hien-nay/${m.id}/`);
    }
    for (const c of without) {
      const page = html(`co-quan-hien-nay/${c.id}`);
      expect(page, c.id).toContain('Không cơ quan nào được ghi là thành viên của nhóm;');
      // The note as the page writes it (quoted codes as <code>, other quotes curly: view/typography.ts).
      if (c.note)
        expect(text(page), c.id).toContain(
          esc(
            proseParts(c.note)
              .map((p) => p.text)
              .join(''),
          ),
        );
    }
  });
});

describe('/co-quan-hien-nay/ and the links to it', () => {
  it('lists every body, grouped by kind, with its three counts and its form', () => {
    const page = html('co-quan-hien-nay');
    const hrefs = hrefsOn('co-quan-hien-nay');
    for (const b of bodies) {
      expect(hrefs, b.id).toContain(`/co-quan-hien-nay/${b.id}/`);
      const row = new RegExp(`<tr data-body="${b.id}">([\\s\\S]*?)</tr>`).exec(page)?.[1] ?? '';
      const counts = [...row.matchAll(/<td data-label="[^"]+" class="num">(\d+)/g)].map((m) => Number(m[1]));
      expect(counts, b.id).toEqual([b.lead_task_count, b.cooperating_task_count, b.shared_task_count]);
      if (b.report_form) expect(row, b.id).toContain(`href="/data/${b.report_form}"`);
    }
  });

  it('is linked from the agency index, the footer, and each agency page whose role a body holds today', () => {
    expect(hrefsOn('co-quan')).toContain('/co-quan-hien-nay/');
    expect(hrefsOn('')).toContain('/co-quan-hien-nay/');
    for (const b of bodies)
      for (const a of b.agency_ids) expect(hrefsOn(`co-quan/${a}`), `${a} → ${b.id}`).toContain(`/co-quan-hien-nay/${b.id}/`);
    // An agency no body holds today points to the coordinator, whose form carries the tasks left without a lead body.
    const orphans = agencies.filter((a) => !bodies.some((b) => b.agency_ids.includes(a.id)));
    expect(orphans.length).toBeGreaterThan(0);
    for (const a of orphans) expect(hrefsOn(`co-quan/${a.id}`), a.id).toContain(`/co-quan-hien-nay/${coordinator.id}/`);
    // In the agencies' section of the menu.
    expect(html(`co-quan-hien-nay/${coordinator.id}`)).toMatch(/<a href="\/co-quan\/" aria-current="page">/);
  });

  it("links each task page to today's lead bodies", () => {
    for (const t of tasks)
      for (const id of t.lead_body_ids) expect(hrefsOn(`nhiem-vu/${t.slug}`), `${t.id} ${id}`).toContain(`/co-quan-hien-nay/${id}/`);
  });
});

describe("the task list's filter by today's lead body", () => {
  it('writes tasks.lead_body_ids into data-lead-now and offers each body that leads a task, with its count', () => {
    const page = html('nhiem-vu');
    for (const t of tasks) {
      // An empty attribute is written bare.
      const attribute = t.lead_body_ids.length > 0 ? `data-lead-now="${t.lead_body_ids.join(' ')}"` : 'data-lead-now(?=[\\s>])';
      expect(page, t.id).toMatch(new RegExp(`data-task-id="${t.id.replace(/\./g, '\\.')}"[^>]*${attribute}`));
    }
    const select = /<select name="chu-tri-hien-nay"[^>]*>([\s\S]*?)<\/select>/.exec(page)![1]!;
    const options = [...select.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map((m) => [m[1], m[2]]);
    const leading = bodies.filter((b) => b.lead_task_count > 0);
    expect(options.slice(1).map((o) => o[0])).toEqual([...leading].sort((a, b) => a.name.localeCompare(b.name, 'vi')).map((b) => b.id));
    for (const b of leading) {
      expect(options, b.id).toContainEqual([b.id, `${esc(b.name)} (${tasks.filter((t) => t.lead_body_ids.includes(b.id)).length})`]);
    }
  });

  it('keeps a list without JavaScript: the quick links lead to each lead body’s page, which lists its tasks', () => {
    const hrefs = hrefsOn('nhiem-vu');
    for (const b of bodies.filter((x) => x.lead_task_count > 0)) expect(hrefs, b.id).toContain(`/co-quan-hien-nay/${b.id}/`);
  });
});

describe('/data/co-quan-hien-nay/<id>.csv and .xlsx', () => {
  const csv = (id: string) => {
    const raw = readFileSync(join(DIST, 'data', 'co-quan-hien-nay', `${id}.csv`), 'utf8');
    expect(raw.startsWith('\uFEFF'), id).toBe(true);
    return Papa.parse<Record<string, string>>(raw.slice(1), { header: true, skipEmptyLines: true });
  };
  const title = (name: string) => BODY_TASKS_SPEC.columns.find((c) => c.name === name)!.title;

  it('holds, headed in Vietnamese, one row per task and role of every task the body leads, co-runs or shares, linked from its page', () => {
    for (const b of bodies) {
      const { data: rows, meta } = csv(b.id);
      expect(meta.fields, b.id).toEqual(BODY_TASKS_SPEC.columns.map((c) => c.title));
      const pairs = rows.map((r) => `${r[title('id')]}|${r[title('role')]}`);
      expect(new Set(pairs).size, b.id).toBe(pairs.length);
      expect(new Set(pairs), b.id).toEqual(new Set(rowsOf(b.id).map((r) => `${r.task_id}|${r.role}`)));
      for (const r of rows) expect(r[title('body_name')], b.id).toBe(b.name);
      const hrefs = hrefsOn(`co-quan-hien-nay/${b.id}`);
      expect(hrefs, b.id).toContain(`/data/co-quan-hien-nay/${b.id}.csv`);
      expect(hrefs, b.id).toContain(`/data/co-quan-hien-nay/${b.id}.xlsx`);
      expect(
        readFileSync(join(DIST, 'data', 'co-quan-hien-nay', `${b.id}.xlsx`))
          .subarray(0, 2)
          .toString(),
        b.id,
      ).toBe('PK');
    }
  });

  it("gives the Sở KH&CN download the tasks it leads, with today's names beside the 2022 names", () => {
    const { data: rows } = csv(coordinator.id);
    const led = rows.filter((r) => r[title('role')] === 'lead' && r[title('via')] !== 'collective');
    expect(led.map((r) => r[title('id')]).sort()).toEqual([...held(coordinator.id, 'lead')].sort());
    expect(led.length).toBe(coordinator.lead_task_count);
    for (const r of rows) {
      const t = taskById.get(r[title('id')]!)!;
      expect(r[title('lead_body_names')]).toBe(t.lead_body_ids.map((id) => bodyById.get(id)!.name).join(';'));
      expect(r[title('lead_agency_names')]).toBe(t.lead_agency_ids.map((id) => agencies.find((a) => a.id === id)!.name).join(';'));
    }
  });
});
