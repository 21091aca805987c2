/**
 * Gate: every hostile report body of tests/helpers/hostile-reports.ts, put into a copy of the real
 * content/bao-cao/2023.mdx, is refused at its line of that file by each reader of reports:
 *   - check:content's code (prepareDataStage, the data stage's reading and checking), in process;
 *   - the site's report loader (src/loaders/report-loader.ts), which the build runs in Astro;
 *   - and, for one case, the CLIs as an editor runs them: `npm run check:content` and
 *     `npm run build:data` exit 1 with file:line and write nothing.
 * tests/gates/atomic-build.test.ts runs `npm run build` on a hostile report and checks the last good
 * site and data stay in place.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, prepareDataStage } from '../../scripts/lib/data-stage.ts';
import { reportLoader } from '../../src/loaders/report-loader.ts';
import { buildData, checkContent, mutatedContent, scratch } from '../helpers/cli.ts';
import { HOSTILE_REPORTS, type HostileReport } from '../helpers/hostile-reports.ts';
import { ROOT, contentText } from '../helpers/seed.ts';

const REPORT = 'bao-cao/2023.mdx';
const ANCHOR = '## Tóm tắt';
/** The 1-based line of the anchor in the real report; a hostile body starts two lines below it. */
const anchorLine = contentText(REPORT).split('\n').indexOf(ANCHOR) + 1;
const lineInFile = (c: HostileReport) => anchorLine + 1 + c.line;
const withBody = (body: string) => (text: string) => text.replace(`${ANCHOR}\n`, `${ANCHOR}\n\n${body}\n`);

let work: string;
beforeAll(() => {
  expect(anchorLine).toBeGreaterThan(1);
  work = scratch('dt-hostile-');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A project folder for the loader: the mutated content, and the real data stage's output. */
function loaderProject(dir: string, content: string): string {
  const project = join(dir, 'project');
  mkdirSync(project, { recursive: true });
  symlinkSync(content, join(project, 'content'), 'dir');
  mkdirSync(join(project, 'public'));
  symlinkSync(join(ROOT, 'public', 'data'), join(project, 'public', 'data'), 'dir');
  return project;
}

/** Runs the loader as Astro would, with a store that keeps what it is given. */
async function loadReports(project: string): Promise<Map<string, unknown>> {
  const stored = new Map<string, unknown>();
  const context = {
    store: { clear: () => stored.clear(), set: ({ id, data }: { id: string; data: unknown }) => stored.set(id, data) },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (s: string) => String(s.length),
  };
  await reportLoader({ root: project }).load(context as unknown as LoaderContext);
  return stored;
}

describe('hostile yearly reports', () => {
  it('the loader reads the real reports', async () => {
    const project = loaderProject(join(work, 'real'), join(ROOT, 'content'));
    const stored = await loadReports(project);
    const committed = readdirSync(join(ROOT, 'content', 'bao-cao'))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.slice(0, -'.mdx'.length))
      .sort();
    expect(committed.length).toBeGreaterThan(0);
    expect([...stored.keys()]).toEqual(committed);
  });

  describe.each(HOSTILE_REPORTS.map((c, i) => [c.name, c, i] as const))('%s', (_name, c, i) => {
    let content: string;
    beforeAll(() => {
      content = mutatedContent(join(work, `case-${i}`), REPORT, withBody(c.body));
    });

    it('is refused by check:content at its line', () => {
      let message = '';
      try {
        prepareDataStage({ seed: DEFAULT_SEED, content });
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toContain(`content/${REPORT}:${lineInFile(c)}: `);
      expect(message).toMatch(c.error);
    });

    it('is refused by the site build’s report loader at its line', async () => {
      const project = loaderProject(join(work, `case-${i}`), content);
      await expect(loadReports(project)).rejects.toThrow(`report refused: content/bao-cao/2023.mdx:${lineInFile(c)}: `);
      await expect(loadReports(project)).rejects.toThrow(c.error);
    });
  });

  it('stops the CLIs with file:line, writing nothing', () => {
    const c = HOSTILE_REPORTS.find((x) => x.name === 'a fence whose info string has a backtick, then an export')!;
    const content = mutatedContent(join(work, 'cli'), REPORT, withBody(c.body));
    const checked = checkContent(['--content', content]);
    expect(checked.status).toBe(1);
    expect(checked.stderr).toContain(
      `content/${REPORT}:${lineInFile(c)}: expected Markdown or one of IndicatorChart, TasksDue, YearValues, TaskLink; found an export`,
    );

    const out = join(work, 'cli', 'out');
    const built = buildData(['--content', content, '--out', out, '--quiet']);
    expect(built.status).toBe(1);
    expect(built.stderr).toContain(`content/${REPORT}:${lineInFile(c)}: expected Markdown`);
    expect(existsSync(out)).toBe(false);
  });

  it('the fixture file itself is what the cases say', () => {
    // A case's body lands two lines below the anchor, and the rest of the report follows it.
    const content = mutatedContent(join(work, 'fixture'), REPORT, withBody('Dòng một.'));
    const lines = readFileSync(join(content, REPORT), 'utf8').split('\n');
    expect(lines[anchorLine - 1]).toBe(ANCHOR);
    expect(lines[lineInFile({ name: '', body: '', line: 1, error: /x/ }) - 1]).toBe('Dòng một.');
  });
});
