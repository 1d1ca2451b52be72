// What the search index records about a page: the filters and result details every indexed
// page type (chapter, contacts, information) sets through one function, and the ranking the
// search page asks Pagefind for.
import { formatDate } from '../util/dates.ts';
import { topLevelNumber } from '../content/numbering.ts';
import type { Resource } from '../content/resources.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { Structure } from '../schemas/structure.ts';
import type { SynonymGroup } from '../schemas/synonyms.ts';
import { synonymsFor } from './synonyms.ts';
import { matchingText } from './search-words.ts';
import { paths } from '../site/urls.ts';
import { badgeFor, type Badge, type ManualDocument } from '../content/versions.ts';
import { interfaceText } from '../interface-text.ts';
import { buildLanguage, type Language } from '../languages.ts';

/** The kinds of page the search can be narrowed to. */
export type SearchKind = 'Procedure' | 'Contact' | 'Information' | 'Resource' | 'Glossary';

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
  /**
   * Other names for what the page is about (from `synonymsFor`): indexed as a detail of the
   * page, so that search finds it by them, and never shown.
   */
  synonyms?: readonly string[] | undefined;
  /**
   * Other names for what the page's later keywords and headings speak of, and its title and
   * first keywords do not: indexed like `synonyms`, and weighted below them, as a heading or a
   * later keyword is one part of what the page is about.
   */
  headingSynonyms?: readonly string[] | undefined;
}

/**
 * The built pages that can hold an indexed region (`SearchIndexed`): the current page of every
 * chapter, information page and resource, the contacts page and the glossary. The build hands Pagefind only these,
 * about a tenth of the site's pages (the rest are history, dated versions and changes). A page
 * type that starts using `SearchIndexed` adds its path here.
 */
export const SEARCHABLE_PAGES: readonly string[] = [
  paths.chapter('*', 'procedures'),
  paths.chapter('*', 'pages'),
  paths.resource('*'),
  paths.contacts,
  paths.glossary,
];

/**
 * How many word locations Pagefind packs into one file of its index (its default is 20,000).
 * A search fetches the files that hold its words; with smaller files it fetches less of the
 * words around them: a first search for "child" at 1,000 chapters fetched 146 KB with the
 * default and 131 KB with this (BENCHMARKS.md). Pagefind reads it from the environment
 * (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE); should a later Pagefind drop that setting, search
 * works as before, with larger files.
 */
export const SEARCH_INDEX_CHUNK_SIZE = 5000;

/** `SEARCHABLE_PAGES` as one glob over the built site's HTML files, for Pagefind. */
export function searchablePagesGlob(): string {
  return `{${SEARCHABLE_PAGES.map((path) => `${path}index.html`).join(',')}}`;
}

/**
 * The names of the filters, as they appear in the index and on the search page, and the words of
 * their values (each kind of page, New and Updated), in the language the site is built in: a
 * reader filtering the Welsh pages' results sees Welsh names and values.
 */
export function searchFilterWords(language: Language = buildLanguage()): {
  names: { section: string; kind: string; recent: string };
  kinds: Readonly<Record<SearchKind, string>>;
  recent: Readonly<Record<Badge, string>>;
} {
  const text = interfaceText(language);
  return { names: text.search.results.filters, kinds: text.reference.filters.kinds, recent: text.reference.contents.badges };
}

export interface SearchFields {
  /** `[filter name, value]` pairs, one `data-pagefind-filter` each. */
  filters: [string, string][];
  /** `[meta name, value]` pairs, one `data-pagefind-meta` each. */
  meta: [string, string][];
}

