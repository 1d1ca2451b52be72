// Upgrades: a manual records the generator version it was made with. A newer generator reads an
// older manual unchanged, or refuses it naming the command that migrates it; migrate brings its
// files up to the current format and records the version, after which every command reads it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_ROOT } from '../example.ts';

const manual = mkdtempSync(join(tmpdir(), 'manual-migrate-'));
afterAll(() => rmSync(manual, { recursive: true, force: true }));
cpSync('tests/fixtures/small', join(manual, 'content'), { recursive: true });
cpSync(join(EXAMPLE_ROOT, 'manual.config.ts'), join(manual, 'manual.config.ts'));
const lockPath = join(manual, 'content/versions.lock.json');
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MANUAL_')));
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [join('scripts', `${script}.ts`), ...args], {
    env: { ...env, MANUAL_ROOT: manual, MANUAL_TODAY: '2026-11-05' },
    encoding: 'utf8',
  });
const madeWith = (made: string) =>
  writeFileSync(
    join(manual, 'package.json'),
    `{\n\t"name": "old-manual",\n\t"private": true,\n\t"type": "module",\n\t"safeguardingManual": { "madeWith": "${made}" }\n}\n`,
  );

describe('a manual made with another version of the generator', () => {
  it('is refused when a newer generator made it, by every command and by migrate, naming the update', () => {
    madeWith('99.0.0');
    for (const refused of [run('check'), run('migrate')]) {
      expect(refused.status).toBe(1);
      expect(refused.stderr).toBe(
        `This manual was made with safeguarding-manual 99.0.0, which is newer than the one installed (${version}), so its files may hold what this one does not understand. Update the generator: npm install safeguarding-manual@^99.0.0\n`,
      );
    }
  });

  it('is refused when it is older than the generator reads as it is, naming migrate, which brings it up to date', () => {
    madeWith('0.0.9');
    const refused = run('check');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      `This manual was made with safeguarding-manual 0.0.9, whose files this one (${version}) no longer reads as they are. Run npx safeguarding-manual migrate`,
    );
    const lockBefore = readFileSync(lockPath, 'utf8');
    expect(JSON.parse(lockBefore)).toMatchObject({ format: 1 });

    const dry = run('migrate', '--dry-run');
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('the version lock, from format 1 to format 2');
    expect(readFileSync(lockPath, 'utf8')).toBe(lockBefore);

    const migrated = run('migrate');
    expect(migrated.status, migrated.stderr).toBe(0);
    expect(JSON.parse(readFileSync(lockPath, 'utf8'))).toMatchObject({ format: 2 });
    const pkg = readFileSync(join(manual, 'package.json'), 'utf8');
    expect(JSON.parse(pkg)).toEqual({ name: 'old-manual', private: true, type: 'module', safeguardingManual: { madeWith: version } });
    expect(pkg).toContain('\n\t"name"');

    const check = run('check');
    expect(check.stderr).toBe('');
    expect(check.stdout).toContain(': 0 errors, ');
    expect(run('migrate').stdout).toBe(`The manual's files are in the format of safeguarding-manual ${version} already: nothing to change.\n`);
  });

  it('is read unchanged when an older version of the same format made it', () => {
    const lockBefore = readFileSync(lockPath, 'utf8');
    madeWith('0.1.0');
    const check = run('check');
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(readFileSync(lockPath, 'utf8')).toBe(lockBefore);
    expect(readFileSync(join(manual, 'package.json'), 'utf8')).toContain('"madeWith": "0.1.0"');
  });
});
