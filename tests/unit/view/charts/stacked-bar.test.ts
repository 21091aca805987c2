/**
 * The progress overview's stacked bars (src/lib/view/charts/stacked-bar.ts) and the link mark they
 * use (svg.ts): segments share their row in order and never overlap, counts only where they fit,
 * every segment a link named in words, the SVG a group (not an img) so its links are reachable, and
 * links that leave the site refused. On the reviewed data's bars and on made-up rows.
 */
import { describe, expect, it } from 'vitest';
import {
  STACKED_BAR_NARROW,
  STACKED_BAR_WIDE,
  stackedBarLayout,
  stackedBarSpec,
  type BarRowInput,
} from '../../../../src/lib/view/charts/stacked-bar.ts';
import { textWidth } from '../../../../src/lib/view/charts/legend.ts';
import { flattenMarks, renderSvg, type Mark } from '../../../../src/lib/view/charts/svg.ts';
import { statusByGroup, statusByLeadBody, statusOfAll } from '../../../../src/lib/view/progress-overview.ts';
import { reviewedTable } from '../../../helpers/reviewed-tables.ts';

const tasks = reviewedTable('tasks');
const input = (rows: ReturnType<typeof statusByGroup>): BarRowInput[] =>
  rows.map((r) => ({
    key: r.key,
    label: r.label,
    total: r.total,
    href: `/list/${r.key}/`,
    segments: r.segments.map((s) => ({ key: s.key, label: s.label, count: s.count, href: `/list/${r.key}/${s.key}/` })),
  }));
const real = input([
  statusOfAll(tasks),
  ...statusByGroup(tasks, reviewedTable('groups')),
  ...statusByLeadBody(tasks, reviewedTable('bodies')).rows,
]);
const links = (marks: readonly Mark[]): Extract<Mark, { type: 'link' }>[] =>
  marks.flatMap((m) => (m.type === 'link' ? [m, ...links(m.marks)] : m.type === 'group' ? links(m.marks) : []));

describe('stacked bar layout', () => {
  it.each([STACKED_BAR_NARROW, STACKED_BAR_WIDE])(
    'lays each real row’s segments in order across its bar, none overlapping ($variant)',
    (size) => {
      const layout = stackedBarLayout('t', real, 'nhiệm vụ', size);
      expect(layout.rows).toHaveLength(real.length);
      for (const [i, row] of layout.rows.entries()) {
        const given = real[i]!.segments.filter((s) => s.count > 0);
        expect(
          row.segments.map((s) => s.key),
          row.key,
        ).toEqual(given.map((s) => s.key));
        let x = row.bar.x;
        for (const s of row.segments) {
          expect(s.x).toBeGreaterThanOrEqual(x - 1e-9);
          expect(s.width).toBeGreaterThan(0);
          x = s.x + s.width;
          // A count drawn on the bar fits inside its segment.
          if (s.countLabel !== null) expect(textWidth(s.countLabel, size.fontSize, true)).toBeLessThan(s.width);
        }
        // The last segment ends where the bar ends: every bar is all of its row.
        expect(x).toBeCloseTo(row.bar.x + row.bar.width, 6);
        expect(row.bar.x + row.bar.width).toBeLessThanOrEqual(size.width);
        // Rows do not overlap.
        if (i > 0) expect(row.nameLines[0]!.y).toBeGreaterThan(layout.rows[i - 1]!.bar.y + size.barHeight);
      }
      expect(layout.height).toBeGreaterThan(layout.rows.at(-1)!.bar.y + size.barHeight);
    },
  );

  it('shares a bar by count: a segment’s width is its share of the row', () => {
    const row: BarRowInput = {
      key: 'r',
      label: 'Hàng',
      total: 4,
      href: null,
      segments: [
        { key: 'a', label: 'A', count: 3, href: '/a/' },
        { key: 'b', label: 'B', count: 1, href: '/b/' },
      ],
    };
    const [laid] = stackedBarLayout('t', [row], 'nhiệm vụ', STACKED_BAR_WIDE).rows;
    const w = laid!.bar.width;
    expect(laid!.segments[0]!.width + 2).toBeCloseTo((3 / 4) * w, 6);
    expect(laid!.segments[1]!.width).toBeCloseTo((1 / 4) * w, 6);
  });

  it('refuses a row whose segments do not add up to its total, and leaves empty segments out', () => {
    const bad: BarRowInput = { key: 'r', label: 'Hàng', total: 5, href: null, segments: [{ key: 'a', label: 'A', count: 3, href: '/a/' }] };
    expect(() => stackedBarLayout('t', [bad], 'nhiệm vụ')).toThrow(/r has 5 items but its segments count 3/);
    const some: BarRowInput = { ...bad, total: 3, segments: [...bad.segments, { key: 'b', label: 'B', count: 0, href: '/b/' }] };
    expect(stackedBarLayout('t', [some], 'nhiệm vụ').rows[0]!.segments.map((s) => s.key)).toEqual(['a']);
  });

  it('writes no count on a segment too narrow for it', () => {
    const row: BarRowInput = {
      key: 'r',
      label: 'Hàng',
      total: 200,
      href: null,
      segments: [
        { key: 'a', label: 'A', count: 199, href: '/a/' },
        { key: 'b', label: 'B', count: 1, href: '/b/' },
      ],
    };
    const segs = stackedBarLayout('t', [row], 'nhiệm vụ').rows[0]!.segments;
    expect(segs.map((s) => s.countLabel)).toEqual(['199', null]);
  });
});

