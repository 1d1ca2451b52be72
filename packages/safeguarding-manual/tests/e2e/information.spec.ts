import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { parseUkPhone } from '../../src/lib/content/phones.ts';

// The example manual is built for these tests with MANUAL_TODAY=2026-11-22.

/** The numbers of a contact, as the contacts data gives them. */
function phonesOf(id: string) {
  const contact = parse(readFileSync(`../../examples/brackenshire/content/contacts/${id}.yaml`, 'utf8')) as { phones: { number: string }[] };
  return contact.phones.map((p) => parseUkPhone(p.number)!);
}

test('the home page lists the information pages under each audience', async ({ page }) => {
  await page.goto('/');
  const expected: [string, string, string][] = [
    ["I'm worried about a child", 'What to do if you are worried about a child', '/information/worried-about-a-child/'],
    ["Children's social care is involved with my family", 'When a social worker checks that your child is safe', '/information/child-protection-enquiries/'],
    ['For young people', 'If something is not right at home', '/information/for-young-people/'],
    ['For professionals', 'If you work with children', '/information/working-with-children/'],
    ['About the partnership', 'About the Brackenshire Safeguarding Children Partnership', '/information/about-the-partnership/'],
  ];
  for (const [heading, title, href] of expected) {
    await expect(page.getByRole('region', { name: heading }).getByRole('link', { name: title })).toHaveAttribute('href', href);
  }
});

test('a parent reaches, in one step, a plain page with the numbers from the contacts data', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'When a social worker checks that your child is safe' }).click();
  await expect(page).toHaveURL(/\/information\/child-protection-enquiries\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('When a social worker checks that your child is safe');
  await expect(page.getByRole('heading', { name: 'Will my child be taken away?' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveText(['Home']);

  const prose = page.locator('.prose');
  for (const id of ['tamsford-front-door', 'brackenshire-front-door', 'wyvern-vale-front-door', 'nspcc-helpline']) {
    for (const phone of phonesOf(id)) {
      await expect(prose.locator(`[data-contact="${id}"]`).getByRole('link', { name: phone.display })).toHaveAttribute('href', phone.tel);
    }
  }
  // Search finds it as an information page.
  await expect(page.locator('article [data-pagefind-body] [data-pagefind-filter="Kind:Information"]')).toHaveCount(1);
});

test('an information page has a history, a changes page and entries in the amendments log', async ({ page }) => {
  await page.goto('/information/worried-about-a-child/');
  await expect(page.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
  await page.getByRole('link', { name: 'All versions of this page' }).click();
  await expect(page).toHaveURL(/\/information\/worried-about-a-child\/history\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('History: What to do if you are worried about a child');
  const entries = page.locator('.history-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText('Current version.');
  await expect(entries.first()).toContainText('Adds a section on what happens after you call');

  await page.getByRole('link', { name: 'Read this version of 7 April 2025' }).click();
  await expect(page.getByRole('note', { name: 'Version' })).toContainText(
    'In force from 7 April 2025 to 11 October 2026. This version was replaced on 12 October 2026: read the current one.',
  );
  // Archived versions stay out of the search index.
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);

  await page.goto('/information/worried-about-a-child/2026-10-12/changes/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changes to What to do if you are worried about a child');
  await expect(page.locator('.diff ins').first()).toBeVisible();
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);

  await page.goto('/amendments/');
  const entry = page
    .locator('.log-entry')
    .filter({ has: page.getByRole('link', { name: 'What to do if you are worried about a child', exact: true }) })
    .first();
  await expect(entry).toContainText('12 October 2026');
  await expect(entry).toContainText('Updated');
  await entry.getByRole('link', { name: /^History/ }).click();
  await expect(page).toHaveURL(/\/information\/worried-about-a-child\/history\/$/);
});

test('a family page has a working quick exit that leaves no trace in Back; a page for professionals has none', async ({ page }) => {
  const neutral = 'https://www.bbc.co.uk/weather';
  await page.route(`${neutral}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title>' }));
  await page.goto('/information/working-with-children/');
  await expect(page.getByRole('link', { name: /Exit this page/ })).toHaveCount(0);
  await page.goto('/');
  await page.getByRole('link', { name: 'When a social worker checks that your child is safe' }).click();
  await page.getByRole('link', { name: /Exit this page/ }).click();
  await expect(page).toHaveURL(neutral);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});
