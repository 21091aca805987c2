/**
 * Link previews: every page names a 1200×630 PNG (og:image, twitter:image) at an address of the
 * build; an indicator page names the card of its own chart, drawn in the chart's colours.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readSite } from '../../scripts/lib/site-files.ts';
import type { IndicatorRecord } from '../../src/lib/model/records.ts';
import { DIST } from '../helpers/built-site.ts';

const manifest = JSON.parse(readFileSync(join(DIST, 'data', 'manifest.json'), 'utf8')) as { site_url: string };
const meta = (html: string, attr: 'property' | 'name', key: string) =>
  new RegExp(`<meta ${attr}="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)">`).exec(html)?.[1];
const file = (url: string) => join(DIST, url.slice(manifest.site_url.length));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  expect(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), path).toBe(true);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('link previews', () => {
  it('every page names a 1200×630 PNG of the build, with its size, type and text alternative', () => {
    const images = new Set<string>();
    // Pages made for framing (…/nhung/) are noindex and name their indicator page as canonical, whose preview it is.
    for (const p of readSite(DIST, '/').filter((page) => !page.path.endsWith('/nhung/'))) {
      const html = readFileSync(join(DIST, p.file), 'utf8');
      const og = meta(html, 'property', 'og:image');
      expect(og, p.file).toBeDefined();
      expect(og!.startsWith(manifest.site_url), p.file).toBe(true);
      expect(meta(html, 'name', 'twitter:image'), p.file).toBe(og);
      expect(meta(html, 'name', 'twitter:card'), p.file).toBe('summary_large_image');
      expect(meta(html, 'property', 'og:image:width')).toBe('1200');
      expect(meta(html, 'property', 'og:image:height')).toBe('630');
      expect(meta(html, 'property', 'og:image:alt')!.length, p.file).toBeGreaterThan(20);
      images.add(og!);
    }
    for (const url of images) {
      expect(existsSync(file(url)), url).toBe(true);
      expect(pngSize(file(url))).toEqual({ width: 1200, height: 630 });
    }
  });

  it('an indicator page shows its own chart sheet; other pages the site card', () => {
    const indicators = JSON.parse(readFileSync(join(DIST, 'data', 'indicators.json'), 'utf8')) as IndicatorRecord[];
    for (const i of indicators) {
      const html = readFileSync(join(DIST, 'chi-tieu', i.id, 'index.html'), 'utf8');
      // The preview is the chart's PNG download: the same sheet with title, source, licence and address.
      expect(meta(html, 'property', 'og:image')).toBe(`${manifest.site_url}data/chi-tieu/${i.id}.png`);
      expect(meta(html, 'property', 'og:image:alt')).toContain(i.name);
    }
    expect(meta(readFileSync(join(DIST, 'nhiem-vu', 'i-4-6', 'index.html'), 'utf8'), 'property', 'og:image')).toBe(
      `${manifest.site_url}anh/chia-se.png`,
    );
  });

  it('draws the chart in its own colours (the stylesheet’s variables resolved), not in black', async () => {
    const indicators = JSON.parse(readFileSync(join(DIST, 'data', 'indicators.json'), 'utf8')) as IndicatorRecord[];
    const withValues = indicators.find((i) => i.target_2025_id !== null && i.latest_value !== null)!.id;
    const { data, info } = await sharp(join(DIST, 'data', 'chi-tieu', `${withValues}.png`))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const colours = new Set<string>();
    for (let i = 0; i < data.length; i += info.channels) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    // --chart-2025 (#8a4b08) from src/styles/chart.css: only the chart's own marks carry it.
    expect(colours.has('138,75,8')).toBe(true);
  });
});
