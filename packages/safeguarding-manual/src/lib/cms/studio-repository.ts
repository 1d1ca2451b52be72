// What npm run studio does in the repository with git: makes sure it can work there (a branch,
// git's name and email for the commits every save makes, nothing uncommitted), copies the manual
// as published, and reads a draft's files.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';

/** Why the studio cannot start, with what to do. */
export class StudioError extends Error {
  override name = 'StudioError';
}

function git(repo: string, args: string[]): string {
  const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (result.status !== 0) throw new StudioError(`git ${args.join(' ')} failed in ${repo}: ${(result.stderr || result.error?.message || '').trim()}`);
  return result.stdout;
}

/** The branch the repository is on, once it is certain that the proxy can switch branches in it. */
export function studioBranch(repo: string): string {
  if (spawnSync('git', ['rev-parse', '--git-dir'], { cwd: repo }).status !== 0) {
    throw new StudioError(`${repo} is not a git repository: the studio saves every change as a git commit, so run it in a clone of the manual's repository.`);
  }
  const branch = git(repo, ['rev-parse', '--abbrev-ref', 'HEAD']).trim();
  if (branch === 'HEAD') throw new StudioError('The repository is not on a branch: check out the main branch first (git checkout main).');
  const missing = ['user.name', 'user.email'].filter((key) => spawnSync('git', ['config', key], { cwd: repo, encoding: 'utf8' }).stdout.trim() === '');
  if (missing.length) {
    throw new StudioError(
      [
        `Every change you save is a git commit, which records who made it, but git does not know your ${missing.map((key) => (key === 'user.name' ? 'name' : 'email address')).join(' or ')} yet. Tell it once on this computer:`,
        ...(missing.includes('user.name') ? ['  git config --global user.name "Your Name"'] : []),
        ...(missing.includes('user.email') ? ['  git config --global user.email "you@example.org"'] : []),
        'then start the studio again.',
      ].join('\n'),
    );
  }
  const changed = git(repo, ['status', '--porcelain']).trim();
  if (changed) {
    const files = changed.split('\n').map((line) => `  ${line.slice(3)}`);
    throw new StudioError(
      [
        'The repository has changes that are not committed, and the CMS commits every file it finds:',
        ...files,
        'Commit them (git add -A && git commit -m "...") or put them aside (git stash -u), then start the studio again.',
      ].join('\n'),
    );
  }
  return branch;
}

/** Copies the manual's files as committed on `branch` into `dir`: what is published, whatever branch the proxy has checked out. */
export function snapshot(repo: string, branch: string, contentDir: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = spawnSync('git', ['archive', '--format=tar', branch, contentDir], { cwd: repo, maxBuffer: 1 << 30 });
  if (archive.status !== 0) throw new StudioError(`git archive failed: ${archive.stderr.toString().trim()}`);
  const tar = spawnSync('tar', ['-x', '-f', '-', '-C', dir], { input: archive.stdout });
  if (tar.status !== 0) throw new StudioError(`tar could not unpack the manual: ${tar.stderr.toString().trim()}`);
}

/** The files of the repository's work tree that differ from its last commit (git status), by path. */
export function uncommitted(repo: string): string[] {
  return git(repo, ['status', '--porcelain', '-z', '--untracked-files=all'])
    .split('\0')
    .filter(Boolean)
    .map((line) => line.slice(3));
}

/**
 * A draft's files: what its branch (cms/<collection>/<slug>) changed since it left `branch`,
 * as files written (with their bytes) and files removed. Empty when there is no such draft.
 */
export function draftFiles(repo: string, branch: string, draft: string): { write: { path: string; content: Buffer }[]; remove: string[] } {
  const files = { write: [] as { path: string; content: Buffer }[], remove: [] as string[] };
  if (spawnSync('git', ['rev-parse', '--verify', '--quiet', `refs/heads/${draft}`], { cwd: repo }).status !== 0) return files;
  const fields = git(repo, ['diff', '--name-status', '-z', '--no-renames', `${branch}...${draft}`, '--']).split('\0');
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [status, path] = [fields[i]!, fields[i + 1]!];
    if (status === 'D') files.remove.push(path);
    else {
      const shown = spawnSync('git', ['show', `${draft}:${path}`], { cwd: repo, maxBuffer: 1 << 30 });
      if (shown.status !== 0) throw new StudioError(`git show failed: ${shown.stderr.toString().trim()}`);
      files.write.push({ path, content: shown.stdout });
    }
  }
  return files;
}
