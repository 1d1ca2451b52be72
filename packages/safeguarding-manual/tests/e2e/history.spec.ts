import { expect, test } from '@playwright/test';

// The example manual is built for these tests with MANUAL_TODAY=2026-11-22.

test('an auditor opens a chapter history, an old version and its changes', async ({ page }) => {
  await page.goto('/procedures/section-47-enquiries/');
  await page.getByRole('link', { name: 'All versions of this chapter' }).click();
  await expect(page).toHaveURL(/\/procedures\/section-47-enquiries\/history\/$/);
  const entries = page.locator('.history-entry');
  await expect(entries).toHaveCount(4);
  await expect(entries.first().getByRole('heading')).toContainText('5 October 2026');
  await expect(entries.first()).toContainText('Current version.');
  await expect(entries.last()).toContainText(/SHA-256: [0-9a-f]{64}/);

  await page.getByRole('link', { name: 'Read this version of 29 March 2021' }).click();
  await expect(page).toHaveURL(/\/procedures\/section-47-enquiries\/2021-03-29\/$/);
  await expect(page.getByRole('note', { name: 'Version' })).toContainText(
    'In force from 29 March 2021 to 24 March 2024. This version was replaced on 25 March 2024: read the current one.',
  );
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await page.getByRole('link', { name: 'read the current one' }).click();
  await expect(page).toHaveURL(/\/procedures\/section-47-enquiries\/$/);

  await page.goto('/procedures/section-47-enquiries/2026-10-05/changes/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changes to 1.3.4 Section 47 Enquiries');
  await expect(page.locator('.diff ins').first()).toBeVisible();
  await expect(page.locator('.diff-counts')).toContainText(/\d+ words? inserted, \d+ words? deleted/);
  // Screen readers hear where text was inserted.
  await expect(page.locator('.diff ins .visually-hidden').first()).toHaveText('[inserted: ');
});

test('the dated address of the current version says it is current', async ({ page }) => {
  await page.goto('/procedures/section-47-enquiries/2026-10-05/');
  await expect(page.getByRole('note', { name: 'Version' })).toContainText('In force from 5 October 2026. This is the current version.');
});

test('a renumbered chapter shows the change of number and title', async ({ page }) => {
  await page.goto('/procedures/non-recent-abuse-allegations/2022-10-03/changes/');
  const summary = page.locator('.diff-counts');
  await expect(summary).toContainText('Number changed from 1.6.8 to 1.6.7');
  await expect(summary.locator('del').first()).toBeVisible();
});

test('a version published ahead of its date comes into effect later', async ({ page }) => {
  await page.goto('/procedures/referrals-to-childrens-social-care/');
  const currency = page.getByRole('note', { name: 'How current this is' });
  await expect(currency).toHaveText(
    'Up to date with every change in force on or before 22 November 2026. 1 approved change takes effect later: 11 January 2027. Next update round: 12 April 2027.',
  );
  await expect(page.getByText('Last amended')).toBeVisible();
  await currency.getByRole('link', { name: '11 January 2027' }).click();
  await expect(page).toHaveURL(/\/procedures\/referrals-to-childrens-social-care\/2027-01-11\/$/);
  await expect(page.getByRole('note', { name: 'Version' })).toContainText('Comes into effect on 11 January 2027.');
});

test('the amendments log lists changes by update round and filters by year and section without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/amendments/');
  await expect(page.getByRole('heading', { level: 2 }).nth(1)).toHaveText('Since the Autumn 2026 update');
  const entry = (name: string) =>
    page
      .locator('.log-entry')
      .filter({ has: page.getByRole('link', { name, exact: true }) })
      .first();
  await expect(entry('1.3.4 Section 47 Enquiries')).toContainText('Updated');
  await expect(entry('2.21 Gangs and Youth Violence')).toContainText('Withdrawn');
  await expect(entry('1.6.7 Non-Recent Abuse Allegations')).toContainText('Renumbered');

  await page.getByRole('navigation', { name: 'Filter the amendments' }).getByRole('link', { name: '2024', exact: true }).click();
  await expect(page).toHaveURL(/\/amendments\/2024\/$/);
  const dates = await page.locator('.log-entry time').allTextContents();
  expect(dates.length).toBeGreaterThan(0);
  expect(dates.every((d) => d.endsWith('2024'))).toBe(true);

  await page.getByRole('link', { name: '4. Child Deaths' }).click();
  const numbers = await page.locator('.log-entry .chapter-number').allTextContents();
  expect(numbers.length).toBeGreaterThan(0);
  expect(numbers.every((n) => n.startsWith('4.'))).toBe(true);
  await context.close();
});

test('the feed, JSON and CSV exports list every version with its hash', async ({ request }) => {
  const atom = await (await request.get('/amendments.xml')).text();
  expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  const json = await (await request.get('/amendments.json')).json();
  // 99 chapter versions and 6 information page versions.
  expect(json.versions).toHaveLength(105);
  const csv = (await (await request.get('/amendments.csv')).text()).trim().split('\n');
  expect(csv[0]).toBe('"chapter_id","number","title","date","kind","summary","url","changes_url","sha256","collection","approved_by","approved_on"');
  expect(csv).toHaveLength(106);
  expect(
    csv.some(
      (row) =>
        row.startsWith('"information-sharing","3.3","Information Sharing and Confidentiality","2026-11-16","Updated"') &&
        row.endsWith('"procedures","Policy and Procedures Group","2026-11-04"'),
    ),
  ).toBe(true);
  expect(csv.some((row) => row.startsWith('"section-47-enquiries","1.3.4","Section 47 Enquiries","2026-10-05","Updated"'))).toBe(true);
  expect(
    csv.some(
      (row) =>
        row.startsWith('"worried-about-a-child","","What to do if you are worried about a child","2026-10-12","Updated"') &&
        row.includes('/information/worried-about-a-child/2026-10-12/'),
    ),
  ).toBe(true);
  expect(atom).toContain('<title type="html"><![CDATA[Updated: What to do if you are worried about a child]]></title>');
});
