// npm run studio on a manual published in English and Welsh (a temporary copy of the bilingual
// example): a board member writes a new version's English and Welsh text side by side, and the
// save writes both files, or is refused with the problem shown on the Welsh side.
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import config from '../../../../examples/tawelan/manual.config.ts';
import type { Problem } from '../../src/lib/check/problems.ts';
import { readManualSource } from '../../src/lib/content/source.ts';
import { checkManual } from '../../src/lib/check/validate.ts';
import { defineManual } from '../../src/lib/manual/settings.ts';
import { fillNewVersion, writeWelshText } from './welsh-version-form.ts';
import { startStudio, stopStudio, studioApi, type RunningStudio } from './studio-process.ts';

test.describe.configure({ mode: 'serial' });
test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

// Three ports after the bilingual example's site: the editor, one left free, and the site preview.
const port = Number(process.env['E2E_PORT'] ?? 4399) + 15;
const admin = `http://127.0.0.1:${port}/admin/`;
const TODAY = '2026-11-22';
const CHAPTER = 'content/procedures/making-a-referral';
/** How long a save or a publication may take: the studio checks the whole manual first, slower on a busy machine. */
const SAVING = 30_000;
let repo: string;
let studio: RunningStudio;
let opened: string;

function git(...args: string[]): string {
  const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

const EXAMPLE = resolve('../../examples/tawelan');

test.beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'manual-studio-welsh-'));
  for (const part of ['content', 'manual.config.ts', 'package.json']) cpSync(join(EXAMPLE, part), join(repo, part), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'uned.fusnes@tawelan-rsb.example');
  git('config', 'user.name', 'Business Unit');
  git('add', '-A');
  git('commit', '-q', '-m', 'The example manual');
  studio = await startStudio({ port, repo, env: { MANUAL_ROOT: repo, MANUAL_CONTENT_DIR: join(repo, 'content'), MANUAL_TODAY: TODAY } });
  opened = studio.opened;
});

