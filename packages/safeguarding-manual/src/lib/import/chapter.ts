// Finds a chapter's own content in a saved page, and sets aside the platform's furniture:
// header, navigation, cookie bar, sidebar and footer go; the scope box's text stays; related
// chapters become seeAlso; the amendment note goes into the version's summary; the chapter's
// contents box goes (the site makes its own "On this page"); scripts, embedded pages and forms
// go, each reported with its line.
import type { Element, ElementContent, Root } from 'hast';
import { attribute, classAndId, element, findAll, isElement, lineOf, normalizeSpace, parentsOf, replaceNode, text, textOf } from './html.ts';

export interface RelatedLink {
  href: string;
  text: string;
  line: number | undefined;
}

/** Something on the page that cannot be part of a chapter, and was left out. */
export interface LeftOut {
  line: number | undefined;
  message: string;
}

export interface ChapterContent {
  /** The page's own title (its h1), without a number in front, and its line. */
  title: string | undefined;
  titleLine: number | undefined;
  /** The chapter's content, furniture removed. */
  content: Root;
  /** The text of the "Scope of this chapter" box (also kept at the top of the content). */
  scope: string | undefined;
  related: RelatedLink[];
  /** The platform's amendment note, such as "This chapter was updated in March 2026 to ...". */
  amendment: string | undefined;
  leftOut: LeftOut[];
}

const MAIN_SELECTORS: ((e: Element) => boolean)[] = [
  (e) => e.tagName === 'main',
  (e) => attribute(e, 'role') === 'main',
  (e) => /^(content|main-content|maincontent|main|chapter-content|page-content)$/i.test(attribute(e, 'id') ?? ''),
  (e) => e.tagName === 'article',
  (e) => /\b(chapter-content|main-content|page-content|content)\b/i.test(attribute(e, 'className') ?? ''),
];

/** The element that holds the chapter: <main>, role=main, #content and the like, preferring one with the title in it. */
function findMain(tree: Root): Element | Root {
  const body = findAll(tree, (e) => e.tagName === 'body')[0] ?? tree;
  for (const select of MAIN_SELECTORS) {
    const found = findAll(body, select);
    const withTitle = found.find((e) => findAll(e, (h) => h.tagName === 'h1').length > 0);
    if (withTitle ?? found[0]) return withTitle ?? found[0]!;
  }
  return body;
}

const FURNITURE_CLASS =
  /^(breadcrumbs?|skip(-link|-to-content)?|cookie[-\w]*|navbar[-\w]*|nav|main-nav|site-nav|menu|sidebar|share[-\w]*|social-(links|media|share)|hidden-print|no-print|print-(link|button|page)|back-to-top|to-top|top|tocify[-\w]*|toc|chapter-toc|feedback|page-feedback|report-abuse[-\w]*|chapter-dates|jump|search|site-search|site-header|site-footer)$/;

function isFurniture(e: Element): boolean {
  return classAndId(e)
    .split(/\s+/)
    .some((word) => FURNITURE_CLASS.test(word));
}

const LEFT_OUT: Readonly<Record<string, (e: Element) => string>> = {
  script: (e) => `a script (${attribute(e, 'src') ? `from ${attribute(e, 'src')}` : 'written in the page'}) was left out: chapters cannot run scripts`,
  iframe: (e) => `an embedded page${attribute(e, 'src') ? ` (${attribute(e, 'src')})` : ''} was left out: if readers need it, add a link to it`,
  frame: (e) => `a frame${attribute(e, 'src') ? ` (${attribute(e, 'src')})` : ''} was left out: if readers need it, add a link to it`,
  object: (e) => `an embedded object${attribute(e, 'data') ? ` (${attribute(e, 'data')})` : ''} was left out: if readers need it, add a link to it`,
  embed: (e) => `an embedded object${attribute(e, 'src') ? ` (${attribute(e, 'src')})` : ''} was left out: if readers need it, add a link to it`,
  form: (e) =>
    `a form${attribute(e, 'action') ? ` (sending to ${attribute(e, 'action')})` : ''} was left out: chapters cannot hold forms; link to the form's page if readers need it`,
  video: () => 'a video was left out: if readers need it, add a link to it',
  audio: () => 'a sound recording was left out: if readers need it, add a link to it',
};

const SILENT = new Set(['noscript', 'style', 'link', 'meta', 'template', 'nav', 'button', 'input', 'select', 'textarea', 'svg', 'canvas', 'map', 'dialog']);

type LabelKind = 'scope' | 'related' | 'amendment' | 'toc' | 'guidance';

const LABELS: [LabelKind, RegExp][] = [
  ['scope', /^scope(?: of (?:this|the) (?:chapter|procedure|guidance|protocol|policy))?$/i],
  ['related', /^(?:related|relevant|linked) (?:chapters?|procedures?)(?: and guidance)?$|^(?:also see|see also)$/i],
  ['amendment', /^(?:amendments?|amendment history|latest amendments?|this chapter was (?:updated|amended))$/i],
  ['toc', /^(?:contents|in this chapter|on this page|chapter contents|page contents)$/i],
  ['guidance', /^(?:related|relevant) (?:guidance|documents?|resources|legislation|information)$|^further information$/i],
];

