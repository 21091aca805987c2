/**
 * The yearly reports' shape (content/bao-cao/<year>.mdx): the components a report may use, the
 * frontmatter schema, and the document a report's body becomes once checked (src/lib/model/report.ts).
 * The site renders that document node by node (src/components/report/ReportBlocks.astro); nothing an
 * editor writes is ever compiled or run, so the document types below are everything a report can put
 * on a page.
 */
import { z } from 'zod';
import { findForbiddenCharacter, PLAIN_TEXT } from './characters.ts';
import { isDateBetween, isHttpsUrl, LAST_PROGRESS_YEAR, LATEST_DATE, YEARS } from './values.ts';

/** The components a report may use, and the attribute each needs. */
export const REPORT_COMPONENTS = {
  /** The chart and table of one indicator: <IndicatorChart id="dti-rank" /> */
  IndicatorChart: 'id',
  /** The status of the tasks whose time frame ends in a year: <TasksDue year="2022" /> */
  TasksDue: 'year',
  /** Every value published for a year: <YearValues year="2022" /> */
  YearValues: 'year',
  /** A link to a task with its status: <TaskLink id="I.3.4" /> */
  TaskLink: 'id',
} as const;
export type ReportComponent = keyof typeof REPORT_COMPONENTS;

/** The components that stand as a block of their own (a chart, a table); TaskLink sits inside a sentence. */
export const BLOCK_COMPONENTS = ['IndicatorChart', 'TasksDue', 'YearValues'] as const satisfies readonly ReportComponent[];

export const FIRST_REPORT_YEAR = 2022;

/**
 * Text of the frontmatter: YAML's escapes ("\u202e") reach the value after the file's characters
 * were checked, so the value is checked again.
 */
const plainText = z
  .string()
  .min(1)
  .refine((s) => findForbiddenCharacter(s) === undefined, PLAIN_TEXT);
const dateFrom = (from: string) =>
  z.string().refine((s) => isDateBetween(s, from, LATEST_DATE), `a date yyyy-mm-dd from ${from} (in quotes)`);

/** The frontmatter of a yearly report. */
export const reportFrontmatter = z
  .object({
    title: plainText,
    year: z.number().int().min(FIRST_REPORT_YEAR).max(LAST_PROGRESS_YEAR),
    /** The date the report's account is current to (usually the review date). */
    as_of: dateFrom(`${FIRST_REPORT_YEAR}-01-01`),
    /** One or two sentences for the list of reports. */
    summary: plainText,
    sources: z
      .array(
        z
          .object({
            title: plainText,
            url: z.string().refine(isHttpsUrl, 'an https URL'),
            published: dateFrom(`${YEARS.from}-01-01`).optional(),
          })
          .strict(),
      )
      .min(1, 'at least one source'),
  })
  .strict();
export type ReportFrontmatter = z.infer<typeof reportFrontmatter>;

// ---- the checked body ---------------------------------------------------------------------------

/** Text inside a block: what Markdown's inline syntax gives, and a link to a task. */
export type ReportInline =
  | { type: 'text'; value: string }
  | { type: 'emphasis'; children: ReportInline[] }
  | { type: 'strong'; children: ReportInline[] }
  | { type: 'delete'; children: ReportInline[] }
  | { type: 'inlineCode'; value: string }
  | { type: 'break' }
  /** href: https:, mailto:, a path of this site ("/nhiem-vu/i-4-6/", rendered under the base path) or "#anchor". */
  | { type: 'link'; href: string; title: string | null; children: ReportInline[] }
  /** src: a path of this site only (an image from another host would be a request to it). */
  | { type: 'image'; src: string; alt: string; title: string | null }
  | { type: 'taskLink'; id: string };

