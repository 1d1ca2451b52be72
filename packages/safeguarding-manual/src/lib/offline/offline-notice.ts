// What a page served by the offline worker says about the copy it comes from: its age, and
// whether the site has a newer build. The worker has no DOM and chapter pages have no
// JavaScript, so the notice is markup the worker puts into the page, in the site's own styles
// and in the page's language.
import { OFFLINE_COPY_TEXT } from '../interface-text/offline-copy.ts';
import { languageFolder, LANGUAGES, MAIN_LANGUAGE, type Language } from '../languages.ts';
import { formatDate, todayInLondon } from '../util/dates.ts';
import type { OfflineBuild } from './offline.ts';

const DAY = 86_400_000;

/** What the worker remembers about the copy on a device; every version of the worker shares it. */
export interface CopyRecord {
  /** The build the copy holds (OfflineBuild.id) and its date. */
  id: string;
  built: string;
  /** When the copy was last found to be the site's current build (milliseconds since 1970). */
  checkedAt: number;
  /** A newer build seen on the site that the copy does not hold yet. */
  newer?: { id: string; built: string } | undefined;
}

/** The record after a check of the site's current build (offline/build.json) against the copy. */
export function recordCheck(
  copy: Pick<OfflineBuild, 'id' | 'built'>,
  record: CopyRecord | undefined,
  site: Pick<OfflineBuild, 'id' | 'built'>,
  now: number,
): CopyRecord {
  // Another build's worker has taken the copy over: the record is its own now.
  if (record && record.id !== copy.id) return record;
  if (site.id === copy.id) return { id: copy.id, built: copy.built, checkedAt: now };
  return { ...(record ?? { id: copy.id, built: copy.built, checkedAt: 0 }), newer: { id: site.id, built: site.built } };
}

/** A build as pages are tagged with it: its id and its date. */
export type BuildTag = Pick<OfflineBuild, 'id' | 'built'>;

/**
 * The build a page just fetched from the site belongs to, for the tag the worker keeps with it:
 * the newer build the site is known to have, or the one whose worker has taken the copy over,
 * else the copy's own.
 */
export function servedBuild(copy: BuildTag, record: CopyRecord | undefined): BuildTag {
  if (record && record.id !== copy.id) return { id: record.id, built: record.built };
  if (record?.newer) return record.newer;
  return { id: copy.id, built: copy.built };
}

/** The header a kept page carries, "<id> <date>", and back. */
export const SAVED_FROM_HEADER = 'x-manual-saved-from';
export const savedFromValue = (tag: BuildTag): string => `${tag.id} ${tag.built}`;
export function parseSavedFrom(value: string | null): BuildTag | undefined {
  const match = /^([0-9a-f]+) (\d{4}-\d{2}-\d{2})$/.exec(value ?? '');
  return match ? { id: match[1]!, built: match[2]! } : undefined;
}

export interface NoticeInput {
  /** Where the page came from: the network (the site as it is now) or the copy on the device. */
  from: 'network' | 'copy';
  /** For a page kept on the device because a reader opened it (not part of the saved copy): the build it was fetched from. */
  savedFrom?: BuildTag | undefined;
  /** The build of the worker serving the page, which is the build its copy holds. */
  build: Pick<OfflineBuild, 'id' | 'built' | 'staleDays'>;
  record: CopyRecord | undefined;
  now: number;
  /** The page's own address, for "Refresh this page". */
  href: string;
  /** The page's language (pageLanguage), which the notice is written in: English unless given. */
  language?: Language | undefined;
}

export interface Notice {
  /** `warning` when the reader should act or take care; `info` otherwise. */
  tone: 'info' | 'warning';
  /** The notice's sentence, as markup. */
  html: string;
}

/** The date the copy is "from": the day it was last found current, or its build date when it never was. */
function copyDate(build: NoticeInput['build'], record: CopyRecord | undefined): { date: string; since: number } {
  if (record?.id === build.id && record.checkedAt > 0) return { date: todayInLondon(new Date(record.checkedAt)), since: record.checkedAt };
  return { date: build.built, since: Date.parse(`${build.built}T00:00:00Z`) };
}

/** The newer build the site has, as far as the worker knows: one it saw, or one whose worker has since taken over the copy. */
function newerBuild(build: NoticeInput['build'], record: CopyRecord | undefined): string | undefined {
  if (!record) return undefined;
  if (record.id !== build.id) return record.built;
  return record.newer && record.newer.id !== build.id ? record.newer.built : undefined;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The notice for a page the worker serves, or none. Pages from the network need none unless
 * the site has a newer build than the copy (which the worker is then saving). A page kept from
 * an earlier build says so, with that build's date. Pages from the copy always say how old it is, warn once it is older than `staleDays` without a check, and
 * offer a refresh when the site is known to have a newer build.
 */
export function copyNotice({ from, savedFrom, build, record, now, href, language = MAIN_LANGUAGE }: NoticeInput): Notice | undefined {
  const words = OFFLINE_COPY_TEXT[language].notice;
  const day = (date: string) => formatDate(date, language);
  const newer = newerBuild(build, record);
  if (from === 'network') {
    return newer ? { tone: 'info', html: `<strong>${words.updated(day(newer))}</strong> ${words.beingUpdated}` } : undefined;
  }
  // A page a reader opened under an earlier release is not part of the copy the device updates: it says which release it is from.
  if (savedFrom && savedFrom.id !== build.id) {
    return { tone: 'warning', html: `<strong>${words.fromEarlier(day(savedFrom.built))}</strong>${words.fromEarlierRest(day(build.built))}` };
  }
  if (newer) {
    return { tone: 'warning', html: `<strong>${words.updated(day(newer))}</strong> ${words.older} <a href="${escape(href)}">${words.refresh}</a>` };
  }
  const { date, since } = copyDate(build, record);
  if (now - since > build.staleDays * DAY) {
    return { tone: 'warning', html: `<strong>${words.stale(day(date))}</strong>` };
  }
  return { tone: 'info', html: words.reading(day(date)) };
}

/**
 * The language of a page a worker serves, from its address: a page in another language's folder
 * (cy/) under the worker's scope is in that language; any other page is in the worker's own.
 * The English worker's scope holds the Welsh pages' folder; the Welsh worker's scope is that folder.
 */
export function pageLanguage(url: string, scope: string, own: Language): Language {
  if (!url.startsWith(scope)) return own;
  const inside = url.slice(scope.length);
  return LANGUAGES.find((language) => language !== MAIN_LANGUAGE && inside.startsWith(languageFolder(language))) ?? own;
}

/** The page with the notice at the top of its main content, in the site's notice styles. */
export function withNotice(page: string, notice: Notice): string {
  const main = /<main\b[^>]*>/.exec(page);
  if (!main) return page;
  const classes = notice.tone === 'warning' ? 'notice notice-old offline-notice' : 'notice offline-notice';
  const at = main.index + main[0].length;
  return `${page.slice(0, at)}<div class="${classes}" role="note"><p>${notice.html}</p></div>${page.slice(at)}`;
}
