// Turns a chapter's HTML into the MDX body of a version file. First it tidies what saved pages
// are full of (Word's list paragraphs and <o:p>, bullets typed as "•" paragraphs, empty
// paragraphs, layout tables, nested tables, merged cells), then rehype-remark and
// remark-stringify write Markdown with GitHub tables, escaped so that MDX reads it as text.
import type { Element, ElementContent, Nodes, Parents, Root, RootContent } from 'hast';
import type { Parents as MdastParent, Root as MdastRoot } from 'mdast';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { attribute, element, findAll, isBlock, isElement, lineOf, normalizeSpace, parentsOf, parseFragment, replaceNode, text, textOf, unwrap } from './html.ts';

/** Something the conversion could not carry over exactly, with the line of the saved page it is on. */
export interface ConversionFinding {
  kind: 'merged-cells' | 'nested-table' | 'left-out';
  line: number | undefined;
  message: string;
}

export interface Converted {
  mdx: string;
  findings: ConversionFinding[];
  /** The heading each id or <a name> on the page points to, as an index into the body's headings. */
  anchors: Map<string, number>;
}

/** Inline elements that carry no meaning in Markdown: their text stays, the tags go. */
const TRANSPARENT = new Set(['font', 'span', 'o:p', 'u', 'small', 'big', 'center', 'ins', 'abbr', 'acronym', 'mark', 'cite', 'dfn', 'time', 'bdi', 'bdo', 'label', 'nobr', 'blink', 'sup', 'sub']);
/** A footnote mark such as <sup>1</sup>, which would otherwise run into the word before it. */
const FOOTNOTE_MARK = /^[\d*†‡]+$/;
/** Characters people type (or Word writes) at the start of a paragraph to make it look like a list item. */
const BULLET = /^[\s\u00a0]*[•·▪◦●‣⁃∙]+[\s\u00a0]*/;
const WORD_LIST = /mso-list:\s*l\d+\s+level(\d)/i;
const ORDERED_MARKER = /^\(?([0-9]{1,3}|[a-z]|[ivxl]{1,5})[.)]$/i;

/** Tidies a chapter's HTML in place, and returns what it could not carry over. */
export function tidyHtml(root: Parents): ConversionFinding[] {
  const findings: ConversionFinding[] = [];
  removeComments(root);
  wordLists(root);
  bulletParagraphs(root);
  let parents = parentsOf(root);
  for (const el of findAll(root, (e) => e.tagName === 'sup' && FOOTNOTE_MARK.test(textOf(e)))) replaceNode(parents, el, [text(` (${textOf(el)})`)]);
  for (const el of findAll(root, (e) => TRANSPARENT.has(e.tagName))) unwrap(parents, el);
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
    parent.children = parent.children.filter((c) => c.type !== 'comment' && c.type !== 'doctype') as typeof parent.children;
    for (const c of parent.children) if (c.type === 'element') walk(c);
  };
  walk(root);
}

/** Empty of words, tables and anchors (an empty <a name> still marks a place links lead to). */
function isEmpty(el: Element): boolean {
  return textOf(el) === '' && findAll(el, (e) => e.tagName === 'table' || attribute(e, 'id') !== undefined || (e.tagName === 'a' && attribute(e, 'name') !== undefined)).length === 0;
}

interface ListItem {
  level: number;
  ordered: boolean;
  paragraph: Element;
}

/** Turns runs of sibling paragraphs that `classify` recognises as list items into real (nested) lists. */
function listRuns(root: Parents, classify: (el: Element) => ListItem | undefined): void {
  const walk = (parent: Parents) => {
    const out: RootContent[] = [];
    let run: ListItem[] = [];
    const end = () => {
      if (run.length) out.push(buildList(run));
      run = [];
    };
    for (const child of parent.children) {
      if (child.type === 'text' && !child.value.trim() && run.length) continue;
      const item = child.type === 'element' ? classify(child) : undefined;
      if (item) run.push(item);
      else {
        end();
        out.push(child);
        if (child.type === 'element') walk(child);
      }
    }
    end();
    parent.children = out as typeof parent.children;
  };
  walk(root);
}

function buildList(items: ListItem[]): Element {
  const top = element(items[0]!.ordered ? 'ol' : 'ul', []);
  const stack: { level: number; list: Element }[] = [{ level: items[0]!.level, list: top }];
  for (const item of items) {
    while (stack.length > 1 && item.level < stack.at(-1)!.level) stack.pop();
    let current = stack.at(-1)!;
    if (item.level > current.level) {
      const nested = element(item.ordered ? 'ol' : 'ul', []);
      const lastItem = current.list.children.at(-1);
      if (isElement(lastItem, 'li')) lastItem.children.push(nested);
      else current.list.children.push(element('li', [nested]));
      current = { level: item.level, list: nested };
      stack.push(current);
    }
    current.list.children.push({ ...element('li', item.paragraph.children), position: item.paragraph.position });
  }
  return top;
}

