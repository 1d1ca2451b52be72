// How the first use of each glossary entry in a chapter is marked up at build time: the term
// links to its entry; an abbreviation is shown in full, "initial child protection conference (ICPC)".
import { findNames, mayName, pluralTerm, upperFirst, type GlossaryMatcher } from './glossary-names.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';

/** A node of the HTML tree a chapter compiles to (hast, with MDX's components), as far as the markup reads it. */
export interface TreeNode {
  type: string;
  tagName?: string | undefined;
  /** A component's name, such as Area. */
  name?: string | null | undefined;
  value?: string | undefined;
  children?: readonly TreeNode[] | undefined;
}

export type NewNode =
  | { type: 'text'; value: string }
  | { type: 'element'; tagName: 'a'; properties: { href: string; className: string[] }; children: [{ type: 'text'; value: string }] };

/** A text node to replace, and what replaces it. */
export interface Replacement {
  node: TreeNode;
  nodes: NewNode[];
}

// Words in these are never marked: headings name sections, links already lead somewhere, code is code.
const SKIPPED = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'a', 'code', 'pre', 'kbd', 'samp', 'abbr', 'dfn', 'script', 'style', 'svg', 'button']);
// A sentence may start at the start of each of these.
const BLOCKS = new Set(['p', 'li', 'td', 'dt', 'dd', 'blockquote', 'div', 'section', 'figcaption', 'caption', 'summary']);
// These hold blocks, and between them only white space.
const CONTAINERS = new Set(['ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'details']);

function textContent(node: TreeNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textContent).join('');
}

/** True when a word after `before` (the text of its paragraph so far) starts a sentence. */
export function startsSentence(before: string): boolean {
  return before.trim() === '' || /[.!?][)"”’]?\s+$/.test(before);
}

/**
 * What to change in a chapter's tree so that the first use of each entry is marked: the first
 * name of an entry links to its entry (`hrefOf`), and when that name is an abbreviation it is
 * shown in full first, "initial child protection conference (ICPC)". Headings, links and code
 * are left alone, and so are components other than <Area>. An <Area> block is read as if the
 * chapter went straight on from the text before it: a reader may see only their own area's
 * block, so each block explains its own first uses, and the text after the blocks explains
 * what it would have explained without them.
 */
export function planGlossaryMarkup(
  root: TreeNode,
  matcher: GlossaryMatcher,
  hrefOf: (entry: GlossaryEntry) => string,
  textOf: (node: TreeNode) => string = textContent,
): Replacement[] {
  const plan: Replacement[] = [];
  let used = new Set<string>();
  // Entries whose abbreviation the reader has been told the words of: an entry first met by its
  // term ("child death review meeting") still has its abbreviation written out where it first
  // appears on its own ("before the CDRM").
  let spelt = new Set<string>();
  let before = '';
  const link = (entry: GlossaryEntry, text: string): NewNode => ({
    type: 'element',
    tagName: 'a',
    properties: { href: hrefOf(entry), className: ['glossary-term'] },
    children: [{ type: 'text', value: text }],
  });

  const markText = (node: TreeNode) => {
    const value = node.value ?? '';
    const found = findNames(value, matcher);
    const nodes: NewNode[] = [];
    let last = 0;
    found.forEach((name, i) => {
      const inBrackets = value.charAt(name.start - 1) === '(' && value.charAt(name.end) === ')';
      if (used.has(name.entry.id)) {
        if (name.kind !== 'abbreviation' || spelt.has(name.entry.id)) return;
        spelt.add(name.entry.id);
        // After the author's own words, "meeting (CDRM)", it needs nothing more.
        if (inBrackets) return;
        if (name.start > last) nodes.push({ type: 'text', value: value.slice(last, name.start) });
        const words = name.plural ? pluralTerm(name.entry) : name.entry.term;
        nodes.push({ type: 'text', value: `${startsSentence(before + value.slice(0, name.start)) ? upperFirst(words) : words} (${name.text})` });
        last = name.end;
        return;
      }
      const next = found[i + 1];
      // "ICPC (initial child protection conference)" spells it out already: the term is linked instead.
      if (name.kind === 'abbreviation' && next?.entry === name.entry && next.kind === 'term' && /^\s*\(\s*$/.test(value.slice(name.end, next.start))) {
        spelt.add(name.entry.id);
        return;
      }
      used.add(name.entry.id);
      if (name.kind === 'abbreviation') spelt.add(name.entry.id);
      if (name.start > last) nodes.push({ type: 'text', value: value.slice(last, name.start) });
      // A term, or an abbreviation in brackets after the author's own words for it
      // ("multi-agency child exploitation (MACE) meeting"), links as it is.
      if (name.kind === 'term' || inBrackets) {
        nodes.push(link(name.entry, name.text));
      } else {
        const full = name.plural ? pluralTerm(name.entry) : name.entry.term;
        nodes.push(link(name.entry, startsSentence(before + value.slice(0, name.start)) ? upperFirst(full) : full));
        nodes.push({ type: 'text', value: ` (${name.text})` });
      }
      last = name.end;
    });
    if (nodes.length) {
      if (last < value.length) nodes.push({ type: 'text', value: value.slice(last) });
      plan.push({ node, nodes });
    }
    before += value;
  };

  // A block, a list or a table, or an <Area> block, without a name that is yet to be marked
  // (or an abbreviation yet to be written out) changes nothing, and is passed over whole: the
  // compiler reads its text without building its tree for this code, which is most of the cost.
  const wanted = (entry: GlossaryEntry, kind: 'term' | 'abbreviation') => !used.has(entry.id) || (kind === 'abbreviation' && !spelt.has(entry.id));
  const quiet = (node: TreeNode) => !mayName(() => textOf(node), matcher, wanted);
  // Once every entry is marked and every abbreviation written out, nothing is left to do.
  const visitChildren = (node: TreeNode) => {
    const children = node.children ?? [];
    for (let i = 0; i < children.length && matcher.variants.some((v) => wanted(v.entry, v.kind)); i++) visit(children[i]!);
  };

  const visit = (node: TreeNode): void => {
    if (node.type === 'text') return markText(node);
    if (node.type === 'element') {
      if (SKIPPED.has(node.tagName ?? '')) {
        before += textOf(node);
        return;
      }
      const block = BLOCKS.has(node.tagName ?? '');
      // What visiting it would have left: a block ends a sentence's run of text, and a list or
      // a table ends with one of its blocks.
      if ((block || CONTAINERS.has(node.tagName ?? '')) && quiet(node)) {
        before = '';
        return;
      }
      if (block) before = '';
      visitChildren(node);
      if (block) before = '';
      return;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name !== 'Area') {
        before += 'x';
        return;
      }
      if (quiet(node)) {
        before = '';
        return;
      }
      const outside = used;
      const outsideSpelt = spelt;
      used = new Set(outside);
      spelt = new Set(outsideSpelt);
      before = '';
      visitChildren(node);
      used = outside;
      spelt = outsideSpelt;
      before = '';
      return;
    }
    visitChildren(node);
  };
  visit(root);
  return plan;
}
