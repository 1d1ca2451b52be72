// Reading saved web pages: their text encoding, their HTML as a tree (hast, with source
// lines), and the small questions the import asks of that tree.
import type { Element, ElementContent, Nodes, Parents, Root, RootContent } from 'hast';
import { parse as parse5 } from 'parse5';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/** Something the conversion could not carry over exactly, with the line of the saved page it is on. */
export interface ConversionFinding {
  kind: 'merged-cells' | 'nested-table' | 'left-out';
  line: number | undefined;
  message: string;
}

/**
 * Decodes a saved page as a browser would: a byte order mark, then a charset in the first
 * 1,024 bytes (<meta charset> or http-equiv), else UTF-8. Word's "Web Page" export and many
 * older platforms write windows-1252, where curly quotes and dashes are single bytes.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
  // WHATWG: a page declaring ISO-8859-1 or ASCII is decoded as windows-1252; UTF-16 in a meta means UTF-8.
  const encoding = label === undefined || label.startsWith('utf-16') ? 'utf-8' : label;
  if (encoding !== 'utf-8') {
    // A page re-saved as UTF-8 often keeps its old declaration: bytes that are valid UTF-8 are UTF-8.
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Not UTF-8: the declared encoding it is.
    }
  }
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const parser = unified().use(rehypeParse);

/**
 * How deeply a saved page's elements may nest. Real pages nest a few dozen levels; thousands of
 * nested elements (or hundreds of nested <i> and <b>) would exhaust the stack or take minutes
 * to convert, so such a page is set aside, with the line where it goes too deep.
 */
export const MAX_NESTING = 100;

/** A saved page nested more deeply than MAX_NESTING: the line of the first element past the limit. */
export class TooDeeplyNested extends Error {
  readonly line: number | undefined;
  constructor(line: number | undefined) {
    super(`its elements are nested more than ${MAX_NESTING} levels deep${line === undefined ? '' : ` from line ${line}`}`);
    this.line = line;
  }
}

interface Parse5Node {
  childNodes?: Parse5Node[];
  content?: Parse5Node;
  sourceCodeLocation?: { startLine: number } | null;
}

/**
 * Parses a whole page; every node keeps its position (line and column) in the saved file. The
 * depth is measured first, by parse5 (which builds the tree without recursion) and a walk with a
 * stack of its own, so a page of any depth is measured in linear time; past MAX_NESTING it
 * throws TooDeeplyNested.
 */
export function parseHtml(html: string): Root {
  const stack: [Parse5Node, number][] = [[parse5(html, { sourceCodeLocationInfo: true, scriptingEnabled: false }), 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_NESTING) throw new TooDeeplyNested(node.sourceCodeLocation?.startLine);
    for (const child of node.childNodes ?? []) if (child.childNodes || child.content) stack.push([child, depth + 1]);
    if (node.content) stack.push([node.content, depth]);
  }
  return parser.parse(html);
}

declare const named: unique symbol;
/** An element known to have one of the names asked for (a node that is not one may still be another element). */
export type NamedElement = Element & { readonly [named]: true };

export function isElement(node: Nodes | undefined): node is Element;
export function isElement(node: Nodes | undefined, ...names: [string, ...string[]]): node is NamedElement;
export function isElement(node: Nodes | undefined, ...names: string[]): boolean {
  return node?.type === 'element' && (names.length === 0 || names.includes(node.tagName));
}

/** The element's classes and id, lower case, as one string to match words in. */
export function classAndId(element: Element): string {
  const classes = element.properties['className'];
  const list = Array.isArray(classes) ? classes.join(' ') : typeof classes === 'string' ? classes : '';
  const id = element.properties['id'];
  return `${list} ${typeof id === 'string' ? id : ''}`.toLowerCase();
}

export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.join(' ');
  return undefined;
}

/** The 1-based line of a node in its saved file, when known. */
export function lineOf(node: Nodes): number | undefined {
  return node.position?.start.line;
}

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

export function isBlock(node: Nodes | undefined): node is Element {
  return node?.type === 'element' && BLOCK.has(node.tagName);
}

/** Text with every kind of space (including the non-breaking spaces saved pages are full of) made one space. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}

/** The text of a node as a reader sees it, blocks separated by a space, spaces normalized. */
export function textOf(node: Nodes): string {
  const parts: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'text') parts.push(n.value);
    else if (n.type === 'element' || n.type === 'root') {
      if (isElement(n, 'script', 'style', 'template')) return;
      if (isElement(n, 'br') || isBlock(n)) parts.push(' ');
      for (const child of n.children) walk(child);
      if (isBlock(n) || isElement(n, 'td', 'th')) parts.push(' ');
    }
  };
  walk(node);
  return normalizeSpace(parts.join(''));
}

/** Every element under `node` (not `node` itself) that passes `test`, in document order. */
export function findAll(node: Parents, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (parent: Parents) => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      if (test(child)) found.push(child);
      walk(child);
    }
  };
  walk(node);
  return found;
}

/** The parent of every element under `root`, to walk upwards or replace a node in place. */
export function parentsOf(root: Parents): Map<Nodes, Parents> {
  const parents = new Map<Nodes, Parents>();
  const walk = (parent: Parents) => {
    for (const child of parent.children) {
      parents.set(child, parent);
      if (child.type === 'element') walk(child);
    }
  };
  walk(root);
  return parents;
}

/** Replaces `node` in its parent by `replacement` (nothing removes it). */
export function replaceNode(parents: Map<Nodes, Parents>, node: Nodes, replacement: ElementContent[] = []): void {
  const parent = parents.get(node);
  if (!parent) return;
  const index = (parent.children as Nodes[]).indexOf(node);
  if (index === -1) return;
  (parent.children as RootContent[]).splice(index, 1, ...(replacement as RootContent[]));
  for (const child of replacement) parents.set(child, parent);
}

/** Removes the element but keeps its children where it was. */
export function unwrap(parents: Map<Nodes, Parents>, element: Element): void {
  replaceNode(parents, element, element.children);
}

export function text(value: string): ElementContent {
  return { type: 'text', value };
}

export function element(tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element {
  return { type: 'element', tagName, properties, children };
}

/** The address a saved page came from: Chrome's "saved from url" mark, the canonical link, or og:url. */
export function savedFromUrl(html: string, tree: Root): string | undefined {
  const mark = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2048))?.[1];
  if (mark && /^https?:/i.test(mark)) return mark;
  for (const el of findAll(tree, (e) => e.tagName === 'link' || e.tagName === 'meta')) {
    const rel = attribute(el, 'rel')?.toLowerCase();
    if (el.tagName === 'link' && rel?.split(' ').includes('canonical')) {
      const href = attribute(el, 'href');
      if (href && /^https?:/i.test(href)) return href;
    }
    if (el.tagName === 'meta' && attribute(el, 'property') === 'og:url') {
      const content = attribute(el, 'content');
      if (content && /^https?:/i.test(content)) return content;
    }
  }
  return undefined;
}
