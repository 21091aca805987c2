/**
 * Where each record lives on the site. One place for every URL pattern, so pages link consistently
 * and the link checker has one scheme to verify. All results respect the base path.
 */
import { url } from './url.ts';

/** "III.5.a" → "III-5-a": the plan page's anchor for a section. */
export const sectionAnchor = (sectionId: string): string => sectionId.replace(/\./g, '-');

export const routes = {
  home: () => url('/'),
  plan: () => url('/ke-hoach/'),
  section: (sectionId: string) => url(`/ke-hoach/#${sectionAnchor(sectionId)}`),
  tasks: () => url('/nhiem-vu/'),
  task: (slug: string) => url(`/nhiem-vu/${slug}/`),
  tasksInYear: (year: number) => url(`/nhiem-vu/nam/${year}/`),
  tasksInGroup: (groupId: string) => url(`/nhiem-vu/nhom/${groupId.toLowerCase().replace(/\./g, '-')}/`),
  agencies: () => url('/co-quan/'),
  agency: (id: string) => url(`/co-quan/${id}/`),
  documents: () => url('/van-ban/'),
  document: (id: string) => url(`/van-ban/${id}/`),
  timeline: () => url('/lo-trinh/'),
  indicators: () => url('/chi-tieu/'),
  indicator: (id: string) => url(`/chi-tieu/${id}/`),
  /** An indicator's chart alone, for other sites to frame (<iframe>). */
  indicatorEmbed: (id: string) => url(`/chi-tieu/${id}/nhung/`),
  data: () => url('/du-lieu/'),
  dataset: (name: string) => url(`/du-lieu/${name.replace(/_/g, '-')}/`),
  dataFile: (file: string) => url(`/data/${file}`),
  search: () => url('/tim-kiem/'),
  /** The source document with line numbers; "#L359" is line 359. */
  sourceLine: (line: number) => url(`/nguon/#L${line}`),
  source: () => url('/nguon/'),
  about: () => url('/gioi-thieu/'),
  /** Tasks with one status, pre-rendered (the slug comes from task-status-labels). */
  tasksWithStatus: (slug: string) => url(`/nhiem-vu/tinh-trang/${slug}/`),
  /** How outcomes are decided, and how to send a correction. */
  outcomesMethod: () => url('/cach-danh-gia/'),
  reports: () => url('/bao-cao/'),
  report: (year: number) => url(`/bao-cao/${year}/`),
  changelog: () => url('/thay-doi/'),
  changelogFeed: () => url('/thay-doi/feed.xml'),
};
