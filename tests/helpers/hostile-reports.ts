/**
 * Hostile report bodies: what an editor who wants to run code or carry HTML might write in a yearly
 * report (issue #23). Each is refused, at `line` of the body (1 = the first line after the
 * frontmatter), with an error matching `error`. The unit test checks them against checkReport; the
 * gate (tests/gates/hostile-reports.test.ts) against check:content, the data stage and the site's
 * report loader, in a copy of the real content.
 */
export interface HostileReport {
  name: string;
  body: string;
  line: number;
  error: RegExp;
}

const FS_WRITE = "export const x = (await import('node:fs')).writeFileSync('dist/x.js', 'alert(1)')";
const BODY_EXPECTED = /expected Markdown or one of IndicatorChart, TasksDue, YearValues, TaskLink; found /;
const found = (what: string) => new RegExp(`${BODY_EXPECTED.source}${what}`);

export const HOSTILE_REPORTS: readonly HostileReport[] = [
  // Fences the old line-by-line checker took for code blocks, and the MDX parser does not.
  {
    name: 'a fence whose info string has a backtick, then an export',
    body: `\`\`\`a\`\n\n${FS_WRITE}\n\n\`\`\``,
    line: 3,
    error: found('an export'),
  },
  {
    name: 'a fence closed on its own line with text after it',
    body: '```text``` more\n\n{globalThis.process.exit(1)}',
    line: 3,
    error: found('a \\{ \\} expression'),
  },
  { name: 'an indented fence-like line', body: '   ```a`\n\n<script>alert(1)</script>', line: 3, error: found('the element <script>') },
  { name: 'a tabbed fence-like line', body: '\t```a`\n\n<script>alert(1)</script>', line: 3, error: found('the element <script>') },
  {
    name: 'a ~~~ fence holding a ``` line',
    body: '~~~\n```\n~~~\n\n<script>alert(1)</script>\n\n```',
    line: 5,
    error: found('the element <script>'),
  },
  // ESM and expressions.
  { name: 'an export at column 0', body: `## Tóm tắt\n\n${FS_WRITE}`, line: 3, error: found('an export') },
  { name: 'an import', body: "import fs from 'node:fs'\n\nText.", line: 1, error: found('an import') },
  { name: 'an expression in text', body: 'Năm {new Date().getFullYear()}.', line: 1, error: found('a \\{ \\} expression') },
  { name: 'an expression as a block', body: 'Text.\n\n{(() => { throw new Error() })()}', line: 3, error: found('a \\{ \\} expression') },
  { name: 'a comment expression', body: '{/* note */}', line: 1, error: found('a \\{ \\} expression') },
  {
    name: 'an expression as an attribute value',
    body: '<YearValues year={2023} />',
    line: 1,
    error: /<YearValues year="…" \/> with that one attribute.*; found <YearValues> with a \{ \} expression/,
  },
  {
    name: 'a spread attribute',
    body: '<TaskLink id="I.4.6" {...globalThis} />',
    line: 1,
    error: /<TaskLink id="…" \/> with that one attribute/,
  },
  // Elements other than the four components, on several lines, in any case.
  {
    name: 'a multi-line meta refresh',
    body: 'Text.\n\n<meta\n  http-equiv="refresh"\n  content="0;url=https://evil.example/" />',
    line: 3,
    error: found('the element <meta>'),
  },
  {
    name: 'a multi-line form',
    body: '<form\n  action="https://evil.example/"\n  method="post">\n\n<input name="x" />\n\n</form>',
    line: 1,
    error: found('the element <form>'),
  },
  {
    name: 'a multi-line image with onerror',
    body: 'Text <img\n  src="x"\n  onerror="alert(1)" /> more.',
    line: 1,
    error: found('the element <img>'),
  },
  { name: 'a base element', body: '<base\n  href="https://evil.example/" />', line: 1, error: found('the element <base>') },
  { name: 'a script with src', body: '<script\n  src="/x.js"></script>', line: 1, error: found('the element <script>') },
  { name: '<Script> capitalised', body: 'Text.\n\n<Script>alert(1)</Script>', line: 3, error: found('the element <Script>') },
  { name: '<SCRIPT> in capitals', body: '<SCRIPT>alert(1)</SCRIPT>', line: 1, error: found('the element <SCRIPT>') },
  { name: 'a component name in the wrong case', body: '<taskLink id="I.4.6" />', line: 1, error: found('the element <taskLink>') },
  { name: 'a namespaced <http:…> element', body: '<http:x />', line: 1, error: found('the element <http:x>') },
  {
    name: 'a namespaced <http:…> element with a dotted name',
    body: 'Text.\n\n<http:evil.example>',
    line: 3,
    error: /the text does not parse as MDX/,
  },
  {
    name: 'an autolink, which MDX does not have',
    body: 'Xem <https://dongthap.gov.vn/>.',
    line: 1,
    error: /the text does not parse as MDX/,
  },
  { name: 'an HTML comment', body: 'Text.\n\n<!-- <script>alert(1)</script> -->', line: 3, error: /the text does not parse as MDX/ },
  { name: 'an unclosed element', body: 'Text.\n\n<div>\n\nMore.', line: 3, error: /the text does not parse as MDX/ },
  { name: 'a fragment', body: '<>x</>', line: 1, error: found('a fragment <>') },
  {
    name: 'a component with content',
    body: '<TaskLink id="I.4.6"><script>alert(1)</script></TaskLink>',
    line: 1,
    error: found('<TaskLink> with content'),
  },
  {
    name: 'a component with a second attribute',
    body: '<TaskLink id="I.4.6" onClick="alert(1)" />',
    line: 1,
    error: /<TaskLink id="…" \/> with that one attribute/,
  },
  // Links and images that leave the site or run script.
  { name: 'a javascript: link', body: 'Text [x](javascript:alert(1)).', line: 1, error: found('a link to "javascript:alert\\(1\\)"') },
  {
    name: 'a javascript: link in capitals',
    body: '[x](JAVASCRIPT:alert(1))',
    line: 1,
    error: found('a link to "JAVASCRIPT:alert\\(1\\)"'),
  },
  {
    name: 'a javascript: link written with a character reference',
    body: '[x](&#106;avascript:alert(1))',
    line: 1,
    error: found('a link to "javascript:alert\\(1\\)"'),
  },
  { name: 'a data: link', body: '[x](data:text/html,<script>alert(1)</script>)', line: 1, error: found('a link to "data:') },
  { name: 'an http: link', body: '[x](http://evil.example/)', line: 1, error: found('a link to "http://evil.example/"') },
  {
    name: 'a bare www. address (GFM links it as http:)',
    body: 'Xem www.evil.example.',
    line: 1,
    error: found('a link to "http://www.evil.example"'),
  },
  { name: 'a protocol-relative link', body: '[x](//evil.example/)', line: 1, error: found('a link to "//evil.example/"') },
  { name: 'a backslash path browsers read as another host', body: '[x](/\\evil.example/)', line: 1, error: found('a link to') },
  { name: 'a relative link', body: '[x](../../etc/passwd)', line: 1, error: found('a link to "../../etc/passwd"') },
  { name: 'a data: image', body: '![x](data:image/png;base64,iVBORw0KGgo=)', line: 1, error: found('an image from "data:') },
  {
    name: 'an SVG with onload where an image was meant',
    body: '![x](data:image/svg+xml,<svg onload="alert(1)"/>)',
    line: 1,
    error: found('the element <svg>'),
  },
  {
    name: 'an external image',
    body: 'Text.\n\n![pixel](https://evil.example/pixel.png)',
    line: 3,
    error: found('an image from "https://evil.example/pixel.png"'),
  },
  { name: 'a reference-style link', body: '[x][r]\n\n[r]: javascript:alert(1)', line: 1, error: found('a reference-style link') },
  // Characters the file may not hold, written as character references the parser decodes (it decodes
  // references to C0 controls and noncharacters to U+FFFD itself).
  {
    name: 'a right-to-left override as a character reference',
    body: 'Đã hoàn thành &#x202E;ncnuhk',
    line: 1,
    error: /found U\+202E \(RIGHT-TO-LEFT OVERRIDE\)/,
  },
  { name: 'a zero-width space in a link address', body: '[x](/nhiem-vu/&#x200B;i-4-6/)', line: 1, error: /found U\+200B/ },
  { name: 'a footnote', body: 'Text[^1].\n\n[^1]: note', line: 1, error: found('a footnote') },
];
