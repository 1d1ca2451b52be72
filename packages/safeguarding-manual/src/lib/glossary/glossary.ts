// The glossary as a whole: the A to Z of the glossary page, the fingerprint of its entries the
// lock keeps, and its dated change notes. Its names in the text: glossary-names.ts, glossary-markup.ts.
import { createHash } from 'node:crypto';
import { slug } from 'github-slugger';
import { seeAlsoItems, type DocumentItem } from '../site/document-page.ts';
import { upperFirst } from './glossary-names.ts';
import type { Glossary, GlossaryEntry } from '../schemas/glossary.ts';
import type { ManualDocument } from '../content/versions.ts';
import { currentLanguage, type Language } from '../languages.ts';
import { isMutationOf } from '../interface-text/welsh.ts';

/** The anchor of an entry on the glossary page: its term's words joined by hyphens. */
export function glossaryAnchor(term: string): string {
  return slug(term);
}

/** An entry as the glossary page shows it. */
export interface GlossaryPageEntry extends GlossaryEntry {
  /** The term with a capital, and its abbreviations: Initial child protection conference (ICPC). */
  heading: string;
  /** The chapters it links to, each as it stands now (a withdrawn one by its replacement). */
  chapterItems: DocumentItem[];
  /** The other names a reader is told of ("Also called ..."). */
  namesShown: string[];
  /**
   * In Welsh, the other names that are the term, an abbreviation or another name as a mutation
   * changes it (y drafodaeth strategaeth, i gynhadledd): listed so that the text's links find
   * them, and indexed for search, but no other name for the reader.
   */
  forms: string[];
}

/** The other names of an entry, the mutated forms (in Welsh) apart. */
function otherNames(entry: GlossaryEntry, language: Language): Pick<GlossaryPageEntry, 'namesShown' | 'forms'> {
  if (language !== 'cy') return { namesShown: entry.otherNames, forms: [] };
  const namesShown: string[] = [];
  const forms: string[] = [];
  for (const name of entry.otherNames) {
    (isMutationOf(name, [entry.term, ...entry.abbreviations, ...namesShown]) ? forms : namesShown).push(name);
  }
  return { namesShown, forms };
}

/** The glossary page: the entries A to Z under their letters, each letter with its anchor. */
export function glossaryPage(glossary: Pick<Glossary, 'entries'>, chapterById: ReadonlyMap<string, ManualDocument>, language: Language = currentLanguage()) {
  return glossaryLetters(glossary.entries).map(({ letter, entries }) => ({
    letter,
    id: `letter-${letter.toLowerCase()}`,
    entries: entries.map((entry): GlossaryPageEntry => ({
      ...entry,
      heading: `${upperFirst(entry.term)}${entry.abbreviations.length ? ` (${entry.abbreviations.join(', ')})` : ''}`,
      chapterItems: seeAlsoItems({ chapterId: '', seeAlso: entry.chapters }, chapterById),
      ...otherNames(entry, language),
    })),
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
