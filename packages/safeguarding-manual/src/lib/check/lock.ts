// Rules for the version lock: published versions never change or disappear silently, the lock
// cannot be set aside by deleting it, and history cannot be rewritten by backdating a version.
import { todayInLondon } from '../util/dates.ts';
import { checkHistory } from '../history/history.ts';
import {
  checkContactLock,
  checkGlossaryLock,
  checkResourceLock,
  contactNoted,
  GLOSSARY,
  glossaryNoted,
  resourceNoted,
  type Noted,
} from '../history/lock-notes.ts';
import { checkLock, emptyLock, LOCK_FILE, lockKey, lockSchema, type Lock } from '../history/lock.ts';
import { announcedInTime, readRecords, type ReadRecord } from '../history/release-records.ts';
import { counted } from '../util/plural.ts';
import type { ProblemReport } from './problems.ts';
import { documentNoun, type ManualDocument, type Version } from '../content/versions.ts';
import type { CheckedContacts } from './contacts.ts';
import type { CheckedGlossary } from './glossary.ts';
import type { CheckedResources } from './resources.ts';
import type { ManualIndex } from './manual-index.ts';

const START_LOCK_COMMAND = 'npm run lock -- --start';

/** Reads the lock file; a damaged one is reported and read as empty. */
function readLock(index: ManualIndex, report: ProblemReport): { lock: Lock; readable: boolean } {
  const empty: Lock = emptyLock();
  const { lockFile, contentDir } = index.source;
  const lockPath = `${contentDir}/${LOCK_FILE}`;
  if (!lockFile) return { lock: empty, readable: true };
  let json: unknown;
  try {
    json = JSON.parse(lockFile.text);
  } catch (e) {
    report.error(
      lockPath,
      undefined,
      'file',
      `the lock file cannot be read: ${(e as Error).message}`,
      `restore it from version control (git checkout -- ${lockPath})`,
    );
    return { lock: empty, readable: false };
  }
  const result = lockSchema.safeParse(json);
  if (!result.success) {
    report.error(
      lockPath,
      undefined,
      'file',
      `the lock file is damaged: ${result.error.issues[0]?.message ?? 'unknown problem'}`,
      `restore it from version control (git checkout -- ${lockPath})`,
    );
    return { lock: empty, readable: false };
  }
  return { lock: result.data, readable: true };
}

/**
 * Checks the lock. Returns it with the published versions it does not record yet (the next
 * build records them): not a problem, as every new version is unlocked until then.
 */
