// A keyboard-only journey, and the reader's own settings: reduced motion and forced colours.
import { expect, test, type Page } from '@playwright/test';

/** What the focused element looks like: a focus indicator is an outline or a box shadow. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      name: (element.getAttribute('aria-label') ?? element.innerText ?? '').trim().replace(/\s+/g, ' ') || element.getAttribute('placeholder') || element.id,
      tag: element.tagName.toLowerCase(),
      inMain: Boolean(element.closest('main')),
      onScreen: box.width > 0 && box.height > 0 && box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
      indicated:
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && !/rgba\(.*, 0\)|transparent/.test(style.outlineColor)) ||
        style.boxShadow !== 'none',
    };
  });
}

test('a keyboard user skips to the content, uses the menu and the header search', async ({ page }) => {
  await page.goto('/contents/');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ name: 'Skip to main content', onScreen: true, indicated: true });
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ inMain: true, indicated: true });

  // From the top: every control of the header in reading order, each with a visible focus.
  await page.goto('/contents/');
  const order: string[] = [];
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect(now, `focus on ${now.name}`).toMatchObject({ onScreen: true, indicated: true });
    order.push(now.name);
  }
  expect(order).toEqual([
    'Skip to main content',
    'Brackenshire Safeguarding Children Partnership Multi-Agency Safeguarding Children Procedures',
    'Search the procedures',
    'Search',
    'Contents',
    'Contacts',
    'Amendments',
  ]);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/amendments\/$/);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Amendments' })).toHaveAttribute('aria-current', 'page');

  // The header search, then a result, by keyboard alone.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  expect((await focused(page)).name).toBe('Search the procedures');
  await page.keyboard.type('neglect');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=neglect$/);
  await expect(page.locator('.search-result-link').first()).toBeVisible();
  for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.classList.contains('search-result-link'))); i++)
    await page.keyboard.press('Tab');
  const result = await focused(page);
  expect(result).toMatchObject({ tag: 'a', indicated: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/procedures\/[a-z0-9-]+\/(#.*)?$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('with reduced motion the page jumps instead of scrolling smoothly', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/procedures/section-47-enquiries/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
});

test('in forced colours (Windows contrast themes) focus, badges and boxes stay visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/contents/');
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  // Backgrounds and shadows are dropped in forced colours: the outline must carry the focus.
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline).toEqual({ style: 'solid', width: 3 });
  const badge = page.locator('.badge').first();
  await expect(badge).toBeVisible();
  expect(await badge.evaluate((b) => getComputedStyle(b).borderTopStyle)).toBe('solid');
});
