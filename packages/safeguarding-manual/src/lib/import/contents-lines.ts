// A hosted manual's contents page as lines of text, and what each line is: a section heading,
// a numbered line, a "See also" line or other text. Platforms lay the page out as headings,
// lists or tables; all of them read as lines.
import type { Nodes, Root } from 'hast';
import { attribute, isBlock, isElement, lineOf, normalizeSpace, textOf } from './html.ts';

/** A link on a line of the contents. */
export interface ContentsLink {
  href: string;
  text: string;
}

/** One line of a page as a reader sees it: a heading, a paragraph, a list item or a table row. */
export interface ContentsLine {
  text: string;
  links: ContentsLink[];
  /** The element the line came from, such as h2, li or tr. */
  tag: string;
  line: number | undefined;
}

/**
 * The page as lines. Each heading, paragraph, list item and table row is one line (a row's
 * cells are joined: platforms often put the number and the title in separate cells).
 */
export function contentsLines(tree: Root): ContentsLine[] {
  const lines: ContentsLine[] = [];
  let current: ContentsLine | undefined;
  let inRow = 0;
  const flush = () => {
    if (current) {
      current.text = normalizeSpace(current.text);
      if (current.text) lines.push(current);
    }
    current = undefined;
  };
  const open = (node: Nodes, tag: string) => {
    current ??= { text: '', links: [], tag, line: lineOf(node) };
    return current;
  };
  const walk = (node: Nodes, tag: string) => {
    if (node.type === 'text') {
      if (node.value.trim()) open(node, tag).text += node.value;
      else if (current) current.text += ' ';
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (isElement(node, 'script', 'style', 'noscript', 'template', 'head', 'select')) return;
    if (isElement(node, 'br') && !inRow) return flush();
    if (isElement(node, 'img')) {
      // Flags are sometimes pictures: <img alt="Updated">.
      const alt = attribute(node, 'alt');
      if (alt && /^(new|updated)$/i.test(alt.trim()) && current) current.text += ` ${alt}`;
      return;
    }
    const row = isElement(node, 'tr');
    const block = node.type === 'element' && isBlock(node) && !inRow;
    if (block) flush();
    if (row) inRow++;
    const childTag = block || row ? node.tagName : tag;
    for (const child of node.children) {
      walk(child, childTag);
      if (inRow && isElement(child, 'td', 'th') && current) current.text += ' ';
    }
    if (isElement(node, 'a')) {
      const href = attribute(node, 'href');
      if (href !== undefined) open(node, tag).links.push({ href, text: textOf(node) });
    }
    if (row) inRow--;
    if (block || row) flush();
  };
  walk(tree, 'body');
  flush();
  return lines;
}

const SECTION = /^(?:section|part)?\s*([1-9]\d*)\s*[.:)]?\s*[-–—:]?\s+(\S.*)$/i;
const NUMBERED = /^([1-9]\d*(?:\.[1-9]\d*)+)\.?\s*[-–—:]?\s+(\S.*)$/;
const SEE_ALSO = /^(?:see also|also see)\b\s*:?\s*(.*)$/i;
const FLAG = /\s*(?:\(\s*(new|updated)\s*\)|\b(new|updated))\s*$/i;

/** Splits a "New" or "Updated" flag off the end of a title. */
export function splitFlag(title: string): { title: string; flag: 'new' | 'updated' | undefined } {
  const match = FLAG.exec(title);
  if (!match || match.index === 0) return { title: title.trim(), flag: undefined };
  return { title: title.slice(0, match.index).trim(), flag: (match[1] ?? match[2])!.toLowerCase() as 'new' | 'updated' };
}

/** How strongly a page looks like the contents: the number of numbered lines that link somewhere. */
export function contentsScore(tree: Root): number {
  return contentsLines(tree).filter((l) => NUMBERED.test(l.text) && l.links.some((k) => !k.href.startsWith('#'))).length;
}

/** What a line of the contents is, with the parts read from it. */
export type Token =
  | { kind: 'section'; number: string; title: string; line: ContentsLine }
  | { kind: 'numbered'; number: string; title: string; flag: 'new' | 'updated' | undefined; line: ContentsLine }
  | { kind: 'see-also'; line: ContentsLine; rest: string }
  | { kind: 'text'; line: ContentsLine };

/** Reads what a line of the contents is. */
export function tokenize(line: ContentsLine): Token {
  const seeAlso = SEE_ALSO.exec(line.text);
  if (seeAlso) return { kind: 'see-also', line, rest: seeAlso[1] ?? '' };
  const numbered = NUMBERED.exec(line.text);
  if (numbered) {
    const { title, flag } = splitFlag(numbered[2]!);
    return { kind: 'numbered', number: numbered[1]!, title, flag, line };
  }
  const section = SECTION.exec(line.text);
  // A section heading links nowhere but to its own place on the page.
  if (section && line.links.every((l) => l.href.startsWith('#'))) {
    return { kind: 'section', number: section[1]!, title: splitFlag(section[2]!).title, line };
  }
  return { kind: 'text', line };
}

/** The first link on a line that leads away from the contents page. */
export function pageLink(line: ContentsLine): ContentsLink | undefined {
  return line.links.find((l) => l.href.trim() !== '' && !l.href.trim().startsWith('#'));
}