/** Word's "Web Page" lists: paragraphs with mso-list styles, the marker in a span Word hides from other browsers. */
function wordLists(root: Parents): void {
  listRuns(root, (el) => {
    if (el.tagName !== 'p') return undefined;
    const style = attribute(el, 'style') ?? '';
    const level = WORD_LIST.exec(style);
    const isListClass = /\bMsoList/i.test(attribute(el, 'className') ?? '');
    if (!level && !isListClass) return undefined;
    if (/mso-list:\s*none/i.test(style)) return undefined;
    const parents = parentsOf(el);
    const markers = findAll(el, (e) => /mso-list:\s*Ignore/i.test(attribute(e, 'style') ?? ''));
    let marker = markers.map((m) => textOf(m)).join('');
    for (const m of markers) replaceNode(parents, m);
    if (!markers.length) {
      // The hidden span was dropped on the way: the marker is then the paragraph's first word.
      const first = firstText(el);
      const match = first && /^[\s\u00a0]*(\S+)[\s\u00a0]+/.exec(first.value);
      if (!first || !match || !(BULLET.test(match[1]!) || ORDERED_MARKER.test(match[1]!) || /^[o§-]$/.test(match[1]!))) return undefined;
      marker = match[1]!;
      first.value = first.value.slice(match[0].length);
    }
    return { level: Number(level?.[1] ?? 1), ordered: ORDERED_MARKER.test(marker.trim()), paragraph: el };
  });
}

/**
 * Paragraphs that start with a bullet character ("• Neglect;"), as pasted from documents. A
 * short line ending in ; : or , between two of them lost its bullet on the way, and is one too.
 */
function bulletParagraphs(root: Parents): void {
  const bulleted = (node: Nodes | undefined) => isElement(node, 'p') && BULLET.test(firstText(node)?.value ?? '');
  const lostBullet = new Set<Element>();
  for (const parent of [root, ...findAll(root, () => true)]) {
    const siblings = parent.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
    siblings.forEach((node, i) => {
      const words = isElement(node, 'p') ? textOf(node) : '';
      if (words && words.length <= 80 && /[;:,]$/.test(words) && !bulleted(node) && bulleted(siblings[i - 1]) && bulleted(siblings[i + 1])) lostBullet.add(node as Element);
    });
  }
  listRuns(root, (el) => {
    if (el.tagName !== 'p') return undefined;
    const first = firstText(el);
    if (lostBullet.has(el)) return { level: 1, ordered: false, paragraph: el };
    if (!first || !BULLET.test(first.value)) return undefined;
    first.value = first.value.replace(BULLET, '');
    return { level: 1, ordered: false, paragraph: el };
  });
}

function stripBullet(li: Element): void {
  const first = firstText(li);
  if (first && BULLET.test(first.value)) first.value = first.value.replace(BULLET, '');
}

/** The first text node with something in it, looking through inline elements. */
function firstText(el: Element): { value: string } | undefined {
  for (const child of el.children) {
    if (child.type === 'text') {
      if (child.value.replace(/\u00a0/g, ' ').trim()) return child;
    } else if (child.type === 'element') {
      if (isBlock(child)) return undefined;
      const found = firstText(child);
      if (found) return found;
      if (textOf(child)) return undefined;
    }
  }
  return undefined;
}

