/**
 * Internal links: the paths of src/lib/model/paths.ts under the site's base path. Pages link through
 * these, so they link consistently and the link checker has one scheme to verify.
 */
import { paths } from '../lib/model/paths.ts';
import { url } from './url.ts';

type Routes = { [K in keyof typeof paths]: (...args: Parameters<(typeof paths)[K]>) => string };

export const routes = Object.fromEntries(
  Object.entries(paths).map(([name, path]) => [name, (...args: unknown[]) => url(`/${(path as (...a: unknown[]) => string)(...args)}`)]),
) as Routes;
