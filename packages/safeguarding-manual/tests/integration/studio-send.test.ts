// After a publication, npm run studio sends the branch to the public site's repository: here a
// bare repository on this computer stands in for it. Each outcome's words are pinned.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { failureWords, LOCAL_ONLY, SENT, sendTarget, sendToPublicSite } from '../../src/lib/cms/studio-send.ts';

const work = mkdtempSync(join(tmpdir(), 'manual-studio-send-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=Business Unit', '-c', 'user.email=bu@brackenshire-scp.example', ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

/** A repository with one committed file, and a bare one it may be connected to. */
function setUp(name: string): { repo: string; bare: string } {
  const repo = join(work, name);
  const bare = join(work, `${name}.git`);
  git(work, 'init', '-q', '-b', 'main', repo);
  git(work, 'init', '-q', '--bare', '-b', 'main', bare);
  git(repo, 'config', 'user.name', 'Business Unit');
  git(repo, 'config', 'user.email', 'bu@brackenshire-scp.example');
  writeFileSync(join(repo, 'chapter.mdx'), 'first\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'Start');
  return { repo, bare };
}

function commit(repo: string, file: string, text: string): void {
  writeFileSync(join(repo, file), text);
  git(repo, 'add', '--', file);
  git(repo, 'commit', '-q', '-m', `Change ${file}`);
}

describe('sending a publication to the public site', () => {
  it('with no remote, the publication stays on this computer, and says so', async () => {
    const { repo } = setUp('alone');
    expect(await sendTarget(repo, 'main')).toBeUndefined();
    expect(await sendToPublicSite(repo, 'main')).toEqual({ outcome: 'local', message: LOCAL_ONLY });
    expect(LOCAL_ONLY).toMatch(/^Published on this computer only/);
  });

  it('with a remote, the branch is sent, and the editor says "Sent"', async () => {
    const { repo, bare } = setUp('connected');
    git(repo, 'remote', 'add', 'origin', bare);
    commit(repo, 'chapter.mdx', 'second\n');
    expect(await sendTarget(repo, 'main')).toEqual({ remote: 'origin', branch: 'main' });
    expect(await sendToPublicSite(repo, 'main')).toEqual({ outcome: 'sent', message: SENT });
    expect(SENT).toBe('Sent to the public site: it will show there within a few minutes.');
    expect(git(bare, 'rev-parse', 'main')).toBe(git(repo, 'rev-parse', 'main'));
  });

  it("someone else's change to another file, and the public build's version lock, are brought in first", async () => {
    const { repo, bare } = setUp('others');
    writeFileSync(join(repo, 'versions.lock.json'), '{}\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'Lock');
    git(repo, 'remote', 'add', 'origin', bare);
    git(repo, 'push', '-q', '-u', 'origin', 'main');
    const other = join(work, 'others-colleague');
    git(work, 'clone', '-q', bare, other);
    commit(other, 'other.mdx', 'theirs\n');
    commit(other, 'versions.lock.json', '{"public": true}\n');
    git(other, 'push', '-q', 'origin', 'main');
    commit(repo, 'chapter.mdx', 'mine\n');
    commit(repo, 'versions.lock.json', '{"here": true}\n');
    expect(await sendToPublicSite(repo, 'main')).toEqual({ outcome: 'sent', message: SENT });
    expect(git(bare, 'show', 'main:other.mdx')).toBe('theirs\n');
    expect(git(bare, 'show', 'main:chapter.mdx')).toBe('mine\n');
    expect(git(bare, 'show', 'main:versions.lock.json')).toBe('{"public": true}\n');
  });

  it('someone else changed the same chapter: not sent, nothing lost, and the file named', async () => {
    const { repo, bare } = setUp('clash');
    git(repo, 'remote', 'add', 'origin', bare);
    git(repo, 'push', '-q', '-u', 'origin', 'main');
    const other = join(work, 'clash-colleague');
    git(work, 'clone', '-q', bare, other);
    commit(other, 'chapter.mdx', 'theirs\n');
    git(other, 'push', '-q', 'origin', 'main');
    commit(repo, 'chapter.mdx', 'mine\n');
    const before = git(repo, 'rev-parse', 'HEAD');
    const notice = await sendToPublicSite(repo, 'main');
    expect(notice.outcome).toBe('failed');
    expect(notice.message).toBe(
      'Published on this computer, but not yet sent to the public site: someone else changed the same file on the public site meanwhile (chapter.mdx). Your change is kept on this computer. Ask whoever looks after the site to combine the two versions; nothing is lost.',
    );
    expect(git(repo, 'rev-parse', 'HEAD')).toBe(before);
    expect(git(repo, 'status', '--porcelain')).toBe('');
    expect(git(bare, 'show', 'main:chapter.mdx')).toBe('theirs\n');
  });

  it('an unreachable public site: not sent, and says to check the connection', async () => {
    const { repo } = setUp('offline');
    git(repo, 'remote', 'add', 'origin', 'http://127.0.0.1:9/manual.git');
    const notice = await sendToPublicSite(repo, 'main');
    expect(notice).toEqual({
      outcome: 'failed',
      message:
        'Published on this computer, but not yet sent to the public site: this computer could not reach it. Check that this computer is online. Your change is kept on this computer: press "Send again" once that is done.',
    });
  });

  it('a sign-in this computer has not stored: says who to ask', () => {
    expect(failureWords("fatal: could not read Username for 'https://github.com': terminal prompts disabled")).toMatch(
      /it needs you to sign in, and this computer has no sign-in stored for it\. Ask whoever looks after the site to store your sign-in on this computer/,
    );
    expect(failureWords('git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.')).toMatch(/needs you to sign in/);
  });
});
