// What the search page does with a query, without the page: the words Pagefind is given,
// relaxing a query that finds nothing, the summary line, and keeping the address in step.
// Pagefind's answers are read in search-results.ts; src/browser/search-page.ts draws both.

/**
 * Words that say nothing about what a chapter is about: the query Pagefind is given leaves them
 * out (searchTerm), so that "what to do if my mum drinks" finds the pages with "mum" and
 * "drinks", whether or not they also say "my". Only words of grammar: "child", "abuse" or
 * "worried" are on many pages but are what practitioners mean.
 */
const COMMON_WORDS = new Set(
  (
    'a about after all also am an and any are as at be been before being between but by can could did do does doing done ' +
    'for from get gets getting got had has have having he her here hers herself him himself his how i if in into ' +
    'is it its itself just me more most much my myself no not now of off on once only or other our ours out over ' +
    'own really she should so some still such than that the their theirs them themselves then there these they ' +
    'this those to too up us very was we were what when where which while who whom why will with would you your ' +
    'yours yourself'
  ).split(' '),
);

/** Whether a word is one of the common words search leaves out. */
export function isCommonWord(word: string): boolean {
  return COMMON_WORDS.has(word.toLowerCase().replace(/['’]s$/, ''));
}

/** The words of a query as typed, without quotes or punctuation around them. */
export function queryWords(query: string): string[] {
  return query
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0);
}

/**
 * The query Pagefind is given for what was typed: without the common words, unless that
 * leaves nothing, or the query has quotes (Pagefind then looks for the words as a phrase).
 */
export function searchTerm(query: string): string {
  const trimmed = query.trim();
  if (trimmed.includes('"')) return trimmed;
  const meaningful = queryWords(trimmed).filter((word) => !isCommonWord(word));
  return meaningful.length > 0 ? meaningful.join(' ') : trimmed;
}

export interface RelaxedQuery {
  /** The query searched instead: the words kept, in the order typed. */
  query: string;
  /** The words left out besides the common words, in the order typed. */
  dropped: string[];
}

/** What a search found, as far as relaxing a query needs to know. */
export interface SearchOutcome {
  /** How many pages have every word. */
  count: number;
  /** Pagefind's score of the best of them (0 when none). */
  topScore: number;
}

/** The most words a relaxed search weighs against each other; words typed after them are left out. */
export const MAX_RELAXED_WORDS = 7;

/** Every choice of some of `items` (at least one), each in the order of `items`, the largest first. */
function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item]), [item]], []).sort((a, b) => b.length - a.length);
}

/**
 * How much a word says about what is wanted: the fewer of the `totalPages` pages have it, the
 * more (the inverse document frequency Pagefind ranks with).
 */
function telling(pagesWithWord: number, totalPages: number): number {
  return Math.log(1 + Math.max(0, totalPages - pagesWithWord + 0.5) / (pagesWithWord + 0.5));
}

/**
 * When no page has every word of `query`, the query to search instead, leaving out the least
 * useful words: the common words (searchTerm leaves them out already), then, of the choices of
 * the other words that some page has together, the one whose best page matches best for the
 * share of the query it keeps: Pagefind's score of that page (which counts a word in a title,
 * keywords or heading far above one in the text) times the share of the query's telling words
 * kept (rare words tell more than words on most pages). So a rare word that happens to be on
 * some page does not keep out the words a chapter is about, and a pair of everyday words does
 * not win over the word that says what is wanted. A single word is searched alone only when
 * no two words meet on a page. `search` runs a query with the filters chosen; the index holds
 * `totalPages` pages. Undefined when nothing can be left out: a single word, or no word any
 * page has.
 */
export async function relaxQuery(query: string, totalPages: number, search: (query: string) => Promise<SearchOutcome>): Promise<RelaxedQuery | undefined> {
  const words = queryWords(query);
  const meaningful = words.filter((word) => !isCommonWord(word));
  const candidates = [...new Set(meaningful.length > 0 ? meaningful : words)];
  if (candidates.length < 2) return undefined;

  const pages = new Map<string, number>();
  for (const word of candidates) pages.set(word, (await search(word)).count);
  // A word no page has cannot be searched for, nor stop the others meeting on a page.
  const found = candidates.filter((word) => pages.get(word)! > 0).slice(0, MAX_RELAXED_WORDS);
  const weight = (kept: readonly string[]) => kept.reduce((sum, word) => sum + telling(pages.get(word)!, totalPages), 0);
  const whole = weight(found) || 1;
  let best: { kept: string[]; value: number } | undefined;
  for (const kept of subsets(found)) {
    // All the words that some page has is the query that found nothing.
    if (kept.length === found.length && found.length === candidates.length) continue;
    // One word alone only when no two meet on a page.
    if (kept.length === 1 && best && best.kept.length > 1) break;
    const outcome = await search(kept.join(' '));
    const value = outcome.topScore * (weight(kept) / whole);
    if (outcome.count > 0 && (!best || value > best.value)) best = { kept, value };
  }
  return best && { query: best.kept.join(' '), dropped: candidates.filter((word) => !best.kept.includes(word)) };
}

/** The notice shown above results found for some of the words only. */
export const RELAXED_NOTICE = 'No chapter has all of these words. Showing chapters with most of them.';

/** The status line: how many results, for what, and which words were left out. */
export function summaryText(found: number, term: string, relaxed?: RelaxedQuery): string {
  const what = term ? ` for ${relaxed ? relaxed.query : term}` : ' with the filters chosen';
  const count = found === 0 ? 'No results' : `${found} ${found === 1 ? 'result' : 'results'}`;
  if (!relaxed) return `${count}${what}`;
  return `${RELAXED_NOTICE} ${count}${what}, without ${listWords(relaxed.dropped)}.`;
}

function listWords(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * The address of the search page for `term`, with the other parameters and the fragment
 * kept, or undefined when it is the address already shown.
 */
export function addressFor(location: { pathname: string; search: string; hash: string }, term: string): string | undefined {
  const params = new URLSearchParams(location.search);
  if (term) params.set('q', term);
  else params.delete('q');
  const query = params.toString();
  const address = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
  return address === `${location.pathname}${location.search}${location.hash}` ? undefined : address;
}

/** The query in an address (`?q=...`), or an empty string. */
export function termFromAddress(search: string): string {
  return new URLSearchParams(search).get('q') ?? '';
}
