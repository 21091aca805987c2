/**
 * The built site for tests: where the builds are, a static server that mounts a build under its
 * base path (as a portal would), and a Debian-Chromium browser driven by playwright-core.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './seed.ts';

/**
 * The default build (base "/"), made by `npm run build` in the global setup. SITE_DIST and
 * SITE_DIST_BASE put both builds elsewhere (e.g. to run the whole suite beside someone else's dist/).
 */
export const DIST = process.env.SITE_DIST ?? join(ROOT, 'dist');
/** A second build under a portal subdirectory, to prove every link respects the base path. */
export const BASE = '/chuyen-doi-so/';
/** The made-up public address of that build: its base path comes from SITE_URL alone. */
export const BASE_SITE_URL = `https://cong.example.vn${BASE}`;
export const DIST_BASE = process.env.SITE_DIST_BASE ?? join(ROOT, 'tests', '.tmp', 'dist-base');

export { serve, type StaticServer } from '../../scripts/lib/static-server.ts';

/** Debian's Chromium, headless, with no background traffic to other hosts. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
      '--no-first-run',
    ],
  });
}

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page (through the DevTools protocol, so the page's CSP still applies to the
 * page itself) with the WCAG 2.0/2.1/2.2 A and AA rules and best practices.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}
