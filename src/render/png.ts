/**
 * The preview images as PNG (og:image): the SVG cards of src/lib/view/share-image.ts, drawn with resvg and
 * the DejaVu fonts shipped by npm (dejavu-fonts-ttf) — no system font, so every machine draws the
 * same pixels and Vietnamese letters are always there. Only the build runs this.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf'].map((f) =>
  join(fontDir, f),
);

/** An SVG document as PNG bytes, its fonts from the npm package only. */
export function svgToPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

/** An SVG card as a PNG response. */
export async function pngResponse(svg: string): Promise<Response> {
  const png = svgToPng(svg);
  return new Response(png.slice().buffer as ArrayBuffer, { headers: { 'content-type': 'image/png' } });
}
