/**
 * The data release (content/release.json): version, date and notes of this build of the data, who
 * publishes it and what is known of the plan's own number and date. (The public address is SITE_URL:
 * src/lib/pipeline/site-address.ts.) No date in the catalogues comes from the clock.
 */
import { z } from 'zod';
import { SourceError } from './errors.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

const version = z.string().regex(/^\d+\.\d+\.\d+$/, 'a semantic version like 1.0.0');

/** An earlier release, as it was published: its notes and the rows each dataset had then. */
export const pastRelease = z
  .object({
    version,
    date: isoDate,
    notes: z.string().min(1),
    row_counts: z.record(z.string(), z.number().int().nonnegative()),
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
    // Who publishes the site and how to reach them. Only real, public values: a contact field that is
    // not known stays "" and the build warns, naming it, so the portal staff fill it in before publishing.
    publisher: z
      .object({
        name: z.string().min(1),
        homepage: z.string().url(),
        responsible_body: z.string(),
        email: z.union([z.literal(''), z.string().email()]),
        phone: z.string(),
        address: z.string(),
        feedback_url: z.union([z.literal(''), z.string().url()]),
      })
      .strict(),
    plan: z
      .object({
        adopted_year: z.number().int(),
        // Blank in the source document: null until someone can cite the signed copy.
        number: z.string().min(1).nullable(),
        date: isoDate.nullable(),
        note: z.string().min(1),
      })
      .strict(),
  })
  .strict();

const releaseSchema = releaseFields.superRefine((r, ctx) => {
  let newer = { version: r.version, date: r.date };
  for (const [i, past] of r.history.entries()) {
    if (past.date > newer.date || compareVersions(past.version, newer.version) >= 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['history', i],
        message: `older than ${newer.version} (${newer.date}): history lists releases newest first`,
      });
      return;
    }
    newer = past;
  }
});

export type Release = z.infer<typeof releaseSchema>;
export type PastRelease = z.infer<typeof pastRelease>;

/** The publisher's contact fields that are still empty (each becomes a build warning). */
export function missingContactFields(release: Pick<Release, 'publisher'>): string[] {
  const p = release.publisher;
  return (['responsible_body', 'email', 'phone', 'address', 'feedback_url'] as const)
    .filter((k) => p[k].trim() === '')
    .map((k) => `publisher.${k}`);
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

/** Parses content/release.json; a malformed file stops the build like any other bad input. */
export function parseRelease(text: string, file: string): Release {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new SourceError(file, 1, 'valid JSON', (e as Error).message);
  }
  const result = releaseSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new SourceError(file, 1, `${issue.path.join('.') || 'release'} to be ${issue.message}`, JSON.stringify(raw).slice(0, 200));
  }
  return result.data;
}

/** An absolute URL under the site: absolute('https://x/cds/', 'data/tasks.csv') → https://x/cds/data/tasks.csv */
export function absolute(siteUrl: string, path: string): string {
  return `${siteUrl}${path.replace(/^\/+/, '')}`;
}
