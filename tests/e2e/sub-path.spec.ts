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
