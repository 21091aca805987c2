/**
 * The regional comparison of /chi-tieu/dti-mekong-lead/ in Chromium (the template check opens one
 * indicator page, not this one): axe finds nothing, nothing overflows, and each width shows the chart
 * layout drawn for it, with the table readable beside or under it.
 */
import { describe, expect, it } from 'vitest';
import { REGION_SIZE, REGIONAL_LEAD_INDICATOR } from '../../src/lib/model/regional-lead.ts';
import { axeViolations, DIST } from '../helpers/built-site.ts';
import { servedWithBrowser } from '../helpers/served-build.ts';

const site = servedWithBrowser(process.env.SITE_DIST ?? DIST);

describe.each([
  ['phone', 360, 740, 'narrow'],
  ['desktop', 1280, 900, 'wide'],
])('the regional comparison on a %s', (_label, width, height, variant) => {
  it(`is accessible, fits the screen and shows the ${variant} chart`, async () => {
    const context = await site.browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.goto(site.server.page(`chi-tieu/${REGIONAL_LEAD_INDICATOR}/`), { waitUntil: 'networkidle' });
    const violations = (await axeViolations(page)).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(violations).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('[data-regional-ranks] svg.chart')]
        .filter((s) => s.getBoundingClientRect().width > 0)
        .map((s) => ({ id: s.querySelector('title')?.id, width: s.getBoundingClientRect().width })),
    );
    expect(shown.map((s) => s.id)).toEqual([`regional-ranks-${variant}-title`]);
    // The table's rows are all there and none is cut off by the page.
    const rows = await page.locator('[data-regional-ranks] table tbody tr').count();
    expect(rows).toBe(REGION_SIZE);
    await context.close();
  });
});
