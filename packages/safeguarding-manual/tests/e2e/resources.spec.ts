// The resources library: a practitioner finds a form by name, opens it from a chapter, sees
// when it last changed and which chapters use it; the /resources/ filter with and without
// JavaScript. The example manual is built for 2026-11-22, so the chapter versions that link the
// resources (dated 2026-11-30) are published in advance there.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const FORM_FILE = '../../examples/brackenshire/content/resources/files/multi-agency-referral-form.docx';

test('a practitioner finds the referral form by name in search, and sees when it last changed and which chapters use it', async ({ page }) => {
  await page.goto('/search/?q=referral%20form');
  // The form is a result of its own, of kind Resource, among the first shown.
  const result = page
    .locator('.search-result')
    .filter({ has: page.locator('.search-result-kind', { hasText: /^Resource$/ }) })
    .filter({ hasText: 'Multi-agency referral form (MARF)' });
  // Pagefind loads as the page opens: on a busy machine the first results take a while.
  await expect(result).toBeVisible({ timeout: 20_000 });
  await result.getByRole('link', { name: 'Multi-agency referral form (MARF)' }).click();
  await expect(page).toHaveURL(/\/resources\/multi-agency-referral-form\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Multi-agency referral form (MARF)');
  await expect(page.locator('.resource-download')).toContainText('Word document, 5 KB · Last changed 5 October 2026');
  const usedIn = page.getByRole('region', { name: 'Chapters that use it' });
  await expect(usedIn.getByRole('listitem')).toHaveText(['5.4 Completing a Multi-Agency Referral (from 30 November 2026)']);
  await expect(page.getByRole('region', { name: 'Changes' }).getByRole('listitem').first()).toContainText('5 October 2026: Version 2');
  await expect(page.getByRole('region', { name: 'Changes' }).getByRole('listitem').first()).toContainText(
    'Approved by Procedures sub-group on 22 September 2026.',
  );
});

test('a chapter links the form as an attachment, which downloads the file the check hashed', async ({ page, request }) => {
  await page.goto('/procedures/completing-a-referral/');
  await page.getByRole('note', { name: 'How current this is' }).getByRole('link', { name: '30 November 2026' }).click();
  const attachment = page.locator('.prose [data-resource="multi-agency-referral-form"]');
  await expect(attachment).toContainText('Word document, 5 KB');
  // Not the version in force on the build date, so it says which file the link leads to.
  await expect(attachment).toContainText('This links to the form as it is today, last changed on 5 October 2026.');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    attachment.getByRole('link', { name: 'Multi-agency referral form (MARF)', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('multi-agency-referral-form.docx');
  expect(sha256(readFileSync(await download.path()))).toBe(sha256(readFileSync(FORM_FILE)));
  const response = await request.get('/resources/multi-agency-referral-form/multi-agency-referral-form.docx');
  expect(response.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  await expect(page.getByRole('region', { name: 'About this version' })).toContainText(
    'Forms and documents linked on this page lead to the resources as they are today.',
  );
  await attachment.getByRole('link', { name: 'About this form (Multi-agency referral form (MARF))' }).click();
  await expect(page).toHaveURL(/\/resources\/multi-agency-referral-form\/$/);
});

test('a flowchart shows its picture and its steps in words', async ({ page }) => {
  await page.goto('/resources/escalation-flowchart/');
  await expect(page.getByRole('img', { name: /Resolving a professional disagreement/ })).toBeVisible();
  const words = page.getByRole('region', { name: 'The flowchart in words' });
  await expect(words).toContainText('Stage 4: the partnership business unit takes the matter to senior leaders');
  await page.goto('/resources/referral-flowchart/');
  await page.getByRole('region', { name: 'The flowchart in words' }).getByRole('link').click();
  await expect(page).toHaveURL(/\/procedures\/referrals-to-childrens-social-care\/#what-happens-next$/);
  await expect(page.getByRole('heading', { name: 'What happens next' })).toBeInViewport();
});

test('without JavaScript, the kind links filter /resources/', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/resources/');
  await expect(page.locator('form[data-module="resource-filter"]')).toBeHidden();
  await expect(page.locator('.resource-entry')).toHaveCount(5);
  await page.getByRole('navigation', { name: 'Resources by kind' }).getByRole('link', { name: 'Forms (1)' }).click();
  await expect(page).toHaveURL(/\/resources\/forms\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forms');
  await expect(page.getByRole('link', { name: 'Forms (1)' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.resource-entry h2')).toHaveText(['Multi-agency referral form (MARF)']);
  await page.getByRole('link', { name: 'Flowcharts (2)' }).click();
  await expect(page.locator('.resource-entry h2')).toHaveText(['From referral to decision (flowchart)', 'Resolving a professional disagreement (flowchart)']);
  await context.close();
});

test('with JavaScript, /resources/ narrows as a name is typed or a kind chosen', async ({ page }) => {
  await page.goto('/resources/');
  const form = page.getByRole('search', { name: 'Filter the resources' });
  await expect(form).toBeVisible();
  const visible = () => page.locator('.resource-entry:visible .resource-entry-title');
  await form.getByLabel('Name').fill('disagree');
  await expect(visible()).toHaveText(['Resolving a professional disagreement (flowchart)']);
  await expect(form.getByRole('status')).toHaveText('1 resource shown.');
  await expect(page.getByRole('heading', { name: 'Forms', exact: true })).toBeHidden();
  await form.getByLabel('Name').fill('');
  await form.getByLabel('Kind').selectOption('Leaflets');
  await expect(visible()).toHaveText(['When a social worker checks that your child is safe (leaflet)']);
  await form.getByLabel('Kind').selectOption('All kinds');
  await form.getByLabel('Name').fill('referral');
  await expect(form.getByRole('status')).toHaveText('2 resources shown.');
  await expect(visible()).toHaveText(['Multi-agency referral form (MARF)', 'From referral to decision (flowchart)']);
});

test('the amendments log records each signed-off change to a resource', async ({ page }) => {
  await page.goto('/amendments/2026/');
  const entry = page.locator('.log-entry').filter({ hasText: 'Resource changed' }).filter({ hasText: 'Multi-agency referral form (MARF)' });
  await expect(entry).toContainText('Version 2: new sections for the child');
  await expect(entry).toContainText('Approved by Procedures sub-group on 22 September 2026.');
  await entry.getByRole('link', { name: 'Multi-agency referral form (MARF)' }).click();
  await expect(page).toHaveURL(/\/resources\/multi-agency-referral-form\/$/);
});

test('the resources pages load only their own filter script; chapter pages stay free of JavaScript', async ({ request }) => {
  // Scripts that run: a JSON-LD data block (a version's description) is data, not JavaScript.
  const scripts = async (path: string) =>
    ((await (await request.get(path)).text()).match(/<script\b[^>]*>/g) ?? []).filter((tag) => !tag.includes('application/ld+json'));
  const own = await scripts('/resources/');
  expect(own).toHaveLength(1);
  expect(own[0]).toMatch(/^<script type="module" src="\/_astro\/[^"]+\.js">$/);
  expect(await scripts('/resources/forms/')).toEqual([]);
  expect(await scripts('/procedures/completing-a-referral/2026-11-30/')).toEqual([]);
});
