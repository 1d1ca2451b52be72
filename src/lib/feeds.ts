// The amendments log for machines: an Atom feed, JSON and CSV, one entry per published version.
import { stringify } from 'csv-stringify/sync';
import { Feed } from 'feed';
import type { Amendment } from './amendments.ts';
import type { ContactChange } from './contacts.ts';
import type { GlossaryChange } from './glossary.ts';
import type { SiteSettings } from './schemas/site.ts';
import { absoluteUrl, paths } from './urls.ts';
import { collectionOf, versionLabel, type Collection } from './versions.ts';

export interface ExportRow {
  chapter_id: string;
  number: string;
  title: string;
  date: string;
  kind: string;
  summary: string;
  url: string;
  changes_url: string;
  sha256: string;
  /** procedures for a chapter, pages for an information page (whose number is empty). */
  collection: Collection;
}

/** One flat row per version, shared by the JSON and CSV exports. */
export function exportRows(amendments: readonly Amendment[], settings: SiteSettings): ExportRow[] {
  const abs = (path: string) => absoluteUrl(settings.site, settings.base, path);
  return amendments.map((a) => ({
    chapter_id: a.chapterId,
    number: a.section,
    title: a.title,
    date: a.date,
    kind: a.kind,
    summary: a.summary,
    url: abs(paths.version(a.chapterId, a.version.amended, a.version.collection)),
    changes_url: a.hasChanges ? abs(paths.changes(a.chapterId, a.version.amended, a.version.collection)) : '',
    sha256: a.version.hash,
    collection: collectionOf(a.version),
  }));
}

/** One row per dated change to a contact's details. */
export function contactChangeRows(changes: readonly ContactChange[], settings: SiteSettings) {
  return changes.map((c) => ({
    contact_id: c.contactId,
    service: c.service,
    organisation: c.organisation,
    date: c.date,
    summary: c.summary,
    url: `${absoluteUrl(settings.site, settings.base, paths.contacts)}#${c.contactId}`,
  }));
}

/** One row per dated change to the glossary. */
export function glossaryChangeRows(changes: readonly GlossaryChange[], settings: SiteSettings) {
  return changes.map((c) => ({ date: c.date, summary: c.summary, url: absoluteUrl(settings.site, settings.base, paths.glossary) }));
}

export function amendmentsJson(
  amendments: readonly Amendment[],
  settings: SiteSettings,
  today: string,
  contactChanges: readonly ContactChange[] = [],
  glossaryChanges: readonly GlossaryChange[] = [],
): string {
  return JSON.stringify(
    {
      partnership: settings.partnership,
      manual: settings.manualTitle,
      generated: today,
      versions: exportRows(amendments, settings),
      contactChanges: contactChangeRows(contactChanges, settings),
      glossaryChanges: glossaryChangeRows(glossaryChanges, settings),
    },
    null,
    2,
  );
}

/** CSV for spreadsheets: a cell that starts like a formula (=, +, -, @) is written so that it stays text. */
export function amendmentsCsv(amendments: readonly Amendment[], settings: SiteSettings): string {
  return stringify(exportRows(amendments, settings), { header: true, quoted_string: true, escape_formulas: true });
}

/**
 * Text for a feed field. The feed library declares titles and summaries as HTML, so text is
 * escaped: a feed reader shows "<script>" in a title as those characters, never as markup.
 */
export function feedText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An Atom feed of the latest amendments and changes to contacts and the glossary (the newest `limit` entries). */
export function amendmentsAtom(
  amendments: readonly Amendment[],
  settings: SiteSettings,
  today: string,
  contactChanges: readonly ContactChange[] = [],
  limit = 100,
  glossaryChanges: readonly GlossaryChange[] = [],
): string {
  const abs = (path: string) => absoluteUrl(settings.site, settings.base, path);
  const newest = [amendments[0]?.date, contactChanges[0]?.date, glossaryChanges[0]?.date].filter((d) => d !== undefined).sort().at(-1);
  const updated = new Date(`${newest ?? today}T00:00:00Z`);
  const feed = new Feed({
    title: feedText(`${settings.manualTitle}: amendments`),
    description: feedText(`Every change to the ${settings.manualTitle} of the ${settings.partnership}.`),
    id: abs(paths.amendments),
    link: abs(paths.amendments),
    language: 'en-GB',
    updated,
    copyright: feedText(settings.partnership),
    feedLinks: { atom: abs(paths.atom) },
    author: { name: feedText(settings.partnership), link: abs(paths.home) },
  });
  const items = [
    ...amendments.map((a) => ({ date: a.date, add: () => addVersion(a) })),
    ...contactChanges.map((c) => ({ date: c.date, add: () => addContactChange(c) })),
    ...glossaryChanges.map((c) => ({ date: c.date, add: () => addGlossaryChange(c) })),
  ].sort((a, b) => b.date.localeCompare(a.date));
  for (const item of items.slice(0, limit)) item.add();
  return feed.atom1();

  function addContactChange(c: ContactChange) {
    const link = `${abs(paths.contacts)}#${c.contactId}`;
    feed.addItem({
      title: feedText(`Contact changed: ${c.service}`),
      id: `${link}-${c.date}`,
      link,
      date: new Date(`${c.date}T00:00:00Z`),
      description: feedText(c.summary),
    });
  }

  function addGlossaryChange(c: GlossaryChange) {
    const link = abs(paths.glossary);
    feed.addItem({
      title: feedText(`Glossary changed: ${c.summary}`),
      id: `${link}#change-${c.number}`,
      link,
      date: new Date(`${c.date}T00:00:00Z`),
      description: feedText(c.summary),
    });
  }

  function addVersion(a: Amendment) {
    const link = abs(paths.version(a.chapterId, a.version.amended, a.version.collection));
    feed.addItem({
      title: feedText(`${a.kind}: ${versionLabel(a)}`),
      id: link,
      link,
      date: new Date(`${a.date}T00:00:00Z`),
      description: feedText(a.summary || `${a.kind} on ${a.date}.`),
      content: feedText(`${a.summary} SHA-256 of the version file: ${a.version.hash}.`),
    });
  }
}
