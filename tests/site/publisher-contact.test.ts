/**
 * The publisher's contact details and the rules the site follows, on the built pages. What the pages
 * say follows content/release.json, whichever state it is in: each detail set is shown, each one not
 * set is named as not yet set (both states on made-up publishers: tests/unit/view/publisher-contact.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { VALIDITY } from '../../src/lib/model/codes.ts';
import type { LegalDocumentRecord } from '../../src/lib/model/records.ts';
import { missingPhrase, publisherContact } from '../../src/lib/view/publisher-contact.ts';
import { RELEASE } from '../helpers/content-release.ts';
import { builtData, builtHtml as html, hrefsOn, astroEscaped as esc } from '../helpers/built-pages.ts';

const contact = publisherContact(RELEASE.publisher);
const documents = builtData<LegalDocumentRecord>('legal_documents');
const rules = documents.filter((d) => d.context === 'publication');
/** The text of a page with its tags taken out and its white space squashed. */
const text = (page: string) => page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe("the publisher's contact details (Nghị định 42/2022/NĐ-CP Điều 4)", () => {
  it('the about page lists every detail: its value when set, "Chưa cập nhật" when not', () => {
    const page = html('gioi-thieu');
    expect(page).toContain('id="lien-he"');
    const words = text(page);
    for (const d of contact.details) {
      if (d.text === null) expect(words, d.label).toContain(`${d.label} Chưa cập nhật`);
      else expect(words, d.label).toContain(`${d.label} ${text(esc(d.text))}`);
      if (d.href) expect(hrefsOn('gioi-thieu'), d.label).toContain(d.href);
    }
  });

  it('every footer gives the details set and names those not yet set, linking to the about page', () => {
    for (const path of ['', 'nhiem-vu/i-4-6', 'van-ban/20-2023-qh15', 'gioi-thieu']) {
      const footer = html(path).split('<footer')[1]!;
      expect(footer, path).toContain('Đơn vị công bố:');
      for (const l of contact.lines.filter((x) => x.field !== 'responsible_body'))
        expect(text(footer), path).toContain(`${l.label}: ${text(esc(l.text))}`);
      if (contact.missing.length > 0) {
        expect(text(footer), path).toContain(`Chưa cập nhật ${missingPhrase(contact.missing)}`);
        expect(footer, path).toContain('href="/gioi-thieu/#lien-he"');
      } else expect(footer, path).not.toContain('Chưa cập nhật');
    }
  });
});

describe('the rules in force', () => {
  it('lists the rules of publishing among the documents, each with its validity and source', () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const d of rules) {
      expect([d.validity, d.validity_source_url?.startsWith('https://'), d.cited_by_task_count, d.cited_by_section_count], d.id).toEqual([
        expect.any(String),
        true,
        0,
        0,
      ]);
      expect(html(`van-ban/${d.id}`), d.id).toContain(
        'Kế hoạch không viện dẫn văn bản này: đây là quy định mà trang và dữ liệu mở này tuân theo',
      );
    }
  });

  it('the about page cites each one, and says the Dublin Core circular has expired', () => {
    const page = html('gioi-thieu');
    expect(page).toContain('id="quy-dinh"');
    for (const d of rules) expect(hrefsOn('gioi-thieu'), d.id).toContain(`/van-ban/${d.id}/`);
    // The page names the circular with the validity its row gives (the page's build fails if the row is missing).
    const tt24 = documents.find((d) => d.id === '24-2011-tt-btttt')!;
    expect(text(page)).toContain(`Thông tư 24/2011/TT-BTTTT về dữ liệu đặc tả (Dublin Core) ${VALIDITY[tt24.validity!].label}`);
    expect(text(page)).not.toMatch(/Thông tư 24\/2011\/TT-BTTTT (yêu cầu|quy định)/);
  });

  it('the documents page counts the documents the plan cites apart from the others', () => {
    const cited = documents.filter((d) => d.context === 'plan').length;
    const words = text(html('van-ban'));
    expect(words).toContain(`Kế hoạch viện dẫn ${cited} văn bản`);
    expect(words).toContain(`${rules.length} văn bản quy định việc công bố dữ liệu mở`);
  });
});
