/**
 * The words of a built page as a reader meets them: what the screen shows or a screen reader says
 * (text, alt, title, aria-label, placeholder; no script, style or markup), and what the search index
 * holds of it (data-pagefind-body, minus data-pagefind-ignore), from which result excerpts are cut.
 * Parsed with parse5 (entities decoded as a browser would), with scripting off so <noscript>, which a
 * reader without JavaScript sees, is read as markup.
 */
import { parse } from 'parse5';

interface Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/** Attributes whose words a reader sees or hears. */
const SPOKEN_ATTRS = new Set(['alt', 'title', 'aria-label', 'placeholder']);
/** Elements whose content is not words on the page. */
const SILENT = new Set(['script', 'style', 'template']);

export interface ReaderText {
  /** The page's words, each text node and spoken attribute a separate piece. */
  visible: string[];
  /** The indexed words: inside data-pagefind-body, outside data-pagefind-ignore. */
  indexed: string[];
}

export function readerText(html: string): ReaderText {
  const doc = parse(html, { scriptingEnabled: false }) as unknown as Node;
  const out: ReaderText = { visible: [], indexed: [] };
  const visit = (n: Node, inBody: boolean) => {
    if (SILENT.has(n.nodeName)) return;
    const has = (name: string) => n.attrs?.some((a) => a.name === name) ?? false;
    if (has('data-pagefind-ignore')) inBody = false;
    else if (has('data-pagefind-body')) inBody = true;
    const add = (s: string) => {
      out.visible.push(s);
      if (inBody) out.indexed.push(s);
    };
    if (n.nodeName === '#text' && n.value) add(n.value);
    for (const a of n.attrs ?? []) if (SPOKEN_ATTRS.has(a.name)) out.visible.push(a.value);
    for (const c of n.childNodes ?? []) visit(c, inBody);
    if (n.content) visit(n.content, inBody);
  };
  visit(doc, false);
  return out;
}
