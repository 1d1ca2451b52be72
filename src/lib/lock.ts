// The version lock: the SHA-256 of every published version file, so that a published version
// cannot change or disappear unnoticed. A genuine correction is recorded in the lock itself.
// It also fingerprints each contact's details, each resource's file and the glossary, so that a
// changed number, form or definition always comes with a dated change note for the amendments log.
import { relative, resolve, sep } from 'node:path';
import { z } from 'astro/zod';
import { contactDetailsHash } from './contacts.ts';
import { glossaryHash } from './glossary.ts';
import { resourceFingerprint, type Resource } from './resources.ts';
import type { Contact } from './schemas/contact.ts';
import type { Glossary } from './schemas/glossary.ts';
import { isoDateSchema, lineSchema } from './schemas/common.ts';
import type { Problem } from './problems.ts';
import type { ManualDocument, Version } from './versions.ts';

export const LOCK_FILE = 'versions.lock.json';

const sha = z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 in hex' });

/** What was published of something whose every change needs a dated note: a contact's details, a resource's file. */
const fingerprintSchema = z
  .object({
    /** SHA-256 of what readers rely on (a contact's numbers, hours, email, address, web and notes; a resource's file). */
    sha256: sha,
    /** How many dated changes it listed then. */
    changes: z.number().int().nonnegative(),
  })
  .strict();

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
            .array(z.object({ date: isoDateSchema, reason: lineSchema('"Corrected a wrong phone extension."'), previous: sha }).strict())
            .optional(),
        })
        .strict(),
    ),
    /** Contacts as last published, by id. */
    contacts: z.record(z.string(), fingerprintSchema).optional(),
    /** Resources as last published, by id: the SHA-256 of the file (or of the address of a document kept elsewhere). */
    resources: z.record(z.string(), fingerprintSchema).optional(),
    /** The glossary as last published: the SHA-256 of its entries (terms, abbreviations, other names, plurals, definitions, chapters). */
    glossary: fingerprintSchema.optional(),
  })
  .strict();

export type Lock = z.output<typeof lockSchema>;
export type Correction = NonNullable<Lock['files'][string]['corrections']>[number];

