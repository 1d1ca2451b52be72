// The glossary's names in a text: the ways a chapter may name each entry (its term, other names,
// plurals and abbreviations), and where it does.
import type { GlossaryEntry } from '../schemas/glossary.ts';

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
  /** The words as `simplified` gives them, for `mayName`. */
  plain: string;
}

/** Every way the text may name each entry, by the lower-case first character, longest first. */
export interface GlossaryMatcher {
  byFirst: ReadonlyMap<string, readonly Variant[]>;
  variants: readonly Variant[];
}

/** Text in lower case, with one space for each run of spaces and one apostrophe for both. */
const simplified = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");

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

/** The text with a capital first letter. */
export const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

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
    variants.push({
      entry,
      kind,
      plural,
      pattern: patternFor(text, caseSensitive),
      first: text.charAt(0).toLowerCase(),
      length: text.length,
      plain: simplified(text),
    });
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
  return { byFirst, variants };
}

/**
 * Whether `text()` may hold a name that `findNames` would find, of the kind `wanted` asks for: a
 * quick test that never says no when `findNames`, run on any part of the text, would find one
 * (it looks for the words anywhere, in any case), so that a block without such a name can be
 * passed over whole.
 */
export function mayName(text: () => string, matcher: GlossaryMatcher, wanted: (entry: GlossaryEntry, kind: 'term' | 'abbreviation') => boolean): boolean {
  const live = matcher.variants.filter((variant) => wanted(variant.entry, variant.kind));
  if (live.length === 0) return false;
  const plain = simplified(text());
  return live.some((variant) => plain.includes(variant.plain));
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