/** The filters and result details Pagefind records for one indexed page. */
export function searchFields(entry: SearchEntry, words = searchFilterWords()): SearchFields {
  const kind = words.kinds[entry.kind];
  const filters: [string, string][] = [[words.names.kind, kind]];
  if (entry.section) filters.push([words.names.section, entry.section]);
  if (entry.badge) filters.push([words.names.recent, words.recent[entry.badge]]);
  const meta: [string, string][] = [
    ['title', entry.title],
    ['kind', kind],
  ];
  if (entry.number) meta.push(['number', entry.number]);
  if (entry.amended) meta.push(['amended', entry.amendedText ?? entry.amended]);
  // Never shown: held in the form the query is given in (matchingText), so that each form meets.
  if (entry.synonyms?.length) meta.push(['synonyms', entry.synonyms.map(matchingText).join(', ')]);
  if (entry.headingSynonyms?.length) meta.push(['subtopics', entry.headingSynonyms.map(matchingText).join(', ')]);
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

/** What a page is about, beyond its title and keywords: its headings, the manual's synonyms and the glossary. */
export interface SearchAbout {
  headings: readonly string[];
  synonyms: readonly SynonymGroup[];
  /** The glossary's entries: an entry that names the chapter among its `chapters` gives it its term, abbreviations and other names. */
  glossary?: readonly GlossaryEntry[] | undefined;
}

/**
 * The names the glossary gives what a chapter is about: the term, abbreviations and other names
 * of each entry that lists the chapter among the chapters that say most about it. So a search
 * for "EDT" or "initial conference" finds the chapter, not only the glossary that spells it out.
 */
export function glossaryNamesFor(id: string, entries: readonly GlossaryEntry[]): string[] {
  const names = entries.filter((entry) => entry.chapters.includes(id)).flatMap((entry) => [entry.term, ...entry.abbreviations, ...entry.otherNames]);
  return [...new Set(names)];
}

/**
 * How many of a chapter's keywords, the first ones, speak of what it is most about: other names
 * for what they speak of count like other names for its title (`synonyms`), those for its later
 * keywords like those for its headings (`headingSynonyms`). A synonym never counts more than the
 * keyword it stands for: the first two keywords weigh more than synonyms (keywordWeight), the
 * later ones less. So a chapter on faltering growth that lists neglect fifth is not lifted by
 * every everyday word for neglect as high as the chapter on neglect.
 */
export const MAIN_KEYWORDS = 2;

/**
 * How a chapter's (or an information page's) page is indexed: only one in force is, with its
 * current version; a withdrawn one, or one not in force yet, is left out so that search
 * leads to text practitioners should follow. Information pages have no number or section.
 * Other names for what its title and first keywords (MAIN_KEYWORDS) speak of come from the
 * synonyms, and the glossary's names for what it says most about (glossaryNamesFor); other
 * names for what only its later keywords or headings speak of are kept apart
 * (headingSynonyms), to weigh less.
 */
export function chapterSearchEntry(
  chapter: ManualDocument,
  structure: Structure,
  today: string,
  badgeDays: number,
  about?: SearchAbout,
): SearchEntry | undefined {
  const version = chapter.current;
  if (!version || chapter.withdrawn) return undefined;
  const isPage = chapter.collection === 'pages';
  const synonyms = about && [
    ...new Set([
      ...synonymsFor([version.title, ...version.keywords.slice(0, MAIN_KEYWORDS)], about.synonyms),
      ...glossaryNamesFor(chapter.id, about.glossary ?? []),
    ]),
  ];
  const headingSynonyms =
    about && synonymsFor([version.title, ...version.keywords, ...about.headings], about.synonyms).filter((name) => !synonyms?.includes(name));
  return {
    kind: isPage ? 'Information' : 'Procedure',
    title: version.title,
    number: isPage ? undefined : version.section,
    section: isPage ? undefined : sectionHeading(structure, version.section),
    amended: version.amended,
    amendedText: formatDate(version.amended),
    badge: badgeFor(chapter, today, badgeDays),
    synonyms,
    headingSynonyms,
  };
}

/** How a resource's page is indexed: its title (its description is the indexed text), with the date its file last changed (`lastChanged`). */
export function resourceSearchEntry(resource: Pick<Resource, 'title'>, changed: string): SearchEntry {
  return { kind: 'Resource', title: resource.title, amended: changed, amendedText: formatDate(changed) };
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
  // keywords are weighted in the text by position (keywordWeight); other names for what the
  // title and keywords speak of (synonyms.yaml, and the glossary's names) lift it less than the
  // title, but above a keyword further down its list: they carry the everyday words families
  // and practitioners use for what the page is about. Other names for what only a heading
  // speaks of (subtopics) lift it less: a chapter about allegations with a heading on moving
  // jobs is not about families moving away. The other details are for display and must not
  // lift a page.
  metaWeights: { title: 10, synonyms: 7, subtopics: 3, number: 0, kind: 0, amended: 0 },
  // Long chapters are not punished for being long...
  pageLength: 0.4,
  // ...and a word repeated through a long chapter stops adding up early.
  termSaturation: 1.0,
} as const;
