// The manual as the check before a build validated it, handed to the Astro build as JSON so
// that the build does not read, parse and hash every file a second time.
import type { Manual } from '../content/manual.ts';
import { buildDocuments, collectionOf, type Version } from '../content/versions.ts';

interface CheckedManual {
  format: 1;
  /** The build date the manual was checked for. */
  today: string;
  contentDir: string;
  versions: Version[];
  structure: Manual['structure'];
  contacts: Manual['contacts'];
  /** The resources with what pages show of their files (type, size, SHA-256), never the files themselves. */
  resources: Manual['resources'];
  glossary: Manual['glossary'];
  lock: Manual['lock'];
  synonyms: Manual['synonyms'];
  releases?: Manual['releases'];
  core?: Manual['core'];
  localTexts?: Manual['localTexts'];
}

/** The checked manual as JSON: every version once (chapters and information pages are rebuilt from them). */
export function serializeChecked(manual: Manual, today: string, contentDir: string): string {
  const checked: CheckedManual = {
    format: 1,
    today,
    contentDir,
    versions: [...manual.chapters, ...manual.pages].flatMap((c) => c.versions),
    structure: manual.structure,
    contacts: manual.contacts,
    resources: manual.resources,
    glossary: manual.glossary,
    lock: manual.lock,
    synonyms: manual.synonyms,
    releases: manual.releases,
    core: manual.core,
    ...(manual.localTexts ? { localTexts: manual.localTexts } : {}),
  };
  return JSON.stringify(checked);
}

/** Reads what serializeChecked wrote; the chapters are rebuilt exactly as the check built them. */
export function parseChecked(json: string): { manual: Manual; today: string; contentDir: string } {
  const checked = JSON.parse(json) as CheckedManual;
  if (checked.format !== 1) throw new Error(`Unknown checked-manual format ${String(checked.format)}`);
  return {
    manual: {
      chapters: buildDocuments(
        checked.versions.filter((v) => collectionOf(v) === 'procedures'),
        checked.today,
      ),
      pages: buildDocuments(
        checked.versions.filter((v) => collectionOf(v) === 'pages'),
        checked.today,
      ),
      structure: checked.structure,
      contacts: checked.contacts,
      resources: checked.resources,
      glossary: checked.glossary,
      lock: checked.lock,
      synonyms: checked.synonyms,
      releases: checked.releases,
      core: checked.core,
      ...(checked.localTexts ? { localTexts: checked.localTexts } : {}),
    },
    today: checked.today,
    contentDir: checked.contentDir,
  };
}
