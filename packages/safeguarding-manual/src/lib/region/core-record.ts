// The core record (content/core.json) of a manual that follows a core manual: which of the core's
// releases it follows, who accepted each locally and when, and, for every version file copied
// from the core, the core's date and the SHA-256 of the core's file, so that the copy can be
// checked against the core without reaching it (docs/regional-manuals.md).
import { z } from 'astro/zod';
import { formatDate } from '../util/dates.ts';
import { editFrontmatter } from '../authoring/frontmatter-edit.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { sha256Of } from '../history/release-records.ts';
import { idSchema, isoDateSchema } from '../schemas/common.ts';

/** The core record's file, in the content folder. */
export const CORE_FILE = 'core.json';

const sha = z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 in hex' });

const releaseSchema = z
  .object({
    /** The core's release number: its release record is release-records/<release>.json in the core. */
    release: z.number().int().positive(),
    /** The day the core published the release. */
    date: isoDateSchema,
    /** The SHA-256 of the core's release record file. */
    record: sha,
  })
  .strict();

const acceptedSchema = releaseSchema
  .extend({
    /** The group or person that accepted the release for this manual. */
    acceptedBy: z.string().min(1),
    /** The day the release was accepted here: the day its versions may take effect here at the earliest. */
    acceptedOn: isoDateSchema,
  })
  .strict();

const copiedSchema = z
  .object({
    /** The date the core gave the version (its file name in the core). */
    core: isoDateSchema,
    /** The SHA-256 of the core's file. */
    sha256: sha,
    /** The core's release this version came with. */
    release: z.number().int().positive(),
    /** The core's change (new, updated or withdrawn), when the copy here says otherwise (a first version here is new). */
    change: z.enum(['new', 'updated', 'withdrawn']).optional(),
  })
  .strict();

export const coreRecordSchema = z
  .object({
    /** The record's format. */
    format: z.literal(1),
    /** The core's name, as its settings give the partnership or group that keeps it. */
    name: z.string().min(1),
    /** Every release of the core accepted here, oldest first: the last is the one the manual follows. */
    accepted: z.array(acceptedSchema).min(1),
    /** The newest release of the core seen by npm run core-update, when it is newer than the one followed. */
    available: releaseSchema.optional(),
    /** The core's chapters, by id: each version file here by its date here, and where it came from. */
    chapters: z.record(idSchema, z.record(isoDateSchema, copiedSchema)),
  })
  .strict();

export type CoreRecord = z.output<typeof coreRecordSchema>;
export type CopiedVersion = z.output<typeof copiedSchema>;
export type AcceptedRelease = z.output<typeof acceptedSchema>;

/** The record's file: chapters one per line, so that a difference between two records is easy to read. */
export function serializeCoreRecord(record: CoreRecord): string {
  const { chapters, accepted, available, ...head } = record;
  const heads = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const list = accepted.map((a) => `    ${JSON.stringify(a)}`).join(',\n');
  const ahead = available ? `  "available": ${JSON.stringify(available)},\n` : '';
  const lines = Object.keys(chapters)
    .sort()
    .map((id) => `    ${JSON.stringify(id)}: ${JSON.stringify(chapters[id])}`)
    .join(',\n');
  return `{\n${heads.join(',\n')},\n  "accepted": [\n${list}\n  ],\n${ahead}  "chapters": {\n${lines}\n  }\n}\n`;
}

/** The release the manual follows: the last one accepted. */
export function followedRelease(record: CoreRecord): AcceptedRelease {
  return record.accepted.at(-1)!;
}

/** The newer release of the core that the manual has not accepted yet, if npm run core-update has seen one. */
export function releaseBehind(record: CoreRecord): CoreRecord['available'] {
  const { available } = record;
  return available && available.release > followedRelease(record).release ? available : undefined;
}

/** Where a copied version came from: the acceptance it came with, and the core's date. */
export interface CoreOrigin {
  /** The date the core gave the version. */
  coreDate: string;
  /** The core's release. */
  release: number;
  /** The day that release was accepted here, and by whom. */
  acceptedOn: string;
  acceptedBy: string;
}

/** The core origin of the version of chapter `id` dated `date` here, or undefined for a local version. */
export function coreOrigin(record: CoreRecord | undefined, id: string, date: string): CoreOrigin | undefined {
  const copied = record?.chapters[id]?.[date];
  if (!record || !copied) return undefined;
  const accepted = record.accepted.find((a) => a.release === copied.release);
  return { coreDate: copied.core, release: copied.release, acceptedOn: accepted?.acceptedOn ?? date, acceptedBy: accepted?.acceptedBy ?? '' };
}

