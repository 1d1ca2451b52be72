// The manual as the check before a build validated it, handed to the Astro build as JSON so
// that the build does not read, parse and hash every file a second time.
import type { Manual } from './manual.ts';
import { buildChapters, collectionOf, type Version } from './versions.ts';

interface CheckedManual {
  format: 1;
  /** The build date the manual was checked for. */
  today: string;
  contentDir: string;
  versions: Version[];
  structure: Manual['structure'];
  contacts: Manual['contacts'];
  glossary: Manual['glossary'];
  lock: Manual['lock'];
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
    glossary: manual.glossary,
    lock: manual.lock,
  };
  return JSON.stringify(checked);
}

/** Reads what serializeChecked wrote; the chapters are rebuilt exactly as the check built them. */
export function parseChecked(json: string): { manual: Manual; today: string; contentDir: string } {
  const checked = JSON.parse(json) as CheckedManual;
  if (checked.format !== 1) throw new Error(`Unknown checked-manual format ${String(checked.format)}`);
  return {
    manual: {
      chapters: buildChapters(checked.versions.filter((v) => collectionOf(v) === 'procedures'), checked.today),
      pages: buildChapters(checked.versions.filter((v) => collectionOf(v) === 'pages'), checked.today),
      structure: checked.structure,
      contacts: checked.contacts,
      glossary: checked.glossary,
      lock: checked.lock,
    },
    today: checked.today,
    contentDir: checked.contentDir,
  };
}