/** A block of a report body. */
export type ReportBlock =
  | { type: 'heading'; depth: 2 | 3 | 4 | 5 | 6; id: string; children: ReportInline[] }
  | { type: 'paragraph'; children: ReportInline[] }
  /** spread: a loose list (its items' paragraphs keep their <p>), as Markdown decides. */
  | { type: 'list'; ordered: boolean; start: number | null; spread: boolean; items: ReportBlock[][] }
  | { type: 'blockquote'; children: ReportBlock[] }
  /** Code is shown as text, never highlighted or run. */
  | { type: 'code'; value: string }
  | { type: 'thematicBreak' }
  | { type: 'table'; align: ('left' | 'right' | 'center' | null)[]; head: ReportInline[][]; rows: ReportInline[][][] }
  | { type: 'indicatorChart'; id: string }
  | { type: 'tasksDue'; year: number }
  | { type: 'yearValues'; year: number };

const inline: z.ZodType<ReportInline> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('text'), value: z.string() }).strict(),
    z.object({ type: z.literal('emphasis'), children: z.array(inline) }).strict(),
    z.object({ type: z.literal('strong'), children: z.array(inline) }).strict(),
    z.object({ type: z.literal('delete'), children: z.array(inline) }).strict(),
    z.object({ type: z.literal('inlineCode'), value: z.string() }).strict(),
    z.object({ type: z.literal('break') }).strict(),
    z
      .object({ type: z.literal('link'), href: z.string().refine(isReportHref), title: z.string().nullable(), children: z.array(inline) })
      .strict(),
    z.object({ type: z.literal('image'), src: z.string().refine(isSitePath), alt: z.string(), title: z.string().nullable() }).strict(),
    z.object({ type: z.literal('taskLink'), id: z.string() }).strict(),
  ]),
) as z.ZodType<ReportInline>;

const block: z.ZodType<ReportBlock> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z
      .object({
        type: z.literal('heading'),
        depth: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
        id: z.string(),
        children: z.array(inline),
      })
      .strict(),
    z.object({ type: z.literal('paragraph'), children: z.array(inline) }).strict(),
    z
      .object({
        type: z.literal('list'),
        ordered: z.boolean(),
        start: z.number().int().nullable(),
        spread: z.boolean(),
        items: z.array(z.array(block)),
      })
      .strict(),
    z.object({ type: z.literal('blockquote'), children: z.array(block) }).strict(),
    z.object({ type: z.literal('code'), value: z.string() }).strict(),
    z.object({ type: z.literal('thematicBreak') }).strict(),
    z
      .object({
        type: z.literal('table'),
        align: z.array(z.enum(['left', 'right', 'center']).nullable()),
        head: z.array(z.array(inline)),
        rows: z.array(z.array(z.array(inline))),
      })
      .strict(),
    z.object({ type: z.literal('indicatorChart'), id: z.string() }).strict(),
    z.object({ type: z.literal('tasksDue'), year: z.number().int() }).strict(),
    z.object({ type: z.literal('yearValues'), year: z.number().int() }).strict(),
  ]),
) as z.ZodType<ReportBlock>;

/** A checked report as the site stores and renders it: its frontmatter and its body as a document. */
export const reportEntry = reportFrontmatter.extend({ body: z.array(block) });
export type ReportEntry = z.infer<typeof reportEntry>;

// ---- where a report may point -------------------------------------------------------------------

/**
 * A path of this site as an editor writes it: "/" then a path, no host. "//host" and "/\host" are
 * other sites to a browser, so they are not paths; neither is anything with a space or a control
 * character. The site puts its base path in front when it renders the link.
 */
export function isSitePath(s: string): boolean {
  if (!/^\/(?![/\\])[^\s\\\p{Cc}]*$/u.test(s)) return false;
  try {
    return new URL(s, 'https://site.invalid/').host === 'site.invalid';
  } catch {
    return false;
  }
}

/** A mailto: link to one plain address (no headers, no second address). */
export function isMailto(s: string): boolean {
  return /^mailto:[^\s@?,;:/\\<>"]+@[^\s@?,;:/\\<>"]+\.[^\s@?,;:/\\<>".]+$/i.test(s);
}

/** Where a link in a report may go: https:, mailto:, a path of this site, or an anchor of the page. */
export function isReportHref(s: string): boolean {
  return isHttpsUrl(s) || isMailto(s) || isSitePath(s) || /^#[\p{L}\p{N}_-]+$/u.test(s);
}
