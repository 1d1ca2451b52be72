// npm run core-update: proposes a newer release of the core manual this manual follows, listing
// what it changes, and, with --accept, takes it in once the board has accepted it (docs/regional-manuals.md).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { settings } from './manual-settings.ts';
import { acceptRelease, changesOf, coreRelease, describeChanges, readCoreReleases } from '../src/lib/region/core-release.ts';
import { CORE_FILE, coreRecordSchema, followedRelease, serializeCoreRecord, type CoreRecord } from '../src/lib/region/core-record.ts';
import { isIsoDate } from '../src/lib/util/dates.ts';
import { manualRoot } from '../src/lib/manual/manual-root.ts';
import { counted } from '../src/lib/util/plural.ts';
import { buildDateFromEnv, contentDirFromEnv, readManualSource } from '../src/lib/content/source.ts';
import { formatProblems } from '../src/lib/check/problems.ts';
import { checkProposedChange } from '../src/lib/authoring/proposed-change.ts';
import { UserError } from '../src/lib/util/user-error.ts';
import { runCommand } from './run-command.ts';

/** The proposal's file, at the manual's root. */
const PROPOSAL_FILE = 'core-update.md';

const HELP = `Usage: npm run core-update [-- --release <n>] [--accept --by "<who>" --on <YYYY-MM-DD>]

Reads the core manual named by the core setting in manual.config.ts and says what its newest
release (or release <n>) changes: the chapters it adds, updates and withdraws. It writes that
to ${PROPOSAL_FILE}, for the board, and records in content/${CORE_FILE} that the manual is behind.

With --accept, once the board has accepted the release, it copies the release's chapters into
content/procedures/ and records who accepted it (--by) and when (--on, today or later). A core
version takes effect here on the day it was accepted at the earliest. Build, then save.`;

/** Is `from` a git repository's address rather than a folder? */
const isRepository = (from: string) => /^(https?:|ssh:|git@|file:)/.test(from) || from.endsWith('.git');

/** The core's folder: `from` itself, or a fresh clone of its repository (removed when the command ends). */
function coreFolder(from: string, root: string): string {
  if (!isRepository(from)) {
    const folder = resolve(root, from);
    if (!existsSync(join(folder, 'manual.config.ts')))
      throw new UserError(`The core setting's from is ${from}, and ${folder} holds no manual.config.ts: give the core manual's folder or repository.`);
    return folder;
  }
  const folder = mkdtempSync(join(tmpdir(), 'manual-core-'));
  process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  const clone = spawnSync('git', ['clone', '--quiet', '--depth', '1', from, folder], { encoding: 'utf8' });
  if (clone.status !== 0) throw new UserError(`The core's repository ${from} could not be read: ${clone.stderr.trim()}`);
  return folder;
}

function readRecord(path: string): CoreRecord | undefined {
  if (!existsSync(path)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UserError(`${path} cannot be read: ${(e as Error).message}. Restore it from version control (git checkout -- ${path}).`);
  }
  const parsed = coreRecordSchema.safeParse(json);
  if (!parsed.success)
    throw new UserError(`${path} is damaged: ${parsed.error.issues[0]?.message}. Restore it from version control (git checkout -- ${path}).`);
  return parsed.data;
}

