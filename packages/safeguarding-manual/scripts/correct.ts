// npm run correct -- <version file> --reason "...": records a genuine correction to a published version.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { plainLineProblem } from '../src/lib/control-characters.ts';
import { parseLockFile } from '../src/lib/lock-file.ts';
import { LOCK_FILE, recordCorrection, serializeLock, type Lock } from '../src/lib/lock.ts';
import { contactNoted, glossaryNoted, recordNotesCorrection, resourceNoted } from '../src/lib/lock-notes.ts';
import { buildDateFromEnv, contentDirFromEnv } from '../src/lib/source.ts';
import { UserError } from '../src/lib/user-error.ts';
import { runCommand } from './run-command.ts';
import { loadManual } from './load-manual.ts';

const HELP = `Usage: npm run correct -- <version file> --reason "what was wrong and why it was corrected"
       npm run correct -- <contact, resource or glossary file> --reason "..."

Records a correction to a version that is already published: a typing error, a broken
link, a wrong team name. The lock keeps the hash of the text it replaces, and the
amendments log shows the correction with its date and reason. Changes of substance
are not corrections: publish them as a new version instead (npm run amend).

For a contact, a resource or the glossary, it records a correction to change notes already
published (a wrong date, a misspelt summary): the lock keeps the SHA-256 of the notes replaced.
The correction is dated today: it is never dated back.`;

function readLock(lockPath: string): Lock {
  if (!existsSync(lockPath)) throw new UserError(`There is no version lock at ${lockPath}, so there is no published version to correct.`);
  return parseLockFile(lockPath, readFileSync(lockPath, 'utf8'), 'Nothing was written.');
}

/** Records a correction to the published notes of the contact, resource or glossary in `file`. */
function correctNotes(file: string, key: string, lock: Lock, lockPath: string, reason: string): void {
  const { today, manual } = loadManual({ checkBodies: false });
  const family = key === 'glossary.yaml' ? 'glossary' : key.startsWith('contacts/') ? 'contacts' : 'resources';
  const id = key.replace(/^(contacts|resources)\//, '').replace(/\.ya?ml$/, '');
  const items =
    family === 'glossary' ? glossaryNoted(manual.glossary) : family === 'contacts' ? contactNoted(manual.contacts) : resourceNoted(manual.resources);
  const item = family === 'glossary' ? items[0] : items.find((i) => i.id === id);
  if (!item)
    throw new UserError(
      `${file} holds no ${family === 'glossary' ? 'glossary' : family.slice(0, -1)} that can be read: run npm run check and fix it first. Nothing was written.`,
    );
  let corrected: Lock;
  try {
    corrected = recordNotesCorrection(lock, family, item, today, reason);
  } catch (e) {
    throw new UserError(`${(e as Error).message}. Nothing was written.`);
  }
  writeFileSync(lockPath, serializeLock(corrected));
  console.log(`Recorded the correction to the change notes in ${file} in ${lockPath}, dated ${today}. Save (commit) both files.`);
}

await runCommand(() => {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { reason: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch {
    throw new UserError(`The options are --reason and --help.\n\n${HELP}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return;
  }
  const [file] = positionals;
  const reason = values.reason?.trim();
  if (!file || !reason) throw new UserError(`${HELP}\n\nGive the version file and --reason.`);
  const notPlain = plainLineProblem('--reason', reason);
  if (notPlain) throw new UserError(`${notPlain} Nothing was written.`);
  if (!existsSync(file))
    throw new UserError(
      `${file} does not exist: give the path of the published version you corrected, such as content/procedures/section-47-enquiries/2024-03-25.mdx. Nothing was written.`,
    );
  const contentDir = contentDirFromEnv();
  const lockPath = join(contentDir, LOCK_FILE);
  const lock = readLock(lockPath);
  const key = relative(contentDir, file).split('\\').join('/');
  if (/^(contacts\/|resources\/[^/]+$|glossary\.yaml$)/.test(key)) {
    correctNotes(file, key, lock, lockPath, reason);
    return;
  }
  if (!lock.files[key])
    throw new UserError(
      `${file} is not a published version in ${lockPath}: only a published version needs a correction; a version not yet locked can simply be edited. Nothing was written.`,
    );
  // The SHA-256 of the file's bytes, which is what sha256sum prints.
  const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
  if (lock.files[key].sha256 === sha256)
    throw new UserError(`${file} has not changed since it was published: edit it first, then record the correction. Nothing was written.`);
  writeFileSync(lockPath, serializeLock(recordCorrection(lock, key, sha256, buildDateFromEnv(), reason)));
  console.log(`Recorded the correction to ${file} in ${lockPath}. Save (commit) both files; the amendments log will show it.`);
});
