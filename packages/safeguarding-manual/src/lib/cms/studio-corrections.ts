// "Correct a mistake" in the editor: a version a build of the public site has recorded in the
// version lock is changed only with a correction recorded beside it, by the rule of
// npm run correct (lock.ts's recordCorrection: the new SHA-256, with the date, the reason and the
// SHA-256 it replaces). The correction travels in the draft as the lock it would publish.
import { plainLineProblem } from '../control-characters.ts';
import { LOCK_FILE, recordCorrection, serializeLock, type Lock } from '../lock.ts';
import { lockOf } from '../lock-file.ts';
import type { ManualSource } from '../manual.ts';
import { readRecords, sha256Of } from '../release-records.ts';

/** A correction the editor cannot record, with what to do. */
export class CorrectionRefused extends Error {
  override name = 'CorrectionRefused';
}

/** The reason for a correction, as a field gives it: one plain line, or a refusal that says why not. */
export function correctionReason(value: string): string {
  const reason = value.trim();
  const problem = plainLineProblem('"Correct a mistake"', reason);
  if (problem) throw new CorrectionRefused(problem);
  return reason;
}

/**
 * The date of a correction to `key` that replaces the text with SHA-256 `replaced`: today, or
 * the day of the latest release that published that text, when it is later (a correction dated
 * before a release that still published the old text would be dated back; history.ts refuses it).
 */
export function correctionDate(source: ManualSource, key: string, replaced: string, today: string): string {
  const document = key.replace(/\/[^/]+\.mdx$/, '');
  const date = key.slice(document.length + 1, -'.mdx'.length);
  const { records } = readRecords(source.releaseRecordFiles ?? []);
  return records
    .filter(({ record }) => record.versions[document]?.[date] === replaced || record.upcoming?.[document]?.[date] === replaced)
    .reduce((latest, { record }) => (record.date > latest ? record.date : latest), today);
}

/** A file a draft writes, by path relative to the repository. */
export interface WrittenFile {
  path: string;
  content: string | Uint8Array;
}

/**
 * The corrections a draft's lock records that the published lock does not: the reason of each,
 * by lock key. A draft saved again without the reason keeps the one it was first given.
 */
export function draftReasons(published: Lock, draft: Lock): Map<string, string> {
  const reasons = new Map<string, string>();
  for (const [key, entry] of Object.entries(draft.files)) {
    const before = published.files[key];
    const added = entry.corrections?.find((c) => before && c.previous === before.sha256);
    if (added) reasons.set(key, added.reason);
  }
  return reasons;
}

/**
 * The lock file once a draft is published: every file it writes that the lock records, with
 * its correction (dated by correctionDate, with the reason given for it or, failing that, the
 * one the draft recorded before). Undefined when the draft corrects nothing. Throws
 * CorrectionRefused when a recorded version is changed without a reason.
 */
export function correctedLockFile(
  source: ManualSource,
  written: readonly WrittenFile[],
  reason: string | undefined,
  earlier: ReadonlyMap<string, string>,
  today: string,
): WrittenFile | undefined {
  const dir = `${source.contentDir}/`;
  const published = lockOf(source);
  let lock = published;
  for (const { path, content } of written) {
    const key = path.startsWith(dir) ? path.slice(dir.length) : path;
    const entry = published.files[key];
    if (!entry) continue;
    const sha256 = sha256Of(typeof content === 'string' ? content : Buffer.from(content));
    if (sha256 === entry.sha256) continue;
    const why = reason || earlier.get(key);
    if (!why) {
      throw new CorrectionRefused(
        `${path} is on the public site: a build of the site recorded it, so it is never changed or deleted. To put right a mistake in it (a typing error, a broken link), say what was wrong under "Correct a mistake" and save again; to change what it says, add a new version.`,
      );
    }
    lock = recordCorrection(lock, key, sha256, correctionDate(source, key, entry.sha256, today), why);
  }
  return lock === published ? undefined : { path: `${dir}${LOCK_FILE}`, content: serializeLock(lock) };
}
