/** Running a site build from a test, as `npm run build` would from a shell. */

/**
 * The environment for a child build. Vitest puts Vite's own variables (BASE_URL, MODE, …) into
 * process.env; a child Astro build would take BASE_URL from there instead of from SITE_URL. The
 * address settings (SITE_URL, BASE_PATH) come only from `extra`, so a build is local unless a test says.
 * NODE_ENV (vitest sets "test") is left out too, so a test's build is the production build a shell makes.
 */
export function childEnv(extra: Record<string, string> = {}): Record<string, string> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      (e): e is [string, string] =>
        e[1] !== undefined &&
        !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'SITE_URL', 'BASE_PATH'].includes(e[0]) &&
        !e[0].startsWith('VITEST'),
    ),
  );
  return { ...inherited, ...extra };
}
