/**
 * Reading a yearly report (content/bao-cao/<year>.mdx) into the document the site renders. The body
 * is parsed by MDX's own parser (@mdx-js/mdx with GFM, as @astrojs/mdx would compile it), and the
 * syntax tree is then copied node by node into the report document (model/report-schema.ts): only
 * Markdown and the four report components with one literal attribute each. Any other node — an
 * import or export, an expression, an HTML or JSX element, a reference-style link, a link or image
 * to anywhere but https:, mailto: or this site — stops with the file, the line and what was found.
 *
 * Nothing is compiled: the site renders the document this returns, so what was checked is exactly
 * what reaches the page. The data stage (`npm run check:content`, `npm run build:data`) and the
 * site's content loader (src/loaders/report-loader.ts) both call checkReport. Pure: text in, a
 * document or a SourceError out.
 */
import { createProcessor } from '@mdx-js/mdx';
import GithubSlugger from 'github-slugger';
import yaml from 'js-yaml';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describeCodePoint, findForbiddenCharacter, PLAIN_TEXT } from './characters.ts';
import { SourceError } from './errors.ts';
import {
  BLOCK_COMPONENTS,
  REPORT_COMPONENTS,
  isReportHref,
  isSitePath,
  reportFrontmatter,
  type ReportBlock,
  type ReportComponent,
  type ReportEntry,
  type ReportInline,
} from './report-schema.ts';

/** A component used in a report body, with where it is. */
export interface ComponentUse {
  name: ReportComponent;
  value: string;
  line: number;
}

export interface ReportCheck {
  report: ReportEntry;
  uses: ComponentUse[];
}

/** What the ids inside a report are checked against. */
export interface ReportIds {
  tasks: ReadonlySet<string>;
  indicators: ReadonlySet<string>;
  /** The years with data. */
  years: { from: number; to: number };
}

/** What every refusal of the body says was expected. */
export const REPORT_BODY_EXPECTED = `Markdown or one of ${Object.keys(REPORT_COMPONENTS).join(', ')}`;

// The parser @astrojs/mdx compiles with (format "mdx", GFM); smartypants is its default text
// transform (curly quotes, dashes) and touches text only.
const mdx = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });
const typography = unified().use(remarkSmartypants);

/** The syntax tree's nodes as far as this module reads them (mdast with MDX's node types). */
interface SyntaxNode {
  type: string;
  position?: { start: { line: number } };
  children?: SyntaxNode[];
  value?: unknown;
  depth?: number;
  ordered?: boolean | null;
  start?: number | null;
  spread?: boolean | null;
  checked?: boolean | null;
  url?: string;
  title?: string | null;
  alt?: string | null;
  align?: ('left' | 'right' | 'center' | null)[] | null;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/**
 * Checks one report: its frontmatter against the schema (and the year against the file name and
 * the review date), and its body as above. Returns the report as the site renders it, and the
 * components it uses; throws a SourceError naming the file and line.
 */
export function checkReport(text: string, file: string, ids: ReportIds, reviewDate: string): ReportCheck {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const { frontmatter, bodyStart } = readFrontmatter(lines, file, reviewDate);
  const reader = new BodyReader(file, bodyStart - 1, ids);
  const tree = parseBody(lines.slice(bodyStart - 1).join('\n'), file, bodyStart - 1);
  typography.runSync(tree as never);
  const body = reader.blocks(tree.children ?? []);
  return { report: { ...frontmatter, body }, uses: reader.uses };
}

function readFrontmatter(lines: string[], file: string, reviewDate: string) {
  if (lines[0] !== '---') throw new SourceError(file, 1, 'a frontmatter block starting with "---"', lines[0] ?? '');
  const end = lines.indexOf('---', 1);
  if (end === -1) throw new SourceError(file, 1, 'a frontmatter block closed by "---"', lines[0]!);
  const fmLines = lines.slice(1, end);
  const lineOf = (key: string) => fmLines.findIndex((l) => l.startsWith(`${key}:`)) + 2;
  let raw: unknown;
  try {
    raw = yaml.load(fmLines.join('\n'), { schema: yaml.JSON_SCHEMA });
  } catch (e) {
    const mark = (e as { mark?: { line?: number } }).mark;
    throw new SourceError(file, 2 + (mark?.line ?? 0), 'valid YAML frontmatter', (e as Error).message.split('\n')[0]);
  }
  const parsed = reportFrontmatter.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = lineOf(String(issue.path[0] ?? ''));
    throw new SourceError(file, at < 2 ? 1 : at, `${issue.path.join('.') || 'frontmatter'}: ${issue.message}`);
  }
  const fm = parsed.data;
  const named = /(\d{4})\.mdx$/.exec(file)?.[1];
  if (named !== undefined && Number(named) !== fm.year) {
    throw new SourceError(file, lineOf('year'), `year: ${named}, the year in the file name`, String(fm.year));
  }
  if (fm.as_of > reviewDate) {
    throw new SourceError(file, lineOf('as_of'), `as_of: a date on or before the review date ${reviewDate}`, fm.as_of);
  }
  const late = fm.sources.find((src) => src.published !== undefined && src.published > reviewDate);
  if (late) {
    const at = fmLines.findIndex((l) => l.includes(`published: "${late.published}"`));
    throw new SourceError(
      file,
      at === -1 ? 1 : at + 2,
      `sources.published: a date on or before the review date ${reviewDate}`,
      late.published,
    );
  }
  return { frontmatter: fm, bodyStart: end + 2 };
}

