// The whole manual as it stood on any date: its editions (the dates on which anything changed),
// the edition in force on a date, and the contents and information pages of that day. Built on
// the "in force on a date" functions of versions.ts and on the contents builder of contents.ts.
import { toAmendment, type Amendment } from '../site/amendments.ts';
import type { ContactChange } from '../content/contacts.ts';
import { dayBefore } from '../util/dates.ts';
import { buildContents, contentsView, type ContentsItem, type ContentsSection, type ContentsView } from '../site/contents.ts';
import { compareNumbers } from '../content/numbering.ts';
import type { Structure } from '../schemas/structure.ts';
import { editionDates } from '../content/editions.ts';
import { chapterAsAt, listedChapters, type ManualDocument, type Version } from '../content/versions.ts';

/** The editions of a manual and the versions that made each one, worked out once for every page. */
export interface EditionIndex {
  /** Every edition date up to the build date, oldest first. */
  editions: string[];
  /** The versions that took effect on each edition date, with their documents. */
  changedOn: Map<string, { chapter: ManualDocument; version: Version }[]>;
  /** Every version date up to the build date, oldest first, once per version (to count changes since a date). */
  versionDates: string[];
  /**
   * The versions of the partnership's own texts at its core chapters' extension points up to the
   * build date, oldest first (amendments with `local`, docs/regional-manuals.md): each is a change
   * to the manual, so its date is an edition too.
   */
  local: Amendment[];
  today: string;
}

/** Indexes the editions of the manual (chapters and information pages, and local texts: `local`) up to `today`. */
export function indexEditions(documents: readonly ManualDocument[], today: string, local: readonly Amendment[] = []): EditionIndex {
  const changedOn = new Map<string, { chapter: ManualDocument; version: Version }[]>();
  const versionDates: string[] = [];
  for (const chapter of documents) {
    for (const version of chapter.versions.filter((v) => v.amended <= today)) {
      changedOn.set(version.amended, [...(changedOn.get(version.amended) ?? []), { chapter, version }]);
      versionDates.push(version.amended);
    }
  }
  const localTexts = local.filter((a) => a.date <= today).sort((a, b) => a.date.localeCompare(b.date));
  versionDates.push(...localTexts.map((a) => a.date));
  const editions = [...new Set([...editionDates(documents, today), ...localTexts.map((a) => a.date)])].sort();
  return { editions, changedOn, versionDates: versionDates.sort(), local: localTexts, today };
}

/** The local text at each extension point in force at the end of `date`, in chapter order. */
function localInForce(local: readonly Amendment[], date: string): Amendment[] {
  const latest = new Map<string, Amendment>();
  for (const a of local) if (a.date <= date) latest.set(`${a.chapterId}\0${a.local!.point}`, a);
  return [...latest.values()].sort((a, b) => compareNumbers(a.section, b.section) || a.local!.point.localeCompare(b.local!.point));
}

/** How many versions took effect after `date`, up to the build date. */
export function changesSince(index: EditionIndex, date: string): number {
  // versionDates is sorted: find the first date after `date` by bisection.
  let low = 0;
  let high = index.versionDates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (index.versionDates[middle]! <= date) low = middle + 1;
    else high = middle;
  }
  return index.versionDates.length - low;
}

/** The editions grouped by year for the list on /as-at/: newest year first, and newest first within a year. */
export function editionsByYear(index: EditionIndex): { year: string; editions: { date: string; changes: number }[] }[] {
  const years = new Map<string, { date: string; changes: number }[]>();
  for (const date of [...index.editions].reverse()) {
    const year = date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), { date, changes: index.changedOn.get(date)?.length ?? 0 }]);
  }
  return [...years].map(([year, editions]) => ({ year, editions }));
}

/** A chapter or information page in force on a date, with the version then in force. */
export interface InForce {
  chapter: ManualDocument;
  version: Version;
}

/** The manual as it stood at the end of a date. */
export interface ManualAsAt {
  date: string;
  /** The contents of that day, from today's structure (sections and sub-sections are not versioned). */
  contents: ContentsSection[];
  /** Chapters in force whose number of that day sits under no section or sub-section of today's structure. */
  unplaced: ManualDocument[];
  /** Information pages in force, by title. */
  pages: ManualDocument[];
}

