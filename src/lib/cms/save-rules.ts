// What the CMS checks before it saves, beyond the fields' own rules: published versions never
// change, a new version takes a free date, a withdrawal is written as npm run withdraw writes
// it, a new chapter, page or contact gets an id, and a contact's changed details come with a
// dated change note. A refusal says what is wrong and what to do; nothing is saved.
import { chapterIdFromTitle } from '../authoring/chapter-id.ts';
import { withdrawalNotice } from '../authoring/withdraw.ts';
import { formatDate, isIsoDate } from '../dates.ts';
import { isId } from '../ids.ts';
import { type Data } from './files.ts';
import { CONTACTS, contactDetails, NEW_CHAPTER, NEW_PAGE, type CmsDocument, type CmsManual } from './model.ts';
import { preserveFormatting } from './preserve.ts';

/** A save the CMS refuses, with a message for the person editing. */
export class SaveRefused extends Error {
  override name = 'Not saved';
}

/** The entry being saved, as the CMS hands it over. */
export interface SavedEntry {
  collection: string;
  /** Its file, for an entry that exists; empty for a new one. */
  path: string;
  newRecord: boolean;
  data: Data;
}

function text(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value.trim() : '';
}

function noun(document: Pick<CmsDocument, 'kind'>): string {
  return document.kind === 'pages' ? 'page' : 'chapter';
}

/**
 * Checks an entry before it is saved, and returns its data as it should be written; throws
 * SaveRefused with a message when it must not be saved. `previous` is the text the new version
 * started from, whose formatting is kept where the editor did not change it.
 */
export function checkSave(entry: SavedEntry, manual: CmsManual, previous?: string): Data {
  if (entry.collection === CONTACTS) return checkContact(entry, manual);
  if (entry.collection === NEW_CHAPTER || entry.collection === NEW_PAGE) return checkNewDocument(entry, manual);
  const document = manual.documents.find((d) => d.collection === entry.collection);
  if (!document) return entry.data;
  return entry.newRecord ? checkNewVersion(entry, manual, document, previous) : checkExistingVersion(entry, manual, document);
}

function checkExistingVersion(entry: SavedEntry, manual: CmsManual, document: CmsDocument): Data {
  const date = /(\d{4}-\d{2}-\d{2})\.mdx$/.exec(entry.path)?.[1] ?? '';
  if (manual.locked.includes(entry.path) || date <= manual.today) {
    throw new SaveRefused(
      `This version of ${document.label} took effect on ${formatDate(date)}: it is published and cannot be changed. To change the ${noun(document)}, go back to it and press "+ new version": the new version starts from the current text.`,
    );
  }
  if (text(entry.data['amended']) !== date) {
    throw new SaveRefused(
      `"Takes effect on" must stay ${date}, the date this version was saved with. To publish it on another date, delete this draft and make a new version.`,
    );
  }
  checkSignOff(entry.data, manual);
  return entry.data;
}

/** Who approved the version and when: both or neither, approved on or before it takes effect, and given when the settings require it. */
function checkSignOff(data: Data, manual: CmsManual): void {
  const date = text(data['amended']);
  const by = text(data['approvedBy']);
  const on = text(data['approvedOn']);
  if (by && !on) throw new SaveRefused(`"Approved on" is empty: choose the date ${by} approved this version.`);
  if (on && !by) throw new SaveRefused('"Approved by" is empty: write the group or person that approved this version, such as Policy and Procedures Group.');
  if (on && on > date)
    throw new SaveRefused(
      `"Approved on" is ${formatDate(on)}, after the version takes effect on ${formatDate(date)}: a version is approved on or before the day it takes effect.`,
    );
  const from = manual.signOffRequiredFrom;
  if (!by && from && date >= from) {
    throw new SaveRefused(
      `Every version taking effect on or after ${formatDate(from)} records who approved it: fill in "Approved by" and "Approved on", then save again.`,
    );
  }
}

/** Nothing is added to the past: a new version takes effect on or after the day it is saved. */
function refusePast(date: string, today: string, what: string): void {
  if (date < today)
    throw new SaveRefused(
      `"Takes effect on" is ${formatDate(date)}, before today (${formatDate(today)}): a new version takes effect today or later, or it would change what the ${what} said on days already past. To correct a published version, ask the manual's maintainers to run npm run correct.`,
    );
}

