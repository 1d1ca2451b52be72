// Rules for the version lock: published versions never change or disappear silently, the lock
// cannot be set aside by deleting it, and history cannot be rewritten by backdating a version.
import { checkContactLock, checkGlossaryLock, checkLock, checkResourceLock, LOCK_FILE, lockKey, lockSchema, type Lock } from '../lock.ts';
import { counted } from '../plural.ts';
import type { ProblemReport } from '../problems.ts';
import type { Version } from '../versions.ts';
import type { CheckedContacts } from './contacts.ts';
import type { CheckedGlossary } from './glossary.ts';
import type { CheckedResources } from './resources.ts';
import type { ManualIndex } from './manual-index.ts';

export const START_LOCK_COMMAND = 'npm run lock -- --start';

/** Reads the lock file; a damaged one is reported and read as empty. */
function readLock(index: ManualIndex, report: ProblemReport): { lock: Lock; readable: boolean } {
  const empty: Lock = { format: 1, files: {} };
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
  const files = new Set([...index.source.procedureFiles, ...(index.source.pageFiles ?? [])].map((f) => f.file));
  report.add(checkLock(lock, documents, contentDir, files));
  report.add(checkContactLock(lock, contacts.contacts, (id) => contacts.changesAt.get(id)!));
  report.add(checkResourceLock(lock, resources.resources, (id) => resources.changesAt.get(id)!));
  if (glossary.file && glossary.readable) report.add(checkGlossaryLock(lock, glossary.glossary, glossary.file, glossary.changesLine));

  const unlocked: Version[] = [];
  for (const document of documents) {
    const lockedDates = document.published.filter((v) => lock.files[key(v)]).map((v) => v.amended);
    for (const v of document.published.filter((x) => !lock.files[key(x)])) {
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
        `this new version is dated ${v.amended}, before the version of ${later} that is already published: it would change what the ${document.collection === 'pages' ? 'page' : 'chapter'} said in between`,
        `date it today or later (rename the file and change amended to match); to correct what an earlier version said, edit that version and run npm run correct -- <its file> --reason "..."`,
      );
    }
  }
  return { lock, unlocked };
}