/** The rows of a table, without those of tables inside it. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (isElement(child, 'tr')) rows.push(child);
    else if (isElement(child, 'thead', 'tbody', 'tfoot')) rows.push(...child.children.filter((c): c is Element => isElement(c, 'tr')));
  }
  return rows;
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((c): c is Element => isElement(c, 'td', 'th'));
}

const SPAN = (cell: Element, name: 'rowSpan' | 'colSpan') => Number(cell.properties[name] ?? 1) > 1;

function tables(root: Parents, findings: ConversionFinding[]): void {
  // Inner tables first, so that an outer table sees them already flattened.
  for (const table of findAll(root, (e) => e.tagName === 'table').reverse()) {
    const parents = parentsOf(root);
    const rows = rowsOf(table);
    const cells = rows.map(cellsOf);
    let up = parents.get(table);
    let insideCell = false;
    while (up && up.type === 'element') {
      if (isElement(up, 'td', 'th')) insideCell = true;
      up = parents.get(up);
    }
    const width = Math.max(0, ...cells.map((c) => c.length));
    // Markdown tables have no caption: it goes above the table as a paragraph.
    const caption = table.children.find((c): c is Element => isElement(c, 'caption'));
    if (caption && textOf(caption) && !insideCell) {
      const at = parents.get(table);
      if (at) (at.children as ElementContent[]).splice((at.children as ElementContent[]).indexOf(table), 0, element('p', [text(textOf(caption))]));
    }
    if (rows.length === 0 || width === 0) {
      replaceNode(parents, table, textOf(table) ? [element('p', [text(textOf(table))])] : []);
    } else if (insideCell) {
      findings.push({ kind: 'nested-table', line: lineOf(table), message: 'a table inside a table cell: its rows were written into the cell as text ("cell: cell; next row")' });
      const flat = cells.map((row) => row.map((c) => textOf(c)).filter(Boolean).join(': ')).filter(Boolean).join('; ');
      replaceNode(parents, table, [text(` ${flat} `)]);
    } else if (width === 1) {
      // A box drawn with a one-column table: its content is the chapter's, the table is layout.
      replaceNode(parents, table, cells.flatMap((row) => row.flatMap((c) => c.children)));
    } else if (width === 2 && cells.every((row) => row.length === 2 && /^\d+(\.\d+)*\.?$/.test(textOf(row[0]!)))) {
      // Numbered paragraphs laid out as a table: "1.2 | text" rows become paragraphs "1.2 text".
      replaceNode(parents, table, cells.flatMap(([number, body]) => numberedParagraph(textOf(number!), body!)));
    } else {
      if (cells.some((row) => row.some((c) => SPAN(c, 'rowSpan') || SPAN(c, 'colSpan')))) {
        findings.push({ kind: 'merged-cells', line: lineOf(table), message: 'a table with merged cells: Markdown tables cannot merge cells, so each merged cell was written once and the cells it covered were left empty; check the table reads correctly' });
      }
      for (const cell of cells.flat()) cell.children = inlineContent(cell.children);
      // Markdown tables need a header row: without one, the first row is it.
      const first = rows[0]!;
      if (!cells.flat().some((c) => c.tagName === 'th') && !table.children.some((c) => isElement(c, 'thead'))) {
        for (const cell of cellsOf(first)) {
          cell.tagName = 'th';
          cell.children = unwrapStrong(cell.children);
        }
      }
    }
  }
}

function numberedParagraph(number: string, body: Element): ElementContent[] {
  const blocks = body.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const firstBlock = blocks[0];
  if (isElement(firstBlock, 'p')) {
    firstBlock.children.unshift(text(`${number} `));
    return blocks;
  }
  return [element('p', [text(`${number} `), ...blocks.filter((b) => !isBlock(b))]), ...blocks.filter((b) => isBlock(b))];
}

function unwrapStrong(children: ElementContent[]): ElementContent[] {
  return children.flatMap((c) => (isElement(c, 'strong', 'b') ? unwrapStrong(c.children) : [c]));
}

/** A table cell's content on one line: paragraphs joined by a space, list items each after a "•". */
function inlineContent(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  const walk = (nodes: ElementContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') {
        out.push(node);
      } else if (node.tagName === 'br') {
        out.push(text(' '));
      } else if (node.tagName === 'li') {
        out.push(text(' • '));
        walk(node.children);
        out.push(text(' '));
      } else if (isBlock(node) || isElement(node, 'blockquote', 'pre')) {
        out.push(text(' '));
        walk(node.children);
        out.push(text(' '));
      } else {
        out.push(node);
      }
    }
  };
  walk(children);
  return out;
}

const HEADING = /^h([1-6])$/;

/** The body's headings start at ## (the title is the page's only top-level heading) and hold only text. */
function headings(root: Parents): void {
  const parents = parentsOf(root);
  const all = findAll(root, (e) => HEADING.test(e.tagName));
  for (const h of all) {
    for (const el of findAll(h, (e) => ['strong', 'b', 'em', 'i'].includes(e.tagName))) unwrap(parentsOf(h), el);
    if (!textOf(h)) replaceNode(parents, h, findAll(h, (e) => e.tagName === 'a' && attribute(e, 'href') === undefined));
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
  const mdast = toMarkdown.runSync(root) as MdastRoot;
  const tidy = (parent: MdastParent) => {
    parent.children = parent.children.filter((c) => c.type !== 'html') as typeof parent.children;
    for (const c of parent.children) if ('children' in c) tidy(c);
    // A list is tight unless an item holds more than one paragraph: saved pages' lists are lists of lines.
    if (parent.type === 'listItem') parent.spread = parent.children.filter((c) => c.type !== 'list').length > 1;
    if (parent.type === 'list') parent.spread = parent.children.some((item) => item.spread);
  };
  tidy(mdast);
  return toMarkdown.stringify(mdast).replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

/** Tidies a chapter's HTML and writes it as an MDX body. */
export function convertHtml(root: Root): Converted {
  const findings = tidyHtml(root);
  const anchors = anchorsOf(root);
  return { mdx: writeMarkdown(root), findings, anchors };
}

/** Converts a fragment of HTML to an MDX body (what the tests round-trip). */
export function htmlToMdx(html: string): string {
  return convertHtml(parseFragment(html)).mdx;
}
