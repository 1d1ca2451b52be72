// The first screen of a page: a practitioner on a phone (375 x 740) or a desktop (1280 x 800)
// sees the first words of the text without scrolling, on every chapter and information page,
// every dated version and every history page; and nothing that used to come before the text is
// lost on the way.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, headingProblems } from './checks.ts';

const SCREENS = [
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

/** Every page linked from the contents and the home page, as the reader finds them. */
async function linkedPages(page: Page, from: string, selector: string): Promise<string[]> {
  await page.goto(from);
  return page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

/** The addresses of every version of every chapter and information page, from the JSON export. */
async function versionPages(page: Page): Promise<string[]> {
  const response = await page.request.get('/amendments.json');
  const { versions } = (await response.json()) as { versions: { url: string }[] };
  return versions.map((v) => new URL(v.url).pathname);
}

interface Position {
  path: string;
  screen: (typeof SCREENS)[number];
  /** The top of the first block of the text, in CSS pixels from the top of the window. */
  top: number;
  /** The bottom of its first line. */
  firstLineBottom: number;
}

/**
 * Where the first words of the text are on each screen, with the example banner off: a
 * partnership's own manual has no banner, so it is taken out of the page before measuring (the
 * rest of the page is laid out as built).
 */
async function firstWords(page: Page, path: string, first: string): Promise<Position[]> {
  await page.goto(path);
  await page.locator('.example-banner').evaluate((banner) => banner.remove());
  const positions: Position[] = [];
  for (const screen of SCREENS) {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    const box = await page
      .locator(first)
      .first()
      .evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const line = range.getClientRects()[0]!;
        return { top: Math.round(element.getBoundingClientRect().top), firstLineBottom: Math.round(line.bottom) };
      });
    positions.push({ path, screen, ...box });
  }
  return positions;
}

const KINDS = [
  { kind: 'chapter', pages: (page: Page) => linkedPages(page, '/contents/', '.chapter-list li > a'), first: '.prose > :first-child', atLeast: 60 },
  { kind: 'information page', pages: (page: Page) => linkedPages(page, '/', '.page-list li > a'), first: '.prose > :first-child', atLeast: 5 },
  { kind: 'dated version', pages: versionPages, first: '.prose > :first-child', atLeast: 100 },
  {
    kind: 'history page',
    pages: async (page: Page) => [...new Set((await versionPages(page)).map((path) => path.replace(/\d{4}-\d{2}-\d{2}\/$/, 'history/')))],
    first: '.history-entry',
    atLeast: 70,
  },
];

for (const { kind, pages, first, atLeast } of KINDS) {
  test(`every ${kind} shows the first words of its text on the first screen of a phone (375 x 740) and of a desktop (1280 x 800)`, async ({ page }) => {
    // One test visits up to a hundred pages.
    test.setTimeout(300_000);
    const paths = await pages(page);
    expect(paths.length).toBeGreaterThanOrEqual(atLeast);
    const positions: Position[] = [];
    for (const path of paths) positions.push(...(await firstWords(page, path, first)));
    for (const screen of SCREENS) {
      const worst = positions.filter((p) => p.screen === screen).reduce((a, b) => (b.top > a.top ? b : a));
      console.log(`${kind}, ${screen.name}: the text starts at most ${worst.top}px down (${worst.path}), of ${screen.height}px`);
    }
    const belowTheFirstScreen = positions.filter((p) => p.firstLineBottom > p.screen.height);
    expect(belowTheFirstScreen.map((p) => `${p.path} on a ${p.screen.name}: first line ends ${p.firstLineBottom}px down`)).toEqual([]);
  });
}

