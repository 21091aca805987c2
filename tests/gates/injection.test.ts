/**
 * Gate: text from the plan can never become markup or script on the site. A mutated seed puts
 * script tags, an onerror image, a javascript: URL and an attribute breakout into a task's content
 * and notes and into a paragraph of the body; the data and the whole site are built from it in a
 * scratch copy of the project, then:
 *   - in every built page, no element has an on* attribute or a javascript: URL, no script
 *     carries the payload and every JSON-LD block is still valid JSON (parse5);
 *   - in Chromium, the task page, the lists, the plan, the source view and a search for the payload
 *     open no dialog, and the task page shows the payload as text.
 * The data stage strips tags from appendix cells, but that is tidying, not a defence: a nested tag
 * (`<<script>script>`) comes out of it as `<script>`, so the site's escaping is what is tested.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEFAULT_CONTENT, runDataStage } from '../../scripts/lib/data-stage.ts';
import { listFiles } from '../../scripts/lib/site-files.ts';
import { childEnv } from '../helpers/child-build.ts';
import { mutatedSeed } from '../helpers/cli.ts';
import { ROOT, lineStarting } from '../helpers/seed.ts';
import { scratchProject } from '../helpers/scratch-project.ts';
import { launchBrowser, serve, type StaticServer } from '../helpers/built-site.ts';

/** The payloads as the issue names them; the data stage strips the tags among them. */
const LITERAL = '<script>alert(1)</script> <img src=x onerror=alert(1)> javascript:alert(1) " onmouseover="x';
/** Nested tags: what comes out of the tag stripping is a script tag and an onerror image. */
const NESTED = '<<script>script>alert(2)<</script>/script> <<img>img src=x onerror=alert(3)>';
/** What a reader must see on the task page, as text. */
const SHOWN = ['<script>alert(2)</script>', '<img src=x onerror=alert(3)>', 'javascript:alert(1)', '" onmouseover="x'];

const TASK = 'I.4.3';
const TASK_PATH = 'nhiem-vu/i-4-3/';

let project: string;
let dist: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  // Its own public/data and output: pages and helpers read public/data relative to the project
  // (content collections, fs reads), so nothing in src/ needs to know about this test.
  project = scratchProject('dt-injection-', ['src', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']);

  const t43 = lineStarting('4.3\t');
  const body = lineStarting('- Cụ thể hóa các quan điểm');
  const seed = mutatedSeed(project, (l) => {
    const c = l[t43 - 1]!.split('\t');
    c[1] = `${LITERAL} ${NESTED} ${c[1]}`;
    c[5] = `${LITERAL} ${NESTED}`;
    l[t43 - 1] = c.join('\t');
    l[body - 1] = l[body - 1]!.replace('- Cụ thể hóa', `- ${LITERAL} ${NESTED} Cụ thể hóa`);
  });
  await runDataStage({ seed, content: DEFAULT_CONTENT, out: join(project, 'public', 'data') });
  dist = join(project, 'dist');
  const env = childEnv({ OUT_DIR: dist, ASTRO_CACHE_DIR: join(project, '.astro-cache') });
  execFileSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], { cwd: project, env, stdio: ['ignore', 'ignore', 'inherit'] });
  // The search index, as npm run build makes it after Astro (OUT_DIR is absolute here).
  execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'build-search.ts')], {
    cwd: project,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
}

describe('injection through the plan text', () => {
  it('the payload reached the data', () => {
    const tasks = JSON.parse(readFileSync(join(project, 'public', 'data', 'tasks.json'), 'utf8')) as {
      id: string;
      content: string;
      note_text: string;
    }[];
    const task = tasks.find((t) => t.id === TASK)!;
    for (const s of SHOWN) expect(task.content).toContain(s);
    expect(task.note_text).toContain('<script>alert(2)</script>');
  });

  it('no built page has an on* attribute, a javascript: URL, the payload in a script or a broken JSON-LD block', () => {
    const pages = listFiles(dist).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(150);
    const found: string[] = [];
    for (const file of pages) {
      const html = readFileSync(join(dist, file), 'utf8');
      const visit = (n: Node) => {
        for (const a of n.attrs ?? []) {
          if (/^on/i.test(a.name)) found.push(`${file}: <${n.nodeName} ${a.name}>`);
          if (/^\s*javascript:/i.test(a.value)) found.push(`${file}: <${n.nodeName} ${a.name}="${a.value}">`);
        }
        if (n.nodeName === 'script') {
          const text = (n.childNodes ?? []).map((c) => c.value ?? '').join('');
          const type = n.attrs?.find((a) => a.name === 'type')?.value ?? '';
          // A data block (JSON-LD) must still be whole JSON: a "</script>" in data would cut it short.
          if (/json/.test(type)) {
            try {
              JSON.parse(text);
            } catch {
              found.push(`${file}: a ${type} block that is not valid JSON`);
            }
          } else if (text.includes('alert(')) found.push(`${file}: payload in a <script>`);
        }
        for (const c of n.childNodes ?? []) visit(c);
        if (n.content) visit(n.content);
      };
      visit(parse(html) as unknown as Node);
    }
    expect(found).toEqual([]);
    // The payload is in the pages, escaped.
    expect(readFileSync(join(dist, TASK_PATH, 'index.html'), 'utf8')).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  describe('in Chromium', () => {
    beforeAll(async () => {
      [server, browser] = await Promise.all([serve(dist), launchBrowser()]);
    });

    it.each([TASK_PATH, 'nhiem-vu/', 'nhiem-vu/nhom/i-4/', 'co-quan/so-tttt/', 'ke-hoach/', 'nguon/', 'lo-trinh/', 'tim-kiem/?q=alert'])(
      '/%s opens no dialog and has no event-handler attribute or javascript: link',
      async (path) => {
        const page = await browser.newPage();
        const dialogs: string[] = [];
        page.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        await page.goto(server.page(path), { waitUntil: 'networkidle' });
        if (path.startsWith('tim-kiem/')) await page.waitForSelector('#search-results li', { timeout: 15_000 });
        // A breakout would show as an attribute: no need to hover every element to trigger it.
        await page.hover('main');
        const bad = await page.evaluate(() =>
          [...document.querySelectorAll('*')].flatMap((el) =>
            [...el.attributes]
              .filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value))
              .map((a) => `<${el.tagName.toLowerCase()} ${a.name}="${a.value}">`),
          ),
        );
        expect(bad).toEqual([]);
        expect(dialogs).toEqual([]);
        if (path === TASK_PATH) {
          const text = await page.textContent('main');
          for (const s of SHOWN) expect(text).toContain(s);
        }
        await page.close();
      },
    );
  });
});
