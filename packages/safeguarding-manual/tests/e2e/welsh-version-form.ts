// The form of a new version of the bilingual example's "Making a Referral", filled in as a board
// member would in the editor (the studio, or the published site's admin page): English on the
// left, Welsh on the right, the fields both languages share once, on the English side.
import type { Page } from '@playwright/test';

/** Fills a new version's summary in both languages, its date and sign-off, and its Welsh title. */
export async function fillNewVersion(page: Page, takesEffect: string): Promise<void> {
  const summaries = page.getByLabel('Summary of the change');
  await summaries.nth(0).fill('The hubs confirm a referral within one working day.');
  await summaries.nth(1).fill('Mae’r hybiau’n cadarnhau atgyfeiriad o fewn un diwrnod gwaith.');
  await page.getByLabel('Takes effect on').first().fill(takesEffect);
  await page
    .getByLabel(/^Approved by/)
    .first()
    .fill('Policy and Procedures Group');
  await page
    .getByLabel(/^Approved on/)
    .first()
    .fill('2026-11-20');
  await page.getByLabel('Title').nth(1).fill('Gwneud Atgyfeiriad');
}

/** Writes the Welsh text's first paragraph in Welsh, over the English words the Welsh side starts with. */
export async function writeWelshText(page: Page): Promise<void> {
  const first = page.locator('[data-slate-editor]').nth(1).locator('p').first();
  await first.evaluate((p) => p.scrollIntoView({ block: 'center' }));
  await first.click({ clickCount: 3 });
  await page.keyboard.type('Gwnewch atgyfeiriad pan fyddwch yn poeni am blentyn. Ffoniwch yr hwb yn gyntaf.');
}
