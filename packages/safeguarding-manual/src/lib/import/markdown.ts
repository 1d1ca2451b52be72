// Turns a chapter's HTML into the MDX body of a version file. First it tidies what saved pages
// are full of (Word's list paragraphs and <o:p>, bullets typed as "•" paragraphs, empty
// paragraphs, layout tables, nested tables, merged cells), then rehype-remark and
// remark-stringify write Markdown with GitHub tables, escaped so that MDX reads it as text.
import type { Element, Nodes, Parents, Root } from 'hast';
import type { Parents as MdastParent } from 'mdast';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { bulletParagraphs, stripBullet, wordLists } from './html-lists.ts';
import { tables } from './html-tables.ts';
import { attribute, type ConversionFinding, findAll, isBlock, isElement, normalizeSpace, parentsOf, replaceNode, text, textOf, unwrap } from './html.ts';

export interface Converted {
  mdx: string;
  findings: ConversionFinding[];
  /** The heading each id or <a name> on the page points to, as an index into the body's headings. */
  anchors: Map<string, number>;
}

/** Inline elements that carry no meaning in Markdown: their text stays, the tags go. */
const TRANSPARENT = new Set([
  'font',
  'span',
  'o:p',
  'u',
  'small',
  'big',
  'center',
  'ins',
  'abbr',
  'acronym',
  'mark',
  'cite',
  'dfn',
  'time',
  'bdi',
  'bdo',
  'label',
  'nobr',
  'blink',
  'sup',
  'sub',
]);
/** Inline elements of one kind of emphasis, by kind. */
const SAME_KIND = new Map([
  ['b', 'strong'],
  ['strong', 'strong'],
  ['i', 'em'],
  ['em', 'em'],
  ['s', 'delete'],
  ['del', 'delete'],
  ['strike', 'delete'],
]);
/** A footnote mark such as <sup>1</sup>, which would otherwise run into the word before it. */
const FOOTNOTE_MARK = /^[\d*†‡]+$/;

/** Tidies a chapter's HTML in place, and returns what it could not carry over. */
export function tidyHtml(root: Parents): ConversionFinding[] {
  const findings: ConversionFinding[] = [];
  removeComments(root);
  wordLists(root);
  bulletParagraphs(root);
  let parents = parentsOf(root);
  for (const el of findAll(root, (e) => e.tagName === 'sup' && FOOTNOTE_MARK.test(textOf(e)))) replaceNode(parents, el, [text(` (${textOf(el)})`)]);
  for (const el of findAll(root, (e) => TRANSPARENT.has(e.tagName))) unwrap(parents, el);
  // Emphasis inside emphasis of the same kind says nothing more, and Markdown cannot nest it: unwrapped, so <i><b><i>... stays two deep.
  for (const el of findAll(root, (e) => SAME_KIND.has(e.tagName))) {
    const kind = SAME_KIND.get(el.tagName);
    let up = parents.get(el);
    while (up?.type === 'element' && SAME_KIND.get(up.tagName) !== kind) up = parents.get(up);
    if (up?.type === 'element') unwrap(parents, el);
  }
  for (const el of findAll(root, (e) => e.tagName === 'li')) stripBullet(el);
  for (const el of findAll(root, (e) => e.tagName === 'img')) {
    // Pictures the import could not place (the import replaces the others by links first).
    const alt = normalizeSpace(attribute(el, 'alt') ?? '');
    replaceNode(parents, el, alt ? [text(`Image: ${alt}`)] : []);
  }
  for (const el of findAll(root, (e) => e.tagName === 'hr')) replaceNode(parents, el);
  tables(root, findings);
  parents = parentsOf(root);
  for (const el of findAll(root, (e) => ['p', 'div', 'span', 'section', 'blockquote', 'li', 'ul', 'ol'].includes(e.tagName)).reverse()) {
    if (isEmpty(el)) replaceNode(parents, el);
  }
  headings(root);
  spaces(root);
  return findings;
}

function removeComments(root: Parents): void {
  const walk = (parent: Parents) => {
    parent.children = parent.children.filter((c) => c.type !== 'comment' && c.type !== 'doctype');
    for (const c of parent.children) if (c.type === 'element') walk(c);
  };
  walk(root);
}

/** Empty of words, tables and anchors (an empty <a name> still marks a place links lead to). */
function isEmpty(el: Element): boolean {
  return (
    textOf(el) === '' &&
    findAll(el, (e) => e.tagName === 'table' || attribute(e, 'id') !== undefined || (e.tagName === 'a' && attribute(e, 'name') !== undefined)).length === 0
  );
}

const HEADING = /^h([1-6])$/;

