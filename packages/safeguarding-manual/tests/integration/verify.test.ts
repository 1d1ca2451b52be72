// An auditor checks the manual against the amendments.json of an earlier release: a published
// version edited afterwards is found even when its lock entry was edited to match.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'manual-verify-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
const env = { ...process.env, MANUAL_CONTENT_DIR: content, MANUAL_DIST: dist, MANUAL_TODAY: '2024-03-01' };
const run = (script: string, args: string[] = []) => spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { env, encoding: 'utf8' });
cpSync('tests/fixtures/small', content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run verify', () => {
  it('passes on the manual as published, and finds an edit hidden by an edited lock', () => {
    expect(run('build').status).toBe(0);
    const saved = join(work, 'amendments-2024-03-01.json');
    copyFileSync(join(dist, 'amendments.json'), saved);
    const clean = run('verify', [saved]);
    expect(clean.status, clean.stdout).toBe(0);
    expect(clean.stdout).toContain('Every published version is as it was published');
    // The build wrote the first release record into the repository and onto the site.
    const record = readFileSync(join(content, 'release-records/1.json'), 'utf8');
    expect(readFileSync(join(dist, 'releases/1.json'), 'utf8')).toBe(record);
    expect(JSON.parse(readFileSync(join(dist, 'releases/index.json'), 'utf8'))).toEqual({
      releases: [{ release: 1, date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), file: '1.json', sha256: createHash('sha256').update(record).digest('hex') }],
    });
    expect(readFileSync(join(dist, 'releases/index.html'), 'utf8')).toContain('<a href="1.json">Release 1,');
    const chain = run('verify');
    expect(chain.status, chain.stdout + chain.stderr).toBe(0);
    expect(chain.stdout).toContain('Everything published is as it was published');
    expect(run('verify', [dist]).status).toBe(0);
    // A build that publishes nothing new writes no record.
    expect(run('build').status).toBe(0);
    expect(existsSync(join(content, 'release-records/2.json'))).toBe(false);

    const file = join(content, 'procedures/beta-strategy/2020-01-06.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Children', 'Young people'));
    const lockPath = join(content, 'versions.lock.json');
    const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as { files: Record<string, { sha256: string }> };
    lock.files['procedures/beta-strategy/2020-01-06.mdx']!.sha256 = createHash('sha256').update(readFileSync(file, 'utf8')).digest('hex');
    writeFileSync(lockPath, JSON.stringify(lock, null, 2));
    // The release record still has the hash the version was published with: the check and verify both refuse the edit.
    const check = run('check');
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(
      /procedures\/beta-strategy\/2020-01-06\.mdx\n\s+error file, file: was published in release 1 \(\d{4}-\d{2}-\d{2}\) with SHA-256 [0-9a-f]{12}\.\.\., is now [0-9a-f]{12}\.\.\., and no correction recorded since that release explains it/,
    );
    const fromChain = run('verify');
    expect(fromChain.status).toBe(1);
    expect(fromChain.stdout).toContain('procedures/beta-strategy/2020-01-06.mdx was published in release 1');
    // A record changed after it was published differs from the site's copy.
    writeFileSync(join(content, 'release-records/1.json'), record.replace('"previous": null', '"previous": null '));
    expect(run('verify', [dist]).stdout).toContain('release-records/1.json differs from the record the site published');
    writeFileSync(join(content, 'release-records/1.json'), record);
    const caught = run('verify', [saved]);
    expect(caught.status).toBe(1);
    expect(caught.stdout).toMatch(/CHANGED\s+procedures\/beta-strategy\/2020-01-06\.mdx differs from the version published/);
    expect(caught.stdout).toContain('1 version changed without a recorded correction.');
  });

  it('says plainly when what it is given is not a record', () => {
    const wrong = run('verify', [join(work, 'nowhere')]);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain("does not exist: give a saved amendments.json, a built site's folder, or the site's address.");
  });
});
