/**
 * The data release (content/release.json): version, date and notes of this build of the data, who
 * publishes it and what is known of the plan's own number and date. (The public address is SITE_URL:
 * src/lib/pipeline/site-address.ts.) No date in the catalogues comes from the clock.
 */
import { z } from 'zod';
import { jsonIssueError, parseJsonSource } from './json-source.ts';
import { isDateBetween, isHttpsUrl, LATEST_DATE, YEARS } from './values.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
  .refine((s) => isDateBetween(s, `${YEARS.from}-01-01`, LATEST_DATE), `a real date from ${YEARS.from} to ${YEARS.to}`);

// A dataset is a sheet of all-data.xlsx: Excel's 1,048,576 rows, less the header.
const MAX_ROWS = 1_048_575;

/** A feedback address may be an e-mail link (one address; no ?subject= or other header fields). */
const isMailto = (s: string) => s.startsWith('mailto:') && z.string().email().safeParse(s.slice('mailto:'.length)).success;

const version = z.string().regex(/^\d+\.\d+\.\d+$/, 'a semantic version like 1.0.0');

/** An earlier release, as it was published: its notes and the rows each dataset had then. */
export const pastRelease = z
  .object({
    version,
    date: isoDate,
    notes: z.string().min(1),
    row_counts: z.record(z.string(), z.number().int().nonnegative().max(MAX_ROWS, `at most ${MAX_ROWS} rows (a spreadsheet's limit)`)),
  })
  .strict();

/** content/release.json's fields (the manifest repeats them without the history). */
export const releaseFields = z
  .object({
    version,
    // The date of this release, which is also the date of the last review of the outcomes.
    date: isoDate,
    notes: z.string().min(1),
    // Earlier releases, newest first: the changelog (/thay-doi/) and its feed.
    history: z.array(pastRelease).default([]),
    // Who publishes the site and how to reach them: what Nghị định 42/2022/NĐ-CP Điều 4 khoản 1 điểm e
    // asks a state body's site to show (the body's address, phone and e-mail; the contact official's
    // position, unit and name). Only real, public values of offices, never a person's private ones
    // (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15): a field not known stays "" and the build warns,
    // naming it, so the portal staff fill it in before publishing.
    publisher: z
      .object({
        name: z.string().min(1),
        homepage: z.string().refine(isHttpsUrl, 'an https URL'),
        responsible_body: z.string(),
        email: z.union([z.literal(''), z.string().email()]),
        phone: z.string(),
        address: z.string(),
        // The contact official's position and unit, e.g. "Trưởng phòng …, Sở …": an office, whoever holds it.
        contact_role: z.string().default(''),
        // Their name, in that public role only; may stay "" (the role and the office's phone and e-mail reach them).
        contact_name: z.string().default(''),
        feedback_url: z.string().refine((s) => s === '' || isHttpsUrl(s) || isMailto(s), 'an https URL, a mailto: address or ""'),
      })
      .strict(),
    plan: z
      .object({
        adopted_year: z
          .number()
          .int()
          .min(YEARS.from, `a year from ${YEARS.from} to ${YEARS.to}`)
          .max(YEARS.to, `a year from ${YEARS.from} to ${YEARS.to}`),
        // Blank in the source document: null until someone can cite the signed copy.
        number: z.string().min(1).nullable(),
        date: isoDate.nullable(),
        note: z.string().min(1),
      })
      .strict(),
  })
  .strict();

const releaseSchema = releaseFields.superRefine((r, ctx) => {
  // A review of the plan's outcomes, and the plan's own date, cannot come before the plan's year.
  const adopted = `${r.plan.adopted_year}-01-01`;
  if (r.date < adopted) {
    ctx.addIssue({ code: 'custom', path: ['date'], message: `a date on or after ${adopted} (plan.adopted_year)` });
    return;
  }
  if (r.plan.date !== null && (r.plan.date.slice(0, 4) !== String(r.plan.adopted_year) || r.plan.date > r.date)) {
    ctx.addIssue({
      code: 'custom',
      path: ['plan', 'date'],
      message: `a date in plan.adopted_year ${r.plan.adopted_year}, not after the release date`,
    });
    return;
  }
  let newer = { version: r.version, date: r.date };
  for (const [i, past] of r.history.entries()) {
    const badDate = past.date > newer.date || past.date < adopted;
    if (badDate || compareVersions(past.version, newer.version) >= 0) {
      ctx.addIssue({
        code: 'custom',
        // The line to fix: the date, or else the version.
        path: ['history', i, badDate ? 'date' : 'version'],
        message: `older than ${newer.version} (${newer.date}) and not before ${adopted}: history lists releases newest first`,
      });
      return;
    }
    newer = past;
  }
});

export type Release = z.infer<typeof releaseSchema>;
export type PastRelease = z.infer<typeof pastRelease>;

/** The contact fields a build warns about while empty (contact_name may stay empty: the role reaches the office). */
export const WARNED_CONTACT_FIELDS = ['responsible_body', 'email', 'phone', 'address', 'contact_role', 'feedback_url'] as const;

/** The publisher's contact fields that are still empty (each becomes a build warning). */
export function missingContactFields(release: Pick<Release, 'publisher'>): string[] {
  const p = release.publisher;
  return WARNED_CONTACT_FIELDS.filter((k) => p[k].trim() === '').map((k) => `publisher.${k}`);
}

/** Semantic-version order: 1.2.0 < 1.10.0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return 0;
}

/** Every release, newest first, the current one with the row counts of this build. */
export function releaseLog(release: Release, rowCounts: Record<string, number>): PastRelease[] {
  return [{ version: release.version, date: release.date, notes: release.notes, row_counts: rowCounts }, ...release.history];
}

/** Parses content/release.json; a malformed file stops the build like any other bad input, at the line of the bad value. */
export function parseRelease(text: string, file: string): Release {
  const source = parseJsonSource(text, file);
  const result = releaseSchema.safeParse(source.value);
  if (!result.success) throw jsonIssueError(result.error.issues[0]!, source, file, 'release');
  return result.data;
}

/** An absolute URL under the site: absolute('https://x/cds/', 'data/tasks.csv') → https://x/cds/data/tasks.csv */
export function absolute(siteUrl: string, path: string): string {
  return `${siteUrl}${path.replace(/^\/+/, '')}`;
}
