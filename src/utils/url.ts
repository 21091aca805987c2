/**
 * Every internal link goes through here so the site works under any base path
 * (the path of SITE_URL, e.g. /chuyen-doi-so/ when the portal hosts it in a subdirectory).
 */

/** The base path with exactly one trailing slash: "/" or "/chuyen-doi-so/". */
export function basePath(base: string = import.meta.env.BASE_URL): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/**
 * An internal URL under the base path. Page paths get a trailing slash (the site is built with
 * trailingSlash: 'always'); file paths (with an extension) and fragments/queries are kept as given.
 */
export function url(path: string, base?: string): string {
  const [pathname = '', suffix = ''] = path.split(/(?=[?#])/, 2);
  const clean = pathname.replace(/^\/+/, '');
  const isFile = /\.[a-z0-9]+$/i.test(clean);
  const withSlash = clean === '' || isFile || clean.endsWith('/') ? clean : `${clean}/`;
  return `${basePath(base)}${withSlash}${suffix}`;
}
