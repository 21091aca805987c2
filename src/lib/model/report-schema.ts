/**
 * The yearly reports' shape (content/bao-cao/<year>.mdx): the components a report may use and the
 * frontmatter schema, shared by the content collection (the site) and the data stage's check of the
 * body (src/lib/pipeline/reports.ts).
 */
import { z } from 'zod';
import { isHttpsUrl, isIsoDate } from './values.ts';

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

export const FIRST_REPORT_YEAR = 2022;

/** The frontmatter of a yearly report. */
export const reportFrontmatter = z
  .object({
    title: z.string().min(1),
    year: z.number().int().min(FIRST_REPORT_YEAR),
    /** The date the report's account is current to (usually the review date). */
    as_of: z.string().refine(isIsoDate, 'a date yyyy-mm-dd (in quotes)'),
    /** One or two sentences for the list of reports. */
    summary: z.string().min(1),
    sources: z
      .array(
        z
          .object({
            title: z.string().min(1),
            url: z.string().refine(isHttpsUrl, 'an https URL'),
            published: z.string().refine(isIsoDate, 'a date yyyy-mm-dd (in quotes)').optional(),
          })
          .strict(),
      )
      .min(1, 'at least one source'),
  })
  .strict();
export type ReportFrontmatter = z.infer<typeof reportFrontmatter>;
