// Pagefind's answers on the search page, without the page: its browser API as the page uses
// it, the options of the filters, and a result turned into what is shown (text, never HTML).
import { matchingQuery } from './search-words.ts';

/** The parts of Pagefind's browser API the search page uses (pagefind.js in the built site). */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Filters }): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
}

/** Pagefind's API with every query given in its matching form (matchingQuery), so that a word's other forms meet. */
export function withMatchingForms(pagefind: PagefindApi): PagefindApi {
  return {
    options: (options) => pagefind.options(options),
    filters: () => pagefind.filters(),
    search: (term, options) => pagefind.search(term === null ? null : matchingQuery(term), options),
  };
}

/** How many pages each value of each filter would keep: `{ Kind: { Procedure: 60 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The filters chosen: within a filter the values add up (`any`). */
export type Filters = Record<string, { any: string[] }>;

export interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}

export interface PagefindResult {
  id: string;
  /** How well the page matches the query: results come best first. */
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  anchor?: { id: string } | undefined;
  excerpt?: string | undefined;
  weighted_locations?: { balanced_score: number }[] | undefined;
}

export interface PagefindResultData {
  url: string;
  excerpt?: string | undefined;
  meta?: Record<string, string | undefined> | undefined;
  sub_results?: PagefindSubResult[] | undefined;
}

/**
 * The filter counts for the pages that have any of `words`, from the counts for the pages that
 * have every word of each choice of them (`countsOf`, one Pagefind search each): the counts of
 * each word added up, those of each two taken away, each three added back, and so on. A word no
 * page has is left out first, as Pagefind leaves it out of a search with other words.
 */
export async function unionFilterCounts(words: readonly string[], countsOf: (query: string) => Promise<FilterCounts>): Promise<FilterCounts> {
  const single = await Promise.all(words.map(countsOf));
  const found = words.filter((_, i) => Object.values(single[i]!).some((values) => Object.values(values).some((n) => n > 0)));
  const total: FilterCounts = {};
  for (let mask = 1; mask < 1 << found.length; mask++) {
    const chosen = found.filter((_, i) => mask & (1 << i));
    const counts = chosen.length === 1 ? single[words.indexOf(chosen[0]!)]! : await countsOf(chosen.join(' '));
    const sign = chosen.length % 2 === 1 ? 1 : -1;
    for (const [name, values] of Object.entries(counts)) {
      const into = (total[name] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + sign * n;
    }
  }
  return total;
}

/** The filters without one of them: what the options of that filter are counted against. */
export function withoutFilter(filters: Filters, name: string): Filters {
  return Object.fromEntries(Object.entries(filters).filter(([other]) => other !== name));
}

/** A filter's values in reading order: section numbers as numbers (2 before 10). */
export function sortFilterValues(values: readonly string[]): string[] {
  return [...values].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
}

/** A piece of an excerpt: text, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/**
 * Pagefind's excerpts are HTML-escaped text with the query's words in <mark>. They become
 * text pieces: every other tag is dropped, so nothing from the index is ever read as HTML.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const plain = decodeEntities(text.replace(/<[^>]*>/g, ''));
    if (plain) parts.push({ text: plain, mark });
  };
  let rest = html;
  for (let open = rest.search(/<mark\b[^>]*>/i); open !== -1; open = rest.search(/<mark\b[^>]*>/i)) {
    push(rest.slice(0, open), false);
    rest = rest.slice(open).replace(/^<mark\b[^>]*>/i, '');
    const close = rest.search(/<\/mark>/i);
    const inner = close === -1 ? rest : rest.slice(0, close);
    push(inner, true);
    rest = close === -1 ? '' : rest.slice(close + '</mark>'.length);
  }
  push(rest, false);
  return parts;
}

/** A link target from the index: a path or a web address, never `javascript:` or the like. */
export function safeHref(href: string): string {
  return /^(\/|https?:)/.test(href) ? href : '#';
}

export interface ResultView {
  kind?: string | undefined;
  number?: string | undefined;
  title: string;
  href: string;
  amended?: string | undefined;
  excerpt: ExcerptPart[];
  headings: { title: string; href: string; excerpt: ExcerptPart[] }[];
}

/** How many headings inside a page a result lists. */
const MAX_HEADINGS = 3;

/** What one result shows: its details, excerpt, and the headings inside it that match most, in page order. */
export function resultView(data: PagefindResultData): ResultView {
  const meta = data.meta ?? {};
  const headings = (data.sub_results ?? [])
    .filter((sub) => sub.anchor && sub.url.includes('#'))
    .map((sub, index) => ({ sub, index, score: (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, MAX_HEADINGS)
    .sort((a, b) => a.index - b.index)
    .map(({ sub }) => ({ title: sub.title, href: safeHref(sub.url), excerpt: excerptParts(sub.excerpt ?? '') }));
  return {
    kind: meta['kind'],
    number: meta['number'],
    title: meta['title'] ?? data.url,
    href: safeHref(meta['url'] ?? data.url),
    amended: meta['amended'],
    excerpt: excerptParts(data.excerpt ?? ''),
    headings,
  };
}
