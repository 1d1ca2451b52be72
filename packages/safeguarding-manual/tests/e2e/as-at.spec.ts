// The auditor's view: the whole manual as it stood on a date, who approved each version, and
// what is due for review. The example manual is built with MANUAL_TODAY=2026-11-22; its
// chapter Historical Abuse Allegations (1.6.8) was renumbered 1.6.7 and retitled on 3 October 2022.
import { expect, test, type Page } from '@playwright/test';

const editionItem = (page: Page, name: string) => page.locator('.chapter-list li').filter({ has: page.getByRole('link', { name, exact: true }) });

test('an edition before a renumbering shows the old number and title, linked to the version then in force', async ({ page }) => {
  await page.goto('/as-at/2021-03-29/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The manual as it stood on 29 March 2021');
  const before = page.getByRole('link', { name: '1.6.8 Historical Abuse Allegations', exact: true });
  await expect(before).toHaveAttribute('href', '/procedures/non-recent-abuse-allegations/2019-09-30/');
  await expect(page.getByRole('link', { name: '1.6.7 Non-Recent Abuse Allegations' })).toHaveCount(0);
  // A chapter withdrawn later is still there; the chapters amended that day link to their new version.
  await expect(editionItem(page, '2.21 Gangs and Youth Violence')).toHaveCount(1);
  await expect(page.getByRole('link', { name: '1.3.4 Section 47 Enquiries', exact: true })).toHaveAttribute(
    'href',
    '/procedures/section-47-enquiries/2021-03-29/',
  );
  await expect(page.getByRole('link', { name: '1.3.4 Section 47 Enquiries (what changed)' })).toHaveAttribute(
    'href',
    '/procedures/section-47-enquiries/2021-03-29/changes/',
  );
  await before.click();
  await expect(page.getByRole('note', { name: 'Version' })).toContainText('In force from 30 September 2019 to 2 October 2022.');

  await page.goto('/as-at/2022-10-03/');
  await expect(page.getByRole('link', { name: '1.6.7 Non-Recent Abuse Allegations', exact: true })).toHaveAttribute(
    'href',
    '/procedures/non-recent-abuse-allegations/2022-10-03/',
  );
  await expect(page.getByRole('link', { name: '1.6.8 Historical Abuse Allegations', exact: true })).toHaveCount(0);
  // Withdrawn on 7 April 2025: gone from that edition on.
  await page.goto('/as-at/2025-04-07/');
  await expect(editionItem(page, '2.21 Gangs and Youth Violence')).toHaveCount(0);
});

test('the status line counts the changes since, as the amendments log lists them', async ({ page, request }) => {
  const json = (await (await request.get('/amendments.json')).json()) as { versions: { date: string; kind: string }[] };
  const since = json.versions.filter((v) => v.kind !== 'Corrected' && v.date > '2021-03-29' && v.date <= '2026-11-22').length;
  await page.goto('/as-at/2021-03-29/');
  const status = page.getByRole('note', { name: 'Status' });
  await expect(status).toContainText(`The manual as it stood on 29 March 2021. ${since} changes have taken effect since`);
  await expect(status.getByRole('link', { name: `${since} changes have taken effect since` })).toHaveAttribute('href', '/amendments/');
  await expect(status).toContainText('It stood like this until 2 October 2022.');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  // Kept out of the site's search: no part of the page is indexed.
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  // Contacts are today's: the page says so.
  await expect(page.locator('#contacts + p')).toContainText("today's details");

  await page.goto('/as-at/2026-11-16/');
  await expect(page.getByRole('note', { name: 'Status' })).toContainText('No changes have taken effect since: this is the manual as it stands today.');
});

