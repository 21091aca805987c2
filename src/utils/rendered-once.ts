/**
 * HTML that a build renders once and repeats: a task's row is the same on every list that shows it
 * (some ten lists per task: its group, sub-group, years, agencies, status), and rendering each copy
 * through Astro was most of the time of those pages at scale. Kept for one build; `astro dev`
 * renders every time, so an edited component or rebuilt data shows at once.
 */
const rendered = new Map<string, string>();

const renderOnce = (): boolean => import.meta.env.PROD;

export function renderedHtml(key: string): string | undefined {
  return renderOnce() ? rendered.get(key) : undefined;
}

/** Two pages rendered at once may both meet a new key: both render the same HTML, and the first is kept. */
export function keepRenderedHtml(key: string, html: string): void {
  if (renderOnce() && !rendered.has(key)) rendered.set(key, html);
}

/** A list's items in order: runs of items already rendered as one piece of HTML, the others one by one with their ids. */
export type RenderedRun<T> = { html: string } | { item: T; id: string | null };

/** Joins consecutive items already rendered, so a list met before costs one piece of HTML instead of a component per item. */
export function renderedRuns<T>(items: readonly T[], idOf: (item: T) => string | null): RenderedRun<T>[] {
  const runs: RenderedRun<T>[] = [];
  let html: string[] = [];
  for (const item of items) {
    const id = idOf(item);
    const done = id === null ? undefined : renderedHtml(id);
    if (done !== undefined) {
      html.push(done);
      continue;
    }
    if (html.length > 0) runs.push({ html: html.join('') });
    html = [];
    runs.push({ item, id });
  }
  if (html.length > 0) runs.push({ html: html.join('') });
  return runs;
}
