// The offline copy of a manual served under /manual, when the partnership publishes a newer
// build: readers are told the manual was updated, and the copy on their phone updates itself.
// The small test manual (built by scripts/build-sub-path.sh) is served from a folder of its
// own, on the port after the sub-path site's, and then replaced by the newer build of it that
// the same script makes: a week later, with an amendment to Making a Referral.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devices, expect, test, type Page } from '@playwright/test';
import { formatDate, todayInLondon } from '../../src/lib/util/dates.ts';

const { defaultBrowserType: _, ...phone } = devices['Pixel 7'];
test.use(phone);

const port = Number(process.env['E2E_PORT'] ?? 4399) + 2;
const origin = `http://127.0.0.1:${port}`;
// Made by beforeAll: every worker loads this file, and only the one that runs its tests needs the folder.
const work = join(tmpdir(), `manual-offline-update-${randomUUID()}`);
const served = join(work, 'site');
const newer = '.test-dist/sub-path-newer';
const CHAPTER = `${origin}/manual/procedures/alpha-referrals/`;
/** Pages that are not part of the saved copy: a chapter's history and the amendments log. */
const KEPT = [`${origin}/manual/procedures/alpha-referrals/history/`, `${origin}/manual/amendments/`];
let server: ChildProcess | undefined;

/** Puts the newer build in place of the served one, as a host would; `keepWorker` keeps the old sw.js. */
function deployNewer({ keepWorker }: { keepWorker: boolean }): void {
  const worker = readFileSync(join(served, 'sw.js'));
  cpSync(newer, served, { recursive: true });
  if (keepWorker) writeFileSync(join(served, 'sw.js'), worker);
}

test.beforeAll(async () => {
  mkdirSync(work, { recursive: true });
  cpSync('.test-dist/sub-path', served, { recursive: true });
  server = spawn(process.execPath, ['scripts/preview.ts', '--port', String(port), '--dir', served], { env: { ...process.env, MANUAL_BASE: '/manual' } });
  await new Promise<void>((resolve, reject) => {
    server!.stdout!.on('data', (data: Buffer) => data.toString().includes('Serving') && resolve());
    server!.on('exit', (code) => reject(new Error(`The preview server stopped (${code})`)));
  });
});

test.afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

const notice = (page: Page) => page.getByRole('main').locator('.offline-notice');

/** The build date of the copy on the device, asked of the active worker as the save page does. */
function savedBuild(page: Page): Promise<string | undefined> {
  return page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.getRegistration())?.active;
    if (!worker) return undefined;
    return new Promise<string>((resolve) => {
      const reply = new MessageChannel();
      reply.port1.onmessage = (event: MessageEvent<{ build: { built: string } }>) => resolve(event.data.build.built);
      worker.postMessage({ type: 'status' }, [reply.port2]);
    });
  });
}

test('a newer build: readers are told the manual was updated, can refresh, and the copy on the phone updates itself', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto(`${origin}/manual/offline/`);
  await page.getByRole('button', { name: 'Save for offline use' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved for offline use.', { timeout: 60_000 });
  await expect(page.getByText(/as built on 22 November 2026/)).toBeVisible();
  // Pages outside the saved copy, opened online, are kept on the phone as the site served them.
  for (const kept of KEPT) {
    await page.goto(kept);
    await expect(notice(page)).toHaveCount(0);
  }

  // The newer build is published, but the host still serves the old worker for a while.
  deployNewer({ keepWorker: true });
  await page.goto(CHAPTER);
  await expect(page.getByRole('main')).toContainText('Written confirmation follows within 24 hours.');
  await expect(notice(page)).toHaveText('This manual was updated on 29 November 2026. Your offline copy is being updated.');

  // Offline, the page comes from the older copy, and says so.
  await context.setOffline(true);
  await page.goto(CHAPTER);
  await expect(page.getByRole('main')).toContainText('Written confirmation follows within 48 hours.');
  await expect(notice(page)).toHaveText('This manual was updated on 29 November 2026. This page is from your offline copy, which is older. Refresh this page');
  await expect(notice(page)).toHaveClass(/notice-old/);

  // Back online, Refresh gets the page as it is now.
  await context.setOffline(false);
  await notice(page).getByRole('link', { name: 'Refresh this page' }).click();
  await expect(page.getByRole('main')).toContainText('Written confirmation follows within 24 hours.');

  // The new worker arrives: the browser finds it after the next page, and the copy updates in
  // the background while the reader reads.
  deployNewer({ keepWorker: false });
  await page.goto(`${origin}/manual/contents/`);
  await expect.poll(() => savedBuild(page), { timeout: 30_000 }).toBe('2026-11-29');
  await page.goto(`${origin}/manual/offline/`);
  await expect(page.getByText(/as built on 29 November 2026/)).toBeVisible();

  await context.setOffline(true);
  await page.goto(CHAPTER);
  await expect(page.getByRole('main')).toContainText('Written confirmation follows within 24 hours.');
  await expect(notice(page)).toHaveText(`You are reading the offline copy of this manual, from ${formatDate(todayInLondon())}.`);
  // Pages kept from before the update say which release they are from, with its date.
  for (const kept of KEPT) {
    await page.goto(kept);
    await expect(notice(page)).toHaveText(
      'This page is from the manual as it was on 22 November 2026, before your offline copy was updated to the manual of 29 November 2026, and may be out of date. It is updated the next time you open it online.',
    );
    await expect(notice(page)).toHaveClass(/notice-old/);
  }
  // The next visit online updates them: offline again, they read like the rest of the copy.
  await context.setOffline(false);
  await page.goto(KEPT[0]!);
  await expect(page.getByRole('main')).toContainText('29 November 2026');
  await expect(notice(page)).toHaveCount(0);
  await context.setOffline(true);
  await page.goto(KEPT[0]!);
  await expect(notice(page)).toHaveText(`You are reading the offline copy of this manual, from ${formatDate(todayInLondon())}.`);
  await page.goto(KEPT[1]!);
  await expect(notice(page)).toHaveText(/^This page is from the manual as it was on 22 November 2026/);
  // Everything stays under /manual: the search works offline there too.
  await page.goto(`${origin}/manual/search/?q=strategy%20meeting`);
  await expect(page.locator('.search-result-link').first()).toHaveAttribute('href', '/manual/procedures/beta-strategy/');
});
