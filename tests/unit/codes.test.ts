/**
 * The codes' words (src/lib/model/codes.ts) against what is published and what pages show: every
 * coded column of the data dictionary explains each of its codes with codes.ts's words — in the
 * dictionary's specs, in datapackage.json's field descriptions and in docs/data-dictionary.md — and
 * the helpers pages, charts and downloads read give codes.ts's labels. Each check is a function that
 * returns what disagrees, so the tests also show it catches an altered word. Across layers (model,
 * publish, view), so it sits beside layers.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as codes from '../../src/lib/model/codes.ts';
import { capitalise, codesOf, definitionOf, type CodeList, type CodeWords } from '../../src/lib/model/codes.ts';
import { COLUMN_TYPE_LABEL, DATASETS, type DatasetSpec } from '../../src/lib/model/dictionary.ts';
import {
  AGENCY_KIND_LABEL,
  FORMAT_LABEL,
  ROLE_LABEL,
  STATUS_LABELS_VI,
  TIMEFRAME_KIND_LABEL,
  VALIDITY_LABEL,
} from '../../src/lib/model/labels.ts';
import { tableField } from '../../src/lib/publish/catalogue/datapackage.ts';
import { XLSX_TYPE_LABEL } from '../../src/lib/publish/spreadsheet.ts';
import { SUCCESSOR_RELATION_LABELS } from '../../src/lib/view/agency-pages.ts';
import { CITED_IN_LABEL, URL_KIND_LINKS } from '../../src/lib/view/document-pages.ts';
import {
  COMPARATOR_SIGN,
  COMPARATOR_WORDS,
  DIRECTION_LABELS,
  PILLARS_IN_ORDER,
  QUALIFIER_LABELS,
  QUALIFIER_WORDS,
  STATUS_DESCRIPTIONS,
  STATUS_ORDER,
  TARGET_RESULT_LABELS,
  UNIT_LABELS,
} from '../../src/lib/view/indicator-format.ts';
import { BASIS_LABELS, statusCounts } from '../../src/lib/view/indicator-pages.ts';
import { CITED_WHERE } from '../../src/lib/view/task-pages.ts';
import {
  TASK_STATUS_DESCRIPTIONS,
  TASK_STATUS_LABELS,
  TASK_STATUS_ORDER,
  TASK_STATUS_SLUGS,
  taskStatusCounts,
} from '../../src/lib/view/task-status-labels.ts';
import { ROOT } from '../helpers/seed.ts';

/** Every code list codes.ts exports, by its export name. */
const LISTS = (Object.entries(codes) as [string, unknown][]).filter(
  (e): e is [string, CodeList] =>
    typeof e[1] === 'object' &&
    e[1] !== null &&
    !Array.isArray(e[1]) &&
    Object.values(e[1]).every((w) => typeof (w as CodeWords).label === 'string'),
);

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Where a dictionary text can say what a column's codes mean. */
type Describe = (dataset: string, column: string) => string | undefined;

/**
 * The coded columns whose published explanation disagrees with codes.ts: each code must appear as
 * `"code" = <its definition>`; a column of labels (targets.comparator_label) must quote each label;
 * a column that says "Như <dataset>.<column>" (as targets.pillar) borrows that column's explanation, which must hold the
 * same codes. A column whose allowed values are no list of codes.ts is reported too.
 */
function undocumentedCodes(datasets: readonly DatasetSpec[], describe: Describe): string[] {
  const problems: string[] = [];
  const column = (ref: string) => {
    const [d, c] = ref.split('.');
    return datasets.find((s) => s.name === d)?.columns.find((x) => x.name === c);
  };
  for (const d of datasets) {
    for (const c of d.columns) {
      if (!c.values) continue;
      const where = `${d.name}.${c.name}`;
      const text = describe(d.name, c.name) ?? '';
      const ofCodes = LISTS.find(([, l]) => sameList(codesOf(l), c.values!));
      const ofLabels = LISTS.find(([, l]) =>
        sameList(
          Object.values(l).map((w) => w.label),
          c.values!,
        ),
      );
      if (ofLabels && !ofCodes) {
        for (const label of c.values) if (!text.includes(`"${label}"`)) problems.push(`${where}: label "${label}" not quoted`);
        continue;
      }
      if (!ofCodes) {
        problems.push(`${where}: allowed values are no code list of codes.ts`);
        continue;
      }
      const borrowed = /\bNhư ([a-z_]+\.[a-z_]+)/u.exec(text)?.[1];
      if (borrowed) {
        const from = column(borrowed);
        if (!from?.values || !sameList(from.values, c.values)) problems.push(`${where}: borrows ${borrowed}, which has other codes`);
        continue;
      }
      const [, list] = ofCodes;
      for (const code of codesOf(list))
        if (!text.includes(`"${code}" = ${definitionOf(list[code]!)}`)) problems.push(`${where}: "${code}" not explained as codes.ts says`);
    }
  }
  return problems;
}

