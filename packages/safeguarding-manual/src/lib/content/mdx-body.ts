// Reads the body of a version file as MDX (with GFM), listing what validation must check.
import { mdxToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import GithubSlugger from 'github-slugger';
import { findControlCharacter } from '../check/control-characters.ts';
import type { Root } from 'mdast';

export interface BodyTag {
  name: string;
  attributes: Record<string, string | true>;
  /** Attributes written as expressions, such as id={x}. */
  expressions: string[];
  line: number;
  /** True for a tag inside a paragraph, rather than on lines of its own. */
  inline: boolean;
  /** The components it sits inside, nearest first. */
  within: string[];
  /** True when it holds anything (text, lists, other components). */
  hasChildren: boolean;
}

export interface BodyReport {
  tags: BodyTag[];
  links: { url: string; line: number }[];
  /** Images, with their text description (alt text). */
  images: { url: string; alt: string; line: number }[];
  /** Headings with the id the site gives them (github-slugger over the text, as Astro's Markdown does). */
  headings: { depth: number; text: string; line: number; id: string; within: string[] }[];
  /** Imports, exports and {expressions}, which content may not use. */
  code: { kind: string; line: number }[];
  /** A syntax error that stopped the parse. */
  syntaxError?: { message: string; line: number } | undefined;
  /** Lists or quotes nested deeper than NESTING_LIMIT, which stopped the parse: where, and how deep. */
  tooDeep?: { line: number; depth: number } | undefined;
  /** Characters no text may hold (control characters, which Word can leave behind), by line. */
  controlCharacters: { line: number; code: string }[];
}

/** How deep lists and quotes may nest: far more than any procedure needs, far less than what exhausts a parser. */
export const NESTING_LIMIT = 10;

const LIST_ITEM = /^(\s*)(?:[-*+]|\d{1,9}[.)])(?:\s|$)/;

/**
 * The deepest nesting of lists and block quotes in a body, from its lines alone (a quote level
 * per >, a list level per two columns of indent before a list marker), so that a body nested
 * deep enough to exhaust the parser is refused before it is parsed.
 */
function deepestNesting(body: string): { line: number; depth: number } {
  let deepest = { line: 1, depth: 0 };
  body.split('\n').forEach((text, i) => {
    const quotes = /^(\s*>)*/.exec(text)![0];
    const quoteDepth = (quotes.match(/>/g) ?? []).length;
    const list = LIST_ITEM.exec(text.slice(quotes.length));
    const depth = quoteDepth + (list ? Math.floor(list[1]!.replace(/\t/g, '    ').length / 2) + 1 : 0);
    if (depth > deepest.depth) deepest = { line: i + 1, depth };
  });
  return deepest;
}

/** True for an {expression} that holds only a comment, {/* like this *\/}: MDX's way to leave a note for editors that is never shown. */
function isCommentOnly(expression: string): boolean {
  return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(expression);
}

/**
 * Parses an MDX body into mdast. Sätteri is the parser Astro itself compiles MDX with, so the
 * check accepts exactly what the build can compile; it parses in native code, about 200 times
 * faster than remark, which matters with thousands of versions (each body is parsed by the
 * check, and again for each changes page it appears on). Throws on a syntax error, with the
 * message starting "line:column: ".
 */
export function parseBody(body: string): Root {
  return mdxToMdast(body, { features: { frontmatter: false } }) as unknown as Root;
}

function plainText(node: unknown): string {
  let text = '';
  visit(node as Root, (n) => {
    if (n.type === 'text' || n.type === 'inlineCode') text += (n as { value: string }).value;
  });
  return text;
}

/** Inspects an MDX body that starts on line `firstLine` of its file. */
export function inspectBody(body: string, firstLine: number): BodyReport {
  const report: BodyReport = { tags: [], links: [], images: [], headings: [], code: [], controlCharacters: [] };
  body.split('\n').forEach((text, i) => {
    const found = findControlCharacter(text);
    if (found) report.controlCharacters.push({ line: i + firstLine, code: found.code });
  });
  const nesting = deepestNesting(body);
  if (nesting.depth > NESTING_LIMIT) {
    report.tooDeep = { line: nesting.line + firstLine - 1, depth: nesting.depth };
    return report;
  }
  let tree: Root;
  try {
    tree = parseBody(body);
  } catch (error) {
    if (error instanceof RangeError) {
      report.tooDeep = { line: firstLine, depth: nesting.depth };
      return report;
    }
    // "3:6: Unexpected character after `<`, expected a valid JSX tag (mdx-jsx:unexpected-character)"
    const match = /^(\d+):\d+: (.*?)(?: \([\w-]+:[\w-]+\))?$/.exec((error as Error).message.split('\n')[0] ?? '');
    const line = match ? Number(match[1]) : 1;
    report.syntaxError = { message: match?.[2] ?? 'unreadable MDX', line: line + firstLine - 1 };
    return report;
  }
  const lineOf = (n: { position?: { start: { line: number } } | undefined }) => (n.position?.start.line ?? 1) + firstLine - 1;
  const slugger = new GithubSlugger();
  // The components each node sits inside, nearest first: the tree is visited parents first.
  const withinOf = new Map<unknown, string[]>();
  visit(tree, (node, _index, parent) => {
    const around = withinOf.get(parent) ?? [];
    withinOf.set(node, parent && (parent.type === 'mdxJsxFlowElement' || parent.type === 'mdxJsxTextElement') ? [parent.name ?? '', ...around] : around);
    switch (node.type) {
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const attributes: Record<string, string | true> = {};
        const expressions: string[] = [];
        for (const attr of node.attributes) {
          if (attr.type !== 'mdxJsxAttribute') expressions.push('{...}');
          else if (attr.value === null || attr.value === undefined) attributes[attr.name] = true;
          else if (typeof attr.value === 'string') attributes[attr.name] = attr.value;
          else expressions.push(attr.name);
        }
        report.tags.push({
          name: node.name ?? '',
          attributes,
          expressions,
          line: lineOf(node),
          inline: node.type === 'mdxJsxTextElement',
          within: withinOf.get(node) ?? [],
          hasChildren: node.children.length > 0,
        });
        break;
      }
      case 'mdxjsEsm':
        report.code.push({ kind: /^\s*import\b/.test(node.value) ? 'import' : 'export', line: lineOf(node) });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node.value)) report.code.push({ kind: 'expression in braces', line: lineOf(node) });
        break;
      case 'link':
      case 'definition':
        report.links.push({ url: node.url, line: lineOf(node) });
        break;
      case 'image':
        report.images.push({ url: node.url, alt: node.alt ?? '', line: lineOf(node) });
        break;
      case 'heading': {
        const text = plainText(node);
        report.headings.push({ depth: node.depth, text, line: lineOf(node), id: slugger.slug(text), within: withinOf.get(node) ?? [] });
        break;
      }
    }
  });
  return report;
}
