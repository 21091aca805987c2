/**
 * Puts `public/` into the build as hard links after the pages are written, instead of letting Vite
 * copy it during bundling. `public/data` holds every download (18,000 files and 168 MB at 100× the
 * appendix); Vite copied them one by one with synchronous calls on Astro's only thread (5.3 s at
 * 100× in a CPU profile), and writing every byte a second time competed with the pages for the disk.
 * A hard link is a second name for the same file: nothing is copied, and the build folder still
 * holds ordinary files to copy to the portal. Where a link cannot be made (the build on another
 * file system), the file is copied. `astro dev` serves `public/` as Astro does.
 *
 * The data stage replaces `public/data` by renaming a new folder into place, never by writing into
 * its files, so a later data build cannot change the files of an earlier site build.
 */
import { constants, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Links (or, across file systems, copies) every file under `from` to the same path under `to`; returns the number of files. */
export function linkTree(from: string, to: string): number {
  let files = 0;
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    const source = join(entry.parentPath, entry.name);
    const target = join(to, relative(from, source));
    if (entry.isDirectory()) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    if (!entry.isFile()) throw new Error(`${source}: not a file or folder; public/ holds only files and folders`);
    try {
      linkSync(source, target);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new Error(`${target}: a page of the build has the same path as the public file ${source}`);
      // EXDEV: another file system; EPERM: a file system without hard links.
      if (code !== 'EXDEV' && code !== 'EPERM') throw e;
      copyFileSync(source, target, constants.COPYFILE_EXCL);
    }
    files++;
  }
  return files;
}

export default function publicLinks(): AstroIntegration {
  let publicDir: string | null = null;
  return {
    name: 'public-links',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        publicDir = fileURLToPath(config.publicDir);
        // A folder that does not exist: Vite copies nothing, and the pages are built as before.
        updateConfig({ publicDir: new URL('./public-links-none/', config.cacheDir) });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (publicDir === null || !existsSync(publicDir)) return;
        const files = linkTree(publicDir, fileURLToPath(dir));
        logger.info(`${files} files of public/ linked into the build`);
      },
    },
  };
}
