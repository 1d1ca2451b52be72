// A printed chapter: no navigation; its number, title, version date and address; how current it
// is; a warning that paper goes out of date, with the address of the printed version (the footer
// is read back from a PDF in verifiable-print.spec.ts).
import { expect, test } from '@playwright/test';

test('a chapter prints without navigation, with its version, address and an uncontrolled-copy footer', async ({ page }) => {
  await page.goto('/procedures/section-47-enquiries/');
  await expect(page.locator('.print-footer')).toBeHidden();
  await page.emulateMedia({ media: 'print' });

  for (const hidden of [
    page.getByRole('navigation', { name: 'Main' }),
    page.getByRole('search'),
    page.getByRole('navigation', { name: 'Breadcrumb' }),
    page.getByRole('navigation', { name: 'On this page' }),
    page.getByRole('contentinfo'),
    page.getByRole('link', { name: 'Skip to main content' }),
  ]) {
    await expect(hidden).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('1.3.4 Section 47 Enquiries');
  await expect(
    page.getByText('Version in force from 5 October 2026. Online at https://procedures.brackenshire-scp.example/procedures/section-47-enquiries/'),
  ).toBeVisible();
  await expect(page.locator('.print-footer')).toContainText(
    "Uncontrolled when printed. To see whether this version is still in force, scan the code or open https://procedures.brackenshire-scp.example/procedures/section-47-enquiries/2026-10-05/ SHA-256 of this version's file starts",
  );
  await expect(page.getByText('Up to date with every change in force on or before 22 November 2026.')).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Worried about a child?' })).toBeVisible();

  // Chromium's own print path lays it out on A4 pages (with the running footer of @page).
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length).toBeGreaterThan(1);
});