/** The manual as it stood at the end of `date`: each document as at that day, in the contents built from them. */
export function manualAsAt(structure: Structure, chapters: readonly ManualDocument[], pages: readonly ManualDocument[], date: string): ManualAsAt {
  const chaptersThen = chapters.map((c) => chapterAsAt(c, date));
  const contents = buildContents(structure, chaptersThen);
  const placed = new Set(contents.flatMap((s) => [s, ...s.subsections]).flatMap((g) => g.chapters.map((c) => c.id)));
  const unplaced = listedChapters(chaptersThen)
    .filter((c) => !placed.has(c.id))
    .sort((a, b) => compareNumbers(a.current!.section, b.current!.section));
  const pagesThen = listedChapters(pages.map((p) => chapterAsAt(p, date))).sort((a, b) => a.current!.title.localeCompare(b.current!.title));
  return { date, contents, unplaced, pages: pagesThen };
}

/** Every chapter and information page in force in `asAt`, in contents order (chapters by section, the unplaced ones, then pages). */
export function documentsInForce(asAt: ManualAsAt): InForce[] {
  const chapters = asAt.contents.flatMap((section) => [...section.chapters, ...section.subsections.flatMap((sub) => sub.chapters)]);
  return [...chapters, ...asAt.unplaced, ...asAt.pages].map((chapter) => ({ chapter, version: chapter.current! }));
}

/** A document of the dated contents: linked to the version then in force (its dated page). */
function datedItem(chapter: ManualDocument): ContentsItem {
  const version = chapter.current!;
  return { id: chapter.id, number: version.section, title: version.title, badge: undefined, amended: version.amended, date: version.amended };
}

/** What the page of one edition shows. */
export interface EditionView {
  date: string;
  /** The last day the manual stood like this, when a later edition exists. */
  until: string | undefined;
  previous: string | undefined;
  next: string | undefined;
  /** The contents of that day, each chapter linked to the version then in force. */
  sections: ContentsView[];
  unplaced: ContentsItem[];
  pages: ContentsItem[];
  /** The versions that took effect on that day (local texts' among them). */
  changed: Amendment[];
  /** The partnership's own text at each extension point of its chapters in force that day. */
  local: Amendment[];
  /** How many versions took effect after that day, up to the build date. */
  changesSince: number;
  /** Changes to contacts' details up to that day, newest first, and how many came after it. */
  contactChanges: ContactChange[];
  contactChangesSince: number;
}

/** The page of the edition `date` (one of index.editions). */
export function editionView(
  index: EditionIndex,
  manual: { structure: Structure; chapters: readonly ManualDocument[]; pages: readonly ManualDocument[]; contactChanges: readonly ContactChange[] },
  date: string,
): EditionView {
  const at = index.editions.indexOf(date);
  if (at === -1) throw new Error(`${date} is not an edition of the manual`);
  const next = index.editions[at + 1];
  const asAt = manualAsAt(manual.structure, manual.chapters, manual.pages, date);
  const earlier = manual.contactChanges.filter((c) => c.date <= date);
  return {
    date,
    until: next === undefined ? undefined : dayBefore(next),
    previous: index.editions[at - 1],
    next,
    sections: contentsView(asAt.contents, date, 0, true),
    unplaced: asAt.unplaced.map(datedItem),
    pages: asAt.pages.map(datedItem),
    changed: [
      ...(index.changedOn.get(date) ?? []).map(({ chapter, version }) => toAmendment(chapter, version)),
      ...index.local.filter((a) => a.date === date),
    ].sort(
      (a, b) =>
        Number(!a.section) - Number(!b.section) ||
        compareNumbers(a.section, b.section) ||
        a.title.localeCompare(b.title) ||
        Number(Boolean(a.local)) - Number(Boolean(b.local)),
    ),
    local: localInForce(index.local, date),
    changesSince: changesSince(index, date),
    contactChanges: earlier,
    contactChangesSince: manual.contactChanges.length - earlier.length,
  };
}
