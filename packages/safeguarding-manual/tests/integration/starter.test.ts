// The starter (npm create safeguarding-manual), run as npm runs it: with every answer as a flag it
// makes a manual that passes the check; a missing or wrong answer, or a folder already in use, is
// refused with every problem named, and nothing is written. tests/e2e/packed.spec.ts runs it packed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const starter = resolve('../create-safeguarding-manual');
const work = mkdtempSync(join(tmpdir(), 'manual-starter-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ANSWERS = [
  '--name',
  'Northshire Safeguarding Children Partnership',
  '--short-name',
  'Northshire SCP',
  '--areas',
  'Northtown, South Vale',
  '--site',
  'https://procedures.northshire.example',
  '--sign-off-group',
  'Policy and Procedures Group',
];
/** Runs the starter in the work folder, its input not a terminal (nobody to ask). */
const create = (...args: string[]) => spawnSync(process.execPath, [join(starter, 'index.mjs'), ...args], { cwd: work, encoding: 'utf8', input: '' });

beforeAll(() => {
  // What packing does first: the generator's new-manual.ts bundled into the starter.
  const built = spawnSync(process.execPath, [join(starter, 'build.mjs')], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
});

describe('npm create safeguarding-manual', () => {
  it('makes a manual from flags that passes the check, with a warning for each draft contact', () => {
    const made = create('northshire', ...ANSWERS);
    expect(made.status, made.stderr).toBe(0);
    const manual = join(work, 'northshire');
    const pkg = JSON.parse(readFileSync(join(manual, 'package.json'), 'utf8'));
    expect(pkg).toMatchObject({
      name: 'northshire',
      private: true,
      dependencies: { 'safeguarding-manual': '^0.1.0' },
      safeguardingManual: { madeWith: '0.1.0' },
    });
    expect(Object.keys(pkg.scripts)).toHaveLength(16);
    expect(readFileSync(join(manual, 'manual.config.ts'), 'utf8')).toContain("areas: [\n    {\n      id: 'northtown',");
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MANUAL_')));
    const check = spawnSync(process.execPath, ['scripts/check.ts'], { env: { ...env, MANUAL_ROOT: manual }, encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toMatch(/: 0 errors, 2 warnings\.\n$/);
  });

  it('names every missing or wrong answer at once when there is nobody to ask, and writes nothing', () => {
    const missing = create('southvale', '--name', 'Southvale Safeguarding Children Partnership');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Give --short-name, --areas, --site, --sign-off-group: there is no one to ask here.');
    const wrong = create(
      'southvale',
      ...ANSWERS.map((a) =>
        a === 'https://procedures.northshire.example' ? 'http://procedures.southvale.example' : a === 'Northtown, South Vale' ? ' , ' : a,
      ),
    );
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toBe('--areas names no area.\n--site must start with https://.\n');
    expect(existsSync(join(work, 'southvale'))).toBe(false);
  });

  it('refuses a folder that holds files already', () => {
    mkdirSync(join(work, 'in-use'));
    writeFileSync(join(work, 'in-use', 'notes.txt'), 'notes');
    const made = create('in-use', ...ANSWERS);
    expect(made.status).toBe(1);
    expect(made.stderr).toContain('is not empty: choose a new folder for the manual. Nothing was written.');
    expect(readdirSync(join(work, 'in-use'))).toEqual(['notes.txt']);
  });
});
