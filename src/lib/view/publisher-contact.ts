/**
 * The publisher's contact details as the footer and the about page show them (content/release.json
 * `publisher`): what Nghị định 42/2022/NĐ-CP Điều 4 khoản 1 điểm e asks a state body's site to give —
 * the body's address, phone and e-mail, and the official who is its contact point (position, unit,
 * name) — each field that is set, and, in plain words, those that are not yet. Pure.
 */
import type { Release } from '../model/release.ts';

type Publisher = Release['publisher'];

/** One contact detail that is set: its label, its text, and a link for a phone or an e-mail. */
export interface ContactLine {
  field: 'responsible_body' | 'address' | 'phone' | 'email' | 'contact';
  label: string;
  text: string;
  href?: string;
}

/** A contact detail, set (text) or not yet (null). */
export interface ContactDetail extends Omit<ContactLine, 'text'> {
  text: string | null;
}

export interface PublisherContact {
  /** Every detail, in a fixed order, each set or not. */
  details: ContactDetail[];
  /** The details that are set. */
  lines: ContactLine[];
  /** The labels of the details not yet set, in the same order. */
  missing: string[];
}

export const CONTACT_LABELS = {
  responsible_body: 'Cơ quan phụ trách nội dung',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  email: 'Thư điện tử',
  contact: 'Cán bộ đầu mối liên hệ',
} as const satisfies Record<ContactLine['field'], string>;

/** The contact official: "name, position and unit" when a name is given, else the position alone (an office). */
function contactText(p: Publisher): string {
  const role = p.contact_role.trim();
  const name = p.contact_name.trim();
  if (role === '') return '';
  return name === '' ? role : `${name}, ${role}`;
}

export function publisherContact(p: Publisher): PublisherContact {
  const phone = p.phone.trim();
  const email = p.email.trim();
  const values: [ContactLine['field'], string, string | undefined][] = [
    ['responsible_body', p.responsible_body.trim(), undefined],
    ['address', p.address.trim(), undefined],
    ['phone', phone, `tel:${phone.replace(/\s+/g, '')}`],
    ['email', email, `mailto:${email}`],
    ['contact', contactText(p), undefined],
  ];
  const details = values.map(([field, text, href]): ContactDetail =>
    text === ''
      ? { field, label: CONTACT_LABELS[field], text: null }
      : { field, label: CONTACT_LABELS[field], text, ...(href ? { href } : {}) },
  );
  const lines = details.filter((d): d is ContactLine => d.text !== null);
  return { details, lines, missing: details.filter((d) => d.text === null).map((d) => d.label) };
}

/** "địa chỉ, điện thoại và thư điện tử": the details not set, as one phrase in lower case. */
export function missingPhrase(missing: readonly string[]): string {
  const words = missing.map((m) => m.charAt(0).toLowerCase() + m.slice(1));
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} và ${words.at(-1)}`;
}
