// What npm run studio asks of the repository before it starts: a branch, git's name and email
// for the commits every save makes, and no uncommitted changes.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { studioBranch } from '../../src/lib/cms/studio-repository.ts';
import { missingStudioPackages, STUDIO_PACKAGE, studioPackageDir } from '../../src/lib/cms/studio-packages.ts';

const repo = mkdtempSync(join(tmpdir(), 'manual-studio-repo-'));
const saved = { global: process.env['GIT_CONFIG_GLOBAL'], system: process.env['GIT_CONFIG_NOSYSTEM'] };

function git(...args: string[]): string {
  const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

function refusal(): string {
  try {
    return `on ${studioBranch(repo)}`;
  } catch (e) {
    return (e as Error).message;
  }
}

/** An empty git configuration beside the repository, read instead of this computer's own. */
const empty = `${repo}.gitconfig`;

beforeAll(() => {
  // No name or email from this computer's own git settings.
  writeFileSync(empty, '');
  process.env['GIT_CONFIG_GLOBAL'] = empty;
  process.env['GIT_CONFIG_NOSYSTEM'] = '1';
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=Set Up', '-c', 'user.email=set.up@brackenshire-scp.example', 'commit', '-q', '--allow-empty', '-m', 'Start');
  writeFileSync(join(repo, 'versions.lock.json'), '{}\n');
});

afterAll(() => {
  for (const [key, value] of [
    ['GIT_CONFIG_GLOBAL', saved.global],
    ['GIT_CONFIG_NOSYSTEM', saved.system],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  rmSync(repo, { recursive: true, force: true });
  rmSync(empty, { force: true });
});

describe('before the studio starts', () => {
  it("asks for git's name and email, saying how to set them", () => {
    expect(refusal()).toMatchInlineSnapshot(`
      "Every change you save is a git commit, which records who made it, but git does not know your name or email address yet. Tell it once on this computer:
        git config --global user.name "Your Name"
        git config --global user.email "you@example.org"
      then start the studio again."
    `);
    git('config', 'user.name', 'Business Unit');
    expect(refusal()).toMatchInlineSnapshot(`
      "Every change you save is a git commit, which records who made it, but git does not know your email address yet. Tell it once on this computer:
        git config --global user.email "you@example.org"
      then start the studio again."
    `);
    git('config', 'user.email', 'business.unit@brackenshire-scp.example');
  });

  it('refuses uncommitted changes, naming them', () => {
    expect(refusal()).toMatchInlineSnapshot(`
      "The repository has changes that are not committed, and the CMS commits every file it finds:
        versions.lock.json
      Commit them (git add -A && git commit -m "...") or put them aside (git stash -u), then start the studio again."
    `);
    git('add', '-A');
    git('commit', '-q', '-m', 'The lock');
    expect(refusal()).toBe('on main');
  });
});

describe('Decap CMS, installed apart from the project', () => {
  const dir = mkdtempSync(join(tmpdir(), 'manual-studio-package-'));
  const pinned = (name: string) =>
    (JSON.parse(readFileSync(join(STUDIO_PACKAGE, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> }).packages[
      `node_modules/${name}`
    ]!.version;
  const install = (name: string, version: string) => {
    mkdirSync(join(dir, 'node_modules', name), { recursive: true });
    writeFileSync(join(dir, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
  };
  beforeAll(() => {
    cpSync(join(STUDIO_PACKAGE, 'package.json'), join(dir, 'package.json'));
    cpSync(join(STUDIO_PACKAGE, 'package-lock.json'), join(dir, 'package-lock.json'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says how to install it when it is not there, or not at the version its lock file pins', () => {
    install('decap-server', '0.0.1');
    expect(missingStudioPackages(dir)).toEqual(['decap-cms', 'decap-server']);
    expect(() => studioPackageDir('decap-cms', dir)).toThrowErrorMatchingInlineSnapshot(`
      [UserError: Editing in the browser needs Decap CMS, which is installed apart from the rest of the project.
      Install it once (it takes a few minutes and about 380 MB): npm run studio:install]
    `);
  });

  it('is found in the studio package once installed at those versions', () => {
    install('decap-cms', pinned('decap-cms'));
    install('decap-server', pinned('decap-server'));
    expect(missingStudioPackages(dir)).toEqual([]);
    expect(studioPackageDir('decap-cms', dir)).toBe(join(dir, 'node_modules', 'decap-cms'));
  });
});