/**
 * A core version file as it is copied here, dated `date`: the core's text with only its
 * `amended` field (and `change`, when given) rewritten. Unchanged when the dates agree.
 */
export function copyAsDated(text: string, date: string, change?: string): string {
  return rewriteFields(text, { amended: date, ...(change ? { change } : {}) });
}

/** The core's file that a copy was made from: `amended` (and `change`) put back as the core wrote them. */
export function coreTextOf(text: string, copied: CopiedVersion): string {
  return rewriteFields(text, { amended: copied.core, ...(copied.change ? { change: copied.change } : {}) });
}

function rewriteFields(text: string, fields: Record<string, string>): string {
  const split = splitFrontmatter(text);
  if (!split) return text;
  const current = Object.entries(fields).filter(([key, value]) => !new RegExp(`^${key}:[ \\t]*${value}[ \\t]*$`, 'm').test(split.yaml));
  if (!current.length) return text;
  const yaml = editFrontmatter(
    split.yaml,
    current.map(([key, value]) => ({ key, text: `${key}: ${value}\n`, after: 'title' })),
  );
  const start = text.indexOf(split.yaml);
  return text.slice(0, start) + yaml.replace(/\n$/, '') + text.slice(start + split.yaml.length);
}

/** Where a core version came from, in words, for the evidence bundle. */
export function coreOriginText(origin: CoreOrigin): string {
  return `its version of ${formatDate(origin.coreDate)} (release ${origin.release}), accepted here by ${origin.acceptedBy} on ${formatDate(origin.acceptedOn)}`;
}

/** A problem with the copy of the core: the file, the field, what is wrong and what to do. */
export interface CoreProblem {
  file: string;
  field: string;
  message: string;
  fix: string;
}

/**
 * Checks the manual's chapter files against the core record: each copied version is there and
 * is the core's text, and no core chapter has a version the core did not give it. `files` are the
 * chapter files by their path in the content folder (procedures/<id>/<date>.mdx).
 */
export function checkCoreCopy(record: CoreRecord, files: ReadonlyMap<string, { file: string; text: string }>, recordFile: string): CoreProblem[] {
  const problems: CoreProblem[] = [];
  const core = record.name;
  for (const [id, versions] of Object.entries(record.chapters)) {
    for (const [date, copied] of Object.entries(versions)) {
      const found = files.get(`procedures/${id}/${date}.mdx`);
      if (!found) {
        problems.push({
          file: recordFile,
          field: `chapters.${id}.${date}`,
          message: `the version of ${date} of ${id}, from release ${copied.release} of ${core}, is missing from procedures/${id}/`,
          fix: `restore it from version control (git checkout -- procedures/${id}/${date}.mdx); a core chapter's files come from npm run core-update`,
        });
        continue;
      }
      if (sha256Of(coreTextOf(found.text, copied)) !== copied.sha256)
        problems.push({
          file: found.file,
          field: 'file',
          message: `this version comes from ${core} (its version of ${copied.core}, in release ${copied.release}), and it was changed here: a core chapter says what the core says`,
          fix: `restore it (git checkout -- ${found.file}); propose the change to ${core}, or put local text in a local chapter`,
        });
    }
  }
  for (const [key, found] of files) {
    const [, id, name] = key.split('/');
    const versions = record.chapters[id ?? ''];
    if (versions && !versions[(name ?? '').replace(/\.mdx$/, '')])
      problems.push({
        file: found.file,
        field: 'file',
        message: `${id} is a chapter of ${core}, which did not give it this version: a core chapter says what the core says`,
        fix: `remove this file; propose the change to ${core}, or put local text in a local chapter of its own`,
      });
  }
  return problems;
}

/** What the amendments log's exports say of a version: core or local, and for a core version its core date, release and acceptance. */
export interface SourceColumns {
  source: 'core' | 'local';
  core_date: string;
  core_release: number | '';
  accepted_on: string;
}

/** The columns for the version of `id` dated `date` here. */
export function sourceColumns(record: CoreRecord | undefined, id: string, date: string): SourceColumns {
  const origin = coreOrigin(record, id, date);
  return origin
    ? { source: 'core', core_date: origin.coreDate, core_release: origin.release, accepted_on: origin.acceptedOn }
    : { source: 'local', core_date: '', core_release: '', accepted_on: '' };
}

/** What the contents page says of the core a manual follows: the release, its acceptance, and a newer release not accepted yet. */
export interface CoreNotice {
  name: string;
  followed: AcceptedRelease;
  behind: CoreRecord['available'];
}

export function coreNotice(record: CoreRecord, name: string): CoreNotice {
  return { name, followed: followedRelease(record), behind: releaseBehind(record) };
}
