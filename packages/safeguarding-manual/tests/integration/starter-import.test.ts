// A partnership's first day, as its staff would live it: npm create (the starter, from source),
// then npm run import of its old manual's saved pages into the new manual. The import fits the
// old contents beside the starter's welcome chapter and asks for the sign-off the new manual's
// settings require; the manual then passes the check, warning only about the draft contacts,
// and builds; completing those contacts clears the warnings.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInLondon } from '../../src/lib/util/dates.ts';

const starter = resolve('../create-safeguarding-manual');
const work = mkdtempSync(join(tmpdir(), 'manual-starter-import-'));
const manual = join(work, 'northshire');
const content = join(manual, 'content');
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The commands run as the manual's npm scripts run them: the generator's command-line tool, in
// the manual's folder, which it finds by itself.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MANUAL_')));
const run = (command: string, args: string[] = [], extra: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(manual, 'node_modules/safeguarding-manual/bin/safeguarding-manual.mjs'), command, ...args], {
    cwd: manual,
    env: { ...env, ...extra },
    encoding: 'utf8',
  });
const today = todayInLondon();
const SIGN_OFF = ['--approved-by', 'Policy and Procedures Group', '--approved-on', today];

beforeAll(() => {
  const built = spawnSync(process.execPath, [join(starter, 'build.mjs')], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  const made = spawnSync(
    process.execPath,
    [
      join(starter, 'index.mjs'),
      'northshire',
      ...['--name', 'Northshire Safeguarding Children Partnership', '--short-name', 'Northshire SCP', '--areas', 'Northtown, South Vale'],
      ...['--site', 'https://procedures.northshire.example', '--sign-off-group', 'Policy and Procedures Group'],
    ],
    { cwd: work, encoding: 'utf8', input: '' },
  );
  expect(made.status, made.stderr).toBe(0);
  // What npm install gives the manual: the generator and its packages (here, this workspace's).
  symlinkSync(resolve('../../node_modules'), join(manual, 'node_modules'));
  cpSync('tests/fixtures/import/procedures-online', join(work, 'saved'), { recursive: true });
});

describe('npm create, then npm run import', () => {
  it('refuses an import without the sign-off the new manual requires, naming the options, and writes nothing', () => {
    const before = readFileSync(join(content, 'structure.yaml'), 'utf8');
    const refused = run('import', ['../saved']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`every new version must say who approved it and when`);
    expect(refused.stderr).toContain(`fix: add --approved-by "<the group that approved them>" --approved-on YYYY-MM-DD (on or before ${today})`);
    expect(readFileSync(join(content, 'structure.yaml'), 'utf8')).toBe(before);
    expect(readdirSync(join(content, 'procedures'))).toEqual(['welcome']);
  });

  it("fits the old contents after the starter's welcome chapter, signed off, and the manual passes the check with a warning for each draft contact", () => {
    const imported = run('import', ['../saved', ...SIGN_OFF]);
    expect(imported.status, imported.stdout + imported.stderr).toBe(0);
    const structure = parse(readFileSync(join(content, 'structure.yaml'), 'utf8')) as { sections: { number: string; title: string }[] };
    expect(structure.sections.map((s) => `${s.number} ${s.title}`)).toEqual([
      '1 Introduction',
      '2 Assessing Need and Providing Help',
      '3 Children in Specific Circumstances',
      '4 Partnership Arrangements',
      '5 Appendices',
    ]);
    const s47 = readFileSync(join(content, 'procedures/section-47-enquiries', `${today}.mdx`), 'utf8');
    expect(s47).toContain('section: "2.2.3"');
    expect(s47).toContain(`approvedBy: Policy and Procedures Group\napprovedOn: ${today}\n`);
    expect(imported.stdout).toContain('1 Assessing Need and Providing Help is 2 in this manual, with the chapters under it');
    expect(imported.stdout).toMatch(/: 0 errors, 2 warnings\.\n/);

    // Running it again adds nothing and changes nothing.
    const structureText = readFileSync(join(content, 'structure.yaml'), 'utf8');
    const again = run('import', ['../saved', ...SIGN_OFF]);
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toContain('Nothing was written: every file the import would write is already there.');
    expect(readFileSync(join(content, 'structure.yaml'), 'utf8')).toBe(structureText);
  });

  it('builds, with the welcome chapter and the imported chapters', () => {
    const dist = join(work, 'dist');
    const built = run('build', [], { MANUAL_DIST: dist });
    expect(built.status, built.stdout + built.stderr).toBe(0);
    for (const page of ['procedures/welcome', 'procedures/section-47-enquiries', 'procedures/local-contacts'])
      expect(existsSync(join(dist, page, 'index.html')), page).toBe(true);
  });

  it('has no warnings once the draft contacts are completed', () => {
    for (const id of ['northtown-front-door', 'south-vale-front-door']) {
      const file = join(content, 'contacts', `${id}.yaml`);
      const contact = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      delete contact['draft'];
      // The build published the drafts, so the completed details say what changed, and when.
      const changes = [{ date: today, summary: 'The real details, checked with the service.' }];
      writeFileSync(file, stringify({ ...contact, notes: 'Referrals about children who may need help or protection.', changes }));
    }
    const check = run('check');
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toMatch(/: 0 errors, 0 warnings\.\n$/);
  });
});