/** The body's syntax tree; an MDX syntax error becomes a SourceError at its line in the file. */
function parseBody(body: string, file: string, lineOffset: number): SyntaxNode {
  try {
    return mdx.parse(body) as unknown as SyntaxNode;
  } catch (e) {
    const message = e as { line?: number; reason?: string; message?: string };
    // Some of MDX's messages carry their place only in the text: "Expected a closing tag for `<div>` (3:1-3:6)".
    const line = message.line ?? Number(/\((\d+):\d+-\d+:\d+\)$/.exec(message.reason ?? '')?.[1] ?? 1);
    throw new SourceError(
      file,
      lineOffset + line,
      `${REPORT_BODY_EXPECTED} (the text does not parse as MDX)`,
      message.reason ?? message.message ?? String(e),
    );
  }
}

/** Copies the allowed nodes of a syntax tree into report blocks and inlines, refusing the rest. */
class BodyReader {
  readonly uses: ComponentUse[] = [];
  private readonly slugger = new GithubSlugger();

  constructor(
    private readonly file: string,
    private readonly lineOffset: number,
    private readonly ids: ReportIds,
  ) {}

  blocks(nodes: SyntaxNode[]): ReportBlock[] {
    return nodes.flatMap((n) => this.block(n));
  }

  private block(n: SyntaxNode): ReportBlock[] {
    switch (n.type) {
      case 'heading': {
        if (n.depth === 1) this.refuse(n, 'a level-1 heading ("# …"): the report title is the page title, start at "## …"');
        const children = this.inlines(n.children);
        return [{ type: 'heading', depth: n.depth as 2 | 3 | 4 | 5 | 6, id: this.slugger.slug(plainText(children)), children }];
      }
      case 'paragraph':
        return [{ type: 'paragraph', children: this.inlines(n.children) }];
      case 'list':
        return [
          {
            type: 'list',
            ordered: n.ordered === true,
            start: n.ordered === true ? (n.start ?? 1) : null,
            spread: n.spread === true,
            items: (n.children ?? []).map((item) => {
              if (item.type !== 'listItem') this.refuse(item, describe(item));
              if (item.checked === true || item.checked === false) this.refuse(item, 'a task-list checkbox ("- [ ]")');
              return this.blocks(item.children ?? []);
            }),
          },
        ];
      case 'blockquote':
        return [{ type: 'blockquote', children: this.blocks(n.children ?? []) }];
      case 'code':
        return [{ type: 'code', value: this.plain(n, n.value) }];
      case 'thematicBreak':
        return [{ type: 'thematicBreak' }];
      case 'table': {
        const [head, ...rows] = (n.children ?? []).map((row) => (row.children ?? []).map((cell) => this.inlines(cell.children)));
        return [{ type: 'table', align: n.align ?? [], head: head ?? [], rows }];
      }
      case 'mdxJsxFlowElement': {
        const { name, value } = this.component(n);
        if (name === 'TaskLink') return [{ type: 'paragraph', children: [{ type: 'taskLink', id: value }] }];
        if (name === 'IndicatorChart') return [{ type: 'indicatorChart', id: value }];
        return [{ type: name === 'TasksDue' ? 'tasksDue' : 'yearValues', year: Number(value) }];
      }
      default:
        return this.refuse(n, describe(n));
    }
  }

  private inlines(nodes: SyntaxNode[] = []): ReportInline[] {
    return nodes.map((n) => this.inline(n));
  }

  private inline(n: SyntaxNode): ReportInline {
    switch (n.type) {
      case 'text':
        return { type: 'text', value: this.plain(n, n.value) };
      case 'emphasis':
      case 'strong':
      case 'delete':
        return { type: n.type, children: this.inlines(n.children) };
      case 'inlineCode':
        return { type: 'inlineCode', value: this.plain(n, n.value) };
      case 'break':
        return { type: 'break' };
      case 'link': {
        const href = n.url ?? '';
        if (!isReportHref(href)) {
          this.refuse(
            n,
            `a link to ${JSON.stringify(href)} (a link goes to an https:// address, a mailto: address, a page of this site written "/…", or "#…")`,
          );
        }
        return { type: 'link', href: this.plain(n, href), title: this.plainOrNull(n, n.title), children: this.inlines(n.children) };
      }
      case 'image': {
        const src = n.url ?? '';
        if (!isSitePath(src)) {
          this.refuse(
            n,
            `an image from ${JSON.stringify(src)} (images come from this site only, written "/…": the site asks no other host for anything)`,
          );
        }
        return { type: 'image', src: this.plain(n, src), alt: this.plain(n, n.alt ?? ''), title: this.plainOrNull(n, n.title) };
      }
      case 'mdxJsxTextElement':
        // component() refuses the block components inside a sentence: this is a TaskLink.
        return { type: 'taskLink', id: this.component(n).value };
      default:
        return this.refuse(n, describe(n));
    }
  }