/** The codes whose shown words (a page helper's map) are not `form` of codes.ts's, or that it lacks or adds. */
function mislabelled<L extends CodeList>(list: L, shown: Readonly<Record<string, string>>, form: (w: L[keyof L]) => string): string[] {
  const problems = codesOf(list).filter((c) => shown[c] !== form(list[c]!));
  for (const c of Object.keys(shown)) if (!(c in list)) problems.push(`${c} (not a code)`);
  return problems;
}

const label = (w: CodeWords) => w.label;
const cell = (w: CodeWords) => capitalise(w.label);

/** The published explanations: the specs (what every writer reads), datapackage.json's fields, docs/data-dictionary.md's rows. */
const fromSpecs: Describe = (d, c) => DATASETS.find((s) => s.name === d)?.columns.find((x) => x.name === c)?.description;
const fromDataPackage: Describe = (d, c) => {
  const spec = DATASETS.find((s) => s.name === d)?.columns.find((x) => x.name === c);
  return spec ? String(tableField(spec, null).description) : undefined;
};
const markdown = readFileSync(join(ROOT, 'docs', 'data-dictionary.md'), 'utf8');
const fromMarkdown: Describe = (d, c) => {
  const section = markdown.split(/^## /m).find((s) => s.startsWith(`\`${d}\` `));
  // The row's cells after the type and "required" ones: the description and the allowed values.
  return section
    ?.split('\n')
    .find((line) => line.startsWith(`| \`${c}\` |`))
    ?.split(' | ')
    .slice(4)
    .join(' | ');
};

describe('codes.ts and the published data dictionary', () => {
  it('finds the code lists (a check that found none would pass everything)', () => {
    expect(LISTS.map(([name]) => name)).toEqual(expect.arrayContaining(['TASK_STATUS', 'INDICATOR_STATUS', 'COMPARATOR', 'BASIS']));
    expect(LISTS.length).toBeGreaterThanOrEqual(20);
  });

  it.each([
    ['the dictionary specs', fromSpecs],
    ['datapackage.json', fromDataPackage],
    ['docs/data-dictionary.md', fromMarkdown],
  ])('every coded column explains its codes with codes.ts’s words in %s', (_, describe) => {
    expect(undocumentedCodes(DATASETS, describe)).toEqual([]);
  });

  it('reports a code explained in other words, a label not quoted, a borrowed explanation of other codes and values of no list', () => {
    const inProgress = definitionOf(codes.TASK_STATUS.in_progress);
    const equals = codes.COMPARATOR.eq.label;
    const altered = DATASETS.map((d) => ({
      ...d,
      columns: d.columns.map((c) => {
        const where = `${d.name}.${c.name}`;
        if (where === 'tasks.status')
          return { ...c, description: c.description.replace(`"in_progress" = ${inProgress}`, '"in_progress" = ?') };
        if (where === 'targets.comparator_label') return { ...c, description: c.description.replace(`"${equals}"`, '"?"') };
        if (where === 'task_status.status') return { ...c, description: 'Như tasks.timeframe_kind.' };
        if (where === 'plan_blocks.kind') return { ...c, values: ['paragraph', 'bullet', 'table'] };
        return c;
      }),
    }));
    const describe: Describe = (d, c) => altered.find((s) => s.name === d)?.columns.find((x) => x.name === c)?.description;
    expect(undocumentedCodes(altered, describe)).toEqual([
      'plan_blocks.kind: allowed values are no code list of codes.ts',
      'tasks.status: "in_progress" not explained as codes.ts says',
      'task_status.status: borrows tasks.timeframe_kind, which has other codes',
      `targets.comparator_label: label "${equals}" not quoted`,
    ]);
  });

  it('every column of codes carries each code’s label (the workbooks’ label columns and the dataset pages read them); a column of labels carries none', () => {
    const unlabelled = (datasets: readonly DatasetSpec[]) =>
      datasets.flatMap((d) =>
        d.columns.flatMap((c) => {
          const list = c.values && LISTS.find(([, l]) => sameList(codesOf(l), c.values!))?.[1];
          const want = list ? Object.fromEntries(codesOf(list).map((code) => [code, list[code]!.label])) : undefined;
          return JSON.stringify(c.labels) === JSON.stringify(want) ? [] : [`${d.name}.${c.name}`];
        }),
      );
    expect(unlabelled(DATASETS)).toEqual([]);
    const altered = DATASETS.map((d) =>
      d.name !== 'tasks' ? d : { ...d, columns: d.columns.map((c) => (c.name === 'status' ? { ...c, labels: undefined } : c)) },
    );
    expect(unlabelled(altered)).toEqual(['tasks.status']);
  });

  it('gives a definition only where the dictionary says more or other than the label', () => {
    const redundant = LISTS.flatMap(([name, list]) =>
      codesOf(list)
        .filter((c) => list[c]!.definition === list[c]!.label)
        .map((c) => `${name}.${c}`),
    );
    expect(redundant).toEqual([]);
  });
});

describe('codes.ts and what pages, charts and downloads show', () => {
  const shown: [string, () => string[]][] = [
    ['task status badges and filters', () => mislabelled(codes.TASK_STATUS, TASK_STATUS_LABELS, cell)],
    ['task status meanings', () => mislabelled(codes.TASK_STATUS, TASK_STATUS_DESCRIPTIONS, (s) => s.description)],
    ['task status list slugs', () => mislabelled(codes.TASK_STATUS, TASK_STATUS_SLUGS, (s) => s.slug)],
    ['indicator status badges', () => mislabelled(codes.INDICATOR_STATUS, STATUS_LABELS_VI, label)],
    ['indicator status meanings', () => mislabelled(codes.INDICATOR_STATUS, STATUS_DESCRIPTIONS, (s) => s.description)],
    ['agency kinds', () => mislabelled(codes.AGENCY_KIND, AGENCY_KIND_LABEL, cell)],
    ['roles', () => mislabelled(codes.ROLE, ROLE_LABEL, cell)],
    ['successor relations', () => mislabelled(codes.SUCCESSOR_RELATION, SUCCESSOR_RELATION_LABELS, cell)],
    ['time frames', () => mislabelled(codes.TIMEFRAME_KIND, TIMEFRAME_KIND_LABEL, cell)],
    ['validity', () => mislabelled(codes.VALIDITY, VALIDITY_LABEL, cell)],
    ['citation places', () => mislabelled(codes.CITATION_PLACE, CITED_IN_LABEL, label)],
    ['citation places on a task page', () => mislabelled(codes.CITATION_PLACE, CITED_WHERE, (p) => p.where)],
    ['document links', () => mislabelled(codes.URL_KIND, URL_KIND_LINKS, (k) => k.link)],
    ['bases', () => mislabelled(codes.BASIS, BASIS_LABELS, label)],
    ['qualifier meanings', () => mislabelled(codes.QUALIFIER, QUALIFIER_LABELS, label)],
    ['qualifier words before a value', () => mislabelled(codes.QUALIFIER, QUALIFIER_WORDS, (q) => q.prefix)],
    ['comparator signs', () => mislabelled(codes.COMPARATOR, COMPARATOR_SIGN, (c) => c.sign)],
    ['comparator words', () => mislabelled(codes.COMPARATOR, COMPARATOR_WORDS, (c) => c.words)],
    ['units', () => mislabelled(codes.TARGET_UNIT, UNIT_LABELS, label)],
    ['directions', () => mislabelled(codes.DIRECTION, DIRECTION_LABELS, cell)],
    ['2025 results', () => mislabelled(codes.TARGET_RESULT, TARGET_RESULT_LABELS, cell)],
    ['pillars', () => mislabelled(codes.PILLAR, Object.fromEntries(PILLARS_IN_ORDER.map((p) => [p.code, p.short])), cell)],
    ['file formats', () => mislabelled(codes.FILE_FORMAT, FORMAT_LABEL, cell)],
    ['column types', () => mislabelled(codes.COLUMN_TYPE, COLUMN_TYPE_LABEL, label)],
    ['column types in workbooks', () => mislabelled(codes.COLUMN_TYPE, XLSX_TYPE_LABEL, (t) => t.workbook)],
  ];

  it.each(shown)('%s are codes.ts’s words', (_, check) => {
    expect(check()).toEqual([]);
  });

  it('the counts pages show carry the same labels, in the order codes.ts gives', () => {
    const tasks = taskStatusCounts([]);
    expect(tasks.map((c) => c.status)).toEqual([...codes.TASK_STATUS_ORDER]);
    expect(tasks.map((c) => c.label)).toEqual(codes.TASK_STATUS_ORDER.map((s) => capitalise(codes.TASK_STATUS[s].label)));
    expect(statusCounts([]).map((c) => c.label)).toEqual(STATUS_ORDER.map((s) => codes.INDICATOR_STATUS[s].label));
  });

  it('the orders pages show are each a full list of the codes', () => {
    expect([...TASK_STATUS_ORDER].sort()).toEqual([...codes.TASK_STATUSES].sort());
    expect([...codes.PILLAR_ORDER].sort()).toEqual([...codes.PILLARS].sort());
  });

  it('reports an altered label, a missing code and a stray one', () => {
    const { delayed: _delayed, ...withoutDelayed } = TASK_STATUS_LABELS;
    expect(mislabelled(codes.TASK_STATUS, { ...TASK_STATUS_LABELS, done: 'Xong' }, cell)).toEqual(['done']);
    expect(mislabelled(codes.TASK_STATUS, withoutDelayed, cell)).toEqual(['delayed']);
    expect(mislabelled(codes.ROLE, { ...ROLE_LABEL, owner: 'Chủ quản' }, cell)).toEqual(['owner (not a code)']);
  });
});
