// Every page type, light and dark: WCAG 2.2 AA by axe-core, heading order, language, reflow at
// 320px, no request to another origin, no cookies and no Content-Security-Policy violation.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pageTypes } from './page-types.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n    ')}`,
  );
}

/** Headings from h1 down without a skipped level, and exactly one h1, which comes first. */
async function headingProblems(page: Page): Promise<string[]> {
  const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) =>
    headings.filter((h) => h.checkVisibility()).map((h) => ({ level: Number(h.tagName[1]), text: (h.textContent ?? '').trim().slice(0, 60) })),
  );
  const problems: string[] = [];
  if (levels.filter((h) => h.level === 1).length !== 1) problems.push(`${levels.filter((h) => h.level === 1).length} h1 headings`);
  if (levels[0]?.level !== 1) problems.push(`the first heading is not h1: "${levels[0]?.text}"`);
  levels.forEach((h, i) => {
    const previous = levels[i - 1];
    if (previous && h.level > previous.level + 1) problems.push(`h${h.level} "${h.text}" follows h${previous.level} "${previous.text}"`);
  });
  return problems;
}

for (const { name, path, ready } of pageTypes) {
  test(`${name} page (${path}) meets WCAG 2.2 AA, keeps to its own origin and its Content-Security-Policy`, async ({ page, baseURL }) => {
    // axe runs twice (light and dark) over pages as long as the whole amendments log.
    test.setTimeout(120_000);
    const otherOrigins: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== new URL(baseURL!).origin) otherOrigins.push(request.url());
    });
    const cspMessages: string[] = [];
    const scriptErrors: string[] = [];
    page.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) cspMessages.push(message.text());
    });
    page.on('pageerror', (error) => scriptErrors.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const list = ((window as unknown as { cspViolations?: string[] }).cspViolations ??= []);
        list.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
      });
    });

    await page.goto(path);
    if (ready) await expect(page.locator(ready).first()).toBeVisible();

    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    expect(await headingProblems(page), 'heading order').toEqual([]);

    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page), 'axe, light colour scheme').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    // The dark scheme is real: the page background changes, not just the browser chrome.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    expect(await axeViolations(page), 'axe, dark colour scheme').toEqual([]);

    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal scrolling at 320px').toBeLessThanOrEqual(0);

    expect(otherOrigins, 'requests to other origins').toEqual([]);
    expect(await page.context().cookies(), 'cookies').toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []), 'CSP violations').toEqual([]);
    expect(cspMessages, 'CSP messages in the console').toEqual([]);
    expect(scriptErrors, 'script errors').toEqual([]);
  });
}
