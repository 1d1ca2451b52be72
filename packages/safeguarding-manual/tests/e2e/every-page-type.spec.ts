// Every page type, light and dark: WCAG 2.2 AA by axe-core, heading order, language, reflow at
// 320px, no request to another origin, no cookies and no Content-Security-Policy violation.
import { expect, test } from '@playwright/test';
import { axeViolations, headingProblems } from './checks.ts';
import { pageTypes } from './page-types.ts';

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
