// A partnership's own text inside a core chapter: the core declares an extension point with
// <Local name="..." /> in a chapter's body, and a manual that follows the core fills it with
// versions of its own, content/local/<chapter-id>/<point>/<YYYY-MM-DD>.mdx (docs/regional-manuals.md).
import { dayBefore } from '../util/dates.ts';
import { buildDocuments, versionOn, type ManualDocument, type Version } from '../content/versions.ts';
import type { LocalTextFrontmatter } from '../schemas/local-text.ts';

/** The folder of the content folder that holds local texts. */
export const LOCAL_DIR = 'local';

const LOCAL_TAG = /<Local\b[^>]*?\bname="([^"]+)"/g;

/** The extension points a chapter's body declares, in order, once each. */
export function localPointsIn(body: string): string[] {
  return [...new Set([...body.matchAll(LOCAL_TAG)].map((m) => m[1]!))];
}

/**
 * The extension points a local text dated `date` may fill in `chapter`: those of the chapter's
 * version in force on that date (its first version, before it takes effect) and of every later
 * one. The check holds each local text to them, and the editor offers them.
 */
export function pointsDeclaredFrom(chapter: ManualDocument, date: string): string[] {
  const from = versionOn(chapter, date) ?? chapter.versions[0];
  return [...new Set(chapter.versions.slice(from ? chapter.versions.indexOf(from) : 0).flatMap((v) => v.localPoints ?? []))];
}

/** One version of the local text at one extension point: one file. */
export interface LocalText extends LocalTextFrontmatter {
  /** The chapter whose extension point it fills. */
  chapterId: string;
  /** The extension point's name, as the chapter declares it: <Local name="..." />. */
  point: string;
  /** The source file, relative to the project root. */
  file: string;
  /** SHA-256 of the source file, in hex. */
  hash: string;
  /** The contacts the body names with <Contact id="..." />, once each. */
  contactIds: string[];
  /** The resources the body names with <Resource id="..." />, once each. */
  resourceIds: string[];
}

/** The id of a local text's entry in the `local` collection: <chapter-id>/<point>/<YYYY-MM-DD>. */
export function localEntryId(text: Pick<LocalText, 'chapterId' | 'point' | 'amended'>): string {
  return `${text.chapterId}/${text.point}/${text.amended}`;
}

/** The version of the local text at `point` of chapter `chapterId` in force on `date`, if any. */
export function localTextOn(texts: readonly LocalText[], chapterId: string, point: string, date: string): LocalText | undefined {
  return texts
    .filter((t) => t.chapterId === chapterId && t.point === point && t.amended <= date)
    .sort((a, b) => a.amended.localeCompare(b.amended))
    .at(-1);
}

/** Every version of the local texts of one chapter, oldest first (for the keys of its pages). */
export function localTextsOf(texts: readonly LocalText[], chapterId: string): LocalText[] {
  return texts.filter((t) => t.chapterId === chapterId).sort((a, b) => a.amended.localeCompare(b.amended) || a.point.localeCompare(b.point));
}

/**
 * The local texts as documents, one per extension point (id <chapter-id>/<point>), so that the
 * version lock records and checks their files as it does every chapter's (history/lock.ts).
 */
export function localTextDocuments(texts: readonly LocalText[], today: string): ManualDocument[] {
  const ordered = [...texts].sort((a, b) => a.amended.localeCompare(b.amended));
  const seen = new Set<string>();
  const versions = ordered.map((t): Version => {
    const id = `${t.chapterId}/${t.point}`;
    const first = !seen.has(id);
    seen.add(id);
    return {
      section: '',
      title: `Local text at ${t.point}`,
      amended: t.amended,
      change: first ? 'new' : 'updated',
      summary: t.summary,
      keywords: [],
      seeAlso: [],
      approvedBy: t.approvedBy,
      approvedOn: t.approvedOn,
      chapterId: id,
      file: t.file,
      hash: t.hash,
      contactIds: t.contactIds,
      resourceIds: t.resourceIds,
    };
  });
  return buildDocuments(versions, today);
}

/** The date whose local texts a version's page shows: the last day the version was in force, or `today` while it still is. */
export function localTextDateFor(chapter: ManualDocument, version: Version, today: string): string {
  const next = chapter.versions.find((v) => v.amended > version.amended && v.amended <= today);
  return next ? dayBefore(next.amended) : today;
}