test.afterAll(async () => {
  await stopStudio(studio?.process);
  rmSync(repo, { recursive: true, force: true });
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Folders made by the tests, removed at the end. */
const made: string[] = [];

async function signIn(page: Page): Promise<void> {
  await page.goto(opened);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Lists' })).toBeVisible();
}

/** The files of the draft the editorial workflow keeps for a version, on its own branch. */
function draftFile(path: string): string | undefined {
  const branches = git('branch', '--list', 'cms/*', '--format=%(refname:short)').trim().split('\n').filter(Boolean);
  for (const branch of branches) {
    const shown = spawnSync('git', ['show', `${branch}:${path}`], { cwd: repo, encoding: 'utf8' });
    if (shown.status === 0) return shown.stdout;
  }
  return undefined;
}

test('a new version is written in English and Welsh side by side, and saved as both files', async ({ page }) => {
  await signIn(page);
  await page
    .getByRole('link', { name: /Making a Referral/ })
    .first()
    .click();
  await page.getByRole('link', { name: 'new version' }).click();
  // English on the left, Welsh on the right; the Welsh side starts from the English words.
  const editors = page.locator('[data-slate-editor]');
  await expect(editors).toHaveCount(2);
  await expect(editors.nth(1)).toContainText('Make a referral when you think a child is at risk');
  await fillNewVersion(page, TODAY);
  await page.getByRole('button', { name: 'Save' }).click();
  // Refused: the problem is placed beside the Welsh text, in words, and nothing is written.
  const welshText = page.locator('label', { hasText: /^Text/ }).nth(1).locator('+ p.studio-problem');
  await expect(welshText).toContainText('In Welsh: is the English text of 2026-11-22.mdx word for word', { timeout: SAVING });
  await expect(page.locator('label', { hasText: /^Text/ }).nth(0).locator('+ p.studio-problem')).toHaveCount(0);
  expect(draftFile(`${CHAPTER}/2026-11-22.cy.mdx`)).toBeUndefined();

  // The Welsh text written: its first paragraph in Welsh, the rest of its structure as the English.
  await writeWelshText(page);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved as a draft')).toBeVisible({ timeout: SAVING });
  await expect(page.locator('.studio-problem')).toHaveCount(0);

  const english = draftFile(`${CHAPTER}/2026-11-22.mdx`)!;
  const welsh = draftFile(`${CHAPTER}/2026-11-22.cy.mdx`)!;
  expect(english).toContain('summary: The hubs confirm a referral within one working day.');
  expect(english).toContain('Make a referral when you think a child is at risk');
  expect(welsh).toContain('title: Gwneud Atgyfeiriad');
  expect(welsh).toContain('summary: Mae’r hybiau’n cadarnhau atgyfeiriad o fewn un diwrnod gwaith.');
  expect(welsh).toContain('Gwnewch atgyfeiriad pan fyddwch yn poeni am blentyn.');
  expect(welsh).toContain('<Contact id="tawelan-front-door" />');
  // The fields the two languages share are written once, in the English file.
  expect(welsh).not.toMatch(/^(section|amended|approvedBy):/m);
  // No file is named as the editor names the English text.
  expect(draftFile(`${CHAPTER}/2026-11-22.en.mdx`)).toBeUndefined();
});

test('published, the version is in the manual in both languages, and opens again with its Welsh text', async ({ page }) => {
  await signIn(page);
  await page.goto(`${admin}#/collections/chapter-making-a-referral/entries/2026-11-22`);
  await expect(page.getByRole('button', { name: 'Status: Draft' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Status: Draft' }).click();
  await page.getByRole('menuitem', { name: 'In review' }).click();
  await page.getByRole('button', { name: 'Status: In review' }).click();
  await page.getByRole('menuitem', { name: 'Ready' }).click();
  await expect(page.getByRole('button', { name: 'Status: Ready' })).toBeVisible();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published on this computer only' })).toBeVisible({ timeout: SAVING });
  expect(asked).toMatch(/^Publish this version now\?/);

  expect(git('show', `main:${CHAPTER}/2026-11-22.cy.mdx`)).toContain('Gwnewch atgyfeiriad pan fyddwch yn poeni am blentyn.');
  expect(git('show', `main:${CHAPTER}/2026-11-22.mdx`)).toContain('approvedBy: Policy and Procedures Group');
  expect(git('ls-tree', '--name-only', `main:${CHAPTER}`).trim().split('\n')).toEqual([
    '2026-04-01.cy.mdx',
    '2026-04-01.mdx',
    '2026-11-22.cy.mdx',
    '2026-11-22.mdx',
  ]);

  // Opened again, each side shows its own language's text, read from its own file.
  await page.goto(`${admin}#/collections/chapter-making-a-referral/entries/2026-11-22`);
  const editors = page.locator('[data-slate-editor]');
  await expect(editors).toHaveCount(2);
  await expect(editors.nth(0)).toContainText('Make a referral when you think a child is at risk');
  await expect(editors.nth(1)).toContainText('Gwnewch atgyfeiriad pan fyddwch yn poeni am blentyn.');
  await expect(page.getByLabel('Title').nth(1)).toHaveValue('Gwneud Atgyfeiriad');
});

test("a contact's Welsh words are edited beside its English ones, and refused beside them when missing", async ({ page }) => {
  const file = 'content/contacts/tawelan-front-door.yaml';
  await signIn(page);
  await page.goto(`${admin}#/collections/contacts/entries/tawelan-front-door`);
  // The form reads the Welsh words from the contact's file, under their own labels.
  await expect(page.getByLabel('Team or service in Welsh')).toHaveValue('Hwb Diogelu Plant', { timeout: 60_000 });
  await expect(page.getByLabel('Label in Welsh').first()).toHaveValue('Oriau swyddfa');
  const notes = page.getByLabel('Notes in Welsh');
  await expect(notes).toHaveValue('Y tu allan i oriau swyddfa, ffoniwch y Tîm Dyletswydd Argyfwng.');

  // The Welsh notes emptied: refused, beside the Welsh notes, and nothing is written.
  await notes.fill('');
  await page.getByRole('button', { name: 'Save' }).click();
  const beside = page.locator('label', { hasText: /^Notes in Welsh/ }).locator('+ p.studio-problem');
  await expect(beside).toContainText('has its notes in English but not in Welsh', { timeout: SAVING });
  await expect(page.locator('label', { hasText: /^Notes( \(optional\))?$/ }).locator('+ p.studio-problem')).toHaveCount(0);
  expect(draftFile(file)).toBeUndefined();

  // Written in Welsh, the save goes through with the Welsh words in the contact's file.
  await notes.fill('Y tu allan i oriau swyddfa, ffoniwch y Tîm Dyletswydd Argyfwng ar unwaith.');
  await page.getByLabel('Team or service in Welsh').fill('Hwb Diogelu Plant Tawelan');
  // A change to the Welsh words is a change to the contact's details, noted like any other.
  await page.getByRole('button', { name: 'Add change' }).first().click();
  await page.getByLabel('Date', { exact: true }).last().fill(TODAY);
  await page.getByLabel('What changed', { exact: true }).last().fill('The Welsh name of the hub and its notes.');
  // The change note in Welsh too, in the Welsh part, for the Welsh contacts page.
  await page.getByRole('button', { name: 'Add change' }).last().click();
  await page.getByLabel('What changed, in Welsh').last().fill('Enw Cymraeg yr hwb a’i nodiadau.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved as a draft')).toBeVisible({ timeout: SAVING });
  await expect(page.locator('.studio-problem')).toHaveCount(0);
  const saved = draftFile(file)!;
  expect(saved).toMatch(
    /\ncy:\n {2}organisation: Cyngor Sir Tawelan\n {2}service: Hwb Diogelu Plant Tawelan\n {2}phones:\n {4}- label: Oriau swyddfa\n {6}hoursText: Dydd Llun i ddydd Gwener 9am i 5pm\n {2}notes: Y tu allan i oriau swyddfa, ffoniwch y Tîm Dyletswydd Argyfwng ar unwaith.\n/,
  );
  expect(saved).toMatch(/\n {2}changes:\n(?: {4}- summary: .*\n)* {4}- summary: Enw Cymraeg yr hwb a’i nodiadau.\n/);
  // The English words are as they were.
  expect(saved).toContain("service: Children's Safeguarding Hub\n");
});

/** A problem as compared: where, which field, and what is wrong. */
const key = (p: Pick<Problem, 'file' | 'field' | 'message'>) => `${p.file} | ${p.field} | ${p.message}`;

test('a version without its Welsh text is refused alike by the studio, npm run save and the check', async () => {
  const folder = 'content/procedures/section-47-enquiries';
  const path = `${folder}/2026-11-29.mdx`;
  const english = [
    '---',
    'section: "1.3"',
    'title: Section 47 Enquiries',
    'amended: 2026-11-29',
    'change: updated',
    'summary: The outcome is given to the family within five working days.',
    'approvedBy: Policy and Procedures Group',
    'approvedOn: 2026-11-20',
    '---',
    '',
    'The council must make enquiries under section 47 of the Children Act 1989 when a child may be suffering significant harm.',
    '',
  ].join('\n');
  const expected = [
    `${folder}/2026-11-29.cy.mdx | file | is missing: the manual is published in English and Welsh (languages in manual.config.ts), and the version 2026-11-29.mdx has no Welsh text`,
  ];

  // The studio's API, sent a save of the English text alone.
  const answer = await studioApi(studio, port, {
    action: 'persistEntry',
    params: {
      branch: 'main',
      dataFiles: [{ slug: '2026-11-29', path, raw: english }],
      assets: [],
      options: { collectionName: 'chapter-section-47-enquiries', commitMessage: 'Update 2026-11-29', useWorkflow: true, status: 'pending_publish' },
    },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(422);
  expect(answer.body.problems!.map(key)).toEqual(expected);
  expect(draftFile(path)).toBeUndefined();

  // The check, on a copy of the manual with the English file written.
  const copy = mkdtempSync(join(tmpdir(), 'manual-check-welsh-'));
  made.push(copy);
  cpSync(join(EXAMPLE, 'content'), join(copy, 'content'), { recursive: true });
  writeFileSync(join(copy, path), english);
  const checked = checkManual(readManualSource('content', copy), { today: TODAY, settings: defineManual(config), settingsFile: 'manual.config.ts' }).problems;
  expect(checked.filter((p) => p.severity === 'error').map(key)).toEqual(expected);

  // npm run save, in a copy of the manual's repository with the English file written.
  const project = mkdtempSync(join(tmpdir(), 'manual-save-welsh-'));
  made.push(project);
  for (const part of ['content', 'manual.config.ts', 'package.json']) cpSync(join(EXAMPLE, part), join(project, part), { recursive: true });
  symlinkSync(resolve('../../node_modules'), join(project, 'node_modules'));
  const inProject = (...args: string[]) => spawnSync('git', args, { cwd: project, encoding: 'utf8' });
  inProject('init', '-q', '-b', 'main');
  inProject('-c', 'user.name=Business Unit', '-c', 'user.email=uned.fusnes@tawelan-rsb.example', 'commit', '-q', '--allow-empty', '-m', 'Start');
  inProject('add', '-A');
  inProject('-c', 'user.name=Business Unit', '-c', 'user.email=uned.fusnes@tawelan-rsb.example', 'commit', '-q', '-m', 'The example manual');
  mkdirSync(join(project, folder), { recursive: true });
  writeFileSync(join(project, path), english);
  const head = inProject('rev-parse', 'HEAD').stdout;
  const save = spawnSync(process.execPath, [resolve('scripts/save.ts'), 'Section 47: the outcome within five days'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, MANUAL_TODAY: TODAY, MANUAL_ROOT: project, MANUAL_CONTENT_DIR: '', MANUAL_DIST: join(project, 'dist') },
  });
  expect(save.status, save.stdout + save.stderr).toBe(1);
  expect(save.stderr).toContain(`${folder}/2026-11-29.cy.mdx`);
  expect(save.stderr).toContain('file: is missing: the manual is published in English and Welsh');
  expect(inProject('rev-parse', 'HEAD').stdout).toBe(head);
});
