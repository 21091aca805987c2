/**
 * The address a build without SITE_URL stands in for the public one (where `npm run preview` serves
 * it), and how a page knows its build is such a preview. Pure; the data stage and the pages share it.
 */

/** The address `astro preview` serves a local build at. */
export const LOCAL_ORIGIN = 'http://localhost:4321';

/** True when a build's public address is the local one: its links, embed codes and files point there. */
export function isLocalAddress(siteUrl: string): boolean {
  return siteUrl === LOCAL_ORIGIN || siteUrl.startsWith(`${LOCAL_ORIGIN}/`);
}
