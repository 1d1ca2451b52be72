// What the search page says about a query, without the page: the summary line, and keeping the
// address in step. The words searched for are in search-words.ts, how results are ranked in
// search-rank.ts, Pagefind's answers are read in search-results.ts; src/browser/search-page.ts
// draws them.

/** What the summary says when no page has every word. */
export interface RelaxedQuery {
  /** The words the first result has, in the order typed. */
  query: string;
  /** The words it lacks (the common words aside), in the order typed. */
  dropped: string[];
}

/** The notice shown above results found for some of the words only. */
const RELAXED_NOTICE = 'No chapter has all of these words. Showing chapters with most of them.';

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
