/**
 * The three pillars of digital transformation as the plan's headings name them. The one place the
 * pipeline tells a pillar from a title: the target sections (II.2.a "Chính quyền số"), the solution
 * sections (III.5.b "Phát triển kinh tế số") and the appendix groups ("Nhóm nhiệm vụ, giải pháp phát
 * triển Xã hội số"). The datasets carry the code (`pillar`); pages never read titles for it. Pure.
 */
import type { Pillar } from '../model/records.ts';

const PILLAR_NAMES: readonly [string, Exclude<Pillar, 'overall'>][] = [
  ['chính quyền số', 'digital_government'],
  ['kinh tế số', 'digital_economy'],
  ['xã hội số', 'digital_society'],
];

const plain = (title: string) => title.normalize('NFC').trim().toLocaleLowerCase('vi');

/** The pillar a heading is exactly the name of ("Kinh tế số"), else null. */
export function pillarNamed(title: string): Exclude<Pillar, 'overall'> | null {
  return PILLAR_NAMES.find(([name]) => plain(title) === name)?.[1] ?? null;
}

/** The pillar a heading ends with ("Xây dựng Chính quyền số", "… phát triển Xã hội số"), else null. */
export function pillarAtEnd(title: string): Exclude<Pillar, 'overall'> | null {
  return PILLAR_NAMES.find(([name]) => plain(title).endsWith(name))?.[1] ?? null;
}
