/** The built site's files as the site tests read them: dist/ (built-site.ts's DIST) by default. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../../scripts/lib/site-files.ts';
import { DIST } from './built-site.ts';

/** A dataset as the site publishes it: `<dist>/data/<name>.json`. */
export const builtData = <T>(name: string, dist = DIST): T[] => JSON.parse(readFileSync(join(dist, 'data', `${name}.json`), 'utf8')) as T[];

/** The HTML of the page at `path` (`nhiem-vu/`, …). */
export const builtHtml = (path: string, dist = DIST): string => readFileSync(join(dist, path, 'index.html'), 'utf8');

/** Every link and source the page at `path` refers to, as written. */
export const hrefsOn = (path: string, dist = DIST): string[] => readPage(dist, join(path, 'index.html'), '/').refs.map((r) => r.value);

/** Text as Astro escapes it into a page (html-escaper). */
export const astroEscaped = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
