// "Did you mean ...": when no page has every word of a query, the search page offers the
// glossary's terms, abbreviations and other names that are close to what was typed, with a letter
// or two wrong ("straegy meeting", "LADDO"). The build writes the names as JSON
// (searchNames), which the search page fetches only when it needs them.
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { isCommonWord, queryWords } from './search-words.ts';

/** A name the glossary gives something, and the term it is a name for. */
export interface SearchName {
  name: string;
  term: string;
}

/** Every name in the glossary: each entry's term, abbreviations and other names. */
export function searchNames(entries: readonly Pick<GlossaryEntry, 'term' | 'abbreviations' | 'otherNames'>[]): SearchName[] {
  return entries.flatMap((entry) => [entry.term, ...entry.abbreviations, ...entry.otherNames].map((name) => ({ name, term: entry.term })));
}

/** The most suggestions offered. */
const MAX_SUGGESTIONS = 3;

/**
 * How many letters must change to turn `a` into `b` (added, removed, replaced or two swapped),
 * or `limit + 1` once it is more than `limit`. Written out rather than taken from a library: it
 * is a dozen lines, and the search page downloads everything it imports.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
    }
    if (Math.min(...current) > limit) return limit + 1;
    [before, previous] = [previous, current];
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/** How many letters may be wrong in a word of this length: none up to three letters, one up to six, then two. */
function allowance(word: string): number {
  return word.length <= 3 ? 0 : word.length <= 6 ? 1 : 2;
}

/** The letters of a word as compared: lower case, without a possessive 's or a plural s. */
function plain(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/(?<=[^s])s$/, '');
}

/**
 * The glossary's names to offer for `query`: those whose every word is close to one typed (a
 * letter wrong, or two in a longer word), and which were not typed exactly as they are;
 * the closest first, then the longer, at most MAX_SUGGESTIONS, one per term.
 */
export function suggestions(query: string, names: readonly SearchName[]): SearchName[] {
  const typed = queryWords(query)
    .filter((word) => !isCommonWord(word))
    .map(plain);
  if (typed.length === 0) return [];
  const scored: { name: SearchName; distance: number; words: number }[] = [];
  for (const name of names) {
    const words = queryWords(name.name)
      .filter((word) => !isCommonWord(word))
      .map(plain);
    if (words.length === 0) continue;
    let distance = 0;
    for (const word of words) {
      const best = Math.min(...typed.map((t) => editDistance(t, word, allowance(word))));
      distance += best;
      if (best > allowance(word)) {
        distance = Infinity;
        break;
      }
    }
    // A name typed as it is has been searched for already.
    if (distance === 0) continue;
    if (Number.isFinite(distance)) scored.push({ name, distance, words: words.length });
  }
  scored.sort((a, b) => a.distance - b.distance || b.words - a.words);
  const offered: SearchName[] = [];
  for (const { name } of scored) {
    if (offered.length === MAX_SUGGESTIONS) break;
    if (!offered.some((o) => o.term === name.term)) offered.push(name);
  }
  return offered;
}
