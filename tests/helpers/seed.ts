/** Test access to the real committed seed and curated tables. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const SEED_PATH = join(ROOT, 'seeds', 'ke-hoach-04-NQ-TU-dong-thap.txt');
export const SEED_FILE = 'seeds/ke-hoach-04-NQ-TU-dong-thap.txt';

export const seedText = (): string => readFileSync(SEED_PATH, 'utf8');
export const seedLines = (): string[] => seedText().split('\n');
export const contentText = (name: string): string => readFileSync(join(ROOT, 'content', name), 'utf8');

/** Line `n` (1-based) of the real seed. */
export const seedLine = (n: number): string => seedLines()[n - 1]!;

/** The line number of the first line of the seed that starts with `prefix`. */
export function lineStarting(prefix: string): number {
  const i = seedLines().findIndex((l) => l.startsWith(prefix));
  if (i < 0) throw new Error(`no seed line starts with ${prefix}`);
  return i + 1;
}