describe('stacked bar marks and SVG', () => {
  const layout = stackedBarLayout('bieu-do', real, 'nhiệm vụ', STACKED_BAR_NARROW);
  const spec = stackedBarSpec(layout, 'Tiêu đề', 'Mô tả');

  it('makes every non-empty segment and every row name a link, named with its count in words', () => {
    const all = links(spec.marks);
    const segs = all.filter((l) => l.cls === 'seg-link');
    expect(segs).toHaveLength(real.reduce((n, r) => n + r.segments.filter((s) => s.count > 0).length, 0));
    for (const r of real)
      for (const s of r.segments.filter((x) => x.count > 0)) {
        const link = segs.find((l) => l.href === s.href)!;
        expect(link.label).toBe(`${r.label}, ${s.label.toLocaleLowerCase('vi')}: ${s.count} nhiệm vụ`);
        expect(link.data).toEqual({ key: s.key, count: s.count });
      }
    expect(all.filter((l) => l.cls === 'row-link').map((l) => l.href)).toEqual(real.map((r) => r.href));
    // The narrow layout's ids get a suffix: both layouts share a page.
    expect(spec.id).toBe('bieu-do-hep');
  });

  it('renders a group with its links, not an img, and escapes what it writes', () => {
    const svg = renderSvg(spec);
    expect(svg).toMatch(/^<svg [^>]*role="group" aria-labelledby="bieu-do-hep-title" aria-describedby="bieu-do-hep-desc"/);
    expect(svg).not.toContain('role="img"');
    expect(svg.match(/<a href="/g)!.length).toBe(links(spec.marks).length);
    const odd = stackedBarSpec(
      stackedBarLayout(
        'x',
        [{ key: 'r', label: 'A & <b>', total: 1, href: '/a?x=1&y=2', segments: [{ key: 'k', label: 'K', count: 1, href: '/k/' }] }],
        'nhiệm vụ',
      ),
      't',
      'd',
    );
    const text = renderSvg(odd);
    expect(text).toContain('href="/a?x=1&amp;y=2"');
    expect(text).toContain('A &amp; &lt;b&gt;');
    expect(flattenMarks(odd.marks).some((m) => m.type === 'rect')).toBe(true);
  });

  it.each(['javascript:alert(1)', 'https://example.org/', '//example.org/', 'a"b'])('refuses the link %s', (href) => {
    const bad = stackedBarSpec(
      stackedBarLayout(
        'x',
        [{ key: 'r', label: 'A', total: 1, href, segments: [{ key: 'k', label: 'K', count: 1, href: '/k/' }] }],
        'nhiệm vụ',
      ),
      't',
      'd',
    );
    expect(() => renderSvg(bad)).toThrow(/not a link within the site/);
  });
});
