/**
 * /bao-cao-hang-nam/ over the build: the Part V deadlines as the plan states them, a download link
 * to every body's form the `bodies` dataset names (each a workbook in dist/data/), and the way to it
 * from the yearly reports' page.
 */
import { readFileSync } from 'node:fs';
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

  it('links every form the bodies dataset names and no other, and each is a workbook in the data folder', () => {
    const bodies = builtData<CycleBody>('bodies');
    const withForm = bodies.filter((x) => x.form_task_count > 0);
    expect(withForm.length).toBeGreaterThan(0);
    const formLinks = hrefsOn(PAGE).filter((h) => h.includes('/data/bieu-mau/'));
    expect(formLinks.map((h) => h.replace(/^.*\/data\//, '')).sort()).toEqual(withForm.map((b) => b.report_form).sort());
    for (const b of withForm) {
      expect(readFileSync(join(DIST, 'data', b.report_form!)).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    }
  });

  it('names the body that compiles the reports today, as the bodies dataset does', () => {
    const coordinator = builtData<CycleBody>('bodies').find((b) => b.is_coordinator)!;
    expect(builtHtml(PAGE)).toMatch(
      new RegExp(
        `<strong[^>]*><a href="[^"]*/co-quan-hien-nay/${coordinator.id}/"[^>]*>${astroEscaped(coordinator.name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</a></strong> đảm nhận`,
      ),
    );
  });

  it('is linked from the yearly reports’ page', () => {
    expect(hrefsOn('bao-cao')).toContain(`/${PAGE}/`);
  });
});
