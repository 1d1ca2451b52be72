// "Changed since your last visit", as a practitioner meets it: they open the contents; the board
// publishes a new version of a chapter and rebuilds the site; when they come back, that chapter
// is marked. The small fixture manual is built (twice) for this test and served on E2E_PORT + 2.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createSiteServer } from '../../src/lib/servers/site-server.ts';
import { axeViolations } from './checks.ts';

const port = Number(process.env['E2E_PORT'] ?? 4399) + 2;
const origin = `http://127.0.0.1:${port}`;
// Made by beforeAll: every worker loads this file, and only the one that runs its tests needs the folder.
const work = join(tmpdir(), `manual-last-visit-${randomUUID()}`);
const content = join(work, 'content');
const dist = join(work, 'dist');
let server: Server | undefined;
// One worker, one server on one port: the tests share the site.
test.describe.configure({ mode: 'serial' });

/** Runs one of the board's commands on the fixture manual, as of `today`. */
function run(script: string, today: string, args: string[] = []): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, MANUAL_CONTENT_DIR: content, MANUAL_DIST: dist, MANUAL_TODAY: today };
  delete env['MANUAL_BASE'];
  const child = spawn(process.execPath, [`scripts/${script}.ts`, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run ${script} failed:\n${stderr}`)))));
}

test.beforeAll(async () => {
  mkdirSync(work, { recursive: true });
  test.setTimeout(300_000);
  cpSync('tests/fixtures/small', content, { recursive: true });
  await run('build', '2024-03-01');
  server = createSiteServer({ root: dist, base: '/' });
  await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  rmSync(work, { recursive: true, force: true });
});

test('a practitioner returning after an amendment sees that chapter marked as changed since the last visit', async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext();
  const first = await context.newPage();
  await first.goto(`${origin}/contents/`);
  await expect(first.getByRole('link', { name: '1.1.1 Making a Referral' })).toBeVisible();
  // A first visit has nothing to compare with.
  await expect(first.locator('[data-module="last-visit"]')).toBeHidden();
  await expect(first.locator('.badge-since')).toHaveCount(0);
  await first.close();

  // The board publishes a new version of 1.1.1 and rebuilds the site.
  await run('amend', '2024-03-04', ['alpha-referrals', '--summary', 'Referrals now go through the online form.']);
  await run('build', '2024-03-04');

  // A new tab is a new visit.
  const back = await context.newPage();
  const requests: string[] = [];
  back.on('request', (request) => requests.push(`${request.method()} ${new URL(request.url()).origin}`));
  await back.goto(`${origin}/contents/`);
  const box = back.locator('[data-module="last-visit"]');
  await expect(box).toBeVisible();
  await expect(box.locator('[data-last-visit-summary]')).toHaveText(
    /^Since your last visit on \d{1,2} [A-Z][a-z]+ \d{4}, 1 chapter has changed\. It is marked in the contents below:$/,
  );
  await expect(box.getByRole('link')).toHaveText(['1.1.1 Making a Referral']);
  const referral = back.locator('li[data-chapter="alpha-referrals"]');
  await expect(referral).toContainText('Changed since your last visit');
  await expect(referral.locator('.badge-updated')).toHaveText('Updated');
  await expect(back.locator('.badge-since')).toHaveCount(1);
  expect(await axeViolations(back), 'axe, with the marks shown').toEqual([]);
  await back.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(back), 'axe, dark colour scheme').toEqual([]);

  // The marks stay while the practitioner reads the chapter and comes back to the contents.
  await box.getByRole('link', { name: '1.1.1 Making a Referral' }).click();
  await expect(back.getByRole('heading', { level: 1 })).toHaveText('1.1.1 Making a Referral');
  await back.goto(`${origin}/contents/`);
  await expect(referral).toContainText('Changed since your last visit');

  // Nothing was sent anywhere, and no cookie set.
  expect(requests.every((r) => r === `GET ${origin}`)).toBe(true);
  expect(await context.cookies()).toEqual([]);

  await back.getByRole('button', { name: 'Clear these marks' }).click();
  await expect(back.locator('.badge-since')).toHaveCount(0);
  await expect(box.locator('[data-last-visit-summary]')).toHaveText('Marks cleared. Chapters that change from now on will be marked on your next visit.');
  await expect(box.locator('[data-last-visit-summary]')).toBeFocused();
  await back.reload();
  await expect(back.locator('.badge-since')).toHaveCount(0);
  await expect(box.locator('[data-last-visit-summary]')).toHaveText(/^No chapter has changed since your last visit on /);
  await context.close();
});

test('without JavaScript the contents shows the New and Updated badges only', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${origin}/contents/`);
  await expect(page.locator('[data-module="last-visit"]')).toBeHidden();
  await expect(page.locator('li[data-chapter="delta-guide"] .badge-new')).toHaveText('New');
  await expect(page.locator('.badge-since')).toHaveCount(0);
  await context.close();
});
