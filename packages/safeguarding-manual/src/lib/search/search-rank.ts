// How the search page ranks the pages for a query of several words, without the page. Pagefind
// finds the pages that have every word; practitioners' questions often have a word no page about
// their topic uses. So each word is searched on its own and a page's scores for the words it has
// add up, counting more when it has two of them next to each other as typed, and in proportion to
// the share of the words it has: a page about the topic comes first whether or not it has every
// word, and a page with all of them still beats one with some. Searching each word fetches the
// same parts of the index as searching them together, and nothing more.
import type { RelaxedQuery } from './search-query.ts';
import { isCommonWord, otherNumber, queryWords, searchTerm, sharedBeginning } from './search-words.ts';

/** The most words a query is ranked by; words typed after them are left out. */
const MAX_RANKED_WORDS = 7;

/** How much more a page counts that has two of the words next to each other as typed (a phrase, phrasesOf). */
const PHRASE_WEIGHT = 1.5;

/** The most common words (search-words.ts) between two words of a phrase: "team around the family" is one. */
const MAX_PHRASE_GAP = 2;

/** One page found, with Pagefind's score for the query searched. */
export interface ScoredResult {
  id: string;
  score: number;
}

/** The words a query of several words is ranked by: its meaningful words (searchTerm), each once, at most MAX_RANKED_WORDS. */
export function rankedWords(query: string): string[] {
  const term = searchTerm(query);
  if (term.includes('"')) return [term];
  return [...new Set(queryWords(term).map((word) => word.toLowerCase()))].slice(0, MAX_RANKED_WORDS);
}

/**
 * The pairs of meaningful words next to each other as typed, with at most two common words
 * between them ("risk of harm", "team around the family"), as phrases in quotes: a page that has them together is more
 * likely about what was asked than one that has them apart. A phrase is searched in quotes,
 * where Pagefind does not match a word by its beginning, so each phrase with child comes with
 * children too (otherNumber), and the other way round.
 */
export function phrasesOf(query: string): string[] {
  if (query.includes('"')) return [];
  const words = queryWords(query);
  const at = words.flatMap((word, i) => (isCommonWord(word) ? [] : [i]));
  const phrases: string[] = [];
  for (let k = 0; k + 1 < at.length; k++) {
    const [from, to] = [at[k]!, at[k + 1]!];
    if (to - from > MAX_PHRASE_GAP + 1) continue;
    const phrase = words.slice(from, to + 1);
    phrases.push(`"${phrase.join(' ')}"`);
    phrase.forEach((word, i) => {
      const other = otherNumber(word);
      if (other) phrases.push(`"${phrase.map((w, j) => (j === i ? other : w)).join(' ')}"`);
    });
  }
  return [...new Set(phrases)];
}

/**
 * The pages for one word: the word as typed, and its other forms (sharedBeginning), each page
 * with the better of its two scores, best first.
 */
async function searchWord<R extends ScoredResult>(word: string, search: (term: string) => Promise<R[]>): Promise<R[]> {
  const typed = await search(word);
  const beginning = sharedBeginning(word);
  if (!beginning) return typed;
  const best = new Map(typed.map((result) => [result.id, result]));
  for (const result of await search(beginning)) if ((best.get(result.id)?.score ?? -1) < result.score) best.set(result.id, result);
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** Why a page ranks where it does: its score for each word it has, whether it has two of them as typed, and its rank. */
export interface RankedPage {
  id: string;
  /** Each word the page has, with its score (the better of its forms'). */
  words: Record<string, number>;
  phrase: boolean;
  /** The sum of the words' scores, times the share of the words it has, times PHRASE_WEIGHT for a phrase. */
  rank: number;
}

export interface Ranked<R> {
  /** Every page that has at least one of the words, best first. */
  results: R[];
  /** When no page has every word (and some have some): the words the first result has, and those it has not. */
  relaxed?: RelaxedQuery | undefined;
  /** How each result was ranked, in the same order (npm run search-quality -- --explain). */
  explained: RankedPage[];
}

/**
 * Ranks the pages for `query`. `search` runs one query (a word, or a phrase in quotes) with the
 * filters chosen and gives Pagefind's results. A query of one word, or in quotes, is Pagefind's
 * own answer.
 */
export async function rankByWords<R extends ScoredResult>(query: string, search: (term: string) => Promise<R[]>): Promise<Ranked<R>> {
  const words = rankedWords(query);
  if (words.length < 2) {
    // One word (or a phrase in quotes): Pagefind's own answer, each page's score its rank.
    const [word] = words;
    const results = word ? await searchWord(word, search) : [];
    return { results, explained: results.map(({ id, score }) => ({ id, words: { [word!]: score }, phrase: false, rank: score })) };
  }

  const pages = new Map<string, { result: R; score: number; words: Map<string, number>; phrase: boolean }>();
  for (const word of words) {
    for (const result of await searchWord(word, search)) {
      const page = pages.get(result.id) ?? { result, score: 0, words: new Map<string, number>(), phrase: false };
      page.score += result.score;
      page.words.set(word, result.score);
      pages.set(result.id, page);
    }
  }
  for (const phrase of phrasesOf(query)) {
    for (const result of await search(phrase)) {
      const page = pages.get(result.id);
      if (page) page.phrase = true;
    }
  }
  const ranked = [...pages.values()]
    .map((page) => ({ ...page, rank: page.score * (page.words.size / words.length) * (page.phrase ? PHRASE_WEIGHT : 1) }))
    .sort((a, b) => b.rank - a.rank);
  const first = ranked[0];
  const results = ranked.map((page) => page.result);
  const explained = ranked.map((page) => ({ id: page.result.id, words: Object.fromEntries(page.words), phrase: page.phrase, rank: page.rank }));
  if (!first || ranked.some((page) => page.words.size === words.length)) return { results, explained };
  return {
    results,
    relaxed: { query: words.filter((word) => first.words.has(word)).join(' '), dropped: words.filter((word) => !first.words.has(word)) },
    explained,
  };
}
