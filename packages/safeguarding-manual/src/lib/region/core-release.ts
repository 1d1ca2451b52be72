// A core manual's releases, read from its folder, and what taking one into a following manual
// changes: the chapters it adds, updates and withdraws, and the files that accepting it copies
// in, dated so that nothing takes effect here before the day it was accepted (docs/regional-manuals.md).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { readRecords, sha256Of, type ReadRecord } from '../history/release-records.ts';
import { readSourceFile, releaseRecordFilesIn } from '../content/source.ts';
import { LOCAL_DIR, localPointsIn } from './local-text.ts';
import { UserError } from '../util/user-error.ts';
import { copyAsDated, type CopiedVersion, type CoreRecord } from './core-record.ts';

/** A core's published releases, read from the core's folder (the one holding its manual.config.ts). */
export interface CoreReleases {
  root: string;
  records: ReadRecord[];
}

/** Reads the core's release records, and refuses a broken chain: a release changed after it was published is no release to follow. */
export function readCoreReleases(root: string): CoreReleases {
  const content = join(root, 'content');
  if (!existsSync(content))
    throw new UserError(`The core in ${root} has no content folder: the core setting's from must name the core manual's folder or repository.`);
  const { records, problems } = readRecords(releaseRecordFilesIn(content).map((path) => readSourceFile(path, root)));
  if (problems.length)
    throw new UserError(
      `The core's release records cannot be trusted:\n${problems.map((p) => `  ${p.file}: ${p.message}`).join('\n')}\nAsk the core's keepers to restore them; nothing was changed here.`,
    );
  if (!records.length)
    throw new UserError(`The core in ${root} has published no release yet (it has no content/release-records/): build and publish it first.`);
  return { root, records };
}

/** The record of release `release` of the core, or its newest when none is given. */
export function coreRelease(core: CoreReleases, release?: number): ReadRecord {
  const found = release === undefined ? core.records.at(-1) : core.records.find((r) => r.record.release === release);
  if (!found)
    throw new UserError(
      `The core has no release ${release}: its releases are 1 to ${core.records.at(-1)!.record.release}. Give --release one of them, or leave it out for the newest.`,
    );
  return found;
}

/** One version of a core chapter, read from the core. */
export interface CoreVersion {
  id: string;
  date: string;
  text: string;
  sha256: string;
  title: string;
  change: string;
  summary: string;
}

/** A chapter the release changes, with the core's versions that are new to this manual. */
export interface ChapterChange {
  id: string;
  kind: 'new' | 'updated' | 'withdrawn';
  title: string;
  versions: CoreVersion[];
}

/** Reads a core version file and checks it is the file the release published. */
function readCoreVersion(core: CoreReleases, id: string, date: string, sha256: string, release: number): CoreVersion {
  const path = join(core.root, 'content', 'procedures', id, `${date}.mdx`);
  if (!existsSync(path))
    throw new UserError(`The core's release ${release} published procedures/${id}/${date}.mdx, which is no longer in the core: ask its keepers to restore it.`);
  const text = readFileSync(path, 'utf8');
  if (sha256Of(readFileSync(path)) !== sha256)
    throw new UserError(
      `The core's procedures/${id}/${date}.mdx is not the file its release ${release} published (its SHA-256 differs): ask its keepers to publish the correction in a release, then take that release.`,
    );
  const fields = (parse(splitFrontmatter(text)?.yaml ?? '') ?? {}) as Record<string, unknown>;
  const field = (key: string) => {
    const value = fields[key];
    return typeof value === 'string' ? value.trim() : '';
  };
  return { id, date, text, sha256, title: field('title'), change: field('change'), summary: field('summary') };
}

/** The chapters release `release` changes for a manual whose core record is `record` (undefined: it follows no release yet). */
export function changesOf(core: CoreReleases, release: ReadRecord, record: CoreRecord | undefined): ChapterChange[] {
  const changes: ChapterChange[] = [];
  // The release's versions, with those it published ahead of the day they take effect.
  const published: Record<string, Record<string, string>> = structuredClone(release.record.versions);
  for (const [document, dates] of Object.entries(release.record.upcoming ?? {})) Object.assign((published[document] ??= {}), dates);
  for (const [document, dates] of Object.entries(published)) {
    if (!document.startsWith('procedures/')) continue;
    const id = document.slice('procedures/'.length);
    const taken = Object.values(record?.chapters[id] ?? {}).map((c) => c.core);
    const last = taken.sort().at(-1);
    const fresh = Object.keys(dates)
      .sort()
      .filter((date) => last === undefined || date > last);
    if (!fresh.length) continue;
    const versions = fresh.map((date) => readCoreVersion(core, id, date, dates[date]!, release.record.release));
    const newest = versions.at(-1)!;
    const kind = newest.change === 'withdrawn' ? 'withdrawn' : last === undefined ? 'new' : 'updated';
    changes.push({ id, kind, title: newest.title, versions });
  }
  return changes.sort((a, b) => a.id.localeCompare(b.id));
}

