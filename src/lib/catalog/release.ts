/**
 * The data release (content/release.json): version, date and notes of this build of the data, who
 * publishes it, what is known of the plan's own number and date, and the public base URL that every
 * absolute link in the catalogues starts with. No date in the catalogues comes from the clock.
 */
import { z } from 'zod';
import { SourceError } from '../errors.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

const releaseSchema = z
  .object({
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a semantic version like 1.0.0'),
    date: isoDate,
    notes: z.string().min(1),
    site_url: z.string().url(),
    publisher: z.object({ name: z.string().min(1), homepage: z.string().url() }).strict(),
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

export type Release = z.infer<typeof releaseSchema>;

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

/**
 * The public base URL: SITE_URL when set (portal administrators set it to where they host the
 * site, base path included), else the release's default. Always https?://…/ with one final slash.
 */
export function resolveSiteUrl(release: Pick<Release, 'site_url'>, env: string | undefined, file = 'SITE_URL'): string {
  const raw = env !== undefined && env.trim() !== '' ? env.trim() : release.site_url;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new SourceError(file, 1, 'an absolute http(s) URL such as https://example.gov.vn/chuyen-doi-so/', raw);
  }
  if (!/^https?:$/.test(u.protocol) || u.search || u.hash) {
    throw new SourceError(file, 1, 'an http(s) URL without query or fragment', raw);
  }
  return `${u.origin}${u.pathname.replace(/\/*$/, '/')}`;
}

/** An absolute URL under the site: absolute('https://x/cds/', 'data/tasks.csv') → https://x/cds/data/tasks.csv */
export function absolute(siteUrl: string, path: string): string {
  return `${siteUrl}${path.replace(/^\/+/, '')}`;
}