test('without JavaScript, /as-at/ lists every edition by year, and a date link lands on that list', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/as-at/?date=2023-03-01');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The manual on any date');
  await expect(page.locator('form[data-module="as-at-date"]')).toBeHidden();
  const editions = await page.locator('[data-edition]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset['edition']));
  expect(editions).toEqual(['2026-11-16', '2026-10-12', '2026-10-05', '2025-04-07', '2024-03-25', '2022-10-03', '2021-03-29', '2019-09-30']);
  await page.getByRole('navigation', { name: 'Editions by year' }).getByRole('link', { name: '2022' }).click();
  await expect(page).toHaveURL(/#year-2022$/);
  await page.getByRole('link', { name: '3 October 2022' }).click();
  await expect(page).toHaveURL(/\/as-at\/2022-10-03\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The manual as it stood on 3 October 2022');
  await context.close();
});

test('with JavaScript, a date takes the reader to the edition in force at the end of that day', async ({ page }) => {
  await page.goto('/as-at/');
  const date = page.getByLabel('Date');
  // Between two editions: the latest on or before it.
  await date.fill('2023-03-01');
  await page.getByRole('button', { name: 'Show the manual on this date' }).click();
  await expect(page).toHaveURL(/\/as-at\/2022-10-03\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The manual as it stood on 3 October 2022');

  // An edition's own date, and its last day, in the documented link form.
  await page.goto('/as-at/?date=2024-03-25');
  await expect(page).toHaveURL(/\/as-at\/2024-03-25\/$/);
  await page.goto('/as-at/?date=2025-04-06');
  await expect(page).toHaveURL(/\/as-at\/2024-03-25\/$/);

  // Before the first edition, and after today: said so, with a link.
  await page.goto('/as-at/?date=2019-01-01');
  await expect(page.getByRole('status')).toHaveText(
    'The manual began on 30 September 2019: nothing in it was in force on 1 January 2019. The manual on 30 September 2019',
  );
  await expect(page).toHaveURL(/\/as-at\/\?date=2019-01-01$/);
  await page.getByLabel('Date').fill('2030-01-01');
  await page.getByRole('button', { name: 'Show the manual on this date' }).click();
  await expect(page.getByRole('status')).toContainText('1 January 2030 is after today');
  await page.getByRole('status').getByRole('link', { name: 'The manual as it stands today (16 November 2026)' }).click();
  await expect(page).toHaveURL(/\/as-at\/2026-11-16\/$/);
});

test('sign-off shows under the title, in the history, on the dated version and in the amendments log', async ({ page }) => {
  await page.goto('/procedures/information-sharing/');
  await expect(page.getByRole('note', { name: 'Latest amendment' })).toContainText('Approved by Policy and Procedures Group on 4 November 2026');
  await page.goto('/procedures/information-sharing/history/');
  await expect(page.locator('.history-entry').first()).toContainText('Approved by Policy and Procedures Group on 4 November 2026.');
  await page.goto('/procedures/information-sharing/2026-11-16/');
  await expect(page.locator('.about-chapter')).toContainText('Approved by Policy and Procedures Group on 4 November 2026.');
  await page.goto('/amendments/');
  const entry = page
    .locator('.log-entry')
    .filter({ has: page.getByRole('link', { name: '3.3 Information Sharing and Confidentiality', exact: true }) })
    .first();
  await expect(entry).toContainText('Approved by Policy and Procedures Group on 4 November 2026.');
});

test('board staff see what is overdue for review, and chapter pages say so', async ({ page }) => {
  await page.goto('/review/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: '1.1.1 Thresholds for Access to Services' }) });
  await expect(row.getByRole('cell')).toHaveText([
    '31 March 2026 Overdue',
    '1.1.1 Thresholds for Access to Services',
    'Brackenshire Safeguarding Children Partnership',
    '25 March 2024',
  ]);
  // Reviewed on 16 November 2026: no longer listed.
  await expect(page.getByRole('link', { name: '3.3 Information Sharing and Confidentiality' })).toHaveCount(0);
  await row.getByRole('link').click();
  await expect(page.locator('.about-chapter')).toContainText('Review overdue since 31 March 2026.');
  await page.goto('/procedures/information-sharing/');
  await expect(page.locator('.about-chapter')).not.toContainText('Review overdue');
});
