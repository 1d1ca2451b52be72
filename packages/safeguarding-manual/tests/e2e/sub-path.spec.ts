import { expect, test } from '@playwright/test';

// The small test manual, built under /manual (scripts/build-sub-path.sh).
test('under a sub-path the header search box, the search page and its results stay under that path', async ({ page, baseURL }) => {
  const origins = new Set<string>();
  const outside: string[] = [];
  page.on('request', (request) => {
    const address = new URL(request.url());
    origins.add(address.origin);
    if (!address.pathname.startsWith('/manual/')) outside.push(address.pathname);
  });
  await page.goto('/manual/');
  await page.getByRole('banner').getByRole('searchbox', { name: 'Search the procedures' }).fill('MASH');
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/manual\/search\/\?q=MASH$/);
  const first = page.locator('.search-result-link').first();
  await expect(first).toHaveAttribute('href', '/manual/procedures/alpha-referrals/');
  await page.getByRole('main').getByRole('searchbox').fill('strategy meeting');
  await expect(page).toHaveURL(/\/manual\/search\/\?q=strategy\+meeting$/);
  await expect(first).toHaveAttribute('href', '/manual/procedures/beta-strategy/');
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Strategy Discussions');
  expect(outside).toEqual([]);
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
});

// scripts/build-sub-path.sh marks Wyvern Vale's referral hub as a draft, as a new manual's contacts are.
test('a draft contact is marked as a draft in the panel on every page and on the contacts page, and no other is', async ({ page }) => {
  await page.goto('/manual/procedures/alpha-referrals/');
  const panel = page.getByRole('complementary', { name: 'Worried about a child?' });
  await expect(panel.getByRole('listitem').filter({ hasText: 'Draft: not yet checked' })).toHaveCount(1);
  await expect(panel.getByRole('listitem').filter({ hasText: 'Draft: not yet checked' })).toContainText("Children's Advice and Referral Hub (Wyvern Vale)");
  await page.goto('/manual/contacts/');
  const entries = page.locator('.contact-entry').filter({ hasText: 'Do not use them.' });
  await expect(entries).toHaveCount(1);
  await expect(entries.getByRole('heading')).toHaveText("Children's Advice and Referral Hub");
  await expect(entries.locator('.draft-mark')).toContainText('Draft: these details are placeholders that nobody has checked yet.');
});

test('the release records page lists its records and leads back to the manual, under the sub-path', async ({ page }) => {
  await page.goto('/manual/releases/');
  await page.getByRole('link', { name: /^Release 1,/ }).click();
  await expect(page).toHaveURL(/\/manual\/releases\/1\.json$/);
  await page.goto('/manual/releases/');
  await page.getByRole('link', { name: 'Back to the manual' }).click();
  await expect(page).toHaveURL(/\/manual\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
