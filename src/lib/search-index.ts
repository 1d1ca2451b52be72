// What the search index records about a page: the filters and result details every indexed
// page type (chapter, contacts, information) sets through one function, and the ranking the
// search page asks Pagefind for.
import { formatDate } from './dates.ts';
import { topLevelNumber } from './numbering.ts';
import type { Structure } from './schemas/structure.ts';
import { badgeFor, type Badge, type Chapter } from './versions.ts';

/** The kinds of page the search can be narrowed to. */
export type SearchKind = 'Procedure' | 'Contact' | 'Information' | 'Glossary';

export interface SearchEntry {
  kind: SearchKind;
  /** The title shown in results, without its number. */
  title: string;
  /** The chapter number, such as `1.3.4`, when the page has one. */
  number?: string | undefined;
  /** The top-level section the page sits in, such as `1 Assessing Need and Providing Help`. */
  section?: string | undefined;
  /** The date the page's content last changed, `YYYY-MM-DD`. */
  amended?: string | undefined;
  /** The same date as shown to readers, such as `25 March 2024`. */
  amendedText?: string | undefined;
  /** New or Updated, from `badgeFor`: the "recently changed" filter. */
  badge?: Badge | undefined;
}

/** The names of the filters, as they appear in the index and on the search page. */
export const SEARCH_FILTERS = { section: 'Section', kind: 'Kind', recent: 'Recently changed' } as const;

const RECENT: Record<Badge, string> = { new: 'New', updated: 'Updated' };

export interface SearchFields {
  /** `[filter name, value]` pairs, one `data-pagefind-filter` each. */
  filters: [string, string][];
  /** `[meta name, value]` pairs, one `data-pagefind-meta` each. */
  meta: [string, string][];
}

/** The filters and result details Pagefind records for one indexed page. */
export function searchFields(entry: SearchEntry): SearchFields {
  const filters: [string, string][] = [[SEARCH_FILTERS.kind, entry.kind]];
  if (entry.section) filters.push([SEARCH_FILTERS.section, entry.section]);
  if (entry.badge) filters.push([SEARCH_FILTERS.recent, RECENT[entry.badge]]);
  const meta: [string, string][] = [
    ['title', entry.title],
    ['kind', entry.kind],
  ];
  if (entry.number) meta.push(['number', entry.number]);
  if (entry.amended) meta.push(['amended', entry.amendedText ?? entry.amended]);
  // Pagefind reads an inline value up to the end of the attribute, so the value must not be
  // empty or it would be taken as a selector.
  return {
    filters: filters.map(([name, value]) => [name, clean(value)]),
    meta: meta.map(([name, value]) => [name, clean(value)]),
  };
}

function clean(value: string): string {
  const text = value.replace(/\s+/g, ' ').trim();
  if (!text) throw new Error('A search filter or result detail may not be empty.');
  return text;
}

/** The heading of the top-level section a number sits in, as search filters show it: `1.3.4` gives `1 Assessing Need`. */
export function sectionHeading(structure: Structure, number: string): string | undefined {
  const top = topLevelNumber(number);
  const section = structure.sections.find((s) => s.number === top);
  return section && `${section.number} ${section.title}`;
}

/**
 * How a chapter's (or an information page's) page is indexed: only one in force is, with its
 * current version; a withdrawn one, or one not in force yet, is left out so that search
 * leads to text practitioners should follow. Information pages have no number or section.
 */
export function chapterSearchEntry(chapter: Chapter, structure: Structure, today: string, badgeDays: number): SearchEntry | undefined {
  const version = chapter.current;
  if (!version || chapter.withdrawn) return undefined;
  const isPage = chapter.collection === 'pages';
  return {
    kind: isPage ? 'Information' : 'Procedure',
    title: version.title,
    number: isPage ? undefined : version.section,
    section: isPage ? undefined : sectionHeading(structure, version.section),
    amended: version.amended,
    amendedText: formatDate(version.amended),
    badge: badgeFor(chapter, today, badgeDays),
  };
}

/**
 * How much more a keyword counts than a word in the page's text (Pagefind weights run from
 * 0 to 10; text is 1). Keywords are listed most important first, so the first counts most:
 * a chapter whose first keyword is `s47` is about it, a glossary that lists `s47` among
 * many abbreviations only mentions it.
 */
export function keywordWeight(position: number): number {
  return Math.max(10 - 2 * position, 2);
}

/**
 * Ranking options for Pagefind (see its "Customize ranking" docs). Chapters vary from a few
 * paragraphs to many pages; these make a chapter that is about the query (in its title or
 * keywords) beat one that mentions it in passing, whatever their lengths.
 */
export const SEARCH_RANKING = {
  // A word in the title lifts a page well above pages that mention it (Pagefind's default is 5);
  // keywords are weighted in the text by position (keywordWeight). The other details are
  // for display and must not lift a page.
  metaWeights: { title: 10, number: 0, kind: 0, amended: 0 },
  // Long chapters are not punished for being long...
  pageLength: 0.4,
  // ...and a word repeated through a long chapter stops adding up early.
  termSaturation: 1.0,
} as const;
