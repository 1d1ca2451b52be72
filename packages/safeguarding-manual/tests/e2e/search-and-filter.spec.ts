import { expect, test } from '@playwright/test';

test('the header search box finds a chapter through the search page', async ({ page }) => {
  await page.goto('/contents/');
  await page.getByRole('search').getByRole('searchbox', { name: 'Search the procedures' }).fill('strategy discussion');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=strategy\+discussion$/);
  const results = page.locator('.search-result-link');
  await expect(results.first()).toBeVisible();
  await expect(results.filter({ hasText: 'Strategy Discussions' })).not.toHaveCount(0);
});

test('without JavaScript the search page points to the contents', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=neglect');
  await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'contents' })).toHaveAttribute('href', '/contents/');
  await context.close();
});

test('with JavaScript the amendments log filters in place', async ({ page }) => {
  await page.goto('/amendments/');
  const form = page.locator('form[data-module="log-filter"]');
  await form.getByLabel('Section').selectOption('4');
  await expect(form.getByRole('status')).toHaveText(/^\d+ amendments? shown\.$/);
  const visible = await page.locator('.log-entry:visible .chapter-number').allTextContents();
  expect(visible.length).toBeGreaterThan(0);
  expect(visible.every((n) => n.startsWith('4.'))).toBe(true);
  await form.getByLabel('Year').selectOption('2024');
  const dates = await page.locator('.log-entry:visible time').allTextContents();
  expect(dates.every((d) => d.endsWith('2024'))).toBe(true);
  await expect(page).toHaveURL(/\/amendments\/$/);
});
