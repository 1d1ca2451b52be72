// The quick filter on /resources/: which entries a typed name and a chosen kind leave showing.
// Plain TypeScript with no Node modules, as the browser runs it (src/browser/resource-filter.ts).

/** The words of a query, in lower case, without punctuation. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** True when every word of the query starts a word of the text (so "ref form" finds "Multi-agency referral form"). */
export function matchesQuery(text: string, words: readonly string[]): boolean {
  const own = queryWords(text);
  return words.every((word) => own.some((w) => w.startsWith(word)));
}
