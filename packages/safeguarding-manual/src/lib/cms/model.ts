// What the admin page knows about the manual, beyond the CMS configuration: which versions are
// published, the dates already used, and the contacts for the picker and the preview (with how
// many changes each records). Written by config.ts, read by the admin page's script.

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
  /** In a manual edited in more than one language: the frontmatter of that version's text in each other language, as written. */
  translations?: Record<string, string> | undefined;
}

export interface CmsPhone {
  label: string;
  /** The number as the site shows it. */
  display: string;
  /** The tel: address the site links it to. */
  tel: string;
  /** The number, when it is answered, and its hours, as the file has them. */
  number: string;
  hours?: string | undefined;
  hoursText?: string | undefined;
}

export interface CmsContact {
  id: string;
  service: string;
  organisation: string;
  phones: CmsPhone[];
  email?: string | undefined;
  notes?: string | undefined;
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
  /** The languages the editor writes side by side, English first; absent for a manual edited in English only. */
  languages?: string[] | undefined;
  documents: CmsDocument[];
  contacts: CmsContact[];
}

/** The CMS collection of a chapter's or a page's versions. */
export function documentCollection(kind: CmsDocument['kind'], id: string): string {
  return `${kind === 'pages' ? 'page' : 'chapter'}-${id}`;
}

export const NEW_CHAPTER = 'new-chapter';
export const NEW_PAGE = 'new-page';
/** The lists whose entries start a new chapter or page. */
export const NEW_DOCUMENTS: ReadonlySet<string> = new Set([NEW_CHAPTER, NEW_PAGE]);
export const CONTACTS = 'contacts';
/**
 * The list of a partnership's local texts at the extension points of its chapters, in a manual
 * that follows a regional core: content/local/<chapter-id>/<point>/<date>.mdx.
 */
export const LOCAL_TEXTS = 'local-texts';
/** The label of the field that says which extension point a new local text fills. */
export const LOCAL_PLACE_LABEL = 'Where in the chapter';