test('on a phone, "On this page" is a closed disclosure that opens by keyboard; on a wide screen an open list', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/procedures/referrals-to-childrens-social-care/');
  // One list, not two: the rendering for the other screen size is out of the accessibility tree.
  const nav = page.getByRole('navigation', { name: 'On this page' });
  await expect(nav).toHaveCount(1);
  const toggle = nav.locator('summary');
  await expect(toggle).toHaveText('On this page (8 sections)');
  await expect(nav.getByRole('link', { name: 'Before you refer' })).toBeHidden();
  // By keyboard: the disclosure comes after the links under the title and before the text.
  await page.getByRole('link', { name: 'All versions of this chapter' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('note', { name: 'How current this is' }).getByRole('link', { name: '11 January 2027' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(nav.locator('details')).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Before you refer' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#if-a-child-is-in-immediate-danger$/);
  await expect(page.getByRole('heading', { name: 'If a child is in immediate danger' })).toBeInViewport();

  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(nav).toHaveCount(1);
  await expect(nav.getByRole('heading', { level: 2, name: 'On this page' })).toBeVisible();
  await expect(nav.getByRole('link')).toHaveCount(8);
  for (const link of await nav.getByRole('link').all()) await expect(link).toBeVisible();
});

test('everything that was above the text is still on the page: title, date, changes, versions, sections, keywords and team', async ({ page }) => {
  for (const screen of SCREENS) {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await page.goto('/procedures/referrals-to-childrens-social-care/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("1.3.1 Referrals to Children's Social Care");
    const amendment = page.getByRole('note', { name: 'Latest amendment' });
    await expect(amendment).toHaveText('Last amended 25 March 2024 · See what changed · All versions of this chapter');
    await expect(amendment.getByRole('link', { name: 'See what changed' })).toHaveAttribute(
      'href',
      '/procedures/referrals-to-childrens-social-care/2024-03-25/changes/',
    );
    await expect(amendment.getByRole('link', { name: 'All versions of this chapter' })).toHaveAttribute(
      'href',
      '/procedures/referrals-to-childrens-social-care/history/',
    );
    await expect(page.getByRole('note', { name: 'How current this is' })).toBeInViewport();
    await expect(page.getByRole('note', { name: 'How current this is' })).toContainText('1 approved change takes effect later: 11 January 2027.');
    // On a phone the links are inside the closed disclosure, out of the accessibility tree until it opens.
    await expect(page.getByRole('navigation', { name: 'On this page' }).locator('a')).toHaveCount(8);

    const about = page.getByRole('region', { name: 'About this chapter' });
    await expect(about).toContainText('Updated on 25 March 2024: Referrers must now receive feedback on the outcome of their referral within 3 working days');
    await expect(about).toContainText('Changes from 11 January 2027: From January 2027 professionals refer through the online multi-agency referral form.');
    await expect(about).toContainText("Responsible: Children's social care");
    await expect(about).toContainText('Keywords: referral, MARF, front door, MASH, consent, feedback, child in need, significant harm');
  }
  // A first version says so; an information page says "updated" and "page".
  await page.goto('/information/child-protection-enquiries/');
  await expect(page.getByRole('note', { name: 'Latest amendment' })).toHaveText('Last updated 7 April 2025 · All versions of this page');
  const about = page.getByRole('region', { name: 'About this page' });
  await expect(about).toContainText('First published on 7 April 2025.');
  await expect(about).toContainText('Review due: 31 October 2026');
});

test('a dated version says which version it is above the text, and what it changed and its SHA-256 after it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/procedures/section-47-enquiries/2021-03-29/');
  const banner = page.getByRole('note', { name: 'Version' });
  await expect(banner).toBeInViewport();
  await expect(banner.getByRole('link')).toHaveText(['read the current one', 'See what changed', 'All versions of this chapter']);
  await expect(banner.locator('p').first()).toHaveText(
    'In force from 29 March 2021 to 24 March 2024. This version was replaced on 25 March 2024: read the current one.',
  );
  const about = page.getByRole('region', { name: 'About this version' });
  await expect(about).toContainText('This version: Adds guidance on seeing the child alone');
  await expect(about).toContainText("Phone numbers on this page come from today's contacts list, not from the date of this version.");
  await expect(about).toContainText(/SHA-256 of this version's file: [0-9a-f]{64}/);
});

test('on a phone the header is shorter and keeps the search one tap away, in the same keyboard order', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/procedures/section-47-enquiries/');
  await expect(page.getByRole('link', { name: 'Brackenshire SCP' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search the procedures' })).toBeInViewport();
  const order: string[] = [];
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    order.push(
      await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        return (element.getAttribute('aria-label') ?? element.innerText ?? '').trim().replace(/\s+/g, ' ') || element.getAttribute('placeholder') || '';
      }),
    );
  }
  expect(order).toEqual([
    'Skip to main content',
    'Brackenshire SCP Multi-Agency Safeguarding Children Procedures',
    'Search the procedures',
    'Search',
    'Contents',
    'Contacts',
    'Amendments',
    '1.3 Referral, Investigation and Assessment',
    'See what changed',
    'All versions of this chapter',
  ]);
});

for (const path of [
  '/procedures/referrals-to-childrens-social-care/',
  '/information/child-protection-enquiries/',
  '/procedures/section-47-enquiries/2021-03-29/',
  '/procedures/section-47-enquiries/history/',
]) {
  test(`on a phone, ${path} meets WCAG 2.2 AA with "On this page" closed and open, and in forced colours`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(path);
    expect(await headingProblems(page), 'heading order').toEqual([]);
    expect(await axeViolations(page), 'axe').toEqual([]);
    const toggle = page.getByRole('navigation', { name: 'On this page' }).locator('summary');
    if (await toggle.count()) {
      await toggle.click();
      expect(await axeViolations(page), 'axe, "On this page" open').toEqual([]);
      expect(await headingProblems(page), 'heading order, "On this page" open').toEqual([]);
    }
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await axeViolations(page), 'axe, forced colours').toEqual([]);
    if (await toggle.count()) {
      // Focus by keyboard, as the focus style is for keyboard focus (:focus-visible).
      await toggle.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(toggle).toBeFocused();
      const outline = await toggle.evaluate((element) => getComputedStyle(element).outlineStyle);
      expect(outline, 'focus outline of the disclosure in forced colours').toBe('solid');
    }
  });
}
