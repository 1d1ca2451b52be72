// Lists that saved pages hold as something else: Word's list paragraphs (mso-list styles) and
// paragraphs that start with a typed bullet, turned into real, nested lists.
import type { Element, Nodes, Parents, RootContent } from 'hast';
import { attribute, element, findAll, isBlock, isElement, parentsOf, replaceNode, textOf } from './html.ts';

/** Characters people type (or Word writes) at the start of a paragraph to make it look like a list item. */
const BULLET = /^[\s\u00a0]*[•·▪◦●‣⁃∙]+[\s\u00a0]*/;
const WORD_LIST = /mso-list:\s*l\d+\s+level(\d)/i;
const ORDERED_MARKER = /^\(?([0-9]{1,3}|[a-z]|[ivxl]{1,5})[.)]$/i;

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
    parent.children = out;
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
export function wordLists(root: Parents): void {
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
export function bulletParagraphs(root: Parents): void {
  const bulleted = (node: Nodes | undefined) => isElement(node, 'p') && BULLET.test(firstText(node)?.value ?? '');
  const lostBullet = new Set<Element>();
  for (const parent of [root, ...findAll(root, () => true)]) {
    const siblings = parent.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
    siblings.forEach((node, i) => {
      const words = isElement(node, 'p') ? textOf(node) : '';
      if (words && words.length <= 80 && /[;:,]$/.test(words) && !bulleted(node) && bulleted(siblings[i - 1]) && bulleted(siblings[i + 1]))
        lostBullet.add(node as Element);
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

export function stripBullet(li: Element): void {
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
