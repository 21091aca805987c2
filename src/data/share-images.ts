/**
 * The preview images as PNG (og:image): the SVG cards of src/lib/share-image.ts, rasterised with
 * sharp (librsvg; Astro's own image library). Only the build runs this.
 */
import sharp from 'sharp';

/** An SVG card as a PNG response. */
export async function pngResponse(svg: string): Promise<Response> {
  const png = await sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png).buffer as ArrayBuffer, { headers: { 'content-type': 'image/png' } });
}
