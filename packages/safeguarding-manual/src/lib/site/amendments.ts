// The amendments log: one entry per published version, with its kind derived from the data.
import { formatDate, formatMonth } from '../util/dates.ts';
import { lockKey, type Lock } from '../history/lock.ts';
import { compareNumbers, topLevelNumber } from '../content/numbering.ts';
import { collectionOf, previousVersion, versionOn, type ManualDocument, type Version } from '../content/versions.ts';
import type { LocalText } from '../region/local-text.ts';
import { paths } from './urls.ts';

export type AmendmentKind = 'New' | 'Updated' | 'Renumbered' | 'Withdrawn' | 'Corrected';

export interface Amendment {
  chapterId: string;
  version: Version;
  date: string;
  section: string;
  title: string;
  kind: AmendmentKind;
  summary: string;
  /** The number and title before this version, when either changed. */
  previous?: { section: string; title: string } | undefined;
  /** True when there is a version before this one to compare with. */
  hasChanges: boolean;
  /** A correction's reason, as the version lock records it. */
  reason?: string | undefined;
  /**
   * Set when the entry is a version of the partnership's own text at an extension point of a core
   * chapter (docs/regional-manuals.md): `version` is then that text's version, and the chapter's
   * number and title are the chapter's on its date.
   */
  local?: { point: string } | undefined;
}

/** New, Withdrawn, Renumbered (the number changed) or Updated: never typed by hand. */
function amendmentKind(version: Version, previous: Version | undefined): AmendmentKind {
  if (!previous) return 'New';
  if (version.change === 'withdrawn') return 'Withdrawn';
  if (version.section !== previous.section) return 'Renumbered';
  return 'Updated';
}

/** The entry for one version of a chapter. */
export function toAmendment(chapter: ManualDocument, version: Version): Amendment {
  const previous = previousVersion(chapter, version);
  const renamed = previous && (previous.section !== version.section || previous.title !== version.title);
  return {
    chapterId: chapter.id,
    version,
    date: version.amended,
    section: version.section,
    title: version.title,
    kind: amendmentKind(version, previous),
    summary: version.summary ?? (previous ? '' : 'First published.'),
    previous: renamed ? { section: previous.section, title: previous.title } : undefined,
    hasChanges: previous !== undefined,
  };
}

/** Corrections recorded in the lock, each as an entry on the date it was made. */
export function collectCorrections(chapters: readonly ManualDocument[], lock: Lock, contentDir: string): Amendment[] {
  return chapters.flatMap((chapter) =>
    chapter.published.flatMap((version) =>
      (lock.files[lockKey(version, contentDir)]?.corrections ?? []).map((c) => ({
        ...toAmendment(chapter, version),
        date: c.date,
        kind: 'Corrected' as const,
        summary: `Correction to the version of ${formatDate(version.amended)}: ${c.reason}`,
        reason: c.reason,
        previous: undefined,
        hasChanges: false,
      })),
    ),
  );
}

/** Every published version of every chapter, and every correction, newest first (then by number). */
export function collectAmendments(chapters: readonly ManualDocument[], corrections: readonly Amendment[] = [], local: readonly Amendment[] = []): Amendment[] {
  return [...chapters.flatMap((chapter) => chapter.published.map((version) => toAmendment(chapter, version))), ...corrections, ...local].sort(
    (a, b) => b.date.localeCompare(a.date) || compareNumbers(a.section, b.section),
  );
}

/** Versions that are published but not yet in force, soonest first. */
export function collectUpcoming(chapters: readonly ManualDocument[], local: readonly Amendment[] = []): Amendment[] {
  return [...chapters.flatMap((chapter) => chapter.upcoming.map((version) => toAmendment(chapter, version))), ...local].sort(
    (a, b) => a.date.localeCompare(b.date) || compareNumbers(a.section, b.section),
  );
}

/**
 * One entry per version of the partnership's own text at an extension point of a chapter, as an
 * amendment to that chapter on the text's date: in force (`when` 'published', up to `today`) or
 * published to come into force later ('upcoming').
 */