function checkNewVersion(entry: SavedEntry, manual: CmsManual, document: CmsDocument, previous: string | undefined): Data {
  const date = text(entry.data['amended']);
  const what = noun(document);
  if (!isIsoDate(date)) throw new SaveRefused('"Takes effect on" must be a date: choose one in the date picker.');
  if (document.dates.includes(date)) {
    throw new SaveRefused(`${document.label} already has a version dated ${formatDate(date)}. Choose another date for "Takes effect on".`);
  }
  refusePast(date, manual.today, what);
  if (document.current && date < document.current) {
    throw new SaveRefused(
      `${document.label} has a version published on ${formatDate(document.current)}: a new version must take effect after that date, or it would change what the ${what} said on days already past.`,
    );
  }
  const first = document.dates[0]!;
  if (date < first) throw new SaveRefused(`${document.label} starts on ${formatDate(first)}: a new version must take effect on or after that date.`);
  checkSignOff(entry.data, manual);
  const change = text(entry.data['change']);
  if (change === 'new')
    throw new SaveRefused(
      `Only the first version of a ${what} is its first version: choose "Amends the ${what}" or "Withdraws the ${what}" under "This version".`,
    );
  let data = { ...entry.data };
  if (typeof data['body'] === 'string' && data['body'].includes('<Contact id="" />')) {
    throw new SaveRefused('A contact in the text has no contact chosen: choose one in its "Contact" list, or remove it.');
  }
  if (change === 'withdrawn') {
    const later = document.dates.filter((d) => d > date);
    if (later.length) throw new SaveRefused(`${document.label} has a later version, dated ${formatDate(later.at(-1)!)}: withdraw it on or after that date.`);
    const replacedBy = text(data['replacedBy']);
    const replacement = replacedBy ? manual.documents.find((d) => d.kind === document.kind && d.id === replacedBy) : undefined;
    if (replacement?.withdrawn) throw new SaveRefused(`${replacement.label} is withdrawn itself: choose a ${what} in force under "Replaced by", or none.`);
    data['body'] = withdrawalNotice(document.kind, replacement && { id: replacement.id, label: replacement.label });
  } else {
    if (text(data['replacedBy']))
      throw new SaveRefused(`"Replaced by" is only for withdrawing the ${what}: clear it, or choose "Withdraws the ${what}" under "This version".`);
    if (previous !== undefined && typeof data['body'] === 'string') data = { ...data, body: preserveFormatting(previous, data['body']) };
  }
  return data;
}

function checkNewDocument(entry: SavedEntry, manual: CmsManual): Data {
  const kind = entry.collection === NEW_PAGE ? 'pages' : 'procedures';
  const key = kind === 'pages' ? 'page' : 'chapter';
  const what = kind === 'pages' ? 'page' : 'chapter';
  const id = text(entry.data[key]) || chapterIdFromTitle(text(entry.data['title']));
  if (!isId(id))
    throw new SaveRefused(
      `No ${what} id can be made from the title: write one under "${what === 'page' ? 'Page' : 'Chapter'} id", in lower-case words joined by hyphens.`,
    );
  const existing = manual.documents.find((d) => d.kind === kind && d.id === id);
  if (existing)
    throw new SaveRefused(
      `There is already a ${what} with the id ${id} (${existing.label}). To change it, open it and press "+ new version"; for a different ${what}, write another id.`,
    );
  const date = text(entry.data['amended']);
  if (isIsoDate(date)) refusePast(date, manual.today, what);
  checkSignOff(entry.data, manual);
  return { ...entry.data, [key]: id };
}

function checkContact(entry: SavedEntry, manual: CmsManual): Data {
  const changes = Array.isArray(entry.data['changes']) ? entry.data['changes'] : [];
  if (entry.newRecord) {
    const id = text(entry.data['id']) || chapterIdFromTitle(text(entry.data['service']));
    if (!isId(id)) throw new SaveRefused('No contact id can be made from the service: write one under "Contact id", in lower-case words joined by hyphens.');
    const existing = manual.contacts.find((c) => c.id === id);
    if (existing) throw new SaveRefused(`There is already a contact with the id ${id} (${existing.service}, ${existing.organisation}): write another id.`);
    return { ...entry.data, id };
  }
  const id = /([^/]+)\.yaml$/.exec(entry.path)?.[1] ?? '';
  const original = manual.contacts.find((c) => c.id === id);
  if (!original) return entry.data;
  const service = text(entry.data['service']) || original.service;
  if (changes.length < original.changes) {
    throw new SaveRefused(
      `A change recorded for ${service} was removed. Recorded changes stay in the amendments log: put it back, and add a new change instead.`,
    );
  }
  if (contactDetails(entry.data) !== original.details && changes.length === original.changes) {
    throw new SaveRefused(
      `The details of ${service} have changed: add a change under "Changes", with the date it took effect and what changed (such as "New office hours number."), then save again.`,
    );
  }
  return entry.data;
}