/** A file that accepting a release writes: its path in the content folder and its text. */
export interface CopiedFile {
  path: string;
  text: string;
}

/** What accepting a release on a date does: the files it copies, the versions it leaves out, and the new core record. */
export interface Acceptance {
  files: CopiedFile[];
  /** Core versions that were replaced at the core before the acceptance date: they never take effect here. */
  superseded: CoreVersion[];
  record: CoreRecord;
}

/**
 * Accepts `release` on `acceptedOn` by `acceptedBy`. Of each chapter's new core versions, those
 * dated on or after the acceptance date are copied as they are; of the earlier ones, only the one
 * in force at the core on that date is, dated the acceptance date (a first version here is new).
 */
export function acceptRelease(
  changes: readonly ChapterChange[],
  release: ReadRecord,
  record: CoreRecord | undefined,
  name: string,
  acceptedBy: string,
  acceptedOn: string,
): Acceptance {
  const chapters: CoreRecord['chapters'] = structuredClone(record?.chapters ?? {});
  const files: CopiedFile[] = [];
  const superseded: CoreVersion[] = [];
  const number = release.record.release;
  for (const change of changes) {
    const past = change.versions.filter((v) => v.date <= acceptedOn);
    const due = change.versions.filter((v) => v.date > acceptedOn);
    superseded.push(...past.slice(0, -1));
    const inForce = past.at(-1);
    const here = (chapters[change.id] ??= {});
    const copy = (v: CoreVersion, date: string) => {
      const first = Object.keys(here).length === 0;
      const change = first && v.change !== 'new' ? 'new' : undefined;
      here[date] = { core: v.date, sha256: v.sha256, release: number, ...(change ? { change: v.change as CopiedVersion['change'] & string } : {}) };
      files.push({ path: `procedures/${v.id}/${date}.mdx`, text: copyAsDated(v.text, date, change) });
    };
    // A withdrawal that took effect at the core before the chapter ever appeared here brings nothing.
    if (inForce && !(inForce.change === 'withdrawn' && Object.keys(here).length === 0)) copy(inForce, acceptedOn);
    else if (inForce) superseded.push(inForce);
    for (const v of due) copy(v, v.date);
    if (!Object.keys(here).length) delete chapters[change.id];
  }
  const { available: _seen, ...rest } = record ?? { format: 1 as const, name, accepted: [], chapters: {} };
  const accepted = { release: number, date: release.record.date, record: release.sha256, acceptedBy, acceptedOn };
  return { files, superseded, record: { ...rest, name, accepted: [...rest.accepted, accepted], chapters } };
}

/** The proposal npm run core-update writes (core-update.md): what the release changes, for the board to accept. */
export function describeChanges(name: string, release: ReadRecord, followed: number | undefined, changes: readonly ChapterChange[]): string {
  const { release: number, date } = release.record;
  const head = `# ${name}: release ${number}, published ${date}\n\n${
    followed === undefined ? 'This manual follows no release of the core yet.' : `This manual follows release ${followed}.`
  } Release ${number} ${changes.length ? 'changes these chapters:' : 'changes none of the core’s chapters.'}\n`;
  const kinds = { new: 'New', updated: 'Updated', withdrawn: 'Withdrawn' };
  const lines = changes.map((c) => {
    const notes = c.versions.map((v) => `  - ${v.date}: ${v.summary || (v.change === 'new' ? 'first version' : v.change)}`).join('\n');
    // The points where the chapter takes this manual's own text (docs/regional-manuals.md), so that the board can write it.
    const points = c.kind === 'withdrawn' ? [] : localPointsIn(c.versions.at(-1)!.text);
    const local = points
      .map((point) => `\n  - Extension point \`${point}\`: the local text goes in \`content/${LOCAL_DIR}/${c.id}/${point}/<YYYY-MM-DD>.mdx\``)
      .join('');
    return `- **${kinds[c.kind]}**: ${c.title} (${c.id})\n${notes}${local}`;
  });
  const accept = `\nOnce the board has accepted it, record that and take it in:\n\n    npm run core-update -- --release ${number} --accept --by "<who accepted it>" --on <YYYY-MM-DD>\n`;
  return `${head}\n${lines.join('\n')}\n${accept}`;
}
