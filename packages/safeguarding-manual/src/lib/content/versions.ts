// Chapters and their versions: which version is in force on a date, what is coming, and badges.
import { daysBetween, dayBefore, formatDate } from '../util/dates.ts';
import { compareNumbers } from './numbering.ts';
import { interfaceText } from '../interface-text.ts';
import type { PageFields } from '../schemas/page.ts';
import type { VersionFrontmatter } from '../schemas/version.ts';

/**
 * Where a versioned document lives: `procedures` (numbered chapters for practitioners) or
 * `pages` (information pages for families, young people and the public, without a number).
 */
export type Collection = 'procedures' | 'pages';

/** One published version of a chapter or an information page: one MDX file. */
export interface Version extends VersionFrontmatter {
  /** The collection the version belongs to; procedures when absent. */
  collection?: Collection | undefined;
  /** The chapter's (or page's) stable id: the folder name. */
  chapterId: string;
  /** Information pages only: whom the page is for and where the home page lists it. */
  page?: PageFields | undefined;
  /** The source file, relative to the project root. */
  file: string;
  /** SHA-256 of the source file, in hex. */
  hash: string;
  /** The contacts the body names with <Contact id="..." />, once each. */
  contactIds?: string[] | undefined;
  /** The resources the body names with <Resource id="..." />, once each. */
  resourceIds?: string[] | undefined;
  /** The areas the body has <Area name="..."> blocks for, once each; absent when it has none. */
  areaIds?: string[] | undefined;
  /** The extension points the body declares with <Local name="..." />, once each; absent when it has none. */
  localPoints?: string[] | undefined;
}

/**
 * A document of the manual, a chapter (collection procedures, numbered, served under
 * /procedures/) or an information page (collection pages, unnumbered, under /information/):
 * every version of it, oldest first, and what is in force on the build date.
 */
export interface ManualDocument {
  id: string;
  collection: Collection;
  /** Every version, oldest first, including any that are not yet in force. */
  versions: Version[];
  /** Versions in force on or before the build date, oldest first. */
  published: Version[];
  /** Versions dated after the build date, oldest first. */
  upcoming: Version[];
  /** The version in force on the build date; undefined when none is in force yet. */
  current: Version | undefined;
  /** True when the version in force withdraws the chapter. */
  withdrawn: boolean;
}

export type Badge = 'new' | 'updated';

/** Groups versions into documents (chapters or information pages), each ordered by date, with the version in force on `today`. */
export function buildDocuments(versions: readonly Version[], today: string): ManualDocument[] {
  const byId = new Map<string, Version[]>();
  for (const version of versions) {
    const list = byId.get(version.chapterId) ?? [];
    list.push(version);
    byId.set(version.chapterId, list);
  }
  return [...byId.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, list]) => {
      const sorted = [...list].sort((a, b) => a.amended.localeCompare(b.amended));
      const published = sorted.filter((v) => v.amended <= today);
      const current = published.at(-1);
      return {
        id,
        collection: sorted[0]?.collection ?? 'procedures',
        versions: sorted,
        published,
        upcoming: sorted.filter((v) => v.amended > today),
        current,
        withdrawn: current?.change === 'withdrawn',
      };
    });
}

/** The version of `chapter` in force on `date` (a withdrawal included), or undefined before its first. */
export function versionOn(chapter: ManualDocument, date: string): Version | undefined {
  return chapter.versions.findLast((v) => v.amended <= date);
}

/**
 * The chapter as it stood at the end of `date`: its versions up to that day are its published
 * ones and the last of them is current, as if the manual were built on that date. Versions after
 * it are left out entirely, so nothing built from the result can show what came later.
 */
export function chapterAsAt(chapter: ManualDocument, date: string): ManualDocument {
  const published = chapter.versions.filter((v) => v.amended <= date);
  const current = published.at(-1);
  return { id: chapter.id, collection: chapter.collection, versions: published, published, upcoming: [], current, withdrawn: current?.change === 'withdrawn' };
}

/**
 * The document that now stands in for a withdrawn one: its replacement, or the replacement's
 * replacement when that was withdrawn too; undefined when the chain ends without one in force.
 */
export function liveReplacement(withdrawn: ManualDocument, byId: ReadonlyMap<string, ManualDocument>): ManualDocument | undefined {
  const seen = new Set<string>([withdrawn.id]);
  let next = withdrawn.current?.replacedBy;
  while (next !== undefined && !seen.has(next)) {
    seen.add(next);
    const target = byId.get(next);
    if (!target?.current) return undefined;
    if (!target.withdrawn) return target;
    next = target.current.replacedBy;
  }
  return undefined;
}

/** The last day `version` was in force, or undefined while it is still in force. */
export function inForceUntil(chapter: ManualDocument, version: Version): string | undefined {
  const next = chapter.published.find((v) => v.amended > version.amended);
  return next ? dayBefore(next.amended) : undefined;
}

/** The version before `version`, if any. */
export function previousVersion(chapter: ManualDocument, version: Version): Version | undefined {
  const index = chapter.versions.indexOf(version);
  return index > 0 ? chapter.versions[index - 1] : undefined;
}

/**
 * "New" when the chapter was first published within the last `days` days, "Updated" when its
 * version in force took effect within them. Withdrawn chapters and unpublished ones have none.
 */
export function badgeFor(chapter: ManualDocument, today: string, days: number): Badge | undefined {
  const { current } = chapter;
  if (!current || chapter.withdrawn) return undefined;
  const first = chapter.published[0];
  if (first && daysBetween(first.amended, today) < days) return 'new';
  if (daysBetween(current.amended, today) < days) return 'updated';
  return undefined;
}

/**
 * Orders documents as lists of them read: chapters in number order, then information pages by
 * title, each by its version in force (or, before one is, its first version to come).
 */
export function byNumberThenTitle(a: ManualDocument, b: ManualDocument): number {
  const x = (a.current ?? a.versions[0])!;
  const y = (b.current ?? b.versions[0])!;
  return Number(!x.section) - Number(!y.section) || compareNumbers(x.section, y.section) || x.title.localeCompare(y.title);
}

/** Chapters that are in the contents on the build date: published and not withdrawn. */
export function listedChapters(chapters: readonly ManualDocument[]): ManualDocument[] {
  return chapters.filter((chapter) => chapter.current && !chapter.withdrawn);
}

/** The collection a version belongs to. */
export function collectionOf(version: Pick<Version, 'collection'>): Collection {
  return version.collection ?? 'procedures';
}

/** How a version is named in lists and feeds: "1.3.4 Section 47 Enquiries", or the title alone for a page. */
export function versionLabel(version: Pick<Version, 'section' | 'title'>): string {
  return version.section ? `${version.section} ${version.title}` : version.title;
}

/** What a reader calls the document: "chapter" or "page". */
export function documentNoun(collection: Collection | undefined): 'chapter' | 'page' {
  return collection === 'pages' ? 'page' : 'chapter';
}

/** Who approved a version and when, in the site's language, as a sentence without its full stop: "Approved by Policy and Procedures Group on 4 November 2026". */
export function signOffText(version: Pick<Version, 'approvedBy' | 'approvedOn'>): string | undefined {
  if (version.approvedBy === undefined) return undefined;
  return interfaceText().amendment.approved(version.approvedBy, version.approvedOn ? formatDate(version.approvedOn) : undefined);
}
