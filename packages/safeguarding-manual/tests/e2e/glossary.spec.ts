// The glossary: abbreviations explained where a chapter first uses them, without JavaScript,
// each linking to its entry on the glossary page, which search finds with the kind Glossary.
import { expect, test } from '@playwright/test';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a chapter writes an abbreviation out in full where it first uses it, linked to its entry, and leaves later uses alone', async ({ page }) => {
    await page.goto('/procedures/whistleblowing/');
    const prose = page.locator('.prose');
    const first = prose.getByRole('link', { name: 'local authority designated officer', exact: true });
    await expect(first).toHaveCount(1);
    await expect(first).toHaveAttribute('href', '/glossary/#local-authority-designated-officer');
    await expect(prose.getByRole('cell', { name: 'The local authority designated officer (LADO)' })).toBeVisible();
    // Later uses read as written, and nothing depends on hovering.
    await expect(prose.getByText('The LADO can be reached during office hours')).toBeVisible();
    await expect(prose.locator('abbr[title], [title]')).toHaveCount(0);
    // Headings are never marked.
    await expect(prose.getByRole('heading').locator('.glossary-term')).toHaveCount(0);
  });

  test('the link leads to the entry on the glossary page, which lists the terms A to Z', async ({ page }) => {
    await page.goto('/procedures/whistleblowing/');
    await page.locator('.prose').getByRole('link', { name: 'local authority designated officer', exact: true }).click();
    await expect(page).toHaveURL(/\/glossary\/#local-authority-designated-officer$/);
    const entry = page.getByRole('heading', { level: 3, name: 'Local authority designated officer (LADO)' });
    await expect(entry).toBeInViewport();
    await expect(page.locator('.glossary-entry', { has: entry })).toContainText('allegations against adults who work or volunteer with children');
    await expect(
      page.locator('.glossary-entry', { has: entry }).getByRole('link', { name: /Allegations Against People who Work with Children/i }),
    ).toHaveAttribute('href', '/procedures/allegations-against-people-who-work-with-children/');
    const letters = await page.getByRole('navigation', { name: 'Glossary by letter' }).getByRole('link').allTextContents();
    expect(letters).toEqual([...letters].sort());
    await page.getByRole('navigation', { name: 'Glossary by letter' }).getByRole('link', { name: 'S', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'S', exact: true })).toBeInViewport();
  });
});

test('search finds a glossary entry by its abbreviation, with the kind Glossary, and leads to its anchor', async ({ page }) => {
  await page.goto('/search/');
  const found = await page.evaluate(async () => {
    const pagefind = await import(new URL('/pagefind/pagefind.js', location.href).href);
    const search = await pagefind.search('LADO', { filters: { Kind: 'Glossary' } });
    const data = await search.results[0].data();
    return { count: search.results.length, url: data.url, kind: data.meta.kind, anchors: data.sub_results.map((s: { url: string }) => s.url) };
  });
  expect(found).toMatchObject({ count: 1, url: '/glossary/', kind: 'Glossary' });
  expect(found.anchors).toContain('/glossary/#local-authority-designated-officer');
});
