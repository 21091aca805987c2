/**
 * Where the site will be served: one setting, SITE_URL (the public address, portal subdirectory
 * included). The base path of every page link is the path of that address, so the catalogue's
 * absolute URLs and the pages' root-relative links cannot disagree. BASE_PATH is accepted only when
 * it says the same thing (old scripts set it); without SITE_URL a build is local: it uses
 * http://localhost:4321 (where `npm run preview` serves it) and says so. Pure: the caller passes the
 * environment; astro.config.mjs and the data stage both call this.
 */
import { SourceError } from '../model/errors.ts';
import { LOCAL_ORIGIN } from '../model/local-address.ts';

export { LOCAL_ORIGIN };

export interface SiteAddress {
  /** https?://host/path/ with exactly one final slash. */
  siteUrl: string;
  /** "/" or "/chuyen-doi-so/": the path of siteUrl. */
  basePath: string;
  /** True when SITE_URL was not set and the local address stands in for it. */
  local: boolean;
}

export interface SiteAddressEnv {
  SITE_URL?: string | undefined;
  BASE_PATH?: string | undefined;
}

const given = (v: string | undefined): string | undefined => (v !== undefined && v.trim() !== '' ? v.trim() : undefined);

/** "/chuyen-doi-so" or "chuyen-doi-so/" → "/chuyen-doi-so/"; "" → "/". */
export function normaliseBasePath(path: string): string {
  const inner = path.replace(/^\/+|\/+$/g, '');
  return inner === '' ? '/' : `/${inner}/`;
}

export function resolveSiteAddress(env: SiteAddressEnv): SiteAddress {
  const siteUrlRaw = given(env.SITE_URL);
  const basePathRaw = given(env.BASE_PATH);
  if (siteUrlRaw === undefined) {
    const basePath = normaliseBasePath(basePathRaw ?? '/');
    return { siteUrl: `${LOCAL_ORIGIN}${basePath}`, basePath, local: true };
  }
  let u: URL;
  try {
    u = new URL(siteUrlRaw);
  } catch {
    throw new SourceError('SITE_URL', 1, 'an absolute http(s) URL such as https://example.gov.vn/chuyen-doi-so/', siteUrlRaw);
  }
  if (!/^https?:$/.test(u.protocol) || u.search || u.hash || u.username || u.password) {
    throw new SourceError('SITE_URL', 1, 'an http(s) URL without query, fragment or credentials', siteUrlRaw);
  }
  const basePath = normaliseBasePath(u.pathname);
  if (basePathRaw !== undefined && normaliseBasePath(basePathRaw) !== basePath) {
    throw new SourceError(
      'BASE_PATH',
      1,
      `the path of SITE_URL (${basePath}) or no BASE_PATH at all: the base path comes from SITE_URL`,
      basePathRaw,
    );
  }
  return { siteUrl: `${u.origin}${basePath}`, basePath, local: false };
}

/** The line a local build prints, so nobody publishes it by mistake. */
export function localAddressNotice(address: SiteAddress): string {
  return `not set: page and catalogue addresses use the local address ${address.siteUrl}; a build for the portal sets SITE_URL, e.g. SITE_URL=https://dongthap.gov.vn/chuyen-doi-so/ npm run build`;
}
