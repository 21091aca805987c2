/**
 * Yearly reports (content/bao-cao/<year>.mdx): a short editorial summary per year in Vietnamese,
 * with components that render from the datasets. One schema for the frontmatter (the content
 * collection validates with it too), and a check of the body that runs in the data stage and in
 * `npm run check:content`: only the known components, string attributes, ids that exist, no
 * import, export, expression, script or other HTML — so content can never run code on the site.
 * Pure: text in, records or a SourceError naming file:line out.
 */
import yaml from 'js-yaml';
import { REPORT_COMPONENTS, reportFrontmatter, type ReportComponent, type ReportFrontmatter } from '../model/report-schema.ts';
import { SourceError } from '../model/errors.ts';

/** A component used in a report body, with where it is. */
export interface ComponentUse {
  name: ReportComponent;
  value: string;
  line: number;
}

export interface ReportCheck {
  frontmatter: ReportFrontmatter;
  uses: ComponentUse[];
}

/** What the ids inside a report are checked against. */
export interface ReportIds {
  tasks: ReadonlySet<string>;
  indicators: ReadonlySet<string>;
  /** The years with data (the plan's period). */
  years: { from: number; to: number };
}

/**
 * Checks one report: its frontmatter against the schema (and the year against the file name), and
 * its body against the rules above. Throws a SourceError naming the file and line.
 */
export function checkReport(text: string, file: string, ids: ReportIds, reviewDate: string): ReportCheck {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0] !== '---') throw new SourceError(file, 1, 'a frontmatter block starting with "---"', lines[0] ?? '');
  const end = lines.indexOf('---', 1);
  if (end === -1) throw new SourceError(file, 1, 'a frontmatter block closed by "---"', lines[0]!);
  let raw: unknown;
  try {
    raw = yaml.load(lines.slice(1, end).join('\n'), { schema: yaml.JSON_SCHEMA });
  } catch (e) {
    const mark = (e as { mark?: { line?: number } }).mark;
    throw new SourceError(file, 2 + (mark?.line ?? 0), 'valid YAML frontmatter', (e as Error).message.split('\n')[0]);
  }
  const parsed = reportFrontmatter.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    const at = lines.slice(1, end).findIndex((l) => l.startsWith(`${key}:`));
    throw new SourceError(file, at === -1 ? 1 : at + 2, `${issue.path.join('.') || 'frontmatter'}: ${issue.message}`);
  }
  const fm = parsed.data;
  const named = /(\d{4})\.mdx$/.exec(file)?.[1];
  if (named !== undefined && Number(named) !== fm.year) {
    throw new SourceError(
      file,
      lines.slice(1, end).findIndex((l) => l.startsWith('year:')) + 2,
      `year: ${named}, the year in the file name`,
      String(fm.year),
    );
  }
  if (fm.as_of > reviewDate) {
    throw new SourceError(
      file,
      lines.slice(1, end).findIndex((l) => l.startsWith('as_of:')) + 2,
      `as_of: a date on or before the review date ${reviewDate}`,
      fm.as_of,
    );
  }

  const uses: ComponentUse[] = [];
  let fence = false;
  lines.slice(end + 1).forEach((l, i) => {
    const line = end + 2 + i;
    if (/^\s*(```|~~~)/.test(l)) fence = !fence;
    if (fence) return;
    if (/^\s*(import|export)\b/.test(l))
      throw new SourceError(file, line, 'no import or export in a report (components are provided by the site)', l.trim());
    if (/[{}]/.test(l)) throw new SourceError(file, line, 'no { } expression in a report (write attribute values in quotes)', l.trim());
    // Every tag must be a known component; markdown autolinks <https://…> are fine.
    for (const m of l.matchAll(/<\/?([A-Za-z][\w.-]*)([^>]*)>/g)) {
      const [whole, name, attrs] = m as unknown as [string, string, string];
      if (/^https?:/i.test(whole.slice(1))) continue;
      if (!(name in REPORT_COMPONENTS)) {
        throw new SourceError(
          file,
          line,
          `one of the report components ${Object.keys(REPORT_COMPONENTS).join(', ')} (no other HTML, no script)`,
          whole,
        );
      }
      const component = name as ReportComponent;
      const attr = REPORT_COMPONENTS[component];
      const value = new RegExp(`^\\s+${attr}="([^"]*)"\\s*/$`).exec(attrs)?.[1];
      if (value === undefined) throw new SourceError(file, line, `<${component} ${attr}="…" /> with that one attribute`, whole);
      checkValue(component, value, ids, file, line);
      uses.push({ name: component, value, line });
    }
  });
  return { frontmatter: fm, uses };
}

function checkValue(component: ReportComponent, value: string, ids: ReportIds, file: string, line: number): void {
  switch (component) {
    case 'IndicatorChart':
      if (!ids.indicators.has(value))
        throw new SourceError(file, line, `an indicator id of content/indicators.csv in <IndicatorChart>`, value);
      return;
    case 'TaskLink':
      if (!ids.tasks.has(value)) throw new SourceError(file, line, 'a task id of the appendix (e.g. I.4.6) in <TaskLink>', value);
      return;
    case 'TasksDue':
    case 'YearValues': {
      const y = Number(value);
      if (!/^\d{4}$/.test(value) || y < ids.years.from || y > ids.years.to) {
        throw new SourceError(file, line, `a year from ${ids.years.from} to ${ids.years.to} in <${component}>`, value);
      }
    }
  }
}
