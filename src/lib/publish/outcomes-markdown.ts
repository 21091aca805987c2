/**
 * The table in docs/outcomes.md: each indicator, the years with a published value and their
 * sources, or "none yet" — generated from the curated tables (npm run docs) so it cannot drift.
 */
import type { IndicatorTableRow } from '../pipeline/indicators.ts';
import type { ProgressRecord } from '../model/records.ts';

export const VALUES_START = '<!-- values:start (npm run docs) -->';
export const VALUES_END = '<!-- values:end -->';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The markdown table of indicator → years with values → sources. */
export function valuesTable(indicators: readonly Pick<IndicatorTableRow, 'id' | 'name'>[], progress: readonly ProgressRecord[]): string {
  const lines = ['| indicator | years with a value | sources |', '| --- | --- | --- |'];
  for (const ind of indicators) {
    const rows = progress.filter((p) => p.indicator_id === ind.id).sort((a, b) => a.year - b.year);
    const years = rows.map(
      (p) =>
        `${p.year}${p.qualifier === 'exact' ? '' : ` (${p.qualifier})`}${p.derivation ? ' (derived)' : ''}${p.basis.startsWith('province_2022') || p.basis === 'dti_63' ? '' : ` [${p.basis}]`}`,
    );
    const hosts = [...new Set(rows.map((p) => new URL(p.source_url).host))];
    lines.push(
      `| \`${ind.id}\` ${cell(ind.name)} | ${years.join(', ') || '**none yet** (see the search logs)'} | ${hosts.join(', ') || '—'} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The document with its generated table replaced; throws when the markers are missing. */
export function withValuesTable(doc: string, table: string): string {
  const start = doc.indexOf(VALUES_START);
  const end = doc.indexOf(VALUES_END);
  if (start === -1 || end < start) throw new Error(`docs/outcomes.md lacks the markers ${VALUES_START} … ${VALUES_END}`);
  return `${doc.slice(0, start + VALUES_START.length)}\n${table}${doc.slice(end)}`;
}