/** The body's headings start at ## (the title is the page's only top-level heading) and hold only text. */
function headings(root: Parents): void {
  const parents = parentsOf(root);
  const all = findAll(root, (e) => HEADING.test(e.tagName));
  for (const h of all) {
    for (const el of findAll(h, (e) => ['strong', 'b', 'em', 'i'].includes(e.tagName))) unwrap(parentsOf(h), el);
    if (!textOf(h))
      replaceNode(
        parents,
        h,
        findAll(h, (e) => e.tagName === 'a' && attribute(e, 'href') === undefined),
      );
  }
  const kept = findAll(root, (e) => HEADING.test(e.tagName));
  const top = Math.min(...kept.map((h) => Number(HEADING.exec(h.tagName)![1])));
  for (const h of kept) h.tagName = `h${Math.min(6, Number(HEADING.exec(h.tagName)![1]) - top + 2)}`;
}

function spaces(root: Parents): void {
  const walk = (node: Nodes) => {
    if (node.type === 'text') node.value = node.value.replace(/[\u00a0\u2000-\u200a\u202f]/g, ' ').replace(/[\u200b\ufeff]/g, '');
    else if (node.type === 'element' || node.type === 'root') {
      if (isElement(node, 'pre', 'code')) return;
      node.children.forEach(walk);
    }
  };
  walk(root);
}

/**
 * Where each id on the page points, as the index of a body heading: an id on a heading (or
 * inside one) is that heading; an empty <a name> or a wrapper such as <section id> is the next
 * heading; an id on text belongs to the heading above it. The anchors are then removed.
 */
export function anchorsOf(root: Parents): Map<string, number> {
  const anchors = new Map<string, number>();
  let index = -1;
  let pending: string[] = [];
  const idsOf = (el: Element) => [attribute(el, 'id'), el.tagName === 'a' ? attribute(el, 'name') : undefined].filter((v): v is string => !!v);
  const walk = (node: Nodes, inHeading: number | undefined, inText: boolean) => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (HEADING.test(node.tagName) && inHeading === undefined) {
        index++;
        for (const id of pending) anchors.set(id, index);
        pending = [];
        for (const id of idsOf(node)) anchors.set(id, index);
        node.children.forEach((c) => walk(c, index, true));
        return;
      }
      const ids = idsOf(node);
      const words = textOf(node) !== '';
      if (inHeading !== undefined) ids.forEach((id) => anchors.set(id, inHeading));
      else if (ids.length && ((!words && !inText) || findAll(node, (e) => HEADING.test(e.tagName)).length)) pending.push(...ids);
      else if (ids.length && index >= 0) ids.forEach((id) => anchors.set(id, index));
      node.children.forEach((c) => walk(c, inHeading, inText || (isBlock(node) && words)));
      return;
    }
    node.children.forEach((c) => walk(c, inHeading, inText));
  };
  walk(root, undefined, false);
  // Anchors with no link: <a name="x"></a> would otherwise become an empty Markdown link.
  const parents = parentsOf(root);
  for (const a of findAll(root, (e) => e.tagName === 'a' && attribute(e, 'href') === undefined)) unwrap(parents, a);
  return anchors;
}

const toMarkdown = unified()
  .use(rehypeRemark)
  .use(remarkGfm)
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '*',
    strong: '*',
    fences: true,
    listItemIndent: 'one',
    rule: '-',
    // MDX has no autolinks (<https://...> would be read as a tag): always [text](address).
    resourceLink: true,
    // MDX reads < as the start of a tag and { } as code: outside code, they are escaped.
    unsafe: [{ character: '<' }, { character: '{' }, { character: '}' }],
  });

/** Writes tidied HTML as Markdown. Raw HTML (which MDX would read as tags) is never written. */
export function writeMarkdown(root: Root): string {
  const mdast = toMarkdown.runSync(root);
  const tidy = (parent: MdastParent) => {
    parent.children = parent.children.filter((c) => c.type !== 'html');
    for (const c of parent.children) if ('children' in c) tidy(c);
    // A list is tight unless an item holds more than one paragraph: saved pages' lists are lists of lines.
    if (parent.type === 'listItem') parent.spread = parent.children.filter((c) => c.type !== 'list').length > 1;
    if (parent.type === 'list') parent.spread = parent.children.some((item) => item.spread);
  };
  tidy(mdast);
  return (
    toMarkdown
      .stringify(mdast)
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

/** Tidies a chapter's HTML and writes it as an MDX body. */
export function convertHtml(root: Root): Converted {
  const findings = tidyHtml(root);
  const anchors = anchorsOf(root);
  return { mdx: writeMarkdown(root), findings, anchors };
}
