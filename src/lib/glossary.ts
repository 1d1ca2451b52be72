// The glossary in the text: which words of a chapter name a glossary entry, and how the first
// use of each entry is marked up at build time (the term links to its entry; an abbreviation is
// shown in full, "initial child protection conference (ICPC)"), and the A to Z of the glossary page.
import { createHash } from 'node:crypto';
import { slug } from 'github-slugger';
import { seeAlsoItems, type DocumentItem } from './document-page.ts';
import type { Glossary, GlossaryEntry } from './schemas/glossary.ts';
import type { Chapter } from './versions.ts';

/** The anchor of an entry on the glossary page: its term's words joined by hyphens. */
export function glossaryAnchor(term: string): string {
  return slug(term);
}

/**
 * The plural of a phrase, made on its last word: conference gives conferences, enquiry gives
 * enquiries, abuse gives abuses. A phrase ending in a digit (section 47) has none. Entries
 * whose plural is not made this way (child in need) give it in `plural`.
 */
export function pluralOf(phrase: string): string | undefined {
  if (!/\p{L}$/u.test(phrase)) return undefined;
  if (/(?:s|x|z|ch|sh)$/i.test(phrase)) return `${phrase}es`;
  if (/[^aeiou]y$/i.test(phrase)) return `${phrase.slice(0, -1)}ies`;
  return `${phrase}s`;
}

/** The term in the plural: its own `plural`, or one made from the term. */
export function pluralTerm(entry: Pick<GlossaryEntry, 'term' | 'plural'>): string {
  return entry.plural ?? pluralOf(entry.term) ?? entry.term;
}

/** A way the text may name an entry. */
interface Variant {
  entry: GlossaryEntry;
  kind: 'term' | 'abbreviation';
  plural: boolean;
  /** Sticky: it matches at a given position, and only up to a word boundary. */
  pattern: RegExp;
  /** The first character, in lower case: only variants starting with the character at a position are tried there. */
  first: string;
  length: number;
}

/** Every way the text may name each entry, by the lower-case first character, longest first. */
export interface GlossaryMatcher {
  byFirst: ReadonlyMap<string, readonly Variant[]>;
}

