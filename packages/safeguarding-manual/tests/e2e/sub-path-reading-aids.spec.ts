import { expect, test } from '@playwright/test';

// The small test manual, built under /manual (scripts/build-sub-path.sh): its chapter 2.5 has
// area blocks, and its glossary explains EDT.
test('glossary links stay under the sub-path, and search excerpts include area blocks', async ({ page }) => {
  await page.goto('/manual/procedures/epsilon-out-of-hours/');
  const edt = page.locator('.prose').getByRole('link', { name: 'emergency duty team', exact: true });
  await expect(edt).toHaveAttribute('href', '/manual/glossary/#emergency-duty-team');
  await expect(page.locator('.prose')).toContainText('Out of hours, call the emergency duty team (EDT).');
  await edt.click();
  await expect(page.getByRole('heading', { level: 3, name: 'Emergency duty team (EDT)' })).toBeInViewport();

  const found = await page.evaluate(async () => {
    const pagefind = await import(new URL('/manual/pagefind/pagefind.js', location.href).href);
    const search = await pagefind.search('quayside');
    const data = await search.results[0].data();
    return { url: data.url, excerpt: data.excerpt };
  });
  expect(found.url).toBe('/manual/procedures/epsilon-out-of-hours/');
  expect(found.excerpt).toContain('<mark>quayside</mark> duty desk');
});

test('a change to the glossary is in the amendments log, linked to the glossary', async ({ page }) => {
  await page.goto('/manual/amendments/');
  const entry = page.locator('.log-entry').filter({ hasText: 'Glossary changed' });
  await expect(entry).toContainText('10 February 2024');
  await expect(entry).toContainText('Added the emergency duty team.');
  await entry.getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(/\/manual\/glossary\/$/);
  await page.getByText('Changes to the glossary').click();
  await expect(page.getByText('10 February 2024: Added the emergency duty team.')).toBeVisible();
});
