// The amendments log for machines: an Atom feed, JSON and CSV, one entry per published version.
import { coreOrigin, sourceColumns, type CoreRecord, type CoreOrigin, type SourceColumns } from '../region/core-record.ts';
import { stringify } from 'csv-stringify/sync';
import { Feed } from 'feed';
import { amendmentPath, amendmentsTo, amendmentsToSection, type Amendment } from './amendments.ts';
import type { ContactChange } from '../content/contacts.ts';
import type { ResourceChange } from '../content/resources.ts';
import { xmlSafe } from '../check/control-characters.ts';
import { escapeHtml } from '../util/html-text.ts';
import type { GlossaryChange } from '../glossary/glossary.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { absoluteUrl, paths } from './urls.ts';
import { interfaceText } from '../interface-text.ts';
import { buildLanguage, LANGUAGE_TAGS } from '../languages.ts';
import { formatDate } from '../util/dates.ts';
import { collectionOf, documentNoun, signOffText, versionLabel, type ManualDocument, type Collection } from '../content/versions.ts';

/** With a regional core, each row also says whether its version is the core's or the manual's own (SourceColumns). */
export interface ExportRow extends Partial<SourceColumns> {
  /** With a regional core: the extension point, when the row is a version of the partnership's own text at one of the chapter's points (else empty). */
  local_point?: string;
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
  /** Who approved the version (empty when not recorded). */
  approved_by: string;
  /** When it was approved, YYYY-MM-DD (empty when not recorded). */
  approved_on: string;
}

/** One flat row per version, shared by the JSON and CSV exports. */
export function exportRows(amendments: readonly Amendment[], settings: SiteSettings, core?: CoreRecord): ExportRow[] {
  const abs = (path: string) => absoluteUrl(settings.site, settings.base, path);
  return amendments.map((a) => ({
    // A manual that follows a regional core says of each version whether it is the core's or its own.
    ...(settings.core ? { ...sourceColumns(a.local ? undefined : core, a.chapterId, a.version.amended), local_point: a.local?.point ?? '' } : {}),
    chapter_id: a.chapterId,
    number: a.section,
    title: a.title,
    date: a.date,
    kind: a.kind,
    summary: a.summary,
    url: abs(amendmentPath(a)),
    changes_url: a.hasChanges ? abs(paths.changes(a.chapterId, a.version.amended, a.version.collection)) : '',
    sha256: a.version.hash,
    collection: collectionOf(a.version),
    // A correction's row is about the correction, which no sign-off covers.
    approved_by: a.kind === 'Corrected' ? '' : (a.version.approvedBy ?? ''),
    approved_on: a.kind === 'Corrected' ? '' : (a.version.approvedOn ?? ''),
  }));
}

/** One row per dated change to a contact's details. */
function contactChangeRows(changes: readonly ContactChange[], settings: SiteSettings) {
  return changes.map((c) => ({
    contact_id: c.contactId,
    service: c.service,
    organisation: c.organisation,
    date: c.date,
    summary: c.summary,
    url: `${absoluteUrl(settings.site, settings.base, paths.contacts)}#${c.contactId}`,
  }));
}

/** One row per dated, signed-off change to a resource's file. */
function resourceChangeRows(changes: readonly ResourceChange[], settings: SiteSettings) {
  return changes.map((c) => ({
    resource_id: c.resourceId,
    title: c.title,
    date: c.date,
    kind: resourceChangeKind(c),
    summary: c.summary,
    approved_by: c.approvedBy,
    approved_on: c.approvedOn,
    url: absoluteUrl(settings.site, settings.base, paths.resource(c.resourceId)),
  }));
}

/** How the log and the feeds name a resource's change: its first publication, or a change. */
export function resourceChangeKind(change: Pick<ResourceChange, 'added'>): 'Resource added' | 'Resource changed' {
  return change.added ? 'Resource added' : 'Resource changed';
}

/** One row per dated change to the glossary. */
function glossaryChangeRows(changes: readonly GlossaryChange[], settings: SiteSettings) {
  return changes.map((c) => ({ date: c.date, summary: c.summary, url: absoluteUrl(settings.site, settings.base, paths.glossary) }));
}

