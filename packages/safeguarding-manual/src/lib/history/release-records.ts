// Release records: each build that publishes something new records, in the repository and on the
// site (/releases/<n>.json), every version and every item's change notes then published, each by
// its SHA-256, with the SHA-256 of the record before it. The chain shows what the manual said at
// each release, and that no record was changed after it was published.
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { notesHash } from './lock-notes.ts';
import type { Lock } from './lock.ts';
import type { SourceFile } from '../content/manual.ts';
import { isoDateSchema } from '../schemas/common.ts';

/** The folder of the content folder that holds the records, one file per release: 1.json, 2.json... */
export const RELEASE_RECORDS_DIR = 'release-records';

const sha = z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 in hex' });

export const releaseRecordSchema = z
  .object({
    /** The record's format. */
    format: z.literal(1),
    /** The release's number: 1 for the first, one more for each after it. */
    release: z.number().int().positive(),
    /** The day the build published it. */
    date: isoDateSchema,
    /** The SHA-256 of the previous record's file (sha256sum of <n-1>.json); null for the first. */
    previous: sha.nullable(),
    /** Every version published, by document (procedures/<id> or pages/<id>), then by date: the SHA-256 of its file. */
    versions: z.record(z.string(), z.record(z.string(), sha)),
    /** Each contact (contacts/<id>), resource (resources/<id>) and the glossary: how many change notes were published, and the SHA-256 of their list. */
    notes: z.record(z.string(), z.tuple([z.number().int().nonnegative(), sha])),
    /**
     * Versions the build published ahead of the day they take effect (shown as coming into effect
     * later), by document, then by date: the SHA-256 of the file. Such a version was first recorded
     * before its date, so it is not backdated when no build ran on the day it took effect.
     */
    upcoming: z.record(z.string(), z.record(z.string(), sha)).optional(),
  })
  .strict();

export type ReleaseRecord = z.output<typeof releaseRecordSchema>;

/** A record read from its file, with the SHA-256 of the file's bytes. */
export interface ReadRecord {
  file: string;
  sha256: string;
  record: ReleaseRecord;
}

export const sha256Of = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The record's file: one line per document, so that records stay small and a difference between two is easy to read. */
export function serializeRecord(record: ReleaseRecord): string {
  const { versions, notes, upcoming, ...head } = record;
  const lines = (o: object) =>
    Object.entries(o)
      .map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(',\n');
  const heads = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const ahead = upcoming && Object.keys(upcoming).length ? `,\n  "upcoming": {\n${lines(upcoming)}\n  }` : '';
  return `{\n${heads.join(',\n')},\n  "versions": {\n${lines(versions)}\n  },\n  "notes": {\n${lines(notes)}\n  }${ahead}\n}\n`;
}

/** Versions by document, then by date, from their lock keys (procedures/<id>/<date>.mdx) and hashes. */
function byDocument(entries: Iterable<[string, string]>): ReleaseRecord['versions'] {
  const versions: ReleaseRecord['versions'] = {};
  for (const [key, sha256] of entries) {
    const cut = key.lastIndexOf('/');
    (versions[key.slice(0, cut)] ??= {})[key.slice(cut + 1).replace(/\.mdx$/, '')] = sha256;
  }
  return versions;
}

/** What is published by the lock: every locked version by document and date, every item's notes. */
function publishedState(lock: Lock): Pick<ReleaseRecord, 'versions' | 'notes'> {
  const versions = byDocument(Object.entries(lock.files).map(([key, entry]) => [key, entry.sha256]));
  const notes: ReleaseRecord['notes'] = {};
  for (const family of ['contacts', 'resources'] as const)
    for (const [id, entry] of Object.entries(lock[family] ?? {})) notes[`${family}/${id}`] = [entry.notes.length, notesHash(entry.notes)];
  if (lock.glossary) notes['glossary'] = [lock.glossary.notes.length, notesHash(lock.glossary.notes)];
  return { versions, notes };
}

