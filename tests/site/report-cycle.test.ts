/**
 * /bao-cao-hang-nam/ over the build: the Part V deadlines as the plan states them, a download link
 * to every body's form the `bodies` dataset names (each a workbook in dist/data/), and the way to it
 * from the yearly reports' page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BlockRecord } from '../../src/lib/model/records.ts';
import { cycleDeadlines, type CycleBody } from '../../src/lib/view/report-cycle.ts';
import { DIST } from '../helpers/built-site.ts';
import { astroEscaped, builtData, builtHtml, hrefsOn } from '../helpers/built-pages.ts';

const PAGE = 'bao-cao-hang-nam';

describe('/bao-cao-hang-nam/', () => {
  it('quotes the dated duties of Part V', () => {
    const html = builtHtml(PAGE);
    const deadlines = cycleDeadlines(builtData<BlockRecord>('plan_blocks'));
    expect(deadlines.length).toBeGreaterThanOrEqual(2);
    for (const d of deadlines) expect(html).toContain(astroEscaped(d.text));
  });

  it('links every form the bodies dataset names, and each is a workbook in the data folder', () => {
    const bodies = existsSync(join(DIST, 'data', 'bodies.json')) ? builtData<CycleBody>('bodies') : [];
    const hrefs = hrefsOn(PAGE);
    for (const b of bodies.filter((x) => x.report_form !== null)) {
      expect(hrefs, b.id).toContain(`/data/${b.report_form}`);
      expect(readFileSync(join(DIST, 'data', b.report_form!)).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    }
  });

  it('is linked from the yearly reports’ page', () => {
    expect(hrefsOn('bao-cao')).toContain(`/${PAGE}/`);
  });
});
