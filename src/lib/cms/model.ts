// What the admin page knows about the manual, beyond the CMS configuration: which versions are
// published, the dates already used, the contacts for the picker and the preview, and the
// contacts' details as last published. Written by config.ts, read by the admin page's script.

/** One chapter or information page, as the CMS offers it. */
export interface CmsDocument {
  /** The CMS collection that holds its versions. */
  collection: string;
  kind: 'procedures' | 'pages';
  id: string;
  /** Its number and title, or its title, as the contents shows it. */
  label: string;
  /** The dates of its versions, oldest first. */
  dates: string[];
  /** The date of the version in force today, if any. */
  current?: string | undefined;
  withdrawn: boolean;
  /** The frontmatter of the version a new one starts from (in force, or the latest), as written: a new version keeps its lines. */
  frontmatter?: string | undefined;
}

export interface CmsPhone {
  label: string;
  /** The number as the site shows it. */
  display: string;
  /** The tel: address the site links it to. */
  tel: string;
  hoursText?: string | undefined;
}

export interface CmsContact {
  id: string;
  service: string;
  organisation: string;
  phones: CmsPhone[];
  email?: string | undefined;
  notes?: string | undefined;
  /** The details whose change needs a dated note, as last published (JSON, keys sorted). */
  details: string;
  /** How many dated changes it listed then. */
  changes: number;
}

export interface CmsManual {
  /** Today in the UK, YYYY-MM-DD: versions dated on or before it are in force. */
  today: string;
  /** The content folder, relative to the repository, such as src/content. */
  contentDir: string;
  /** The site's base path, such as / or /manual/. */
  base: string;
  /** Version files recorded in the lock, relative to the repository. */
  locked: string[];
  /** From this date every new version records who approved it and when (the setting signOffRequiredFrom). */
  signOffRequiredFrom?: string | undefined;
  documents: CmsDocument[];
  contacts: CmsContact[];
}

/** The CMS collection of a chapter's or a page's versions. */
export function documentCollection(kind: CmsDocument['kind'], id: string): string {
  return `${kind === 'pages' ? 'page' : 'chapter'}-${id}`;
}

export const NEW_CHAPTER = 'new-chapter';
export const NEW_PAGE = 'new-page';
export const CONTACTS = 'contacts';

/** A value with empty fields left out and keys sorted, so that two ways of writing the same details compare equal. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => !(v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)))
      .sort(([a], [b]) => a.localeCompare(b));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return typeof value === 'string' ? value.trim() : value;
}

/**
 * A contact's details whose change needs a dated note, as the version lock fingerprints them
 * (src/lib/contacts.ts): everything but its id, verified date and changes.
 */
export function contactDetails(contact: Record<string, unknown>): string {
  const { verified: _v, changes: _c, id: _id, ...details } = contact;
  return JSON.stringify(canonical(details));
}
