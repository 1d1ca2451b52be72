// What the release records say was published, against the files and the lock now: anything a
// release published and changed since needs a correction recorded after that release, and a
// correction dated before a release that still showed the old text is refused. The check and
// npm run verify share these rules.
import { notesHash, type Noted, noteHash } from './lock-notes.ts';
import type { Lock } from './lock.ts';
import type { ReadRecord } from './release-records.ts';

export interface HistoryFinding {
  /** The version file (by its path in the content folder) or the item (contacts/<id>, resources/<id>, glossary). */
  what: string;
  kind: 'changed' | 'missing' | 'unlocked' | 'unreleased' | 'backdated-correction' | 'corrected';
  message: string;
  fix: string;
}

type Corrections = NonNullable<Lock['files'][string]['corrections']>;

/** Why `now` may differ from `then`, which release `record` published: a correction recorded after it, or a finding. */
function explain(
  what: string,
  then: string,
  now: string,
  corrections: Corrections,
  record: ReadRecord['record'],
  correctFile: string,
): HistoryFinding | undefined {
  if (now === then) return undefined;
  const replacing = corrections.find((c) => c.previous === then);
  if (!replacing) {
    const later = corrections.find((c) => c.date >= record.date);
    if (later) return undefined;
    return {
      what,
      kind: 'changed',
      message: `was published in release ${record.release} (${record.date}) with SHA-256 ${then.slice(0, 12)}..., is now ${now.slice(0, 12)}..., and no correction recorded since that release explains it`,
      fix: `undo the change (git checkout -- ${correctFile}); for a genuine correction run npm run correct -- ${correctFile} --reason "..."`,
    };
  }
  if (replacing.date < record.date)
    return {
      what,
      kind: 'backdated-correction',
      message: `has a correction dated ${replacing.date}, but release ${record.release} of ${record.date} still published the text it says it replaced: the correction was made later and dated back`,
      fix: `restore the lock and the file as release ${record.release} published them (git checkout), then run npm run correct -- ${correctFile} --reason "...", which dates it today`,
    };
  return undefined;
}

/**
 * Every finding of the records against the current version files (hashes by path in the
 * content folder), the items' notes, and the lock. `contentDir` names files in fixes.
 */
export function checkHistory(
  records: readonly ReadRecord[],
  files: ReadonlyMap<string, string>,
  noted: ReadonlyMap<string, Noted & { file: string }>,
  lock: Lock,
  contentDir: string,
): HistoryFinding[] {
  const findings = new Map<string, HistoryFinding>();
  const add = (f: HistoryFinding | undefined) => {
    if (f && !findings.has(f.what)) findings.set(f.what, f);
  };
  for (const { record } of records) {
    for (const [document, dates] of Object.entries(record.versions)) {
      for (const [date, then] of Object.entries(dates)) {
        const key = `${document}/${date}.mdx`;
        const file = `${contentDir}/${key}`;
        const now = files.get(key);
        const entry = lock.files[key];
        if (now === undefined)
          add({
            what: key,
            kind: 'missing',
            message: `was published in release ${record.release} (${record.date}), and its file is gone`,
            fix: `restore it (git checkout -- ${file})`,
          });
        else if (!entry)
          add({
            what: key,
            kind: 'unlocked',
            message: `was published in release ${record.release} (${record.date}), but the version lock has no entry for it: the lock is damaged or incomplete`,
            fix: `restore the lock from version control (git checkout -- ${contentDir}/versions.lock.json)`,
          });
        else add(explain(key, then, now, entry.corrections ?? [], record, file));
      }
    }
    for (const [key, [count, then]] of Object.entries(record.notes)) {
      const item = noted.get(key);
      const [family, id] = key === 'glossary' ? (['glossary', 'glossary'] as const) : (key.split('/') as [string, string]);
      const entry = family === 'glossary' ? lock.glossary : family === 'contacts' || family === 'resources' ? lock[family]?.[id] : undefined;
      if (!item) continue; // A contact or resource that was removed: the check of the manual's references reports what still needs it.
      const now = notesHash(item.notes.slice(0, count).map(noteHash));
      add(explain(key, then, now, entry?.corrections ?? [], record, item.file));
    }
  }
  // Every version the lock records was published by a build, which wrote a record of it: an entry no record has was added by hand.
  if (records.length) {
    const released = new Set(
      records.flatMap(({ record }) => Object.entries(record.versions).flatMap(([document, dates]) => Object.keys(dates).map((d) => `${document}/${d}.mdx`))),
    );
    for (const key of Object.keys(lock.files))
      if (!released.has(key))
        add({
          what: key,
          kind: 'unreleased',
          message: `is recorded in the version lock, but no release record published it: the lock was edited by hand (the build records a version in both)`,
          fix: `restore the lock from version control (git checkout -- ${contentDir}/versions.lock.json); a new version is published by npm run build on or after its date`,
        });
  }
  return [...findings.values()].sort((a, b) => a.what.localeCompare(b.what));
}