export function localTextAmendments(
  chapters: readonly ManualDocument[],
  texts: readonly LocalText[],
  today: string,
  when: 'published' | 'upcoming',
): Amendment[] {
  const ordered = [...texts].sort((a, b) => a.amended.localeCompare(b.amended));
  return ordered.flatMap((text, i) => {
    if (text.amended <= today !== (when === 'published')) return [];
    const chapter = chapters.find((c) => c.id === text.chapterId && c.collection === 'procedures');
    const chapterVersion = chapter && (versionOn(chapter, text.amended) ?? chapter.versions[0]);
    if (!chapterVersion) return [];
    const first = !ordered.slice(0, i).some((t) => t.chapterId === text.chapterId && t.point === text.point);
    const version: Version = {
      ...chapterVersion,
      amended: text.amended,
      change: first ? 'new' : 'updated',
      summary: text.summary,
      approvedBy: text.approvedBy,
      approvedOn: text.approvedOn,
      file: text.file,
      hash: text.hash,
      contactIds: text.contactIds,
      resourceIds: text.resourceIds,
    };
    return [
      {
        chapterId: text.chapterId,
        version,
        date: text.amended,
        section: chapterVersion.section,
        title: chapterVersion.title,
        kind: first ? 'New' : 'Updated',
        summary: text.summary ?? '',
        previous: undefined,
        hasChanges: false,
        local: { point: text.point },
      },
    ];
  });
}

/** Where an entry's version is read: a version's page, or a local text's. */
export function amendmentPath(a: Amendment): string {
  return a.local ? paths.localText(a.chapterId, a.local.point, a.version.amended) : paths.version(a.chapterId, a.version.amended, a.version.collection);
}

export interface MonthGroup<T extends { date: string } = Amendment> {
  /** YYYY-MM. */
  month: string;
  label: string;
  entries: T[];
}

/** Groups log entries (already newest first) by the month they took effect. */
export function groupByMonth<T extends { date: string }>(amendments: readonly T[]): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const entry of amendments) {
    const month = entry.date.slice(0, 7);
    let group = groups.at(-1);
    if (group?.month !== month) {
      group = { month, label: formatMonth(entry.date), entries: [] };
      groups.push(group);
    }
    group.entries.push(entry);
  }
  return groups;
}

/** The filters the amendments log offers: every year with an entry, newest first, and every top-level section. */
export interface LogFilters {
  years: string[];
  sections: { number: string; title: string }[];
  /** The update rounds, newest first, where the manual has them. */
  rounds?: { id: string; name: string }[] | undefined;
}

export function logFilters(
  entries: readonly { date: string }[],
  sections: readonly { number: string; title: string }[],
  rounds: readonly { id: string; name: string }[] = [],
): LogFilters {
  return {
    years: [...new Set(entries.map((a) => a.date.slice(0, 4)))].sort().reverse(),
    sections: sections.map((s) => ({ number: s.number, title: s.title })),
    rounds: [...rounds].reverse().map((r) => ({ id: r.id, name: r.name })),
  };
}

/** The entries about one chapter or information page. */
export function amendmentsTo(amendments: readonly Amendment[], document: Pick<ManualDocument, 'id' | 'collection'>): Amendment[] {
  return amendments.filter((a) => a.chapterId === document.id && collectionOf(a.version) === document.collection);
}

/** The corrections recorded to a chapter's or page's versions, newest first. */
export function correctionsTo(amendments: readonly Amendment[], document: Pick<ManualDocument, 'id' | 'collection'>): Amendment[] {
  return amendmentsTo(amendments, document).filter((a) => a.kind === 'Corrected');
}

/** The entries about chapters numbered in a top-level section (information pages have no section). */
export function amendmentsToSection(amendments: readonly Amendment[], section: string): Amendment[] {
  return amendments.filter((a) => Boolean(a.section) && topLevelNumber(a.section) === section);
}
