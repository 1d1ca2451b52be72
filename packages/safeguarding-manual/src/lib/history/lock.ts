// The version lock: the SHA-256 of every published version file's bytes, so that a published
// version cannot change or disappear unnoticed. A genuine correction is recorded in the lock itself.
// It also records each contact's details, each resource's file and the glossary with each of
// their change notes (lock-notes.ts), so that no published note is rewritten unseen.
import { relative, resolve, sep } from 'node:path';
import { z } from 'astro/zod';
import { isoDateSchema, lineSchema } from '../schemas/common.ts';
import type { Problem } from '../check/problems.ts';
import type { ManualDocument, Version } from '../content/versions.ts';

export const LOCK_FILE = 'versions.lock.json';

const sha = z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 in hex' });

/** A correction: the date, the reason and the SHA-256 it replaces (of the file, or of the list of notes). */
const correctionSchema = z.object({ date: isoDateSchema, reason: lineSchema('"Corrected a wrong phone extension."'), previous: sha }).strict();

/**
 * What was published of something whose every change needs a dated note: a contact's details,
 * a resource's file, the glossary's entries; and each of its notes, by SHA-256, oldest first.
 */
const fingerprintSchema = z
  .object({
    /** SHA-256 of what readers rely on (a contact's numbers, hours, email, address, web and notes; a resource's file). */
    sha256: sha,
    /** The SHA-256 of each dated change note as published, in order (noteHash); null for a note locked before notes were hashed (format 1). */
    notes: z.array(sha.nullable()),
    /** Corrections made to published notes, oldest first; previous is the SHA-256 of the list of notes replaced (notesHash). */
    corrections: z.array(correctionSchema).optional(),
  })
  .strict();

/** Format 1 counted the notes without recording them: read as notes not yet hashed, which the next build records. */
const fingerprintV1Schema = z
  .object({ sha256: sha, changes: z.number().int().nonnegative() })
  .strict()
  .transform(({ sha256, changes }): z.output<typeof fingerprintSchema> => ({ sha256, notes: Array<null>(changes).fill(null) }));

const filesSchema = z.record(
  z.string(),
  z
    .object({
      /** SHA-256 of the file's bytes as published (or as last corrected): what sha256sum prints. */
      sha256: sha,
      /** Corrections made to the file after publication, oldest first. */
      corrections: z.array(correctionSchema).optional(),
    })
    .strict(),
);

const lockV2Schema = z
  .object({
    /** The lock file format. */
    format: z.literal(2),
    /** The day the lock was started by an import or for a new manual: the only time versions and notes dated before the day they were recorded were accepted. */
    startedOn: isoDateSchema.optional(),
    /** Published version files, by path inside the content folder. */
    files: filesSchema,
    /** Contacts as last published, by id. */
    contacts: z.record(z.string(), fingerprintSchema).optional(),
    /** Resources as last published, by id: the SHA-256 of the file (or of the address of a document kept elsewhere). */
    resources: z.record(z.string(), fingerprintSchema).optional(),
    /** The glossary as last published: the SHA-256 of its entries (terms, abbreviations, other names, plurals, definitions, chapters). */
    glossary: fingerprintSchema.optional(),
  })
  .strict();

const lockV1Schema = z
  .object({
    format: z.literal(1),
    files: filesSchema,
    contacts: z.record(z.string(), fingerprintV1Schema).optional(),
    resources: z.record(z.string(), fingerprintV1Schema).optional(),
    glossary: fingerprintV1Schema.optional(),
  })
  .strict()
  .transform((v1): z.output<typeof lockV2Schema> => ({ ...v1, format: 2 }));

/** The lock as read: a format 1 lock is upgraded as it is read, and the next build writes it in format 2. */
export const lockSchema = z.discriminatedUnion('format', [lockV2Schema, lockV1Schema]);

/** The format a lock file was written in, or undefined when it is not a lock. */
export function lockFormat(json: unknown): number | undefined {
  const format = (json as { format?: unknown } | null)?.format;
  return typeof format === 'number' ? format : undefined;
}

export type Lock = z.output<typeof lockV2Schema>;
export type Fingerprint = z.output<typeof fingerprintSchema>;

/** An empty lock, in the current format. */
export const emptyLock = (): Lock => ({ format: 2, files: {} });
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
  return { lock: { ...lock, format: 2, files: sorted }, added };
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
