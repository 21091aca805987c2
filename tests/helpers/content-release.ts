/** The release the build publishes (content/release.json), so tests follow a version bump. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './seed.ts';

export const RELEASE = JSON.parse(readFileSync(join(ROOT, 'content', 'release.json'), 'utf8')) as { version: string; date: string };
