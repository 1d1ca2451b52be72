import { expect, test } from '@playwright/test';

test('the contacts page puts 999 first, then each area front door, with tel: links', async ({ page }) => {
  await page.goto('/contacts/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacts');
  const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  expect(headings.slice(0, 5)).toEqual(['On this page', 'Emergency', 'Referrals and out of hours, by area', 'Other services, by agency', 'National helplines']);
  await expect(page.locator('#emergency-services').getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
  const tamsford = page.locator('#tamsford-front-door');
  await expect(tamsford.getByRole('link', { name: '0116 496 0100' })).toHaveAttribute('href', 'tel:+441164960100');
  await expect(tamsford).toContainText('Details checked on 14 September 2026');
  await expect(page.locator('#nspcc-helpline').getByRole('link', { name: '0808 800 5000' })).toHaveAttribute('href', 'tel:+448088005000');
  for (const link of await page.locator('a[href^="tel:"]').all()) {
    expect(await link.getAttribute('href')).toMatch(/^tel:(\+44\d{7,10}|999|101|111)$/);
  }
});

test('the jump list leads to each group, and an entry lists the chapters that use it', async ({ page }) => {
  await page.goto('/contacts/');
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'National helplines' }).click();
  await expect(page).toHaveURL(/#national$/);
  const lado = page.locator('#lado');
  await lado.getByText(/Used in \d+ chapters?/).click();
  await lado.getByRole('link', { name: /Allegations Against People who Work with Children/i }).click();
  await expect(page.locator('.prose [data-contact="lado"]').first()).toBeVisible();
});

test('a chapter contact card leads to the full entry on the contacts page', async ({ page }) => {
  await page.goto('/procedures/referrals-to-childrens-social-care/');
  await page
    .locator('.prose [data-contact="wyvern-vale-front-door"]')
    .first()
    .getByRole('link', { name: /Children's Advice and Referral Hub/ })
    .click();
  await expect(page).toHaveURL(/\/contacts\/#wyvern-vale-front-door$/);
  await expect(page.locator('#wyvern-vale-front-door').getByText('Changes to these details')).toBeVisible();
});

test('the amendments log records changes to contact details', async ({ page }) => {
  await page.goto('/amendments/2026/');
  const entry = page.locator('.log-entry').filter({ hasText: 'Contact changed' }).filter({ hasText: "Children's Advice and Referral Hub" });
  await expect(entry).toContainText('The hub moved to Riverside House');
  await entry.getByRole('link').click();
  await expect(page).toHaveURL(/\/contacts\/#wyvern-vale-front-door$/);
});

test('the contacts page prints without navigation or the jump list', async ({ page }) => {
  await page.goto('/contacts/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.locator('#tamsford-front-door')).toContainText('0116 496 0100');
});
