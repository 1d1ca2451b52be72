// The editors' guide (docs/editing.md), followed literally in the example manual of a fresh
// clone of the project: each recipe ends with check and save, and afterwards nothing is left unsaved.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInLondon } from '../../src/lib/util/dates.ts';

const work = mkdtempSync(join(tmpdir(), 'manual-guide-'));
const clone = join(work, 'project');
/** The example manual in the clone: its folder holds manual.config.ts, content/ and package.json. */
const manual = join(clone, 'examples', 'brackenshire');
const git = (...args: string[]) => spawnSync('git', args, { cwd: manual, encoding: 'utf8' });
/** An npm script as the guide types it (npm run name -- args): the generator's command, with the project's Node, in the manual's folder. */
const npm = (script: string, ...args: string[]) => {
  const { scripts } = JSON.parse(readFileSync(join(manual, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const command = /^safeguarding-manual (\S+)$/.exec(scripts[script]!)![1]!;
  return spawnSync(process.execPath, [join(clone, 'node_modules/safeguarding-manual/bin/safeguarding-manual.mjs'), command, ...args], {
    cwd: manual,
    encoding: 'utf8',
    env: { ...process.env, MANUAL_ROOT: '', MANUAL_TODAY: '', MANUAL_CONTENT_DIR: '', MANUAL_DIST: '' },
  });
};
const guide = readFileSync('../../docs/editing.md', 'utf8');
/** Who approved each change, as the guide's commands give it. */
const APPROVAL = ['--approved-by', 'Policy and Procedures Group', '--approved-on', '2026-11-27'];
/** The arguments of a command as the guide types it, quotes removed. */
const argsOf = (command: string) => [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
/** The guide's `npm run <script> -- ...` command that includes `words`, as the arguments after `--`. */
const guideCommand = (script: string, words = '') => {
  const start = `npm run ${script} -- `;
  const line = guide
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.startsWith(start) && l.includes(words));
  expect(line, `docs/editing.md has no command ${start}... with ${words}`).toBeDefined();
  return argsOf(line!.slice(start.length));
};
const edit = (path: string, from: string | RegExp, to: string) => {
  const file = join(manual, path);
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(file, text.replace(from, to));
};
const checkAndSave = (message: string) => {
  const check = npm('check');
  expect(check.status, check.stdout).toBe(0);
  expect(check.stdout).toContain(': 0 errors');
  const save = npm('save', message);
  expect(save.status, `${save.stdout}\n${save.stderr}`).toBe(0);
  expect(save.stdout).toContain(`"${message}":`);
  expect(git('status', '--porcelain').stdout).toBe('');
  return save.stdout;
};

beforeAll(() => {
  expect(spawnSync('git', ['clone', '--quiet', resolve('../..'), clone]).status).toBe(0);
  symlinkSync(resolve('../../node_modules'), join(clone, 'node_modules'));
  // node_modules is ignored by git, so the link leaves the clone clean.
  git('config', 'user.name', 'Board Manager');
  git('config', 'user.email', 'board@brackenshire-scp.example');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the editors' guide, followed in a fresh clone", () => {
  it('amends a chapter', () => {
    const args = guideCommand('amend', 'Strategy discussions');
    expect(args).toEqual(['section-47-enquiries', '--summary', 'Strategy discussions now within one working day.', ...APPROVAL]);
    const amend = npm('amend', ...args);
    expect(amend.status, amend.stderr).toBe(0);
    const file = /^Created (\S+):/.exec(amend.stdout)![1]!;
    const text = readFileSync(join(manual, file), 'utf8');
    const sentence = text.split('\n').find((line) => /^[A-Z].{40,}\.$/.test(line))!;
    edit(file, sentence, `${sentence} A strategy discussion is held within one working day.`);
    const saved = checkAndSave('Amended 1.3.4 Section 47 Enquiries: strategy discussions within one working day.');
    expect(saved).toContain(file);
    expect(saved).toContain('versions.lock.json');
    expect(git('log', '-1', '--format=%an %s').stdout.trim()).toBe(
      'Board Manager Amended 1.3.4 Section 47 Enquiries: strategy discussions within one working day.',
    );
  });

  it('changes a phone number, with its dated note', () => {
    expect(guide).toContain('number: "0113 496 0601"');
    edit('content/contacts/lado.yaml', 'number: "0113 496 0600"', 'number: "0113 496 0601"');
    // The note is dated the day it is written: nothing is added to the past.
    const today = todayInLondon();
    edit('content/contacts/lado.yaml', /verified: .*\n/, `verified: ${today}\nchanges:\n  - date: ${today}\n    summary: New office-hours number.\n`);
    expect(checkAndSave('New office-hours number for the LADO.')).toContain('content/contacts/lado.yaml');
  });

  it('withdraws a chapter', () => {
    const args = guideCommand('withdraw');
    expect(args).toEqual([
      'timescales-at-a-glance',
      '--summary',
      'The timescales are now in each chapter.',
      '--replaced-by',
      'strategy-discussions',
      ...APPROVAL,
    ]);
    const withdraw = npm('withdraw', ...args);
    expect(withdraw.status, withdraw.stderr).toBe(0);
    checkAndSave('Withdrew Timescales at a Glance.');
  });

  it('adds a chapter', () => {
    const args = guideCommand('new-chapter');
    expect(args).toEqual(['--section', '2.33', '--title', 'Children and Young People Who Go Missing from School', ...APPROVAL]);
    const created = npm('new-chapter', ...args);
    expect(created.status, created.stderr).toBe(0);
    const file = /^Created (\S+):/.exec(created.stdout)![1]!;
    edit(file, /Say here who this chapter is for[^\n]*\n/, 'This chapter is for staff in schools and colleges.\n');
    edit(file, /Write the procedure here[^\n]*\n/, 'Tell the designated safeguarding lead on the first day a child is missing.\n');
    checkAndSave('Added 2.33 on children missing from school.');
  });

  it('publishes a version that takes effect later', () => {
    const args = guideCommand('amend', 'New timescales');
    expect(args).toEqual(['section-47-enquiries', '--summary', 'New timescales from April.', '--date', '2027-04-01', ...APPROVAL]);
    const amend = npm('amend', ...args);
    expect(amend.status, amend.stderr).toBe(0);
    checkAndSave('1.3.4 changes from April 2027.');
    expect(npm('check').status).toBe(0);
  });
});
