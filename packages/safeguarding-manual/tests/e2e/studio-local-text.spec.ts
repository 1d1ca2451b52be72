// npm run studio on a manual that follows a regional core (a temporary copy of the example region's
// Northmoor): a board member adds a new version of the partnership's local text at the extension
// point of the core's Making a Referral, publishes it, and finds the file where the check expects
// it; a later version without a summary, a point the chapter does not declare and a published local
// text are refused, with the check's words beside the field.
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStudio, stopStudio, studioApi, type RunningStudio } from './studio-process.ts';

test.describe.configure({ mode: 'serial' });
test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

// Three ports after the highest the other tests use (packed.spec.ts, E2E_PORT + 20): the editor, one left free, and the site preview.
const port = Number(process.env['E2E_PORT'] ?? 4399) + 21;
const admin = `http://127.0.0.1:${port}/admin/`;
// The example region's date (scripts/build-region.sh): Northmoor's local text of 5 December 2026 is in force.
const TODAY = '2026-12-07';
const PLACE = 'content/local/making-a-referral/referral-arrangements';
/** How long a save or a publication may take: the studio checks the whole manual first, slower on a busy machine. */
const SAVING = 30_000;
const EXAMPLE = resolve('../../examples/region/northmoor');
let repo: string;
let studio: RunningStudio;

function git(...args: string[]): string {
  const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

test.beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'manual-studio-local-'));
  for (const part of ['content', 'manual.config.ts', 'package.json']) cpSync(join(EXAMPLE, part), join(repo, part), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'business.unit@northmoor-scp.example');
  git('config', 'user.name', 'Business Unit');
  git('add', '-A');
  git('commit', '-q', '-m', 'The example manual');
  studio = await startStudio({ port, repo, env: { MANUAL_ROOT: repo, MANUAL_CONTENT_DIR: join(repo, 'content'), MANUAL_TODAY: TODAY } });
});

test.afterAll(async () => {
  await stopStudio(studio?.process);
  rmSync(repo, { recursive: true, force: true });
});

async function signIn(page: Page): Promise<void> {
  await page.goto(studio.opened);
  await expect(page).toHaveURL((url) => url.href.startsWith(admin) && url.search === '');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Lists' })).toBeVisible();
}

/** Opens the form of a new version of local arrangements, from the list. */
async function newLocalText(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Local arrangements' }).click();
  // The list shows each version by its place and date.
  await expect(page.getByText('making-a-referral/referral-arrangements, 2026-12-05')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('link', { name: 'Add new version of local arrangements' }).click();
  await expect(page.getByLabel('Summary of the change')).toBeVisible();
}

/** Chooses the place in "Where in the chapter": only the points the chapters declare are offered. */
async function choosePlace(page: Page): Promise<void> {
  await expect(page.locator('label', { hasText: /^Where in the chapter/ })).toHaveText('Where in the chapter (choose one)');
  await page.getByLabel(/^Where in the chapter/).click();
  const place = '1.1 Making a Referral to Children’s Social Care: referral-arrangements';
  await expect(page.getByRole('option')).toHaveText([place]);
  await page.getByRole('option', { name: place }).click();
}

async function writeText(page: Page, text: string): Promise<void> {
  const editor = page.locator('[data-slate-editor]');
  await editor.click();
  await page.keyboard.type(text);
  await expect(editor).toContainText(text);
}

test('a new version of the local text is saved, published and written where the check expects it', async ({ page }) => {
  await signIn(page);
  await newLocalText(page);
  await choosePlace(page);
  // Dated today unless changed.
  await expect(page.getByLabel('Takes effect on')).toHaveValue(TODAY);
  await page.getByLabel('Summary of the change').fill('Names the front door’s online referral form.');
  await page.getByLabel(/^Approved by/).fill('Northmoor Procedures Sub-group');
  await page.getByLabel(/^Approved on/).fill('2026-12-04');
  await writeText(page, 'In Northmoor, the written referral goes through the front door’s online form.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved as a draft')).toBeVisible({ timeout: SAVING });
  await expect(page.locator('.studio-problem')).toHaveCount(0);
  expect(git('branch', '--list', 'cms/*')).toContain(`cms/local-texts/making-a-referral/referral-arrangements/${TODAY}`);

  await page.getByRole('button', { name: 'Status: Draft' }).click();
  await page.getByRole('menuitem', { name: 'In review' }).click();
  await page.getByRole('button', { name: 'Status: In review' }).click();
  await page.getByRole('menuitem', { name: 'Ready' }).click();
  await expect(page.getByRole('button', { name: 'Status: Ready' })).toBeVisible({ timeout: SAVING });
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published on this computer only' })).toBeVisible({ timeout: SAVING });

  // On disk, in the place's folder, with the schema's fields only.
  const file = join(repo, PLACE, `${TODAY}.mdx`);
  expect(existsSync(file)).toBe(true);
  expect(readFileSync(file, 'utf8')).toBe(
    `---\namended: ${TODAY}\nsummary: Names the front door’s online referral form.\napprovedBy: Northmoor Procedures Sub-group\napprovedOn: 2026-12-04\n---\nIn Northmoor, the written referral goes through the front door’s online form.\n`,
  );
  expect(git('status', '--porcelain').trim()).toBe('');
  // The check the build runs finds nothing wrong with it.
  const check = spawnSync(process.execPath, [resolve('scripts/check.ts')], {
    env: { ...process.env, MANUAL_ROOT: repo, MANUAL_CONTENT_DIR: join(repo, 'content'), MANUAL_TODAY: TODAY },
    encoding: 'utf8',
  });
  expect(check.status, `${check.stdout}${check.stderr}`).toBe(0);
  expect(check.stdout).toContain('0 errors');
});

