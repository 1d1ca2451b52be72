// Local areas: every area's arrangements shown and labelled without JavaScript; with it, a
// reader who chooses their area once sees it first on every page after.
// The example chapters with area blocks take effect on 30 November 2026, after the date the
// test site is built for (22 November), so their dated versions are read here.
import { expect, test, type Page } from '@playwright/test';

const STRATEGY = '/procedures/strategy-discussions/2026-11-30/';
const REFERRAL = '/procedures/completing-a-referral/2026-12-01/';
const AREAS = ['Tamsford', 'Brackenshire', 'Wyvern Vale'];

const block = (page: Page, area: string) => page.getByRole('group', { name: `Arrangements in ${area}` });
const yourArea = (page: Page) => page.getByRole('combobox', { name: 'Your area' });
const others = (page: Page) => page.locator('.area-others');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("a chapter shows every area's arrangements, each labelled with its area, and no choice", async ({ page }) => {
    await page.goto(STRATEGY);
    for (const area of AREAS) {
      await expect(block(page, area)).toBeVisible();
      await expect(block(page, area).locator('.area-label')).toHaveText(`In ${area}`, { useInnerText: true });
    }
    await expect(block(page, 'Wyvern Vale')).toContainText('in person at the Children’s Advice and Referral Hub');
    await expect(yourArea(page)).toBeHidden();
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(1);
  });
});

test('a reader chooses their area once and sees it first on the next chapter, the contacts page and the home page', async ({ page, context }) => {
  await page.goto(STRATEGY);
  // Before any choice every area's arrangements are shown, in the chapter's order.
  await expect(block(page, 'Tamsford')).toBeVisible();
  await expect(others(page).first()).toBeHidden();
  await yourArea(page).selectOption({ label: 'Wyvern Vale' });
  await expect(page.getByRole('status').filter({ hasText: 'Showing the arrangements in Wyvern Vale first.' })).toBeVisible();
  await expect(block(page, 'Wyvern Vale')).toBeVisible();
  await expect(block(page, 'Wyvern Vale').locator('.area-label')).toHaveText('In Wyvern Vale (your area)', { useInnerText: true });
  await expect(block(page, 'Tamsford')).toBeHidden();
  const folded = page.getByText('Arrangements in other areas');
  await expect(folded).toBeVisible();
  await folded.click();
  await expect(block(page, 'Tamsford')).toBeVisible();

  await page.goto(REFERRAL);
  await expect(yourArea(page)).toHaveValue('wyvern-vale');
  await expect(block(page, 'Wyvern Vale')).toBeVisible();
  await expect(block(page, 'Brackenshire')).toBeHidden();
  // The reader's area comes first in the text, then the others, folded.
  const order = await page
    .locator('.area-run')
    .first()
    .locator(':scope > .area-block, :scope > .area-others')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-area') ?? 'others'));
  expect(order).toEqual(['wyvern-vale', 'others']);

  await page.goto('/contacts/');
  await expect(page.locator('#referrals ~ div .contact-subgroup h3').first()).toHaveText('Wyvern Vale');
  await page.goto('/');
  await expect(page.locator('.worried-panel li').first()).toContainText("Children's Advice and Referral Hub (Wyvern Vale)");

  // Kept on this device, with no cookie; "Show every area" undoes it.
  expect(await page.evaluate(() => localStorage.getItem('manual-area'))).toBe('wyvern-vale');
  expect(await context.cookies()).toEqual([]);
  await page.goto(STRATEGY);
  await yourArea(page).selectOption({ label: 'Show every area' });
  for (const area of AREAS) await expect(block(page, area)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('manual-area'))).toBeNull();
});

test('a chapter without area blocks carries no JavaScript; one with them carries one small script file', async ({ page, request }) => {
  await page.goto('/procedures/section-47-enquiries/');
  // Its one <script> element is JSON-LD data, which never runs.
  expect(await page.locator('script').evaluateAll((els) => els.map((e) => e.getAttribute('type')))).toEqual(['application/ld+json']);
  await page.goto(STRATEGY);
  const scripts = await page
    .locator('script:not([type="application/ld+json"])')
    .evaluateAll((els) => els.map((e) => ({ src: e.getAttribute('src'), inline: e.textContent?.trim() ?? '' })));
  expect(scripts).toHaveLength(1);
  expect(scripts[0]!.inline).toBe('');
  const file = await request.get(scripts[0]!.src!);
  expect((await file.body()).length).toBeLessThan(4096);
});

test('the changes page says which area each changed block applies to', async ({ page }) => {
  await page.goto(`${STRATEGY}changes/`);
  await expect(page.locator('.diff-added').filter({ hasText: 'holds a standing strategy slot' }).locator('.diff-label')).toHaveText(
    /Added paragraph, in Tamsford only/i,
  );
  // The comparison reads the files, where the apostrophe is typed straight.
  await expect(page.locator('.diff-added').filter({ hasText: "in person at the Children's Advice and Referral Hub" }).locator('.diff-label')).toHaveText(
    /in Wyvern Vale only/i,
  );
});

test("a printed chapter carries every area's arrangements", async ({ page }) => {
  await page.goto(STRATEGY);
  await yourArea(page).selectOption({ label: 'Tamsford' });
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  for (const area of AREAS) await expect(block(page, area)).toBeVisible();
  await expect(yourArea(page)).toBeHidden();
});
