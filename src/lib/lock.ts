// The version lock: the SHA-256 of every published version file, so that a published version
// cannot change or disappear unnoticed. A genuine correction is recorded in the lock itself.
// It also fingerprints each contact's details, so that a changed number always comes with a
// dated change note for the amendments log; and the glossary likewise.
import { z } from 'astro/zod';
import { contactDetailsHash } from './contacts.ts';
import { glossaryHash } from './glossary.ts';
import type { Contact } from './schemas/contact.ts';
import type { Glossary } from './schemas/glossary.ts';
import { isoDateSchema, textSchema } from './schemas/common.ts';
import type { Problem } from './problems.ts';
import type { Chapter, Version } from './versions.ts';

export const LOCK_FILE = 'versions.lock.json';

const sha = z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 in hex' });

export const lockSchema = z
  .object({
    /** The lock file format. */
    format: z.literal(1),
    /** Published version files, by path inside the content folder. */
    files: z.record(
      z.string(),
      z
        .object({
          /** SHA-256 of the file as published (or as last corrected). */
          sha256: sha,
          /** Corrections made to the file after publication, oldest first. */
          corrections: z
            .array(z.object({ date: isoDateSchema, reason: textSchema('"Corrected a wrong phone extension."'), previous: sha }).strict())
            .optional(),
        })
        .strict(),
    ),
    /** Contacts as last published, by id. */
    contacts: z
      .record(
        z.string(),
        z
          .object({
            /** SHA-256 of the contact's details (numbers, hours, email, address, web, notes). */
            sha256: sha,
            /** How many dated changes the contact listed then. */
            changes: z.number().int().nonnegative(),
          })
          .strict(),
      )
      .optional(),
    /** The glossary as last published. */
    glossary: z
      .object({
        /** SHA-256 of its entries (terms, abbreviations, other names, plurals, definitions, chapters). */
        sha256: sha,
        /** How many dated changes it listed then. */
        changes: z.number().int().nonnegative(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type Lock = z.output<typeof lockSchema>;
export type Correction = NonNullable<Lock['files'][string]['corrections']>[number];

/** The key of a version in the lock: its path inside the content folder. */
export function lockKey(version: Version, contentDir: string): string {
  return version.file.slice(contentDir.length + 1);
}

/** Compares the published versions with the lock: edited, renamed or deleted ones are errors. */
export function checkLock(lock: Lock, chapters: readonly Chapter[], contentDir: string, procedureFiles: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const lockPath = `${contentDir}/${LOCK_FILE}`;
  const published = new Map(chapters.flatMap((c) => c.published).map((v) => [lockKey(v, contentDir), v]));
  for (const [key, entry] of Object.entries(lock.files)) {
    const version = published.get(key);
    const file = `${contentDir}/${key}`;
    if (!version) {
      // A file that is still there but cannot be read has its own errors; only a missing one is reported here.
      if (procedureFiles.has(file)) continue;
      problems.push({
        severity: 'error',
        file: lockPath,
        line: undefined,
        field: key,
        message: `the published version ${key} is missing: it was deleted or renamed`,
        fix: `restore it from version control (git checkout -- ${file}); published versions never change or disappear: publish a new version instead`,
      });
    } else if (version.hash !== entry.sha256) {
      problems.push({
        severity: 'error',
        file,
        line: undefined,
        field: 'file',
        message: `this version was published on ${version.amended} and has been edited since (its SHA-256 no longer matches ${LOCK_FILE})`,
        fix: `undo the edit (git checkout -- ${file}) and make the change in a new version; for a genuine correction run npm run correct -- ${file} --reason "..."`,
      });
    }
  }
  return problems;
}

/**
 * Adds every published version that is not yet locked and took effect on or before `until`
 * (the calendar's today: a build for a later date must not lock what is not yet in force);
 * returns the new lock and the keys it added.
 */
export function extendLock(lock: Lock, chapters: readonly Chapter[], contentDir: string, until: string): { lock: Lock; added: string[] } {
  const files = { ...lock.files };
  const added: string[] = [];
  for (const version of chapters.flatMap((c) => c.published).filter((v) => v.amended <= until)) {
    const key = lockKey(version, contentDir);
    if (!files[key]) {
      files[key] = { sha256: version.hash };
      added.push(key);
    }
  }
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
  return { lock: { ...lock, format: 1, files: sorted }, added };
}

/**
 * Compares each contact with its details as last published: changed details need a new dated
 * entry under `changes`, and a recorded change may not be removed.
 */
export function checkContactLock(
  lock: Lock,
  contacts: readonly Contact[],
  locate: (id: string) => { file: string; line?: number | undefined },
): Problem[] {
  const problems: Problem[] = [];
  for (const contact of contacts) {
    const entry = lock.contacts?.[contact.id];
    if (!entry) continue;
    const { file, line } = locate(contact.id);
    if (contact.changes.length < entry.changes) {
      problems.push({
        severity: 'error',
        file,
        line,
        field: 'changes',
        message: `lists ${contact.changes.length} of the ${entry.changes} changes already published: a recorded change was removed`,
        fix: `restore the removed entry (git diff -- ${file} shows it); the list of changes only grows`,
      });
    } else if (contactDetailsHash(contact) !== entry.sha256 && contact.changes.length === entry.changes) {
      problems.push({
        severity: 'error',
        file,
        line,
        field: 'changes',
        message: 'the contact details changed, but no dated entry under changes says what changed',
        fix: 'add an entry to changes: "- date: YYYY-MM-DD" and "summary: New out-of-hours number." (the date the change took effect)',
      });
    }
  }
  return problems;
}

/**
 * Compares the glossary with the glossary as last published: changed entries need a new dated
 * note under `changes`, and a recorded note may not be removed.
 */
export function checkGlossaryLock(lock: Lock, glossary: Glossary, file: string, line: number | undefined): Problem[] {
  const entry = lock.glossary;
  if (!entry) return [];
  const problem = (message: string, fix: string): Problem[] => [{ severity: 'error', file, line, field: 'changes', message, fix }];
  if (glossary.changes.length < entry.changes) {
    return problem(`lists ${glossary.changes.length} of the ${entry.changes} changes already published: a recorded change was removed`, `restore the removed note (git diff -- ${file} shows it); the list of changes only grows`);
  }
  if (glossaryHash(glossary) !== entry.sha256 && glossary.changes.length === entry.changes) {
    return problem('the glossary changed, but no dated note under changes says what changed', 'add a note to changes: "- date: YYYY-MM-DD" and "summary: Added LADO." (the date of the change)');
  }
  return [];
}

/** Records the glossary as published (nothing when the manual has none); `changed` says whether the lock differs. */
export function lockGlossary(lock: Lock, glossary: Glossary): { lock: Lock; changed: boolean } {
  if (glossary.entries.length === 0) return { lock, changed: false };
  const next = { ...lock, glossary: { sha256: glossaryHash(glossary), changes: glossary.changes.length } };
  return { lock: next, changed: JSON.stringify(next.glossary) !== JSON.stringify(lock.glossary ?? {}) };
}

/** Records every contact's details as published; `changed` says whether the lock differs. */
export function lockContacts(lock: Lock, contacts: readonly Contact[]): { lock: Lock; changed: boolean } {
  const entries = [...contacts]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((contact) => [contact.id, { sha256: contactDetailsHash(contact), changes: contact.changes.length }] as const);
  const next = { ...lock, contacts: Object.fromEntries(entries) };
  return { lock: next, changed: JSON.stringify(next.contacts) !== JSON.stringify(lock.contacts ?? {}) };
}

/** Records a correction: the file's new hash, with the date, the reason and the hash it replaces. */
export function recordCorrection(lock: Lock, key: string, sha256: string, date: string, reason: string): Lock {
  const entry = lock.files[key];
  if (!entry) throw new Error(`${key} is not a published version in ${LOCK_FILE}`);
  if (entry.sha256 === sha256) throw new Error(`${key} has not changed since it was locked: there is nothing to correct`);
  const corrections = [...(entry.corrections ?? []), { date, reason, previous: entry.sha256 }];
  return { ...lock, files: { ...lock.files, [key]: { sha256, corrections } } };
}

export function serializeLock(lock: Lock): string {
  return `${JSON.stringify(lock, null, 2)}\n`;
}