test('a later version without a summary is refused, with the problem beside the field', async ({ page }) => {
  await signIn(page);
  await newLocalText(page);
  await choosePlace(page);
  await page.getByLabel('Takes effect on').fill('2026-12-08');
  await writeText(page, 'A second version, without saying what changed.');
  await page.getByRole('button', { name: 'Save' }).click();
  const beside = page.locator('label', { hasText: /^Summary of the change/ }).locator('+ p.studio-problem');
  await expect(beside).toContainText('is missing: every version of a local text after the first must say what changed and why', { timeout: SAVING });
  await expect(page.getByText(/^Not saved\. "Summary of the change": is missing/)).toBeVisible();
  expect(git('branch', '--list', 'cms/*').trim()).toBe('');
  expect(existsSync(join(repo, PLACE, '2026-12-08.mdx'))).toBe(false);
});

test('a point the chapter does not declare, and a published local text, are refused whatever sends them', async () => {
  const save = (path: string, slug: string) =>
    studioApi(studio, port, {
      action: 'persistEntry',
      params: {
        branch: 'main',
        dataFiles: [{ slug, path, raw: `---\namended: 2026-12-09\nsummary: Out of hours.\n---\n\nCall the duty team.\n` }],
        assets: [],
        options: { collectionName: 'local-texts', commitMessage: `Create ${slug}`, useWorkflow: true, status: 'draft' },
      },
    });
  // The form offers no such point; a request that names one is refused by the check, in its words.
  const undeclared = await save('content/local/making-a-referral/out-of-hours/2026-12-09.mdx', 'making-a-referral/out-of-hours/2026-12-09');
  expect(undeclared.status).toBe(422);
  expect(undeclared.body.problems?.map((p) => [p.field, p.message])).toEqual([
    ['extension point', 'the chapter making-a-referral declares no extension point out-of-hours: it declares referral-arrangements'],
  ]);
  // Recorded in the version lock by a build of the public site: never written.
  const published = await save(`${PLACE}/2026-12-05.mdx`, 'making-a-referral/referral-arrangements/2026-12-05');
  expect(published.status).toBe(403);
  expect(published.body.error).toContain('is on the public site');
  expect(git('branch', '--list', 'cms/*').trim()).toBe('');
  expect(git('status', '--porcelain').trim()).toBe('');
});
