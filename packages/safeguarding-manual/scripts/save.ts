// npm run save -- "message": checks and builds the manual (so that the version lock is
// current), then saves (commits) exactly the manual's files with the message.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { counted } from '../src/lib/plural.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { checkProposedChange } from '../src/lib/proposed-change.ts';
import { describeStatus, isManualFile, lastSaved, manualPaths, parseStatus, savedChange, type StatusEntry } from '../src/lib/saving.ts';
import { contentDirFromEnv } from '../src/lib/source.ts';
import { UserError } from '../src/lib/user-error.ts';
import { runCommand } from './run-command.ts';
import { loadManual } from './load-manual.ts';

const HELP = `Usage: npm run save -- "what you changed, in a sentence"

Saves your changes to the manual as one step in its history (a git commit), with your
sentence as its description. It first checks the change with the same rules as the browser
editor and npm run check, then checks the manual and builds the site, so that newly published
versions are recorded in the version lock; if either check finds an error, nothing is saved. It saves only the manual's files (the content folder and public/images), never
anything else, and says what it saved and what it left.

After saving, send your saved changes to the shared copy of the manual with: git push`;

function git(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('git', args, { encoding: 'utf8' });
  if (result.error) throw new UserError('git is not installed on this computer: ask whoever set up the manual for you to install it.');
  return result;
}

function fileOrNothing(path: string): Uint8Array | undefined {
  return existsSync(path) ? readFileSync(path) : undefined;
}

/**
 * Refuses a change that brings the manual an error, before the longer build: the one check of
 * a proposed change (the studio's too), on the manual as last saved with the change made.
 */
function checkChange(pending: readonly StatusEntry[]): void {
  if (git(['rev-parse', '--verify', '--quiet', 'HEAD']).status !== 0) return;
  const { source, options } = loadManual();
  const saved = (path: string) => {
    const shown = spawnSync('git', ['show', `HEAD:${path}`]);
    return shown.status === 0 ? shown.stdout : undefined;
  };
  const problems = checkProposedChange(lastSaved(source, pending, saved), savedChange(pending, fileOrNothing), options);
  if (problems.length) {
    throw new UserError(
      `Nothing was saved: with your change the manual would have ${counted(problems.length, 'error')}.\n\n${formatProblems(problems, { counts: false })}\n\nPut right what is listed above, then run npm run save again.`,
    );
  }
}

await runCommand(() => {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  } catch {
    throw new UserError(`The only option is --help.\n\n${HELP}`);
  }
  if (parsed.values.help) {
    console.log(HELP);
    return;
  }
  const message = parsed.positionals.join(' ').trim();
  if (!message) throw new UserError(`Say what you changed, in quotes: npm run save -- "Updated the LADO's phone number."\n\n${HELP}`);
  if (git(['rev-parse', '--is-inside-work-tree']).status !== 0)
    throw new UserError('This folder is not a copy of the manual kept with git, so there is nothing to save into. Ask whoever set up the manual for you.');
  for (const key of ['user.name', 'user.email']) {
    if (!git(['config', key]).stdout.trim()) {
      throw new UserError(
        `Saving records who made each change, and git does not know your ${key === 'user.name' ? 'name' : 'email address'} yet. Run once:\n  git config --global ${key} "${key === 'user.name' ? 'Your Name' : 'you@example.org'}"\nthen npm run save again. Nothing was saved.`,
      );
    }
  }

  // Only paths that exist or that git knows: git refuses a path that matches nothing.
  const paths = manualPaths(contentDirFromEnv()).filter((p) => existsSync(p) || git(['ls-files', '--', p]).stdout.trim());
  const pending = parseStatus(git(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...paths]).stdout);
  if (!pending.length) {
    console.log('Nothing to save: the manual has no changes since it was last saved.');
    return;
  }

  checkChange(pending);

  console.log('Checking the manual and building the site, so that the version lock is up to date...');
  const build = spawnSync(process.execPath, [join(fileURLToPath(new URL('.', import.meta.url)), 'build.ts')], { stdio: 'inherit' });
  if (build.status !== 0) throw new UserError('\nNothing was saved: put right what is listed above, then run npm run save again.');

  const manual = parseStatus(git(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...paths]).stdout);
  const add = git(['add', '--all', '--', ...paths]);
  if (add.status !== 0) throw new UserError(`git could not add the files: ${add.stderr.trim()}. Nothing was saved.`);
  const commit = git(['commit', '--quiet', '-m', message, '--', ...paths]);
  if (commit.status !== 0) throw new UserError(`git could not save: ${commit.stderr.trim() || commit.stdout.trim()}. Nothing was saved.`);
  const id = git(['rev-parse', '--short', 'HEAD']).stdout.trim();

  console.log(`\nSaved ${counted(manual.length, 'file')} as ${id} "${message}":`);
  for (const entry of manual) console.log(`  ${describeStatus(entry.status).padEnd(8)} ${entry.path}`);
  const left = parseStatus(git(['status', '--porcelain=v1', '-z']).stdout).filter((e) => !isManualFile(e.path, paths));
  if (left.length) {
    console.log(`\nNot saved, as ${left.length === 1 ? 'it is' : 'they are'} not part of the manual: ${left.map((e) => e.path).join(', ')}`);
  }
  const remote = git(['remote']).stdout.trim();
  console.log(
    remote ? '\nTo send it to the shared copy of the manual, run: git push' : '\nThis copy has no shared copy to send it to (no git remote); it is saved here.',
  );
});
