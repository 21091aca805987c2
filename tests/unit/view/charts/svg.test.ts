/**
 * The SVG writer of the charts: every text and attribute is escaped (hostile strings stay text), the
 * output is well-formed, and the standalone file is the inline chart plus xmlns and a stylesheet only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../helpers/seed.ts';
import { diamond, escapeXml, flattenMarks, num, renderSvg, type ChartSpec } from '../../../../src/lib/view/charts/svg.ts';

// Read as the .svg endpoint imports it (Vite's ?raw); vitest stubs CSS imports, so read the file.
const chartCss = readFileSync(join(ROOT, 'src', 'styles', 'chart.css'), 'utf8');
const HOSTILE = `<script>alert("x")</script> & 'quote' </svg><img src=x onerror=alert(1)>`;

const spec = (over: Partial<ChartSpec> = {}): ChartSpec => ({
  id: 'bieu-do-thu',
  width: 100,
  height: 50,
  fontSize: 11,
  title: HOSTILE,
  desc: `Mô tả ${HOSTILE}`,
  marks: [
    { type: 'text', x: 1, y: 2, text: HOSTILE, cls: 'value-label', data: { value: 55, note: HOSTILE } },
    { type: 'group', cls: 'grid', marks: [{ type: 'line', x1: 0, y1: 0.123456, x2: 10, y2: -0.0001 }] },
    { type: 'circle', cx: 5, cy: 5, r: 4.5, cls: 'point published', data: { series: 'published', year: 2023, value: 58 } },
    { type: 'rect', x: 1, y: 1, width: -3, height: 2 },
    { type: 'path', d: diamond(10, 10, 6) },
  ],
  ...over,
});

/**
 * A strict well-formedness check of the writer's output: tags nest and close, attribute values are
 * double-quoted with no raw "<" or '"', text has no raw "<" and every "&" starts an entity.
 */
function wellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const text = body.slice(i, lt === -1 ? body.length : lt);
    expect(text, 'text').not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
    if (lt === -1) break;
    const gt = body.indexOf('>', lt);
    expect(gt, 'unclosed tag').toBeGreaterThan(lt);
    const tag = body.slice(lt + 1, gt);
    const m = /^(\/?)([a-zA-Z][\w-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)$/.exec(tag);
    expect(m, `bad tag <${tag}>`).not.toBeNull();
    const [, close, name, , selfClose] = m!;
    if (close) expect(stack.pop(), `closing </${name}>`).toBe(name);
    else if (!selfClose) stack.push(name!);
    i = gt + 1;
  }
  expect(stack).toEqual([]);
}

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  value?: string;
}
const walk = (n: Node, f: (n: Node) => void): void => {
  f(n);
  for (const c of n.childNodes ?? []) walk(c, f);
};

describe('renderSvg', () => {
  const inline = renderSvg(spec());
  const standalone = renderSvg(spec(), { standalone: { css: chartCss } });

  it('escapes every text and attribute: hostile strings come back as text, no element is injected', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(inline).not.toContain('<script');
    expect(inline).not.toContain('<img');
    const names = new Set<string>();
    const texts: string[] = [];
    const attrs: string[] = [];
    walk(parseFragment(inline) as unknown as Node, (n) => {
      names.add(n.nodeName);
      if (n.nodeName === '#text') texts.push(n.value!);
      for (const a of n.attrs ?? []) attrs.push(a.value);
    });
    expect([...names].filter((x) => !x.startsWith('#')).sort()).toEqual([
      'circle',
      'desc',
      'g',
      'line',
      'path',
      'rect',
      'svg',
      'text',
      'title',
    ]);
    expect(texts).toEqual([HOSTILE, `Mô tả ${HOSTILE}`, HOSTILE]);
    expect(attrs).toContain(HOSTILE);
  });

  it('writes well-formed XML, inline and standalone', () => {
    wellFormed(inline);
    wellFormed(standalone);
  });

  it('gives the svg an accessible name and description by id, and marks data-* values', () => {
    expect(
      inline.startsWith(
        '<svg class="chart" viewBox="0 0 100 50" width="100" height="50" font-size="11" role="img" aria-labelledby="bieu-do-thu-title bieu-do-thu-desc">',
      ),
    ).toBe(true);
    expect(inline).toContain('<title id="bieu-do-thu-title">');
    expect(inline).toContain('<desc id="bieu-do-thu-desc">');
    expect(inline).toContain(
      '<circle cx="5" cy="5" r="4.5" class="point published" data-series="published" data-year="2023" data-value="58"/>',
    );
  });

  it('rounds coordinates to two decimals, never writes -0, clamps negative sizes, refuses NaN', () => {
    expect(inline).toContain('<line x1="0" y1="0.12" x2="10" y2="0"/>');
    expect(inline).toContain('<rect x="1" y="1" width="0" height="2"/>');
    expect(num(1 / 3)).toBe('0.33');
    expect(() => num(Number.NaN)).toThrow(/finite/);
    expect(() => renderSvg(spec({ marks: [{ type: 'circle', cx: Number.POSITIVE_INFINITY, cy: 0, r: 1 }] }))).toThrow(/finite/);
  });

  it('refuses class names, data keys, ids and path data outside their small alphabets', () => {
    expect(() => renderSvg(spec({ marks: [{ type: 'line', x1: 0, y1: 0, x2: 1, y2: 1, cls: 'a" onload="x' }] }))).toThrow(/class/);
    expect(() => renderSvg(spec({ marks: [{ type: 'line', x1: 0, y1: 0, x2: 1, y2: 1, data: { 'x onload': 1 } }] }))).toThrow(/data key/);
    expect(() => renderSvg(spec({ id: 'a"b' }))).toThrow(/id/);
    expect(() => renderSvg(spec({ marks: [{ type: 'path', d: 'M0,0" onload="x' }] }))).toThrow(/path/);
    expect(() => renderSvg(spec(), { standalone: { css: '</style><script>' } })).toThrow(/stylesheet/);
  });

  it('makes the standalone file the inline chart plus the XML declaration, xmlns and the stylesheet — nothing else', () => {
    expect(standalone.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" ')).toBe(true);
    expect(standalone).toContain(`<style>${chartCss.trim()}</style>`);
    const stripped = standalone
      .replace('<?xml version="1.0" encoding="UTF-8"?>\n', '')
      .replace(' xmlns="http://www.w3.org/2000/svg"', '')
      .replace(`<style>${chartCss.trim()}</style>`, '')
      .trimEnd();
    expect(stripped).toBe(inline);
    // The stylesheet refers to nothing outside the file.
    expect(chartCss.length).toBeGreaterThan(500);
    expect(chartCss).not.toMatch(/url\(|@import|href/);
  });

  it('draws a diamond as four corners around its centre', () => {
    expect(diamond(10, 20, 5)).toBe('M10,15L15,20L10,25L5,20Z');
    expect(flattenMarks(spec().marks).map((m) => m.type)).toEqual(['text', 'line', 'circle', 'rect', 'path']);
  });
});
