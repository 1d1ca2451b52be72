// npm run import -- <folder>: turns a folder of saved pages of a hosted manual into the
// chapters of this one, then checks the manual and reports what needs a person's eyes.
import { copyFileSync, constants, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { manualPublicDir } from '../src/lib/manual-root.ts';
import { settings } from './manual-settings.ts';
import { describeRefusals, type Refusal } from '../src/lib/authoring/plan.ts';
import { isIsoDate, todayInLondon } from '../src/lib/dates.ts';
import { listFolder, readSavedFolder } from '../src/lib/import/folder.ts';
import { contactNumbers } from '../src/lib/import/phone-numbers.ts';
import { planImport } from '../src/lib/import/plan.ts';
import { formatWarnings, nextSteps } from '../src/lib/import/report.ts';
import { extendLock, LOCK_FILE, serializeLock } from '../src/lib/lock.ts';
import { buildDateFromEnv, contentDirFromEnv } from '../src/lib/source.ts';
import { parseCommandArgs } from './authoring-command.ts';
import { runCheck } from './check.ts';
import { loadManual } from './load-manual.ts';

const HELP = `Usage: npm run import -- <folder> [--date YYYY-MM-DD] [--dry-run] [--contents <file>]

Imports a hosted manual from a folder of its saved pages (its contents page and its
chapters) into the content folder (MANUAL_CONTENT_DIR, default content/ in the manual's folder): the numbered
sections in structure.yaml, and the first version of each chapter, dated --date. Pictures
and documents saved with the pages are copied to public/imported/. Then it checks the
manual and lists everything that needs a person's eyes.

  --date       the date of the imported versions (default: today in the UK)
  --dry-run    show what would be written, and write nothing
  --contents   the contents page, by its path in the folder (found by itself otherwise)

Nothing is overwritten: files that exist are left as they were, so running it again
only adds what is missing.`;

const OPTIONS = { date: { type: 'string' }, 'dry-run': { type: 'boolean' }, contents: { type: 'string' } } as const;

function fail(message: string): never {
  console.error(`${message}\n\n${HELP}`);
  process.exit(1);
}

const parsed = parseCommandArgs(HELP, OPTIONS);
const [folder, ...rest] = parsed.positionals;
if (!folder) fail('Give the folder of saved pages first.');
if (rest.length) fail(`Unexpected ${rest.join(' ')}: give one folder (in quotes if its name has spaces).`);

const date = (parsed.values['date'] as string | undefined) ?? buildDateFromEnv();
const dryRun = parsed.values['dry-run'] === true;
const contentsFile = parsed.values['contents'] as string | undefined;
const refusals: Refusal[] = [];
if (!existsSync(folder) || !statSync(folder).isDirectory())
  refusals.push({ problem: `${folder} is not a folder`, fix: 'give the folder the pages were saved into' });
if (!isIsoDate(date)) refusals.push({ problem: `--date ${date} is not a real date`, fix: 'write it as YYYY-MM-DD, such as --date 2027-04-05' });
if (refusals.length) {
  console.error(describeRefusals(refusals));
  process.exit(1);
}

// A content folder outside the project is shown by its full path, as the other commands do.
const relativeDir = relative(process.cwd(), resolve(contentDirFromEnv())) || '.';
const contentDir = relativeDir.startsWith('..') ? resolve(relativeDir) : relativeDir;
// The manual's public/ folder, where pictures and documents saved with the pages are copied.
const relativePublic = relative(process.cwd(), manualPublicDir()) || '.';
const publicDir = relativePublic.startsWith('..') ? manualPublicDir() : relativePublic;
const existingIn = (dir: string) => (existsSync(dir) ? listFolder(dir).map((f) => `${dir}/${f}`) : []);
const existing = new Set([...existingIn(contentDir), ...existingIn(`${publicDir}/imported`)]);
const contactFiles = [...existing]
  .filter((f) => f.startsWith(`${contentDir}/contacts/`) && /\.ya?ml$/.test(f))
  .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const structurePath = `${contentDir}/structure.yaml`;
const plan = planImport(readSavedFolder(folder), {
  date,
  contentDir,
  publicDir,
  contentsFile,
  existing,
  existingStructure: existing.has(structurePath) ? readFileSync(structurePath, 'utf8') : undefined,
  contactNumbers: contactNumbers(contactFiles),
});
if ('refusals' in plan) {
  console.error(describeRefusals(plan.refusals));
  process.exit(1);
}

// Only a new manual's import records history, once, in its first lock: into a manual already published, nothing is added in the past.
const today = buildDateFromEnv();
if (!plan.createsManual && date < today && plan.chapters.some((c) => c.written)) {
  console.error(
    `--date ${date} is before today (${today}), and ${contentDir} is a manual already published: chapters imported into it take effect on or after the day they are added, or they would change what the manual said on days already past.\n  fix: leave out --date to use today, or give a later date. Nothing was written.`,
  );
  process.exit(1);
}

// Warnings name saved pages by their place in the folder, and new files by their path.
const warnings = plan.warnings.map((w) =>
  w.file.startsWith(`${contentDir}/`) || w.file.startsWith(`${publicDir}/`) ? w : { ...w, file: join(folder, w.file) },
);
const written = plan.chapters.filter((c) => c.written);
console.log(
  `${dryRun ? 'Would import' : 'Importing'} ${written.length} of the ${plan.chapters.length} chapters in ${join(folder, plan.contentsFile)} into ${contentDir}, dated ${date}:`,
);
for (const c of plan.chapters) console.log(`  ${c.number} ${c.title}: ${c.written ? c.file : 'already in the manual, left as it was'}`);
const others = plan.writes.filter((w) => !w.path.startsWith(`${contentDir}/procedures/`));
const lockPath = `${contentDir}/${LOCK_FILE}`;

if (dryRun) {
  if (others.length || plan.copies.length || plan.createsManual) console.log('\nIt would also write:');
  for (const w of others) console.log(`  ${w.path}`);
  if (plan.createsManual) console.log(`  ${lockPath} (the versions it imports that are in force)`);
  for (const c of plan.copies) console.log(`  ${c.to} (a copy of ${join(folder, c.from)})`);
  console.log(`\n${formatWarnings(warnings)}`);
  console.log('\nThis was a dry run: nothing was written. Run the command again without --dry-run to import.');
  process.exit(0);
}

for (const w of plan.writes) {
  mkdirSync(dirname(w.path), { recursive: true });
  // 'wx' fails rather than overwrite a file that appeared since the folder was listed.
  writeFileSync(w.path, w.text, { flag: 'wx' });
}
for (const c of plan.copies) {
  mkdirSync(dirname(c.to), { recursive: true });
  copyFileSync(join(folder, c.from), c.to, constants.COPYFILE_EXCL);
}

// A new manual starts with a version lock, so that the versions it was created with can never change unnoticed.
let locked = 0;
if (plan.createsManual && !existsSync(lockPath)) {
  const { manual } = loadManual({ checkBodies: false, today, contentDir });
  // The first lock records the history the import brings, dated before today, once: startedOn says so.
  const { lock, added } = extendLock({ format: 2, startedOn: today, files: {} }, [...manual.chapters, ...manual.pages], contentDir, todayInLondon());
  if (added.length) writeFileSync(lockPath, serializeLock(lock), { flag: 'wx' });
  locked = added.length;
}

const copied = plan.copies.length === 1 ? '1 picture or document' : `${plan.copies.length} pictures and documents`;
console.log(
  plan.writes.length || plan.copies.length
    ? `\nWrote ${plan.writes.length} ${plan.writes.length === 1 ? 'file' : 'files'}${plan.copies.length ? ` and copied ${copied} to ${publicDir}/imported/` : ''}${locked ? `, and locked ${locked} versions in ${lockPath}` : ''}.`
    : '\nNothing was written: every file the import would write is already there.',
);
if (plan.writes.some((w) => w.path === structurePath)) console.log(`${structurePath} has ${plan.sections} sections and ${plan.subsections} sub-sections.`);
console.log(`\n${formatWarnings(warnings)}`);

console.log('\nChecking the manual (npm run check):');
const checked = runCheck();
const contactsNow = new Set(
  listFolder(contentDir)
    .filter((f) => f.startsWith('contacts/'))
    .map((f) => f.slice('contacts/'.length).replace(/\.ya?ml$/, '')),
);
const draftPath = `${contentDir}/imported-contacts-draft.yaml`;
console.log(
  `\n${nextSteps({
    contentDir,
    contactsDraft: (plan.contactsDraft ?? existsSync(draftPath)) ? draftPath : undefined,
    missingContacts: settings.worriedPanel.filter((id) => !contactsNow.has(id)),
    warnings: warnings.length,
  })}`,
);
process.exitCode = checked ? 0 : 1;
