/**
 * LibreOffice headless as an independent reader of our spreadsheets: convert a file to flat ODS
 * (one XML document) and read a sheet's cells with the type LibreOffice gave each. Debian's
 * `libreoffice-calc-nogui` (installed by .ci/run); tests skip where `soffice` is absent.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const hasLibreOffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;

/**
 * How a reader's LibreOffice opens our CSVs: comma-separated, `"`-quoted, UTF-8 (the import dialog
 * picks it from the BOM, which headless LibreOffice with no options ignores), from line 1, English
 * (US) numbers, special numbers detected, and (the 13th option) formulas evaluated.
 */
export const CSV_AS_READERS_OPEN_IT = 'CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true';

/**
 * Converts `file` with LibreOffice (its own profile, so parallel runs do not collide), reading it with
 * the import filter `infilter` if given, with `env` added to its environment (e.g. FONTCONFIG_FILE);
 * returns the output text.
 */
export function convertWithLibreOffice(
  file: string,
  format: 'fods' | 'csv' | 'html',
  infilter?: string,
  env: Readonly<Record<string, string>> = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'dt-lo-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        ...(infilter ? [`--infilter=${infilter}`] : []),
        '--convert-to',
        format,
        '--outdir',
        dir,
        file,
      ],
      {
        stdio: ['ignore', 'ignore', 'ignore'],
        timeout: 120_000,
        env: { ...process.env, ...env },
      },
    );
    return readFileSync(join(dir, basename(file).replace(/\.[^.]+$/, `.${format}`)), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface OdsCell {
  /** office:value-type: float, date, boolean, string, … ('' for an empty cell) */
  type: string;
  /** office:value / date-value / boolean-value for typed cells; the text for strings */
  value: string;
  text: string;
  /** table:formula, if any (LibreOffice keeps a spreadsheet boolean as the formula =TRUE() or =FALSE()). */
  formula?: string;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function cellText(inner: string): string {
  return [...inner.matchAll(/<text:p[^>]*>([\s\S]*?)<\/text:p>|<text:p[^>]*\/>/g)]
    .map((p) =>
      unescapeXml(
        (p[1] ?? '')
          .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_m, n: string | undefined) => ' '.repeat(Number(n ?? 1)))
          .replace(/<text:line-break\/>/g, '\n')
          .replace(/<text:tab\/>/g, '\t')
          .replace(/<[^>]+>/g, ''),
      ),
    )
    .join('\n');
}

/** The rows of one sheet of a flat ODS document, `width` cells each (trailing blank rows dropped). */
export function odsSheet(fods: string, name: string, width: number): OdsCell[][] {
  const start = fods.indexOf(`<table:table table:name="${name}"`);
  if (start < 0) throw new Error(`no sheet ${name}`);
  const body = fods.slice(start, fods.indexOf('</table:table>', start));
  const rows: OdsCell[][] = [];
  for (const r of body.matchAll(/<table:table-row\b[^>]*?(?:\/>|>([\s\S]*?)<\/table:table-row>)/g)) {
    const cells: OdsCell[] = [];
    for (const c of (r[1] ?? '').matchAll(/<table:table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
      const attrs = c[1]!;
      const attr = (n: string) => attrs.match(new RegExp(`${n}="([^"]*)"`))?.[1];
      const type = attr('office:value-type') ?? '';
      const text = cellText(c[2] ?? '');
      const value = unescapeXml(attr('office:value') ?? attr('office:date-value') ?? attr('office:boolean-value') ?? text);
      const repeat = Math.min(Number(attr('table:number-columns-repeated') ?? 1), width);
      const formula = attr('table:formula');
      for (let i = 0; i < repeat && cells.length < width; i++) cells.push({ type, value, text, ...(formula ? { formula } : {}) });
    }
    while (cells.length < width) cells.push({ type: '', value: '', text: '' });
    rows.push(cells);
  }
  while (rows.length > 0 && rows.at(-1)!.every((c) => c.type === '')) rows.pop();
  return rows;
}

/**
 * Opens `file` in LibreOffice headless and saves it as .xlsx into `outDir` (as a body would after
 * filling a form in LibreOffice Calc), with a private profile; resolves to the saved file's path.
 * Asynchronous, so a slow start does not block the test runner.
 */
export async function saveThroughLibreOffice(file: string, outDir: string, timeoutMs = 150_000): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'dt-lo-profile-'));
  const { spawn } = await import('node:child_process');
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        'soffice',
        [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, file],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`soffice did not finish in ${timeoutMs} ms`));
      }, timeoutMs);
      child.on('error', reject);
      child.on('exit', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`soffice exited ${code}: ${stderr}`));
      });
    });
    return join(outDir, basename(file).replace(/\.[^.]+$/, '.xlsx'));
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
