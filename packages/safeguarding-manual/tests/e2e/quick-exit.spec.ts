// "Exit this page" on the home page: the button and Shift pressed three times leave for the
// neutral site (intercepted here, so no request leaves the machine) and out of the history.
import { expect, test, type Page } from '@playwright/test';

const NEUTRAL = 'https://www.bbc.co.uk/weather';

async function interceptNeutralSite(page: Page): Promise<void> {
  await page.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }));
}

/** Opens the home page from the contents, so that the history has a page before it. */
async function openHomeFromContents(page: Page): Promise<void> {
  await page.goto('/contents/');
  await page.getByRole('link', { name: /^Brackenshire Safeguarding Children Partnership/ }).click();
  await expect(page).toHaveURL(/\/$/);
}

test('the exit button replaces the page with the neutral site, and Back skips the page', async ({ page }) => {
  await interceptNeutralSite(page);
  await openHomeFromContents(page);
  await page.getByRole('link', { name: 'Emergency Exit this page' }).click();
  await expect(page).toHaveURL(NEUTRAL);
  await page.goBack();
  await expect(page).toHaveURL(/\/contents\/$/);
});

test('pressing Shift three times leaves too, and says how many presses are left', async ({ page }) => {
  await interceptNeutralSite(page);
  await openHomeFromContents(page);
  await expect(page.getByText('Or press Shift 3 times')).toBeVisible();
  await page.keyboard.press('Shift');
  await expect(page.getByRole('status')).toHaveText('Shift, press 2 more times to exit.');
  await page.keyboard.press('Shift');
  await expect(page.getByRole('status')).toHaveText('Shift, press 1 more time to exit.');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(NEUTRAL);
  await page.goBack();
  await expect(page).toHaveURL(/\/contents\/$/);
});

test('typing capital letters with Shift does not leave the page', async ({ page }) => {
  await interceptNeutralSite(page);
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the procedures' }).click();
  for (const letter of ['F', 'G', 'M']) {
    await page.keyboard.down('Shift');
    await page.keyboard.press(`Key${letter}`);
    await page.keyboard.up('Shift');
  }
  await expect(page.getByRole('searchbox', { name: 'Search the procedures' })).toHaveValue('FGM');
  await expect(page.getByRole('status')).toHaveText('');
  await expect(page).toHaveURL(/\/$/);
});

test('without JavaScript the exit is a plain link to the neutral site', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await interceptNeutralSite(page);
  await page.goto('/');
  await expect(page.getByText('Or press Shift 3 times')).toBeHidden();
  const exit = page.getByRole('link', { name: 'Emergency Exit this page' });
  await expect(exit).toHaveAttribute('rel', 'nofollow noreferrer');
  await exit.click();
  await expect(page).toHaveURL(NEUTRAL);
  await context.close();
});

test('practitioner pages have no exit button', async ({ page }) => {
  await page.goto('/procedures/section-47-enquiries/');
  await expect(page.getByRole('link', { name: /Exit this page/ })).toHaveCount(0);
});

test('the sticky exit bar never covers the content the skip link jumps to', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 560 });
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
  const bar = (await page.locator('.quick-exit').boundingBox())!;
  const heading = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  expect(heading.y).toBeGreaterThanOrEqual(bar.y + bar.height);
});
