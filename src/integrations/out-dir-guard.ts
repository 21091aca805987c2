/**
 * Refuses an output folder outside the project. Astro builds such an output in the project's
 * `.astro/` folder and copies that whole folder over at the end, its own generated files with it
 * (`collections/*.schema.json`, `content-assets.mjs`, `content-modules.mjs`), which a portal would
 * then publish beside the pages. Build inside the project (dist/, the default) and copy the folder.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Whether `outDir` lies outside `cwd` (Astro asks the same of the folder it runs in, in getOutDirWithinCwd). */
export function outsideProject(outDir: string, cwd: string): boolean {
  const rel = relative(resolve(cwd), resolve(outDir));
  return rel.startsWith('..') || isAbsolute(rel);
}

export default function outDirGuard(): AstroIntegration {
  return {
    name: 'out-dir-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        const outDir = fileURLToPath(config.outDir);
        if (outsideProject(outDir, process.cwd()))
          throw new Error(
            `OUT_DIR ${outDir} is not inside the project (${process.cwd()}): Astro would copy its own .astro/ files into it. ` +
              'Build into a folder of the project (dist/ by default) and copy that folder to the portal.',
          );
      },
    },
  };
}
