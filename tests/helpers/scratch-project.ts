/**
 * A scratch copy of the project for tests that build or serve it with edits of their own: the same
 * code and config, node_modules linked, and public/ without the data stage's output (public/data and
 * any staging folder a failed run left), so the copy's own build writes its data afresh.
 */
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './seed.ts';

/** What `npm run build` and `npm run dev` read besides public/ and node_modules. */
export const PROJECT_FILES = ['src', 'content', 'scripts', 'seeds', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Copies `names` (and public/) into a new folder under the system's temp folder named `prefix…`; returns its path. */
export function scratchProject(prefix: string, names: readonly string[] = PROJECT_FILES): string {
  const project = mkdtempSync(join(tmpdir(), prefix));
  for (const name of names) cpSync(join(ROOT, name), join(project, name), { recursive: true });
  cpSync(join(ROOT, 'public'), join(project, 'public'), {
    recursive: true,
    filter: (src) => !src.startsWith(join(ROOT, 'public', 'data')) && !src.includes('/.data-'),
  });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  return project;
}
