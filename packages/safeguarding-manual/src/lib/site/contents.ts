// The contents list: sections, sub-sections and the chapters in force under each, in number order.
import { compareNumbers, parentNumber } from '../content/numbering.ts';
import type { Structure } from '../schemas/structure.ts';
import { badgeFor, listedChapters, type Badge, type ManualDocument } from '../content/versions.ts';

export interface ContentsGroup {
  number: string;
  title: string;
  note?: string | undefined;
  chapters: ManualDocument[];
}

export interface ContentsSection extends ContentsGroup {
  subsections: ContentsGroup[];
}

/** The current number of a chapter that is in force. */
export function chapterNumber(chapter: ManualDocument): string {
  if (!chapter.current) throw new Error(`Chapter ${chapter.id} has no version in force`);
  return chapter.current.section;
}

/** Builds the contents from the structure and the chapters in force; validation has placed every chapter. */
export function buildContents(structure: Structure, chapters: readonly ManualDocument[]): ContentsSection[] {
  const byParent = new Map<string, ManualDocument[]>();
  for (const chapter of listedChapters(chapters)) {
    const parent = parentNumber(chapterNumber(chapter));
    if (parent === undefined) continue;
    const list = byParent.get(parent) ?? [];
    list.push(chapter);
    byParent.set(parent, list);
  }
  const chaptersUnder = (number: string) => (byParent.get(number) ?? []).sort((a, b) => compareNumbers(chapterNumber(a), chapterNumber(b)));
  return [...structure.sections]
    .sort((a, b) => compareNumbers(a.number, b.number))
    .map((section) => ({
      number: section.number,
      title: section.title,
      note: section.note,
      chapters: chaptersUnder(section.number),
      subsections: [...section.subsections]
        .sort((a, b) => compareNumbers(a.number, b.number))
        .map((sub) => ({ number: sub.number, title: sub.title, note: sub.note, chapters: chaptersUnder(sub.number) })),
    }));
}

/** A chapter as the contents list shows it. */
export interface ContentsItem {
  id: string;
  number: string;
  title: string;
  badge: Badge | undefined;
  /** The date its version in force took effect: the contents marks the chapters changed since a reader's last visit by it. */
  amended: string;
  /** In a dated contents (the manual as it stood on a date): the date of the version then in force, which the item links to. */
  date?: string | undefined;
}

export interface ContentsView {
  number: string;
  title: string;
  note?: string | undefined;
  /** The chapters directly under the section, then each sub-section with its own. */
  groups: { number: string; title: string; note?: string | undefined; isSubsection: boolean; items: ContentsItem[] }[];
}

/**
 * The contents as the contents page lists it, with each chapter's New or Updated badge on `today`;
 * or, `dated`, as the manual stood on a past date: no badges, each chapter linked to the version then in force.
 */
export function contentsView(contents: readonly ContentsSection[], today: string, badgeDays: number, dated = false): ContentsView[] {
  const items = (group: ContentsGroup): ContentsItem[] =>
    group.chapters.map((chapter) => ({
      id: chapter.id,
      number: chapterNumber(chapter),
      title: chapter.current!.title,
      badge: dated ? undefined : badgeFor(chapter, today, badgeDays),
      amended: chapter.current!.amended,
      date: dated ? chapter.current!.amended : undefined,
    }));
  return contents.map((section) => ({
    number: section.number,
    title: section.title,
    note: section.note,
    groups: [
      { number: section.number, title: section.title, note: section.note, isSubsection: false, items: items(section) },
      ...section.subsections.map((sub) => ({ number: sub.number, title: sub.title, note: sub.note, isSubsection: true, items: items(sub) })),
    ],
  }));
}
