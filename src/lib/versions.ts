// Chapters and their versions: which version is in force on a date, what is coming, and badges.
import { daysBetween, dayBefore } from './dates.ts';
import type { VersionFrontmatter } from './schemas/version.ts';

/** One published version of a chapter: one MDX file. */
export interface Version extends VersionFrontmatter {
  /** The chapter's stable id: the folder name. */
  chapterId: string;
  /** The source file, relative to the project root. */
  file: string;
  /** SHA-256 of the source file, in hex. */
  hash: string;
}

/** A chapter: every version of it, oldest first, and what is in force on the build date. */
export interface Chapter {
  id: string;
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

/** Groups versions into chapters, each ordered by date, with the version in force on `today`. */
export function buildChapters(versions: readonly Version[], today: string): Chapter[] {
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
        versions: sorted,
        published,
        upcoming: sorted.filter((v) => v.amended > today),
        current,
        withdrawn: current?.change === 'withdrawn',
      };
    });
}

/** The last day `version` was in force, or undefined while it is still in force. */
export function inForceUntil(chapter: Chapter, version: Version): string | undefined {
  const next = chapter.published.find((v) => v.amended > version.amended);
  return next ? dayBefore(next.amended) : undefined;
}

/** The version before `version`, if any. */
export function previousVersion(chapter: Chapter, version: Version): Version | undefined {
  const index = chapter.versions.indexOf(version);
  return index > 0 ? chapter.versions[index - 1] : undefined;
}

/**
 * "New" when the chapter was first published within the last `days` days, "Updated" when its
 * version in force took effect within them. Withdrawn chapters and unpublished ones have none.
 */
export function badgeFor(chapter: Chapter, today: string, days: number): Badge | undefined {
  const { current } = chapter;
  if (!current || chapter.withdrawn) return undefined;
  const first = chapter.published[0];
  if (first && daysBetween(first.amended, today) < days) return 'new';
  if (daysBetween(current.amended, today) < days) return 'updated';
  return undefined;
}

/** Chapters that are in the contents on the build date: published and not withdrawn. */
export function listedChapters(chapters: readonly Chapter[]): Chapter[] {
  return chapters.filter((chapter) => chapter.current && !chapter.withdrawn);
}
