import { expect, test } from '@playwright/test';

test('a practitioner goes from the home page to a chapter and follows a see-also link', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Brackenshire Safeguarding Children Partnership');
  await expect(page.getByRole('complementary', { name: 'Worried about a child?' }).getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');

  await page
    .getByRole('main')
    .getByRole('link', { name: /Contents/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/contents\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Contents' })).toBeVisible();

  await page.getByRole('link', { name: '1.3.4 Section 47 Enquiries' }).click();
  await expect(page).toHaveURL(/\/procedures\/section-47-enquiries\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('1.3.4 Section 47 Enquiries');
  await expect(page.getByText('Last amended')).toBeVisible();

  const seeAlso = page.getByRole('region', { name: 'See also' });
  const target = seeAlso.getByRole('link').first();
  const label = (await target.textContent())!.trim();
  await target.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(label);
});

test('the contents lists every section in number order, 1.3.10 after 1.3.9', async ({ page }) => {
  await page.goto('/contents/');
  const sections = page.getByRole('heading', { level: 2 });
  await expect(sections).toHaveText([/^1\. /, /^2\. /, /^3\. /, /^4\. /, /^5\. /]);
  const numbers = await page.locator('.chapter-list .chapter-number').allTextContents();
  expect(numbers.indexOf('1.3.10')).toBe(numbers.indexOf('1.3.9') + 1);
  expect(numbers.length).toBeGreaterThanOrEqual(60);
  await expect(page.getByRole('link', { name: /Gangs and Youth Violence/ })).toHaveCount(0);
});

test('a chapter reads without JavaScript and fits a 320px screen', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto('/procedures/section-47-enquiries/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

test('every page says it is example content', async ({ page }) => {
  for (const path of ['/', '/contents/', '/procedures/section-47-enquiries/']) {
    await page.goto(path);
    await expect(page.getByRole('note').filter({ hasText: 'Example content: not real procedures' })).toBeVisible();
  }
});

test('a chapter shows its contact numbers as tel: links from the contacts data', async ({ page }) => {
  await page.goto('/procedures/referrals-to-childrens-social-care/');
  const card = page.locator('.prose [data-contact="tamsford-front-door"]').first();
  await expect(card.getByRole('link', { name: '0116 496 0100' })).toHaveAttribute('href', 'tel:+441164960100');
});

test('a withdrawn chapter keeps its address with a notice and its replacement', async ({ page }) => {
  await page.goto('/procedures/gangs-and-youth-violence/');
  await expect(page.getByRole('heading', { name: /This chapter was withdrawn on 7 April 2025/ })).toBeVisible();
  await page.getByRole('link', { name: /Child Criminal Exploitation/ }).click();
  await expect(page).toHaveURL(/\/procedures\/child-criminal-exploitation\/$/);
});

test('an unknown address shows the not-found page', async ({ page }) => {
  const response = await page.goto('/procedures/no-such-chapter/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
