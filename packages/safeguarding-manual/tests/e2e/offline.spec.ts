// A practitioner saves the manual on a phone, then reads it with no signal: every current
// chapter, the contents, the contacts and search, with every page saying how old the copy is.
import { devices, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { formatDate, todayInLondon } from '../../src/lib/util/dates.ts';

const { defaultBrowserType: _, ...phone } = devices['Pixel 7'];
test.use(phone);

const today = formatDate(todayInLondon());
const FROM_COPY = `You are reading the offline copy of this manual, from ${today}.`;

/** Saves the manual from /offline/, and returns what the status line said on the way. */
async function saveForOffline(page: Page): Promise<string[]> {
  await page.goto('/offline/');
  await expect(page.getByText(/^Saving downloads \d+ pages and the search index, \d+\.\d MB\./)).toBeVisible();
  const status = page.getByRole('status');
  await status.evaluate((element) => {
    const seen: string[] = [];
    (window as unknown as { statusSeen: string[] }).statusSeen = seen;
    new MutationObserver(() => seen.push(element.textContent ?? '')).observe(element, { childList: true, characterData: true, subtree: true });
  });
  await page.getByRole('button', { name: 'Save for offline use' }).click();
  await expect(status).toHaveText('Saved for offline use.', { timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { statusSeen: string[] }).statusSeen);
}

async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  // The network is really gone: a file outside the copy cannot be fetched.
  expect(
    await page.evaluate(() =>
      fetch('amendments.xml').then(
        () => 'online',
        () => 'offline',
      ),
    ),
  ).toBe('offline');
}

/** The notice the offline worker put at the top of the page. */
const notice = (page: Page) => page.getByRole('main').locator('.offline-notice');

test('nothing is downloaded or stored before the reader asks to save the manual', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/');
  await page.goto('/procedures/section-47-enquiries/');
  await page.goto('/offline/');
  await expect(page.getByRole('button', { name: 'Save for offline use' })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((list) => list.length))).toBe(0);
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  expect(requested.filter((path) => /sw\.js|pagefind|build\.json/.test(path))).toEqual(['/offline/build.json']);
});

test('after Save for offline use, with the network off, chapters, contents, contacts and search all work', async ({ page, context, baseURL }) => {
  const otherOrigins: string[] = [];
  context.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL!).origin) otherOrigins.push(request.url());
  });
  const progress = await saveForOffline(page);
  expect(
    progress.some((text) => /^\d+ of \d+ pages saved$/.test(text)),
    progress.join(' | '),
  ).toBe(true);
  await expect(page.getByText(/This device has an offline copy of the manual as built on 22 November 2026, last checked against the site on/)).toBeVisible();
  await goOffline(context, page);

  await page.goto('/contents/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contents');
  await expect(notice(page)).toHaveText(FROM_COPY);
  const chapters = await page
    .getByRole('main')
    .locator('a[href^="/procedures/"]')
    .evaluateAll((links) => links.slice(0, 40).map((a) => (a as HTMLAnchorElement).pathname));
  for (const path of [chapters[0]!, chapters[9]!, chapters[19]!, chapters[29]!, '/procedures/section-47-enquiries/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('This page is not in your offline copy');
    await expect(notice(page)).toHaveText(FROM_COPY);
  }
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Section 47 Enquiries');

  await page.goto('/contacts/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacts');
  await expect(page.locator('#emergency-services').getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
  await expect(notice(page)).toHaveText(FROM_COPY);

  // Search from the header, as on any page: the saved index answers.
  await page.getByRole('banner').getByRole('searchbox', { name: 'Search the procedures' }).fill('strategy meeting');
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('.search-result-link').first()).toHaveAttribute('href', '/procedures/strategy-discussions/');
  await page.locator('.search-result-link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Strategy Discussions');

  // An earlier version is not in the copy: the offline page says what is.
  await page.goto('/procedures/section-47-enquiries/2021-03-29/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not in your offline copy');
  await expect(page.getByRole('main').getByRole('link', { name: 'contacts' })).toHaveAttribute('href', '/contacts/');
  await page.goto('/amendments/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not in your offline copy');
  expect(otherOrigins).toEqual([]);
});

test('pages opened online are kept, and online every page comes from the network without a notice', async ({ page, context }) => {
  await saveForOffline(page);
  await page.goto('/procedures/section-47-enquiries/history/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Section 47 Enquiries');
  await expect(notice(page)).toHaveCount(0);
  await page.goto('/procedures/neglect/');
  await expect(notice(page)).toHaveCount(0);
  await goOffline(context, page);
  await page.goto('/procedures/section-47-enquiries/history/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Section 47 Enquiries');
  await expect(notice(page)).toHaveText(FROM_COPY);
});

test('a copy not checked for more than 7 days warns on every page, until the reader connects again', async ({ page, context }) => {
  await saveForOffline(page);
  await goOffline(context, page);
  // Eight days pass for the worker, which is what reads the clock.
  const [worker] = context.serviceWorkers();
  await worker!.evaluate(() => {
    const now = Date.now.bind(Date);
    Date.now = () => now() + 8 * 86_400_000;
  });
  const warning = `Your offline copy is from ${today} and may be out of date; connect to update it.`;
  for (const path of ['/procedures/neglect/', '/contacts/', '/contents/', '/search/?q=neglect', '/']) {
    await page.goto(path);
    await expect(notice(page)).toHaveText(warning);
    await expect(notice(page)).toHaveClass(/notice-old/);
  }
  // Online, the worker finds the copy is still the site's current build.
  await context.setOffline(false);
  await page.goto('/procedures/neglect/');
  await expect(notice(page)).toHaveCount(0);
  await context.setOffline(true);
  await page.goto('/contacts/');
  await expect(notice(page)).toHaveText(/^You are reading the offline copy of this manual, from/);
});

test('the offline copy can be removed from the device', async ({ page, context }) => {
  await saveForOffline(page);
  await page.getByRole('button', { name: 'Remove the offline copy' }).click();
  await expect(page.getByRole('status')).toHaveText('The offline copy was removed from this device.');
  await expect(page.getByRole('button', { name: 'Save for offline use' })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((list) => list.length))).toBe(0);
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  await context.setOffline(true);
  await expect(page.goto('/contents/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
});

test('the manual can be installed as an app from any page', async ({ page, context }) => {
  await page.goto('/procedures/neglect/');
  const devtools = await context.newCDPSession(page);
  const manifest = await devtools.send('Page.getAppManifest');
  expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
  expect(manifest.errors).toEqual([]);
  // Test browsers run as private windows, which never install apps; nothing else may stand in the way.
  const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((error) => error.errorId)).toEqual(['in-incognito']);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the offline page explains that saving needs JavaScript, and offers no control', async ({ page }) => {
    await page.goto('/offline/');
    await expect(page.getByText('Saving the manual needs JavaScript, which is switched off or has not loaded in your browser.')).toBeVisible();
    await expect(page.getByRole('button')).toHaveCount(1); // the header's search button only
  });
});
