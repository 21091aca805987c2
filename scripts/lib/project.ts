/** The project folder, and paths as messages show them; shared by the scripts without loading the data stage. */
import { relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** Paths in messages and in the data are relative to the project, so they do not depend on the machine. */
export function display(p: string): string {
  const r = relative(ROOT, resolve(p));
  return r.startsWith('..') ? resolve(p) : r;
}
