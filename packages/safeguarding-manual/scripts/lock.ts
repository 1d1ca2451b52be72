// npm run lock -- --start: starts the version lock of a new or imported manual.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { todayInLondon } from '../src/lib/util/dates.ts';
import { lockContacts, lockGlossary, lockResources } from '../src/lib/history/lock-notes.ts';
import { extendLock, LOCK_FILE, serializeLock } from '../src/lib/history/lock.ts';
import { isTranslationFile, translatedDocuments } from '../src/lib/check/languages.ts';
import { counted } from '../src/lib/util/plural.ts';
import { formatProblems } from '../src/lib/check/problems.ts';
import { UserError } from '../src/lib/util/user-error.ts';
import { runCommand } from './run-command.ts';
import { loadManual } from './load-manual.ts';

const HELP = `Usage: npm run lock -- --start

Starts the version lock (versions.lock.json) of a new or imported manual: it records the
SHA-256 of every published version and the details of every contact, so that from now on
none of them can change unnoticed. Builds add each new version to it as it takes effect.

It refuses when a lock already records versions: a lock is never started again. If the lock
was deleted or emptied by mistake, restore it from version control instead
(git checkout -- content/versions.lock.json).`;

await runCommand(() => {
  const { values } = parseArgs({ options: { start: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help || !values.start) {
    console.log(HELP);
    if (!values.help) process.exitCode = 1;
    return;
  }
  const { today, source, problems, manual, translations } = loadManual();
  const lockPath = join(source.contentDir, LOCK_FILE);
  if (Object.keys(manual.lock.files).length) {
    throw new UserError(
      `${lockPath} already records ${counted(Object.keys(manual.lock.files).length, 'version')}: a lock is never started again. Nothing was written.`,
    );
  }
  // The missing lock is what this command puts right; every other error must be fixed first.
  const others = problems.filter((p) => p.severity === 'error' && p.file !== lockPath);
  if (others.length) throw new UserError(`${formatProblems(others)}\n\nThe manual has errors: fix them, then start the lock. Nothing was written.`);
  const english = [...manual.chapters, ...manual.pages];
  // Each version's text in the manual's other languages is locked with it.
  const documents = [...english, ...translatedDocuments(english, translations)];
  // The first lock records the manual's history, dated before today, once: startedOn says so.
  const { lock: withVersions, added: locked } = extendLock({ format: 2, startedOn: today, files: {} }, documents, source.contentDir, todayInLondon());
  const added = locked.filter((key) => !isTranslationFile(key));
  const { lock } = lockGlossary(lockResources(lockContacts(withVersions, manual.contacts).lock, manual.resources).lock, manual.glossary);
  writeFileSync(lockPath, serializeLock(lock), { flag: existsSync(lockPath) ? 'w' : 'wx' });
  console.log(
    `Started the version lock in ${lockPath}: it records ${counted(added.length, 'published version')}, ${counted(manual.contacts.length, 'contact')} and ${counted(manual.resources.length, 'resource')}. Save (commit) it with the manual.`,
  );
});
