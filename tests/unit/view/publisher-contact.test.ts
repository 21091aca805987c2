/**
 * The publisher's contact details as the footer and the about page show them: every detail set, the
 * ones not yet set named (Nghị định 42/2022/NĐ-CP Điều 4 khoản 1 điểm e). Made-up publishers in both
 * states; the real content/release.json is checked on the built pages (tests/site/publisher-contact.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Release } from '../../../src/lib/model/release.ts';
import { CONTACT_LABELS, missingPhrase, publisherContact } from '../../../src/lib/view/publisher-contact.ts';

const EMPTY: Release['publisher'] = {
  name: 'Ủy ban nhân dân tỉnh Đồng Tháp',
  homepage: 'https://dongthap.gov.vn/',
  responsible_body: '',
  email: '',
  phone: '',
  address: '',
  contact_role: '',
  contact_name: '',
  feedback_url: '',
};
const FILLED: Release['publisher'] = {
  ...EMPTY,
  responsible_body: 'Sở Khoa học và Công nghệ',
  email: 'cds@example.gov.vn',
  phone: '0277 000 000',
  address: 'Số 1 đường Ví Dụ, phường Mỹ Tho',
  contact_role: 'Trưởng phòng Chuyển đổi số, Sở Khoa học và Công nghệ',
};

describe('the publisher contact details', () => {
  it('names every detail as not yet set while content/release.json leaves them empty', () => {
    const c = publisherContact(EMPTY);
    expect(c.lines).toEqual([]);
    expect(c.missing).toEqual(Object.values(CONTACT_LABELS));
    expect(c.details.every((d) => d.text === null)).toBe(true);
    expect(missingPhrase(c.missing)).toBe('cơ quan phụ trách nội dung, địa chỉ, điện thoại, thư điện tử và cán bộ đầu mối liên hệ');
  });

  it('gives each detail set, with a tel: and a mailto: link, and the contact official as an office', () => {
    const c = publisherContact(FILLED);
    expect(c.missing).toEqual([]);
    expect(c.lines.map((l) => [l.field, l.text, l.href])).toEqual([
      ['responsible_body', 'Sở Khoa học và Công nghệ', undefined],
      ['address', 'Số 1 đường Ví Dụ, phường Mỹ Tho', undefined],
      ['phone', '0277 000 000', 'tel:0277000000'],
      ['email', 'cds@example.gov.vn', 'mailto:cds@example.gov.vn'],
      ['contact', 'Trưởng phòng Chuyển đổi số, Sở Khoa học và Công nghệ', undefined],
    ]);
  });

  it("puts the official's name before the role when one is given, and never a name without a role", () => {
    expect(publisherContact({ ...FILLED, contact_name: 'Nguyễn Văn A' }).lines.at(-1)!.text).toBe(
      'Nguyễn Văn A, Trưởng phòng Chuyển đổi số, Sở Khoa học và Công nghệ',
    );
    const nameOnly = publisherContact({ ...EMPTY, contact_name: 'Nguyễn Văn A' });
    expect(nameOnly.lines).toEqual([]);
    expect(nameOnly.missing).toContain(CONTACT_LABELS.contact);
  });

  it('names what is missing in one phrase, whatever is set', () => {
    const c = publisherContact({ ...FILLED, phone: ' ', address: '' });
    expect(c.missing).toEqual(['Địa chỉ', 'Điện thoại']);
    expect(missingPhrase(c.missing)).toBe('địa chỉ và điện thoại');
    expect(missingPhrase(['Thư điện tử'])).toBe('thư điện tử');
  });
});
