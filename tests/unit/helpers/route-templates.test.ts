import { describe, expect, it } from 'vitest';
import { pageTemplates, templatePages } from '../../helpers/route-templates.ts';

const TEMPLATES = [
  '404.astro',
  'index.astro',
  'chi-tieu/index.astro',
  'chi-tieu/[id].astro',
  'chi-tieu/[id]/nhung.astro',
  'nhiem-vu/[slug].astro',
  'nhiem-vu/nam/[year].astro',
  'tep/[...path].astro',
  'ban-[so]/index.astro',
];

const built = [
  '404.html',
  'index.html',
  'chi-tieu/index.html',
  'chi-tieu/dti-rank/index.html',
  'chi-tieu/b-chi-so/index.html',
  'chi-tieu/b-chi-so/nhung/index.html',
  'nhiem-vu/nam/2024/index.html',
  'nhiem-vu/i-4-6/index.html',
  'nhiem-vu/i-1-1/index.html',
  'tep/a/b/c/index.html',
  'ban-2/index.html',
  '_astro/x.css',
  'data/tasks.json',
];

const byTemplate = (pages: { template: string; path: string | undefined }[]) => Object.fromEntries(pages.map((p) => [p.template, p.path]));

describe('templatePages', () => {
  it('gives static routes their page and dynamic ones the first page they build, the most specific template owning each page', () => {
    expect(byTemplate(templatePages(TEMPLATES, built))).toEqual({
      '404.astro': '404.html',
      'index.astro': '',
      'chi-tieu/index.astro': 'chi-tieu/',
      'chi-tieu/[id].astro': 'chi-tieu/b-chi-so/',
      'chi-tieu/[id]/nhung.astro': 'chi-tieu/b-chi-so/nhung/',
      // nhiem-vu/nam/2024/ has three segments: it is the year template's, never the task template's.
      'nhiem-vu/[slug].astro': 'nhiem-vu/i-1-1/',
      'nhiem-vu/nam/[year].astro': 'nhiem-vu/nam/2024/',
      'tep/[...path].astro': 'tep/a/b/c/',
      'ban-[so]/index.astro': 'ban-2/',
    });
  });

  it('prefers a static segment to a parameter: a page named like a static route is not the dynamic one’s', () => {
    const pages = templatePages(['nhiem-vu/[slug].astro', 'nhiem-vu/moi.astro'], ['nhiem-vu/moi/index.html']);
    expect(byTemplate(pages)).toEqual({ 'nhiem-vu/[slug].astro': undefined, 'nhiem-vu/moi.astro': 'nhiem-vu/moi/' });
  });

  it('leaves a template without a built page without a path, for the test to fail on', () => {
    const pages = templatePages(
      TEMPLATES,
      built.filter((f) => !f.startsWith('nhiem-vu/nam/')),
    );
    expect(pages.filter((p) => p.path === undefined).map((p) => p.template)).toEqual(['nhiem-vu/nam/[year].astro']);
  });

  it('finds the site’s own templates, the endpoints (.ts) left out', () => {
    const templates = pageTemplates();
    expect(templates).toContain('index.astro');
    expect(templates).toContain('nhiem-vu/[slug].astro');
    expect(templates.every((t) => t.endsWith('.astro'))).toBe(true);
  });
});
