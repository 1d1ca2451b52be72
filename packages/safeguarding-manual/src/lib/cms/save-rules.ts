// What the CMS does to an entry before it saves it: a withdrawal is written as npm run withdraw
// writes it, a new version keeps the formatting of the lines the editor did not change, and a
// new chapter, page or contact gets an id. Whether the saved files are right is for the studio's
// server (studio-api.ts), which runs the check's own rules on every write: a withdrawal before
// a later version, a replacement withdrawn itself, a published change note removed and every
// other rule are the check's alone, as is a new entry that would take the place of an existing
// file (its date or id taken), which the studio checks with the entry marked as new.
import { chapterIdFromTitle } from '../authoring/chapter-id.ts';
import { withdrawalNotice } from '../authoring/withdraw.ts';
import { isId } from '../content/ids.ts';
import { bodyOf } from '../content/frontmatter.ts';
import { asRead, type Data } from './files.ts';
import { CONTACTS, LOCAL_PLACE_LABEL, LOCAL_TEXTS, NEW_CHAPTER, NEW_PAGE, type CmsDocument, type CmsManual } from './model.ts';
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

/**
 * Checks an entry before it is saved, and returns its data as it should be written; throws
 * SaveRefused with a message when it must not be saved. `previous` is the text the new version
 * started from, whose formatting is kept where the editor did not change it.
 */
export function checkSave(entry: SavedEntry, manual: CmsManual, previous?: string): Data {
  if (entry.collection === CONTACTS) return checkContact(entry, manual);
  if (entry.collection === NEW_CHAPTER || entry.collection === NEW_PAGE) return checkNewDocument(entry);
  if (entry.collection === LOCAL_TEXTS) return checkLocalText(entry);
  const document = manual.documents.find((d) => d.collection === entry.collection);
  if (!document) return entry.data;
  // A version opened in the editor (a draft, or a correction): the server checks it whole.
  return entry.newRecord ? checkNewVersion(entry, manual, document, previous) : keepLinesAsRead(entry.data);
}

/** A version opened in the editor keeps the lines of its text the editor did not change, as its file had them. */
function keepLinesAsRead(data: Data): Data {
  const file = asRead(data);
  if (file === undefined || typeof data['body'] !== 'string') return data;
  return { ...data, body: preserveFormatting(bodyOf(file), data['body']) };
}

function checkNewVersion(entry: SavedEntry, manual: CmsManual, document: CmsDocument, previous: string | undefined): Data {
  const change = text(entry.data['change']);
  let data = { ...entry.data };
  if (change === 'withdrawn') {
    const replacedBy = text(data['replacedBy']);
    const replacement = replacedBy ? manual.documents.find((d) => d.kind === document.kind && d.id === replacedBy) : undefined;
    data['body'] = withdrawalNotice(document.kind, replacement && { id: replacement.id, label: replacement.label });
  } else {
    if (previous !== undefined && typeof data['body'] === 'string') data = { ...data, body: preserveFormatting(previous, data['body']) };
  }
  return data;
}

function checkNewDocument(entry: SavedEntry): Data {
  const kind = entry.collection === NEW_PAGE ? 'pages' : 'procedures';
  const key = kind === 'pages' ? 'page' : 'chapter';
  const what = kind === 'pages' ? 'page' : 'chapter';
  const id = text(entry.data[key]) || chapterIdFromTitle(text(entry.data['title']));
  if (!isId(id))
    throw new SaveRefused(
      `No ${what} id can be made from the title: write one under "${what === 'page' ? 'Page' : 'Chapter'} id", in lower-case words joined by hyphens.`,
    );
  return { ...entry.data, [key]: id };
}

/**
 * A new version of a local text goes in the folder of the place chosen, <chapter-id>/<point>/:
 * the editor names the file from `chapter` and `point`, which the file itself never holds. Whether
 * the chapter declares that point is the check's to say, on the studio's server. A version opened
 * again stays where it is.
 */
function checkLocalText(entry: SavedEntry): Data {
  if (!entry.newRecord) return keepLinesAsRead(entry.data);
  const [chapter = '', point = '', ...rest] = text(entry.data['place']).split('/');
  if (!isId(chapter) || !isId(point) || rest.length) {
    throw new SaveRefused(`Choose under "${LOCAL_PLACE_LABEL}" the place in a chapter that this text fills.`);
  }
  return { ...entry.data, chapter, point };
}

function checkContact(entry: SavedEntry, manual: CmsManual): Data {
  if (entry.newRecord) {
    const id = text(entry.data['id']) || chapterIdFromTitle(text(entry.data['service']));
    if (!isId(id)) throw new SaveRefused('No contact id can be made from the service: write one under "Contact id", in lower-case words joined by hyphens.');
    return { ...entry.data, id };
  }
  const id = /([^/]+)\.yaml$/.exec(entry.path)?.[1] ?? '';
  const original = manual.contacts.find((c) => c.id === id);
  if (!original) return entry.data;
  // A number or its hours changed: the details were checked today, which "Last checked on" says.
  return phonesOf(entry.data['phones']) !== phonesOf(original.phones) ? { ...entry.data, verified: manual.today } : entry.data;
}

/** A contact's numbers and hours, as one text to compare. */
function phonesOf(phones: unknown): string {
  const list = Array.isArray(phones) ? (phones as Record<string, unknown>[]) : [];
  return JSON.stringify(list.map((p) => [text(p['number']).replace(/\s+/g, ''), text(p['hours']), text(p['hoursText'])]));
}