export function checkVersionLock(
  index: ManualIndex,
  contacts: CheckedContacts,
  resources: CheckedResources,
  glossary: CheckedGlossary,
  report: ProblemReport,
  /** The documents as their texts in the manual's other languages (check/languages.ts). */
  translated: readonly ManualDocument[] = [],
  /** The local texts at the chapters' extension points, one document per point (region/local-text.ts): locked as versions are. */
  local: readonly ManualDocument[] = [],
): { lock: Lock; unlocked: Version[] } {
  const { contentDir } = index.source;
  const lockPath = `${contentDir}/${LOCK_FILE}`;
  const { lock, readable } = readLock(index, report);
  if (!readable) return { lock, unlocked: [] };
  const documents = [...index.chapters, ...index.pages];
  const published = documents.flatMap((c) => c.published);
  const key = (v: Version) => lockKey(v, contentDir);
  if (Object.keys(lock.files).length === 0) {
    if (published.length) {
      const what = index.source.lockFile ? 'the version lock records no versions' : 'there is no version lock';
      report.error(
        lockPath,
        undefined,
        'file',
        `${what}, but ${counted(published.length, 'version is', 'versions are')} published: without it, an edited published version would pass unnoticed`,
        `restore it from version control (git checkout -- ${lockPath}); only for a new or imported manual, start one with ${START_LOCK_COMMAND}`,
      );
    }
    return { lock, unlocked: [] };
  }
  const files = new Set([...index.source.procedureFiles, ...(index.source.pageFiles ?? []), ...(index.source.localFiles ?? [])].map((f) => f.file));
  // A version's text in each other language is locked with it, and may no more change unnoticed; so is each local text.
  report.add(checkLock(lock, [...documents, ...translated, ...local], contentDir, files));
  // The day a new version or note is first recorded: the build date, or the calendar's today for a build previewing a later
  // date (MANUAL_TODAY in the future), which records nothing in the past.
  const today = [index.options.today, todayInLondon()].sort()[0]!;
  report.add(checkContactLock(lock, contacts.contacts, (id) => contacts.changesAt.get(id)!, today));
  report.add(checkResourceLock(lock, resources.resources, (id) => resources.changesAt.get(id)!, today));
  if (glossary.file && glossary.readable) report.add(checkGlossaryLock(lock, glossary.glossary, glossary.file, glossary.changesLine, today));
  const records = checkReleaseRecords(index, contacts, resources, glossary, lock, report, local);
  const released = new Set(
    records.flatMap((r) => Object.entries(r.record.versions).flatMap(([doc, dates]) => Object.keys(dates).map((d) => `${doc}/${d}.mdx`))),
  );
  // Published ahead of its date by an earlier build: first recorded before it took effect, even if no build ran that day.
  const announced = announcedInTime(records);

  const unlocked: Version[] = [];
  for (const document of [...documents, ...local]) {
    const lockedDates = document.published.filter((v) => lock.files[key(v)]).map((v) => v.amended);
    for (const v of document.published.filter((x) => !lock.files[key(x)])) {
      // Reported by the records' check: the lock lost its entry.
      if (released.has(key(v))) continue;
      if (v.amended < today && !announced.has(key(v))) {
        report.error(
          v.file,
          index.at(v, 'amended'),
          'amended',
          `this new version is dated ${v.amended}, before today (${today}), the day it is first recorded: it would change what the ${documentNoun(document.collection)} said on days already past`,
          `date it ${today} or later (rename the file to ${today}.mdx and change amended to match); to correct what a published version said, edit that version and run npm run correct -- <its file> --reason "..."`,
        );
        continue;
      }
      const later = lockedDates.filter((date) => date > v.amended).at(-1);
      if (later === undefined) {
        unlocked.push(v);
        continue;
      }
      // A version slipped in before one already published would change what the document said in between.
      report.error(
        v.file,
        index.at(v, 'amended'),
        'amended',
        `this new version is dated ${v.amended}, before the version of ${later} that is already published: it would change what the ${documentNoun(document.collection)} said in between`,
        `date it today or later (rename the file and change amended to match); to correct what an earlier version said, edit that version and run npm run correct -- <its file> --reason "..."`,
      );
    }
  }
  return { lock, unlocked };
}

/** The release records in the repository: their chain, and what they published against the files and the lock now. */
function checkReleaseRecords(
  index: ManualIndex,
  contacts: CheckedContacts,
  resources: CheckedResources,
  glossary: CheckedGlossary,
  lock: Lock,
  report: ProblemReport,
  local: readonly ManualDocument[],
): ReadRecord[] {
  const { contentDir, releaseRecordFiles = [] } = index.source;
  if (!releaseRecordFiles.length) return [];
  const { records, problems } = readRecords(releaseRecordFiles);
  for (const p of problems) report.error(p.file, undefined, 'file', p.message, p.fix);
  const files = new Map([...index.chapters, ...index.pages, ...local].flatMap((d) => d.versions).map((v) => [lockKey(v, contentDir), v.hash]));
  const noted = new Map<string, Noted & { file: string }>();
  for (const item of contactNoted(contacts.contacts)) noted.set(`contacts/${item.id}`, { ...item, file: contacts.changesAt.get(item.id)!.file });
  for (const item of resourceNoted(resources.resources)) noted.set(`resources/${item.id}`, { ...item, file: resources.changesAt.get(item.id)!.file });
  if (glossary.file && glossary.readable) for (const item of glossaryNoted(glossary.glossary)) noted.set(GLOSSARY, { ...item, file: glossary.file });
  for (const f of checkHistory(records, files, noted, lock, contentDir)) {
    // A locked version whose file is gone is reported by checkLock.
    if (f.kind === 'missing' && lock.files[f.what]) continue;
    const file = f.what.endsWith('.mdx') ? `${contentDir}/${f.what}` : (noted.get(f.what)?.file ?? `${contentDir}/${LOCK_FILE}`);
    const inLock = f.kind === 'unlocked' || f.kind === 'unreleased';
    report.error(inLock ? `${contentDir}/${LOCK_FILE}` : file, undefined, inLock ? f.what : 'file', f.message, f.fix);
  }
  return records;
}