await runCommand(() => {
  const { values } = parseArgs({
    options: {
      release: { type: 'string' },
      accept: { type: 'boolean' },
      by: { type: 'string' },
      on: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(HELP);
  const { core } = settings;
  if (!core)
    throw new UserError(`This manual follows no core: add core: { from: '<the core's folder or repository>', name: '<its name>' } to manual.config.ts first.`);
  if (values.release !== undefined && !/^[1-9]\d*$/.test(values.release))
    throw new UserError(`--release is ${values.release}: give a release number, such as --release 3.`);
  const root = manualRoot();
  const contentDir = relative(process.cwd(), contentDirFromEnv()) || '.';
  const recordPath = join(contentDir, CORE_FILE);
  const record = readRecord(recordPath);
  const releases = readCoreReleases(coreFolder(core.from, root));
  const release = coreRelease(releases, values.release === undefined ? undefined : Number(values.release));
  const followed = record ? followedRelease(record).release : undefined;
  const number = release.record.release;
  if (followed !== undefined && number <= followed) {
    console.log(`This manual follows release ${followed} of ${core.name}${number === followed ? ', its newest' : ''}: there is nothing newer to take.`);
    return;
  }
  const changes = changesOf(releases, release, record);
  const proposal = join(root, PROPOSAL_FILE);

  if (!values.accept) {
    writeFileSync(proposal, describeChanges(core.name, release, followed, changes));
    if (record) {
      const { date, sha256 } = { date: release.record.date, sha256: release.sha256 };
      writeFileSync(recordPath, serializeCoreRecord({ ...record, available: { release: number, date, record: sha256 } }));
    }
    console.log(
      `${core.name} published release ${number} on ${release.record.date}: it changes ${counted(changes.length, 'chapter')}. Wrote ${relative(process.cwd(), proposal)} for the board; once it accepts the release, run\n  npm run core-update -- --release ${number} --accept --by "<who accepted it>" --on <YYYY-MM-DD>`,
    );
    return;
  }

  // Today, or the day MANUAL_TODAY names: the check's version lock refuses, by the calendar, any version that a later
  // build would record in the past, so a day before today is only ever accepted for a manual whose lock starts then.
  const today = buildDateFromEnv();
  const acceptedBy = values.by?.trim();
  const acceptedOn = values.on ?? '';
  const problems = [
    ...(acceptedBy ? [] : ['--by is missing: give the group or person that accepted the release, such as --by "Procedures sub-group".']),
    ...(isIsoDate(acceptedOn)
      ? []
      : [`--on is ${acceptedOn ? `"${acceptedOn}"` : 'missing'}: give the day it was accepted here, as YYYY-MM-DD, such as --on ${today}.`]),
    ...(isIsoDate(acceptedOn) && acceptedOn < today
      ? [`--on is ${acceptedOn}, before today (${today}): the core's versions would take effect here on days already past. Give today or a later day.`]
      : []),
  ];
  // A local chapter may not have the id of a chapter the core adds.
  for (const change of changes)
    if (!record?.chapters[change.id] && existsSync(join(contentDir, 'procedures', change.id)))
      problems.push(
        `${join(contentDir, 'procedures', change.id)} is a local chapter, and the core's release ${number} adds a chapter with the same id (${change.id}): rename the local chapter's folder (and its id in every seeAlso), then accept again.`,
      );
  if (problems.length) throw new UserError(`${problems.join('\n')}\nNothing was changed.`);
  const acceptance = acceptRelease(changes, release, record, core.name, acceptedBy!, acceptedOn);
  // The check of the manual as the release would leave it: a local chapter on a number the core now
  // uses, or a contact the core's chapters name that the manual lacks, is refused before anything is written.
  const source = readManualSource(contentDir);
  const change = {
    write: [
      ...acceptance.files.map((file) => ({ path: `${source.contentDir}/${file.path}`, content: file.text })),
      { path: `${source.contentDir}/${CORE_FILE}`, content: serializeCoreRecord(acceptance.record) },
    ],
  };
  const refused = checkProposedChange(source, change, { today, settings, settingsFile: 'manual.config.ts' });
  if (refused.length)
    throw new UserError(
      `${formatProblems(refused)}\n\nTaking release ${number} would give the manual these errors: put them right (a local chapter on a number the core now uses takes another, or moves to a local section), then accept again. Nothing was changed.`,
    );
  for (const file of acceptance.files) {
    const path = join(contentDir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  writeFileSync(recordPath, serializeCoreRecord(acceptance.record));
  rmSync(proposal, { force: true });
  const left = acceptance.superseded.map((v) => `\n  ${v.id} of ${v.date}: replaced at the core before ${acceptedOn}, so it never takes effect here`);
  console.log(
    `Took release ${number} of ${core.name}, accepted by ${acceptedBy} on ${acceptedOn}: ${counted(acceptance.files.length, 'version file')} copied into ${join(contentDir, 'procedures')}, and ${recordPath} updated.${left.join('')}\nBuild the site, then save (commit) the files with the lock.`,
  );
});