/** The dated changes the log lists beside versions: to contacts, resources and the glossary. */
export interface OtherChanges {
  contactChanges?: readonly ContactChange[] | undefined;
  resourceChanges?: readonly ResourceChange[] | undefined;
  glossaryChanges?: readonly GlossaryChange[] | undefined;
  /** The core record of a manual that follows a regional core. */
  core?: CoreRecord | undefined;
}

export function amendmentsJson(amendments: readonly Amendment[], settings: SiteSettings, today: string, other: OtherChanges = {}): string {
  const { contactChanges = [], resourceChanges = [], glossaryChanges = [], core } = other;
  return JSON.stringify(
    {
      partnership: settings.partnership,
      manual: settings.manualTitle,
      generated: today,
      versions: exportRows(amendments, settings, core),
      contactChanges: contactChangeRows(contactChanges, settings),
      resourceChanges: resourceChangeRows(resourceChanges, settings),
      glossaryChanges: glossaryChangeRows(glossaryChanges, settings),
    },
    null,
    2,
  );
}

/** CSV for spreadsheets: a cell that starts like a formula (=, +, -, @) is written so that it stays text. */
export function amendmentsCsv(amendments: readonly Amendment[], settings: SiteSettings, core?: CoreRecord): string {
  return stringify(exportRows(amendments, settings, core), { header: true, quoted_string: true, escape_formulas: true });
}

/**
 * Text for a feed field. The feed library declares titles and summaries as HTML, so text is
 * escaped: a feed reader shows "<script>" in a title as those characters, never as markup.
 * Characters XML 1.0 forbids are dropped, whatever the check let through.
 */
function feedText(text: string): string {
  return escapeHtml(xmlSafe(text));
}

/** A feed of the manual's: `page` is the page it follows (its id and alternate link), `self` the feed's own address. */
function newFeed(
  settings: SiteSettings,
  what: { title: string; description: string; page: string; self: string; newest: string | undefined; today: string },
): Feed {
  const abs = (path: string) => absoluteUrl(settings.site, settings.base, path);
  return new Feed({
    title: feedText(what.title),
    description: feedText(what.description),
    id: abs(what.page),
    link: abs(what.page),
    language: LANGUAGE_TAGS[buildLanguage()],
    updated: new Date(`${what.newest ?? what.today}T00:00:00Z`),
    copyright: feedText(settings.partnership),
    feedLinks: { atom: abs(what.self) },
    author: { name: feedText(settings.partnership), link: abs(paths.home) },
  });
}

/** Where a core version came from, in the feed's words. */
function originText(origin: CoreOrigin): string {
  return interfaceText().records.feeds.coreOrigin(formatDate(origin.coreDate), origin.release, origin.acceptedBy, formatDate(origin.acceptedOn));
}

/** Adds a version (or a correction) as an entry that links to the version as published. */
function addVersion(feed: Feed, a: Amendment, settings: SiteSettings, core?: CoreRecord): void {
  const words = interfaceText().records;
  const kind = words.kinds[a.kind];
  const origin = a.version.collection === 'pages' || a.local ? undefined : coreOrigin(core, a.chapterId, a.version.amended);
  const link = absoluteUrl(settings.site, settings.base, amendmentPath(a));
  feed.addItem({
    title: feedText(`${kind}: ${versionLabel(a)}${a.local ? words.amendments.localEntry : ''}`),
    id: link,
    link,
    date: new Date(`${a.date}T00:00:00Z`),
    description: feedText(a.summary || words.feeds.entryOn(kind, a.date)),
    content: feedText(
      `${a.summary}${signOffText(a.version) && a.kind !== 'Corrected' ? ` ${signOffText(a.version)}.` : ''}${words.feeds.hash(a.version.hash)}${origin ? words.feeds.fromCore(originText(origin)) : ''}`,
    ),
  });
}