/** The key of a version in the lock: its path inside the content folder. */
export function lockKey(version: Pick<Version, 'file'>, contentDir: string): string {
  const file = version.file.split(sep).join('/');
  const dir = contentDir.split(sep).join('/').replace(/\/+$/, '');
  if (dir === '.' || dir === '') return file.replace(/^\.\//, '');
  if (file.startsWith(`${dir}/`)) return file.slice(dir.length + 1);
  // The content folder and the file written differently (one absolute, one relative to the project): compare where they are.
  return relative(resolve(contentDir), resolve(version.file)).split(sep).join('/');
}

/** Compares the published versions with the lock: edited, renamed or deleted ones are errors. */
export function checkLock(lock: Lock, chapters: readonly ManualDocument[], contentDir: string, procedureFiles: ReadonlySet<string>): Problem[] {
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
        fix: `undo the edit (git checkout -- ${file}) and make the change in a new version with npm run amend -- ${version.chapterId} --summary "..."; for a genuine correction run npm run correct -- ${file} --reason "..."`,
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
export function extendLock(lock: Lock, chapters: readonly ManualDocument[], contentDir: string, until: string): { lock: Lock; added: string[] } {
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

/** Something fingerprinted in the lock: its id, its fingerprint now and how many dated changes it lists. */
interface Noted {
  id: string;
  sha256: string;
  changes: number;
}

/**
 * Compares each item with its fingerprint as last published: a change needs a new dated entry
 * under `changes`, and a recorded change may not be removed.
 */
function checkNotedChanges(
  locked: Lock['contacts'],
  items: readonly Noted[],
  locate: (id: string) => { file: string; line?: number | undefined },
  unnoted: { message: string; fix: string },
): Problem[] {
  const problems: Problem[] = [];
  for (const item of items) {
    const entry = locked?.[item.id];
    if (!entry) continue;
    const { file, line } = locate(item.id);
    if (item.changes < entry.changes) {
      problems.push({
        severity: 'error',
        file,
        line,
        field: 'changes',
        message: `lists ${item.changes} of the ${entry.changes} changes already published: a recorded change was removed`,
        fix: `restore the removed entry (git diff -- ${file} shows it); the list of changes only grows`,
      });
    } else if (item.sha256 !== entry.sha256 && item.changes === entry.changes) {
      problems.push({ severity: 'error', file, line, field: 'changes', ...unnoted });
    }
  }
  return problems;
}

/** Records the fingerprints as published; `changed` says whether they differ from the lock's. */
function fingerprints(locked: Lock['contacts'], items: readonly Noted[]): { entries: NonNullable<Lock['contacts']>; changed: boolean } {
  const entries = Object.fromEntries([...items].sort((a, b) => a.id.localeCompare(b.id)).map((i) => [i.id, { sha256: i.sha256, changes: i.changes }] as const));
  return { entries, changed: JSON.stringify(entries) !== JSON.stringify(locked ?? {}) };
}

const contactNoted = (contacts: readonly Contact[]): Noted[] => contacts.map((c) => ({ id: c.id, sha256: contactDetailsHash(c), changes: c.changes.length }));
const resourceNoted = (resources: readonly Resource[]): Noted[] =>
  resources.map((r) => ({ id: r.id, sha256: resourceFingerprint(r), changes: r.changes.length }));

/** Changed contact details need a new dated entry under `changes`; a recorded change may not be removed. */
export function checkContactLock(lock: Lock, contacts: readonly Contact[], locate: (id: string) => { file: string; line?: number | undefined }): Problem[] {
  return checkNotedChanges(lock.contacts, contactNoted(contacts), locate, {
    message: 'the contact details changed, but no dated entry under changes says what changed',
    fix: 'add an entry to changes: "- date: YYYY-MM-DD" and "summary: New out-of-hours number." (the date the change took effect)',
  });
}

/** A changed file (or address) needs a new dated, signed-off entry under `changes`; a recorded change may not be removed. */
export function checkResourceLock(lock: Lock, resources: readonly Resource[], locate: (id: string) => { file: string; line?: number | undefined }): Problem[] {
  return checkNotedChanges(lock.resources, resourceNoted(resources), locate, {
    message: `the file changed since it was published (its SHA-256 no longer matches ${LOCK_FILE}), but no new dated entry under changes says what changed`,
    fix: 'add an entry to changes with date (the day the new file takes effect), summary, approvedBy and approvedOn',
  });
}

const GLOSSARY = 'glossary';
const glossaryNoted = (glossary: Glossary): Noted[] =>
  glossary.entries.length ? [{ id: GLOSSARY, sha256: glossaryHash(glossary), changes: glossary.changes.length }] : [];

/** Changed glossary entries need a new dated note under `changes`; a recorded note may not be removed. */
export function checkGlossaryLock(lock: Lock, glossary: Glossary, file: string, line: number | undefined): Problem[] {
  return checkNotedChanges(lock.glossary && { [GLOSSARY]: lock.glossary }, glossaryNoted(glossary), () => ({ file, line }), {
    message: 'the glossary changed, but no dated note under changes says what changed',
    fix: 'add a note to changes: "- date: YYYY-MM-DD" and "summary: Added LADO." (the date of the change)',
  });
}

/** Records the glossary as published (nothing when the manual has none); `changed` says whether the lock differs. */
export function lockGlossary(lock: Lock, glossary: Glossary): { lock: Lock; changed: boolean } {
  const [noted] = glossaryNoted(glossary);
  if (!noted) return { lock, changed: false };
  const { entries, changed } = fingerprints(lock.glossary && { [GLOSSARY]: lock.glossary }, [noted]);
  return { lock: { ...lock, glossary: entries[GLOSSARY] }, changed };
}

/** Records every contact's details as published; `changed` says whether the lock differs. */
export function lockContacts(lock: Lock, contacts: readonly Contact[]): { lock: Lock; changed: boolean } {
  const { entries, changed } = fingerprints(lock.contacts, contactNoted(contacts));
  return { lock: { ...lock, contacts: entries }, changed };
}

/** Records every resource's file as published; `changed` says whether the lock differs. */
export function lockResources(lock: Lock, resources: readonly Resource[]): { lock: Lock; changed: boolean } {
  const { entries, changed } = fingerprints(lock.resources, resourceNoted(resources));
  // A manual without resources keeps a lock without the field.
  if (!resources.length && !lock.resources) return { lock, changed: false };
  return { lock: { ...lock, resources: entries }, changed };
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