function labelKind(e: Element): LabelKind | undefined {
  if (!/^(h[2-6]|p|dt|div|strong|b)$/.test(e.tagName)) return undefined;
  if (e.tagName === 'div' && e.children.some((c) => isElement(c, 'p', 'div', 'ul', 'ol', 'table', 'h2', 'h3', 'h4', 'h5', 'h6'))) return undefined;
  if (findAll(e, (a) => a.tagName === 'a' && attribute(a, 'href') !== undefined).length) return undefined;
  const words = textOf(e).replace(/[:.]$/, '').trim();
  if (!words || words.length > 60) return undefined;
  return LABELS.find(([, pattern]) => pattern.test(words))?.[0];
}

const HEADING = /^h[1-6]$/;

/** Reads the chapter's content out of a saved page. Changes `tree`. */
export function extractChapter(tree: Root): ChapterContent {
  const main = findMain(tree);
  const leftOut: LeftOut[] = [];
  let parents = parentsOf(main);
  const headingInside = (e: Element) => findAll(e, (h) => h.tagName === 'h1').length > 0;
  for (const e of findAll(main, () => true)) {
    if (!parents.has(e)) continue;
    const describe = LEFT_OUT[e.tagName];
    if (describe) {
      leftOut.push({ line: lineOf(e), message: describe(e) });
      replaceNode(parents, e);
    } else if (SILENT.has(e.tagName) || (isFurniture(e) && !headingInside(e)) || (isElement(e, 'header', 'footer', 'aside') && !headingInside(e))) {
      replaceNode(parents, e);
    }
  }
  parents = parentsOf(main);
  const h1s = findAll(main, (e) => e.tagName === 'h1');
  const title = h1s[0]
    ? textOf(h1s[0])
        .replace(/^\d+(\.\d+)*\.?\s+/, '')
        .trim() || undefined
    : undefined;
  for (const h of h1s) replaceNode(parents, h);

  const related: RelatedLink[] = [];
  const amendments: string[] = [];
  const scopes: string[] = [];
  const guidance: ElementContent[] = [];
  for (const label of findAll(main, (e) => labelKind(e) !== undefined)) {
    parents = parentsOf(main);
    const parent = parents.get(label);
    if (!parent) continue;
    // A <strong> label stands for its paragraph when it is all the paragraph says.
    const owner = isElement(label, 'strong', 'b') && parent.type === 'element' && parent.tagName === 'p' && textOf(parent) === textOf(label) ? parent : label;
    const kind = labelKind(label)!;
    const holder = parents.get(owner);
    if (!holder) continue;
    const siblings = holder.children as ElementContent[];
    const extent: ElementContent[] = [];
    for (let i = siblings.indexOf(owner) + 1; i < siblings.length; i++) {
      const next = siblings[i]!;
      if (
        next.type === 'element' &&
        (HEADING.test(next.tagName) ||
          next.tagName === 'hr' ||
          labelKind(next) ||
          findAll(next, (e) => HEADING.test(e.tagName) || labelKind(e) !== undefined).length)
      )
        break;
      extent.push(next);
    }
    const remove = (nodes: ElementContent[]) => {
      for (const node of nodes) replaceNode(parents, node);
    };
    if (kind === 'scope') {
      scopes.push(extent.map((n) => textOf(n)).join(' '));
      remove([owner]);
    } else if (kind === 'related') {
      for (const node of extent) {
        const links = node.type === 'element' ? (isElement(node, 'a') ? [node] : findAll(node, (e) => e.tagName === 'a')) : [];
        for (const a of links) {
          const href = attribute(a, 'href');
          if (href) related.push({ href, text: textOf(a), line: lineOf(a) });
        }
      }
      remove([owner, ...extent]);
    } else if (kind === 'amendment') {
      amendments.push(extent.map((n) => textOf(n)).join(' '));
      remove([owner, ...extent]);
    } else if (kind === 'toc') {
      const inPage = (n: ElementContent) => {
        const links = n.type === 'element' ? findAll(n, (e) => e.tagName === 'a') : [];
        return links.length > 0 && links.every((a) => (attribute(a, 'href') ?? '').startsWith('#'));
      };
      remove([owner, ...extent.filter((n) => isElement(n, 'ul', 'ol', 'p', 'div') && inPage(n))]);
    } else {
      guidance.push(...extent);
      remove([owner, ...extent]);
    }
  }

  parents = parentsOf(main);
  for (const e of findAll(main, (x) => ['p', 'div', 'span'].includes(x.tagName))) {
    if (/^(back to top|return to top|top of page|top|print this (page|chapter))$/i.test(textOf(e))) replaceNode(parents, e);
  }
  const dropJumpTo = (node: Element | Root) => {
    for (const child of node.children) {
      if (child.type === 'text') child.value = child.value.replace(/\(\s*jump to\s*\)/gi, '');
      else if (child.type === 'element') dropJumpTo(child);
    }
  };
  dropJumpTo(main);

  const content: Root = { type: 'root', children: [...main.children] as Root['children'] };
  if (guidance.some((n) => textOf(n))) {
    const levels = findAll(content, (e) => /^h[2-6]$/.test(e.tagName)).map((h) => Number(h.tagName[1]));
    const level = levels.length ? Math.min(...levels) : 2;
    content.children.push(element(`h${level}`, [text('Related guidance')]), ...guidance);
  }
  const scope = normalizeSpace(scopes.join(' ')) || undefined;
  const amendment = normalizeSpace(amendments.join(' ')) || undefined;
  return { title, titleLine: h1s[0] ? lineOf(h1s[0]) : undefined, content, scope, related, amendment, leftOut };
}
