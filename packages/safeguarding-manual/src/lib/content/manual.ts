// The manual as the validator reads it (its files, as text) and as it hands it on (validated data).
import type { CoreRecord } from '../region/core-record.ts';
import type { LocalText } from '../region/local-text.ts';
import type { Contact } from '../schemas/contact.ts';
import type { Releases } from '../schemas/releases.ts';
import type { Glossary } from '../schemas/glossary.ts';
import type { SiteSettings } from '../schemas/site.ts';
import type { Structure } from '../schemas/structure.ts';
import type { SynonymGroup } from '../schemas/synonyms.ts';
import type { Lock } from '../history/lock.ts';
import type { AttachedFile, Resource } from './resources.ts';
import type { ManualDocument } from './versions.ts';

/** A file as read from disk: its path relative to the project root, and its text. */
export interface SourceFile {
  file: string;
  text: string;
  /** The SHA-256 of the file's bytes (what sha256sum prints), when it was read from disk. */
  sha256?: string | undefined;
  /** The byte offset of the first byte that is not valid UTF-8, when the file is not valid UTF-8. */
  invalidUtf8At?: number | undefined;
}

/** Everything the manual is made from, as text. */
export interface ManualSource {
  /** The content folder, relative to the project root, such as src/content. */
  contentDir: string;
  /** Every file under <contentDir>/procedures. */
  procedureFiles: SourceFile[];
  /** Every file under <contentDir>/pages: the information pages. */
  pageFiles?: SourceFile[] | undefined;
  structureFile: SourceFile | undefined;
  /** Every file under <contentDir>/contacts. */
  contactFiles: SourceFile[];
  /** Every file under <contentDir>/local: a partnership's local texts at a core chapter's extension points. */
  localFiles?: SourceFile[] | undefined;
  /** Every file under <contentDir>/resources except those in files/: the resource records. */
  resourceFiles?: SourceFile[] | undefined;
  /** Every file under <contentDir>/resources/files, described by its size, SHA-256 and format (never its bytes). */
  attachedFiles?: AttachedFile[] | undefined;
  /** <contentDir>/glossary.yaml, when the manual has a glossary. */
  glossaryFile?: SourceFile | undefined;
  /** The version lock, <contentDir>/versions.lock.json, once one exists. */
  lockFile?: SourceFile | undefined;
  /** The update rounds, <contentDir>/releases.yaml, when the manual has them. */
  releasesFile?: SourceFile | undefined;
  /** The site's own files in public/, as the addresses content links to them by, such as /images/flowchart.png. */
  publicFiles?: ReadonlySet<string> | undefined;
  /** Files uploaded into public/images/ and public/imported/ that the rule for published files refuses, with why and what to do. */
  refusedUploads?: { file: string; problem: string; fix: string }[] | undefined;
  /** <contentDir>/synonyms.yaml, when the manual has one. */
  synonymsFile?: SourceFile | undefined;
  /** <contentDir>/synonyms.cy.yaml: the Welsh pages' groups of words, when the manual is published in Welsh too. */
  welshSynonymsFile?: SourceFile | undefined;
  /** The release records, <contentDir>/release-records/<n>.json, each with the SHA-256 of its bytes. */
  releaseRecordFiles?: SourceFile[] | undefined;
  /** The core record (core.json), for a manual that follows a regional core. */
  coreFile?: SourceFile | undefined;
  /** Links (symlinks) in the content folder that lead outside it, which are never read. */
  linksOutside?: string[] | undefined;
}

/** The manual as validated data: what pages are built from. */
export interface Manual {
  chapters: ManualDocument[];
  /** The information pages: chapters of the pages collection, without numbers. */
  pages: ManualDocument[];
  structure: Structure;
  contacts: Contact[];
  /** The forms, flowcharts, guidance and leaflets, with their checked files. */
  resources: Resource[];
  /** The glossary (no entries when the manual has none). */
  glossary: Glossary;
  /** The version lock (empty when there is none yet). */
  lock: Lock;
  /** Groups of words that mean the same to a reader, from synonyms.yaml (none without it). */
  synonyms: SynonymGroup[];
  /** The same for the Welsh pages, from synonyms.cy.yaml (none without it). */
  welshSynonyms?: SynonymGroup[] | undefined;
  /** The update rounds from releases.yaml; undefined when the manual has none. */
  releases?: Releases | undefined;
  /** For a manual that follows a regional core: its core record (content/core.json). */
  core?: CoreRecord | undefined;
  /** The local texts at the extension points of its chapters (none when it has none). */
  localTexts?: LocalText[] | undefined;
}

export interface CheckOptions {
  /** The build date, YYYY-MM-DD: versions after it are not yet in force. */
  today: string;
  settings: SiteSettings;
  /** Where the settings live, for problems about them. */
  settingsFile: string;
  /** Parses every MDX body too (default true); the site build skips it, as the check before it has done it. */
  checkBodies?: boolean;
}