/** An Atom feed of the latest amendments and changes to contacts, resources and the glossary (the newest `limit` entries). */
export function amendmentsAtom(amendments: readonly Amendment[], settings: SiteSettings, today: string, other: OtherChanges = {}, limit = 100): string {
  const { contactChanges = [], resourceChanges = [], glossaryChanges = [], core } = other;
  const abs = (path: string) => absoluteUrl(settings.site, settings.base, path);
  const newest = [amendments[0]?.date, contactChanges[0]?.date, resourceChanges[0]?.date, glossaryChanges[0]?.date]
    .filter((d) => d !== undefined)
    .sort()
    .at(-1);
  const words = interfaceText().records;
  const feed = newFeed(settings, {
    title: words.feeds.amendmentsTitle(settings.manualTitle),
    description: words.feeds.amendmentsDescription(settings.manualTitle, settings.partnership),
    page: paths.amendments,
    self: paths.atom,
    newest,
    today,
  });
  const items = [
    ...amendments.map((a) => ({ date: a.date, add: () => addVersion(feed, a, settings, core) })),
    ...contactChanges.map((c) => ({ date: c.date, add: () => addContactChange(c) })),
    ...resourceChanges.map((c) => ({ date: c.date, add: () => addResourceChange(c) })),
    ...glossaryChanges.map((c) => ({ date: c.date, add: () => addGlossaryChange(c) })),
  ].sort((a, b) => b.date.localeCompare(a.date));
  for (const item of items.slice(0, limit)) item.add();
  return xmlSafe(feed.atom1());

  function addContactChange(c: ContactChange) {
    const link = `${abs(paths.contacts)}#${c.contactId}`;
    feed.addItem({
      title: feedText(`${words.kinds['Contact changed']}: ${c.service}`),
      id: `${link}-${c.date}`,
      link,
      date: new Date(`${c.date}T00:00:00Z`),
      description: feedText(c.summary),
    });
  }

  function addGlossaryChange(c: GlossaryChange) {
    const link = abs(paths.glossary);
    feed.addItem({
      title: feedText(`${words.kinds['Glossary changed']}: ${c.summary}`),
      id: `${link}#change-${c.number}`,
      link,
      date: new Date(`${c.date}T00:00:00Z`),
      description: feedText(c.summary),
    });
  }

  function addResourceChange(c: ResourceChange) {
    const link = abs(paths.resource(c.resourceId));
    feed.addItem({
      title: feedText(`${words.kinds[resourceChangeKind(c)]}: ${c.title}`),
      id: `${link}#${c.date}`,
      link,
      date: new Date(`${c.date}T00:00:00Z`),
      description: feedText(c.summary),
      content: feedText(`${c.summary} ${interfaceText().amendment.approved(c.approvedBy, c.approvedOn)}.`),
    });
  }
}

/**
 * The Atom feed of one chapter or information page: every published version and correction of
 * it, newest first, from the whole log (`amendments`). Readers follow the chapters they use.
 */
export function documentAtom(document: ManualDocument, amendments: readonly Amendment[], settings: SiteSettings, today: string): string {
  const entries = amendmentsTo(amendments, document);
  const latest = document.current ?? document.versions[0]!;
  const text = interfaceText();
  const feed = newFeed(settings, {
    title: text.records.feeds.documentTitle(versionLabel(latest)),
    description: text.records.feeds.documentDescription(text.nouns[documentNoun(document.collection)], versionLabel(latest), settings.manualTitle),
    page: paths.chapter(document.id, document.collection),
    self: paths.feed(document.id, document.collection),
    newest: entries[0]?.date,
    today,
  });
  for (const a of entries) addVersion(feed, a, settings);
  return xmlSafe(feed.atom1());
}

/** The Atom feed of the amendments to the chapters of one top-level section, newest first. */
export function sectionAtom(section: { number: string; title: string }, amendments: readonly Amendment[], settings: SiteSettings, today: string): string {
  const entries = amendmentsToSection(amendments, section.number);
  const words = interfaceText().records.feeds;
  const feed = newFeed(settings, {
    title: words.sectionTitle(settings.manualTitle, section.number, section.title),
    description: words.sectionDescription(section.number, section.title),
    page: paths.amendmentsSection(section.number),
    self: paths.sectionFeed(section.number),
    newest: entries[0]?.date,
    today,
  });
  for (const a of entries) addVersion(feed, a, settings);
  return xmlSafe(feed.atom1());
}
