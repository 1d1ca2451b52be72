// The board staff's commands, run as a user would, on a copy of the small fixture manual.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'manual-cli-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
const env = { ...process.env, MANUAL_CONTENT_DIR: content, MANUAL_DIST: dist, MANUAL_TODAY: '2024-03-01' };
const run = (script: string, args: string[] = []) => spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { env, encoding: 'utf8' });

beforeAll(() => {
  cpSync('tests/fixtures/small', content, { recursive: true });
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), 'the previous good site');
  // Marked as a site a build made, which a build may replace.
  writeFileSync(join(dist, '.manual-site'), '');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('check and build on a broken manual', () => {
  it('names every problem by file and field, and exits 1', () => {
    // A manual whose versions are not locked yet, so that the edits below are not also reported as edits to published versions.
    rmSync(join(content, 'versions.lock.json'));
    const file = join(content, 'procedures/alpha-referrals/2023-05-02.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('amended: 2023-05-02', 'amended: 2023-02-30')
        .replace(/summary: .*\n/, ''),
    );
    const beta = join(content, 'procedures/beta-strategy/2020-01-06.mdx');
    writeFileSync(beta, readFileSync(beta, 'utf8').replace('section: "1.1.2"', 'section: "1.1.1"'));
    const delta = join(content, 'procedures/delta-guide/2024-02-01.mdx');
    writeFileSync(delta, readFileSync(delta, 'utf8').replace('section: "2.2"', 'section: "7.2"'));

    const check = run('check');
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('procedures/alpha-referrals/2023-05-02.mdx\n  error line 4, amended: must be a real date');
    expect(check.stdout).toContain('procedures/beta-strategy/2020-01-06.mdx\n  error line 2, section: number 1.1.1 is also used by alpha-referrals');
    expect(check.stdout).toContain('procedures/delta-guide/2024-02-01.mdx\n  error line 2, section: number 7.2 does not sit under any section');

    const build = run('build');
    expect(build.status).toBe(1);
    expect(build.stdout).toContain('error line 4, amended');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the previous good site');
  });

  it('builds once the problems are fixed, replacing the previous site and locking the published versions', () => {
    rmSync(content, { recursive: true });
    cpSync('tests/fixtures/small', content, { recursive: true });
    const build = run('build');
    expect(build.status, build.stderr).toBe(0);
    expect(readFileSync(join(dist, 'contents/index.html'), 'utf8')).toContain('Making a Referral');
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    const lock = JSON.parse(readFileSync(join(content, 'versions.lock.json'), 'utf8'));
    expect(Object.keys(lock.files)).toHaveLength(7);
  });

  it('catches an edited published version, and accepts it once recorded as a correction', () => {
    const file = join(content, 'procedures/beta-strategy/2020-01-06.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Children', 'Children’s'));
    const check = run('check');
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('has been edited since (its SHA-256 no longer matches versions.lock.json)');
    const correct = run('correct', [file, '--reason', 'Fixed an apostrophe.']);
    expect(correct.status, correct.stderr).toBe(0);
    expect(run('check').status).toBe(0);
  });
});