  /** A report component: a known name, its one attribute with a literal value, no children, an id or year that exists. */
  private component(n: SyntaxNode): { name: ReportComponent; value: string } {
    const name = n.name ?? '';
    if (!Object.hasOwn(REPORT_COMPONENTS, name)) this.refuse(n, describe(n));
    const component = name as ReportComponent;
    const attribute = REPORT_COMPONENTS[component];
    const attributes = n.attributes ?? [];
    const only = attributes[0];
    if (attributes.length !== 1 || only?.type !== 'mdxJsxAttribute' || only.name !== attribute || typeof only.value !== 'string') {
      const wrote = attributes.some((a) => a.type !== 'mdxJsxAttribute' || (a.value !== null && typeof a.value === 'object'))
        ? ' with a { } expression'
        : '';
      throw this.error(n, `<${component} ${attribute}="…" /> with that one attribute, its value in quotes`, `<${component}>${wrote}`);
    }
    if ((n.children ?? []).length > 0) this.refuse(n, `<${component}> with content (write it as <${component} ${attribute}="…" />)`);
    if (n.type === 'mdxJsxTextElement' && (BLOCK_COMPONENTS as readonly string[]).includes(component)) {
      this.refuse(n, `<${component}> inside a sentence (put it on a line of its own, with a blank line before and after)`);
    }
    this.checkValue(n, component, only.value);
    this.uses.push({ name: component, value: only.value, line: this.line(n) });
    return { name: component, value: only.value };
  }

  private checkValue(n: SyntaxNode, component: ReportComponent, value: string): void {
    const { tasks, indicators, years } = this.ids;
    switch (component) {
      case 'IndicatorChart':
        if (!indicators.has(value)) throw this.valueError(n, 'an indicator id of content/indicators.csv in <IndicatorChart>', value);
        return;
      case 'TaskLink':
        if (!tasks.has(value)) throw this.valueError(n, 'a task id of the appendix (e.g. I.4.6) in <TaskLink>', value);
        return;
      case 'TasksDue':
      case 'YearValues': {
        const y = Number(value);
        if (!/^\d{4}$/.test(value) || y < years.from || y > years.to) {
          throw this.valueError(n, `a year from ${years.from} to ${years.to} in <${component}>`, value);
        }
      }
    }
  }

  /**
   * A text of the document. The file's characters were checked as it was read, but a character
   * reference (&#x202E;, &#11;) becomes its character only in the parse: checked again here.
   */
  private plain(n: SyntaxNode, value: unknown): string {
    const text = String(value ?? '');
    const bad = findForbiddenCharacter(text);
    if (bad) throw this.error(n, `${PLAIN_TEXT} (a character reference such as &#x202E; counts)`, describeCodePoint(bad.codePoint));
    return text;
  }

  private plainOrNull(n: SyntaxNode, value: string | null | undefined): string | null {
    return value === null || value === undefined ? null : this.plain(n, value);
  }

  private line(n: SyntaxNode): number {
    return this.lineOffset + (n.position?.start.line ?? 1);
  }

  /** An attribute value that names nothing: the value is quoted as written. */
  private valueError(n: SyntaxNode, expected: string, value: string): SourceError {
    return new SourceError(this.file, this.line(n), expected, value);
  }

  private error(n: SyntaxNode, expected: string, found: string): SourceError {
    return new SourceError(this.file, this.line(n), expected, found, { described: true });
  }

  /** Stops at a construct a report may not contain. */
  private refuse(n: SyntaxNode, found: string): never {
    throw this.error(n, REPORT_BODY_EXPECTED, found);
  }
}

/** What a refused node is, in the words of the error message. */
function describe(n: SyntaxNode): string {
  const excerpt = typeof n.value === 'string' ? ` (${JSON.stringify(n.value.length > 60 ? `${n.value.slice(0, 60)}…` : n.value)})` : '';
  switch (n.type) {
    case 'mdxjsEsm':
      return `${/^\s*import\b/.test(String(n.value)) ? 'an import' : 'an export'}${excerpt}`;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return `a { } expression${excerpt} (write literal text; a brace is "\\{")`;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return n.name ? `the element <${n.name}>` : 'a fragment <>';
    case 'html':
      return `HTML${excerpt}`;
    case 'linkReference':
    case 'imageReference':
    case 'definition':
      return 'a reference-style link ([text][label], [label]: …): write the address inline, [text](https://…)';
    case 'footnoteReference':
    case 'footnoteDefinition':
      return "a footnote ([^1]): put the source in the text or in the frontmatter's sources";
    default:
      return `a ${n.type} node`;
  }
}

/** A heading's text, for its anchor (as rehype's heading ids take it). */
function plainText(nodes: ReportInline[]): string {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plainText(n.children) : n.type === 'image' ? n.alt : '')).join('');
}
