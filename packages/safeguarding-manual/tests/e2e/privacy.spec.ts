// Nothing in the built pages needs the Content-Security-Policy relaxed: every script is a file
// of the site, and no page has inline scripts, styles, event handlers or javascript: links.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const site = process.env['MANUAL_OUT_DIR'] ?? 'dist';

test('no built page has inline scripts, inline styles or inline event handlers', () => {
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(200);
  const found: string[] = [];
  for (const file of pages) {
    const html = readFileSync(join(site, file), 'utf8');
    const patterns: [string, RegExp][] = [
      // A data block such as Pagefind's result template (type="text/pagefind-template") never runs.
      ['inline script', /<script(?![^>]*\ssrc=)(?![^>]*\stype="(?!module"|text\/javascript"|application\/javascript")[^"]+")[^>]*>/gi],
      ['style element', /<style[\s>]/gi],
      ['style attribute or event handler', /<[a-z][^>]*?\s(style|on[a-z]+)\s*=/gi],
      ['javascript: link', /\s(href|src|action)\s*=\s*["']?\s*javascript:/gi],
    ];
    for (const [what, pattern] of patterns) for (const match of html.matchAll(pattern)) found.push(`${file}: ${what}: ${match[0].slice(0, 80)}`);
  }
  expect(found).toEqual([]);
});

test('every page carries the Content-Security-Policy and sends no referrer', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';/,
  );
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
});

test('the policy is enforced: an inline script is blocked and reported', async ({ page }) => {
  // Proves the violation listener of the every-page-type tests would catch a breach.
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (d: string) => void }).reportViolation(event.effectiveDirective),
    );
  });
  await page.goto('/');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.inline = "ran"';
    document.body.append(script);
    return document.body.dataset['inline'] ?? 'blocked';
  });
  expect(ran).toBe('blocked');
  await expect.poll(() => violations).toContain('script-src-elem');
});
