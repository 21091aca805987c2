/** The 2022 names and today's bodies, both shown on the built site. */
import { describe, expect, it } from 'vitest';
import type { AgencyRecord, AgencySuccessorRecord, LegalDocumentRecord, TaskRecord } from '../../src/lib/model/records.ts';
import { successorPhrase } from '../../src/lib/view/agency-pages.ts';
import { builtData as data, builtHtml as html, hrefsOn, astroEscaped as esc } from '../helpers/built-pages.ts';

const agencies = data<AgencyRecord>('agencies');
const successors = data<AgencySuccessorRecord>('agency_successors');
const documents = data<LegalDocumentRecord>('legal_documents');
const tasks = data<TaskRecord>('tasks');
/** The agencies whose role someone else holds now, each with the phrase the pages write (view/agency-pages.ts). */
const moved = agencies.flatMap((a) => {
  const phrase = successorPhrase(a);
  return phrase ? [{ a, phrase }] : [];
});

describe("today's bodies beside the plan's 2022 names", () => {
  // What the phrase says for each relation is tested on fixed rows (tests/unit/pipeline/successors.test.ts); here, that the pages say it.
  it('publishes a successor row for every agency', () => {
    expect(new Set(successors.map((r) => r.agency_id))).toEqual(new Set(agencies.map((a) => a.id)));
    expect(moved.length).toBeGreaterThan(0);
  });

  it('shows who holds the role now ("nay: …", or the end of the district level) beside an agency on the tasks it leads', () => {
    for (const { a, phrase } of moved) {
      const led = tasks.find((t) => t.lead_agency_ids.includes(a.id));
      if (led)
        expect(html(`nhiem-vu/${led.slug}`), `${a.id} on ${led.id}`).toContain(
          `<span class="successor" data-pagefind-ignore> (${esc(phrase)})</span>`,
        );
    }
  });

  it('gives every agency page a "Hiện nay" section with each row\'s relation, date and legal basis', () => {
    for (const a of agencies) {
      const page = html(`co-quan/${a.id}`);
      expect(page, a.id).toContain('id="hien-nay"');
      for (const r of successors.filter((x) => x.agency_id === a.id)) {
        for (const d of r.legal_document_ids) expect(hrefsOn(`co-quan/${a.id}`), `${a.id} ${d}`).toContain(`/van-ban/${d}/`);
      }
    }
    for (const r of successors.filter((x) => x.successor_agency_id !== null))
      expect(hrefsOn(`co-quan/${r.agency_id}`), r.agency_id).toContain(`/co-quan/${r.successor_agency_id}/`);
  });

  it('adds a "Hiện nay" column to the agency list', () => {
    const page = html('co-quan');
    expect(page).toContain('>Hiện nay</th>');
    // Under the "Hiện nay" heading (and its card label) the cell does not repeat "nay:".
    for (const { a } of moved)
      expect(page, a.id).toContain(`<td data-label="Hiện nay" class="small">${esc(successorPhrase(a, { nay: false })!)}</td>`);
    expect(page).not.toContain('>nay: ');
  });

  it('links a document page to its text where one was found, and says why a reorganisation document is listed', () => {
    for (const d of documents) {
      const page = html(`van-ban/${d.id}`);
      if (d.url) expect(page, d.id).toContain(`href="${d.url}"`);
      else expect(page, d.id).toContain('Chưa tìm thấy bản văn trực tuyến');
      expect(page.includes('Kế hoạch không viện dẫn văn bản này: đây là căn cứ'), d.id).toBe(d.context === 'reorganisation');
    }
  });

  it('says on every document page whether it is in force, with the source of that fact, or that no source was found', () => {
    const withValidity = documents.filter((d) => d.validity !== null);
    expect(withValidity.length).toBeGreaterThan(0);
    for (const d of documents) {
      const page = html(`van-ban/${d.id}`);
      const cell = /<dd class="doc-validity"[^>]*>([\s\S]*?)<\/dd>/.exec(page)?.[1] ?? '';
      if (d.validity) {
        expect(cell, d.id).toContain(
          { in_force: 'Còn hiệu lực', partly_repealed: 'Bị bãi bỏ một phần', repealed: 'Hết hiệu lực' }[d.validity],
        );
        expect(cell, d.id).toContain(`href="${d.validity_source_url}"`);
        expect(d.validity_note, d.id).not.toBeNull();
      } else {
        expect(cell, d.id).toContain('Chưa rõ: chưa tìm thấy nguồn công khai nói về hiệu lực');
        expect([d.validity_note, d.validity_source_url], d.id).toEqual([null, null]);
      }
    }
  });

  it('names the publisher on every page (the way to report an error: tests/site/preview-and-feedback.test.ts)', () => {
    for (const path of ['', 'nhiem-vu/i-4-6', 'co-quan/so-tttt', 'bao-cao/2023']) expect(html(path)).toContain('Đơn vị công bố:');
  });
});
