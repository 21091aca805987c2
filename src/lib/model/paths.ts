/**
 * Where each record lives on the site, as paths relative to the site's root ("du-lieu/tasks/"). One
 * place for every URL pattern: the pages link through routes (src/utils/routes.ts, which adds the
 * base path) and the catalogues, workbooks and sitemap make absolute addresses from the same paths.
 */

/** "III.5.a" → "III-5-a": the plan page's anchor for a section. */
export const sectionAnchor = (sectionId: string): string => sectionId.replace(/\./g, '-');

/** "plan_sections" → "plan-sections": a dataset's name in addresses (its page, its CKAN package). */
export const datasetSlug = (name: string): string => name.replace(/_/g, '-');

export const paths = {
  home: () => '',
  plan: () => 'ke-hoach/',
  section: (sectionId: string) => `ke-hoach/#${sectionAnchor(sectionId)}`,
  tasks: () => 'nhiem-vu/',
  task: (slug: string) => `nhiem-vu/${slug}/`,
  tasksInYear: (year: number) => `nhiem-vu/nam/${year}/`,
  /** A group's or sub-group's tasks, by the group's slug (groups.slug: "i-4"). */
  tasksInGroup: (slug: string) => `nhiem-vu/nhom/${slug}/`,
  /** A group's tasks with one status, pre-rendered (the progress overview's segments). */
  tasksInGroupWithStatus: (slug: string, statusSlug: string) => `nhiem-vu/nhom/${slug}/tinh-trang/${statusSlug}/`,
  /** The tasks whose status rests on one kind of source, or on none (view/progress-overview.ts's slugs). */
  tasksByEvidence: (slug: string) => `nhiem-vu/nguon/${slug}/`,
  agencies: () => 'co-quan/',
  agency: (id: string) => `co-quan/${id}/`,
  /** Today's bodies (bodies.csv): who holds each 2022 agency's role now. */
  bodies: () => 'co-quan-hien-nay/',
  body: (id: string) => `co-quan-hien-nay/${id}/`,
  /** The tasks a body of today leads with one status, pre-rendered (the progress overview's segments). */
  bodyTasksWithStatus: (id: string, statusSlug: string) => `co-quan-hien-nay/${id}/tinh-trang/${statusSlug}/`,
  documents: () => 'van-ban/',
  document: (id: string) => `van-ban/${id}/`,
  timeline: () => 'lo-trinh/',
  indicators: () => 'chi-tieu/',
  indicator: (id: string) => `chi-tieu/${id}/`,
  /** An indicator's chart alone, for other sites to frame (<iframe>). */
  indicatorEmbed: (id: string) => `chi-tieu/${id}/nhung/`,
  data: () => 'du-lieu/',
  /** A dataset's page: "plan_sections" → "du-lieu/plan-sections/". */
  dataset: (name: string) => `du-lieu/${datasetSlug(name)}/`,
  dataFile: (file: string) => `data/${file}`,
  search: () => 'tim-kiem/',
  /** The source document with line numbers; "#L359" is line 359. */
  sourceLine: (line: number) => `nguon/#L${line}`,
  source: () => 'nguon/',
  about: () => 'gioi-thieu/',
  /** Tasks with one status, pre-rendered (the slug comes from task-status-labels). */
  tasksWithStatus: (slug: string) => `nhiem-vu/tinh-trang/${slug}/`,
  /** The past-due tasks (tasks.past_due), pre-rendered: the no-JS form of the task filter's "?qua-han=co". */
  tasksPastDue: () => 'nhiem-vu/qua-han/',
  /** How outcomes are decided, and how to send a correction. */
  outcomesMethod: () => 'cach-danh-gia/',
  /** The progress overview: tasks by status per group and per body, evidence, the 2025 targets. */
  progress: () => 'tien-do/',
  reports: () => 'bao-cao/',
  /** The yearly report cycle: the forms the responsible bodies fill, and the dates of Part V. */
  reportCycle: () => 'bao-cao-hang-nam/',
  report: (year: number) => `bao-cao/${year}/`,
  changelog: () => 'thay-doi/',
  changelogFeed: () => 'thay-doi/feed.xml',
} as const;

/** An ASCII slug of Vietnamese text, for ids, URLs and filter values ("Sở Khoa học" → "so-khoa-hoc"). */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "III.10.4" → "iii-10-4": a task's or group's id as a path segment (tasks.slug, groups.slug). */
export const slugOf = (id: string): string => id.toLowerCase().replace(/\./g, '-');

/** The per-record downloads in the data folder (src/lib/publish/record-files.ts; the chart sheets are drawn by the site). */
export const recordFiles = {
  task: (slug: string, ext: 'csv' | 'json') => `nhiem-vu/${slug}.${ext}`,
  tasksInYear: (year: number, ext: 'csv' | 'xlsx') => `nhiem-vu/nam/${year}.${ext}`,
  agencyTasks: (agencyId: string, ext: 'csv' | 'xlsx') => `co-quan/${agencyId}.${ext}`,
  /** Every task a body of today leads, co-runs or shares through a collective. */
  bodyTasks: (bodyId: string, ext: 'csv' | 'xlsx') => `co-quan-hien-nay/${bodyId}.${ext}`,
  indicator: (indicatorId: string, ext: 'csv' | 'json' | 'svg' | 'png') => `chi-tieu/${indicatorId}.${ext}`,
} as const;

/** A body's reporting form in the data folder (npm run forms; the data stage publishes it): "bieu-mau/so-y-te.xlsx". */
export const reportFormFile = (bodyId: string): string => `bieu-mau/${bodyId}.xlsx`;