// A word character: a letter or a digit. A hyphen or an apostrophe joins words when a letter
// follows it (MASH-led, ICPC's): a name is not matched inside such a compound.
const AFTER_WORD = String.raw`(?![\p{L}\p{N}]|[-'’]\p{L})`;
const WORD_START = /(?<![\p{L}\p{N}]|\p{L}[-'’])[\p{L}\p{N}]/gu;

function patternFor(text: string, caseSensitive: boolean): RegExp {
  const body = [...text]
    .map((c) => (/\s/.test(c) ? String.raw`\s+` : c === "'" || c === '’' ? "['’]" : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
    .replace(/(?:\\s\+)+/g, String.raw`\s+`);
  return new RegExp(`(?:${body})${AFTER_WORD}`, caseSensitive ? 'uy' : 'iuy');
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * How the text may name each entry. Terms, their plurals and other names written in lower case
 * match in any case (a sentence may start with one); those with a capital are names (Prevent,
 * Disclosure and Barring Service) and match as written, so the verb prevent is not the
 * programme. Abbreviations match as written, with a capital first letter at the start of a
 * sentence (S47), and with s for the plural (ICPCs).
 */
export function glossaryMatcher(entries: readonly GlossaryEntry[]): GlossaryMatcher {
  const variants: Variant[] = [];
  const add = (entry: GlossaryEntry, kind: Variant['kind'], plural: boolean, text: string, caseSensitive: boolean) =>
    variants.push({ entry, kind, plural, pattern: patternFor(text, caseSensitive), first: text.charAt(0).toLowerCase(), length: text.length });
  for (const entry of entries) {
    for (const name of [entry.term, ...entry.otherNames]) {
      const isName = /\p{Lu}/u.test(name);
      add(entry, 'term', false, name, isName);
      const plural = name === entry.term ? pluralTerm(entry) : pluralOf(name);
      if (plural && plural !== name) add(entry, 'term', true, plural, isName);
    }
    for (const abbreviation of entry.abbreviations) {
      for (const written of new Set([abbreviation, upperFirst(abbreviation)])) {
        add(entry, 'abbreviation', false, written, true);
        add(entry, 'abbreviation', true, `${written}s`, true);
      }
    }
  }
  const byFirst = new Map<string, Variant[]>();
  for (const variant of variants.sort((a, b) => b.length - a.length)) byFirst.set(variant.first, [...(byFirst.get(variant.first) ?? []), variant]);
  return { byFirst };
}

/** A name found in a text: where, which entry, and how it was written. */
export interface FoundName {
  start: number;
  end: number;
  /** The words as the text has them. */
  text: string;
  entry: GlossaryEntry;
  kind: 'term' | 'abbreviation';
  plural: boolean;
}

/**
 * Every name of an entry in `text`, left to right, without overlaps. Where names overlap, the
 * longest wins, so a term inside a longer term (child protection in child protection plan)
 * counts as the longer one.
 */
export function findNames(text: string, matcher: GlossaryMatcher): FoundName[] {
  const found: FoundName[] = [];
  WORD_START.lastIndex = 0;
  for (let start = WORD_START.exec(text); start; start = WORD_START.exec(text)) {
    const at = start.index;
    for (const variant of matcher.byFirst.get(text.charAt(at).toLowerCase()) ?? []) {
      variant.pattern.lastIndex = at;
      const match = variant.pattern.exec(text);
      if (!match) continue;
      const end = at + match[0].length;
      found.push({ start: at, end, text: match[0], entry: variant.entry, kind: variant.kind, plural: variant.plural });
      WORD_START.lastIndex = end;
      break;
    }
  }
  return found;
}

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
export function planGlossaryMarkup(root: TreeNode, matcher: GlossaryMatcher, hrefOf: (entry: GlossaryEntry) => string): Replacement[] {
  const plan: Replacement[] = [];
  let used = new Set<string>();
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
      if (used.has(name.entry.id)) return;
      const next = found[i + 1];
      // "ICPC (initial child protection conference)" spells it out already: the term is linked instead.
      if (name.kind === 'abbreviation' && next?.entry === name.entry && next.kind === 'term' && /^\s*\(\s*$/.test(value.slice(name.end, next.start))) return;
      used.add(name.entry.id);
      if (name.start > last) nodes.push({ type: 'text', value: value.slice(last, name.start) });
      // A term, or an abbreviation in brackets after the author's own words for it
      // ("multi-agency child exploitation (MACE) meeting"), links as it is.
      if (name.kind === 'term' || (value.charAt(name.start - 1) === '(' && value.charAt(name.end) === ')')) {
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

  const visit = (node: TreeNode): void => {
    if (node.type === 'text') return markText(node);
    if (node.type === 'element') {
      if (SKIPPED.has(node.tagName ?? '')) {
        before += textContent(node);
        return;
      }
      const block = BLOCKS.has(node.tagName ?? '');
      if (block) before = '';
      node.children?.forEach(visit);
      if (block) before = '';
      return;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name !== 'Area') {
        before += 'x';
        return;
      }
      const outside = used;
      used = new Set(outside);
      before = '';
      node.children?.forEach(visit);
      used = outside;
      before = '';
      return;
    }
    node.children?.forEach(visit);
  };
  visit(root);
  return plan;
}

/** An entry as the glossary page shows it. */
export interface GlossaryPageEntry extends GlossaryEntry {
  /** The term with a capital, and its abbreviations: Initial child protection conference (ICPC). */
  heading: string;
  /** The chapters it links to, each as it stands now (a withdrawn one by its replacement). */
  chapterItems: DocumentItem[];
}

/** The glossary page: the entries A to Z under their letters, each letter with its anchor. */
export function glossaryPage(glossary: Pick<Glossary, 'entries'>, chapterById: ReadonlyMap<string, Chapter>) {
  return glossaryLetters(glossary.entries).map(({ letter, entries }) => ({
    letter,
    id: `letter-${letter.toLowerCase()}`,
    entries: entries.map(
      (entry): GlossaryPageEntry => ({
        ...entry,
        heading: `${upperFirst(entry.term)}${entry.abbreviations.length ? ` (${entry.abbreviations.join(', ')})` : ''}`,
        chapterItems: seeAlsoItems({ chapterId: '', seeAlso: entry.chapters }, chapterById),
      }),
    ),
  }));
}

/** The glossary's entries under their initial letters, A to Z, each letter's terms in order. */
export function glossaryLetters(entries: readonly GlossaryEntry[]): { letter: string; entries: GlossaryEntry[] }[] {
  const sorted = [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' }));
  const letters = new Map<string, GlossaryEntry[]>();
  for (const entry of sorted) {
    const initial = entry.term.charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(initial) ? initial : '0-9';
    letters.set(letter, [...(letters.get(letter) ?? []), entry]);
  }
  return [...letters].map(([letter, list]) => ({ letter, entries: list }));
}

/** A fingerprint of the entries, for the lock: the change notes themselves do not change it. */
export function glossaryHash(glossary: Pick<Glossary, 'entries'>): string {
  const entries = glossary.entries.map(({ id: _id, ...entry }) => entry);
  return createHash('sha256').update(JSON.stringify(entries), 'utf8').digest('hex');
}

/** One dated change to the glossary, as the amendments log and the feeds show it. */
export interface GlossaryChange {
  kind: 'Glossary changed';
  date: string;
  summary: string;
  /** Which note it is, counted from the first: with the date, it tells two changes on one day apart. */
  number: number;
}

/** The glossary's change notes up to `today`, newest first: a build for an earlier date leaves later notes out. */
export function collectGlossaryChanges(glossary: Pick<Glossary, 'changes'>, today: string): GlossaryChange[] {
  return glossary.changes
    .map((change, i) => ({ kind: 'Glossary changed' as const, date: change.date, summary: change.summary, number: i + 1 }))
    .filter((change) => change.date <= today)
    .sort((a, b) => b.date.localeCompare(a.date) || b.number - a.number);
}
