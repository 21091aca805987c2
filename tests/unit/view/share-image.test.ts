import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartSheetSvg, resolveCssVariables, SHARE_IMAGE, siteCardSvg, wrapText } from '../../../src/lib/view/share-image.ts';
import { ROOT } from '../../helpers/seed.ts';
import { svgToPng } from '../../../src/render/png.ts';
import sharp from 'sharp';

describe('wrapText', () => {
  it('breaks at spaces within the width and ends a cut text with "…"', () => {
    expect(wrapText('Kế hoạch thực hiện Nghị quyết 04-NQ/TU', 20, 3)).toEqual(['Kế hoạch thực hiện', 'Nghị quyết 04-NQ/TU']);
    expect(wrapText('một hai ba bốn năm sáu bảy', 7, 2)).toEqual(['một hai', 'ba bốn …']);
  });
});

describe('resolveCssVariables', () => {
  it('puts each declared value where it is used, and drops the declarations (SVG renderers outside browsers may not read custom properties)', () => {
    const css =
      '.chart { --ink: #1b1f24; --dash: 4 2; } .a { fill: var(--ink); stroke-dasharray: var(--dash); } .b { fill: var(--none, #fff); }';
    expect(resolveCssVariables(css).replace(/\s+/g, ' ')).toBe(
      '.chart { } .a { fill: #1b1f24; stroke-dasharray: 4 2; } .b { fill: #fff; }',
    );
    expect(() => resolveCssVariables('.a { fill: var(--missing); }')).toThrow('CSS variable --missing is not declared');
  });

  it('leaves no var() in the real chart stylesheet', () => {
    const css = resolveCssVariables(readFileSync(join(ROOT, 'src', 'styles', 'chart.css'), 'utf8'));
    expect(css).not.toMatch(/var\(|--chart-/);
    expect(css).toContain('#00695c');
  });
});

describe('the cards', () => {
  const chart =
    '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 544 300" width="544" height="300" role="img"><title>t</title></svg>\n';

  it('are 1200×630 and escape every text', () => {
    const site = siteCardSvg({ siteName: 'A & B', headline: '<script>x</script>', facts: '90 nhiệm vụ', address: 'x.vn/cds' });
    expect(site).toMatch(
      new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_IMAGE.width}" height="${SHARE_IMAGE.height}"`),
    );
    expect(site).toContain('A &amp; B');
    expect(site).not.toContain('<script>');
  });

  it('place the chart, keeping its viewBox, scaled into the sheet under its title, with source, licence and address below', () => {
    const card = chartSheetSvg({
      siteName: 'S',
      title: 'Thứ hạng DTI',
      chartSvg: chart,
      source: 'Nguồn: Kế hoạch <b>',
      licence: 'Giấy phép CC BY 4.0',
      address: 'x.vn/cds/chi-tieu/dti-rank',
    });
    expect(
      card.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"'),
    ).toBe(true);
    expect(card.match(/<\?xml/g)).toHaveLength(1);
    expect(card).toContain('<title>Thứ hạng DTI — S</title>');
    expect(card).toContain('Nguồn: Kế hoạch &lt;b&gt;');
    const inner =
      /<svg x="([\d.]+)" y="(\d+)" width="([\d.]+)" height="([\d.]+)" xmlns="http:\/\/www.w3.org\/2000\/svg" class="chart" viewBox="0 0 544 300" role="img">/.exec(
        card,
      );
    expect(inner).not.toBeNull();
    const [x, y, w, h] = inner!.slice(1).map(Number) as [number, number, number, number];
    expect(w / h).toBeCloseTo(544 / 300, 2);
    expect(x).toBeGreaterThanOrEqual(48);
    expect(x + w).toBeLessThanOrEqual(SHARE_IMAGE.width - 48 + 0.01);
    expect(y + h).toBeLessThanOrEqual(SHARE_IMAGE.height - 120);
    expect(card.indexOf('Thứ hạng DTI')).toBeLessThan(card.indexOf('<svg x='));
    // Source, licence and address follow the chart, in that order, each baseline inside the image.
    const after = card.slice(card.indexOf('</svg>'));
    const order = ['Nguồn: Kế hoạch', 'Giấy phép CC BY 4.0', 'S · x.vn/cds/chi-tieu/dti-rank'].map((t) => after.indexOf(t));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const baselines = [...after.matchAll(/<text x="48" y="(\d+)" font-size="(\d+)"/g)].map((m) => Number(m[1]) + Number(m[2]) * 0.3);
    for (const b of baselines) expect(b).toBeLessThanOrEqual(SHARE_IMAGE.height - 8);
  });
});

describe('svgToPng', () => {
  it('draws Vietnamese text with the npm fonts alone (no system font is loaded), the same bytes every time', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60"><text x="10" y="40" font-size="30" font-family="DejaVu Sans" fill="#000">Đồng Tháp ữ</text></svg>';
    const png = svgToPng(svg);
    expect(Buffer.from(svgToPng(svg)).equals(Buffer.from(png))).toBe(true);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    let dark = 0;
    for (let i = 0; i < data.length; i += info.channels) if (data[i]! < 100) dark++;
    expect(dark).toBeGreaterThan(300);
  });
});