/** JSON with every object's keys sorted, to compare two states whatever order they were written in. */
function sortedJson(value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value))
    return `{${Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${sortedJson(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/**
 * The record a build on `date` writes, or undefined when it publishes nothing the last record did
 * not. `upcoming` holds the versions it publishes ahead of their date, by lock key: their hashes.
 */
export function nextRecord(
  records: readonly ReadRecord[],
  lock: Lock,
  date: string,
  upcoming: ReadonlyMap<string, string> = new Map(),
): ReleaseRecord | undefined {
  const ahead = byDocument(upcoming);
  const state = { ...publishedState(lock), ...(upcoming.size ? { upcoming: ahead } : {}) };
  const last = records.at(-1);
  if (!Object.keys(state.versions).length) return undefined;
  const previous = { versions: last?.record.versions, notes: last?.record.notes, ...(last?.record.upcoming ? { upcoming: last.record.upcoming } : {}) };
  if (last && sortedJson(previous) === sortedJson(state)) return undefined;
  // A build for a date before the last release (MANUAL_TODAY) still publishes after it.
  const on = last && last.record.date > date ? last.record.date : date;
  return { format: 1, release: (last?.record.release ?? 0) + 1, date: on, previous: last?.sha256 ?? null, ...state };
}

/** The versions (lock keys) a record published ahead of the day they take effect, before that day. */
export function announcedInTime(records: readonly ReadRecord[]): Set<string> {
  const announced = new Set<string>();
  for (const { record } of records)
    for (const [document, dates] of Object.entries(record.upcoming ?? {}))
      for (const date of Object.keys(dates)) if (record.date <= date) announced.add(`${document}/${date}.mdx`);
  return announced;
}

/** A problem with the records themselves: a file, and what is wrong. */
export interface RecordProblem {
  file: string;
  message: string;
  fix: string;
}

/** Reads the records, oldest first, and checks the chain: numbered 1, 2, 3..., each naming the SHA-256 of the one before. */
export function readRecords(files: readonly SourceFile[]): { records: ReadRecord[]; problems: RecordProblem[] } {
  const problems: RecordProblem[] = [];
  const records: ReadRecord[] = [];
  const restore = (file: string) => `restore it from version control (git checkout -- ${file}); a release record is never changed once published`;
  for (const f of files) {
    const name = f.file.split('/').at(-1) ?? '';
    let json: unknown;
    try {
      json = JSON.parse(f.text);
    } catch (e) {
      problems.push({ file: f.file, message: `the release record cannot be read: ${(e as Error).message}`, fix: restore(f.file) });
      continue;
    }
    const parsed = releaseRecordSchema.safeParse(json);
    if (!parsed.success || name !== `${parsed.data.release}.json`) {
      problems.push({
        file: f.file,
        message: parsed.success
          ? `the record of release ${parsed.data.release} is in a file named ${name}`
          : `the release record is damaged: ${parsed.error.issues[0]?.message}`,
        fix: restore(f.file),
      });
      continue;
    }
    records.push({ file: f.file, sha256: f.sha256 ?? sha256Of(f.text), record: parsed.data });
  }
  records.sort((a, b) => a.record.release - b.record.release);
  records.forEach(({ file, record }, i) => {
    const before = records[i - 1];
    if (record.release !== i + 1 && !problems.length)
      problems.push({
        file,
        message: `release ${i + 1} has no record, before release ${record.release}`,
        fix: restore(file.replace(/[^/]+$/, `${i + 1}.json`)),
      });
    else if (before && record.previous !== before.sha256)
      problems.push({
        file: before.file,
        message: `the record of release ${before.record.release} was changed after it was published: its SHA-256 is not the one the record of release ${record.release} gives (${record.previous?.slice(0, 12) ?? 'none'}...)`,
        fix: restore(before.file),
      });
    else if (before && record.date < before.record.date)
      problems.push({
        file,
        message: `release ${record.release} is dated ${record.date}, before release ${before.record.release} (${before.record.date})`,
        fix: restore(file),
      });
  });
  return { records, problems };
}
