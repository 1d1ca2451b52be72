// The published site's admin page, as the build writes it when manual.config.ts has a cms
// setting: served with the site's _headers, it opens Decap CMS under its own policy, offers
// GitHub sign-in, and loads nothing from another site; the rest of the site keeps its policy.
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleSettings as settings } from '../example.ts';
import { writeSiteAdmin } from '../../src/lib/cms/admin-site.ts';
import { headerPolicy } from '../../src/lib/site/csp.ts';
import { renderHeadersFile, siteHeaderRules } from '../../src/lib/servers/host-headers.ts';
import { createSiteServer } from '../../src/lib/servers/site-server.ts';
import { readManualSource } from '../../src/lib/content/source.ts';
import { checkManual } from '../../src/lib/check/validate.ts';

// After the example's two ports and the studio's three.
const port = Number(process.env['E2E_PORT'] ?? 4399) + 6;
const origin = `http://127.0.0.1:${port}`;
const TODAY = '2026-11-22';
const cmsSettings = {
  ...settings,
  cms: { backend: 'github' as const, repo: 'brackenshire-scp/procedures', branch: 'main', authUrl: 'https://sign-in.brackenshire-scp.example' },
};
let site: string;
let server: Server;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'manual-admin-site-'));
  const { manual } = checkManual(readManualSource('../../examples/brackenshire/content'), {
    today: TODAY,
    settings: cmsSettings,
    settingsFile: 'manual.config.ts',
    checkBodies: false,
  });
  const policy = await writeSiteAdmin(join(site, 'admin'), { manual, settings: cmsSettings, contentDir: '../../examples/brackenshire/content', today: TODAY });
  writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="en"><title>Home</title><h1>Home</h1></html>');
  writeFileSync(join(site, '_headers'), renderHeadersFile(siteHeaderRules({}, policy)));
  server = createSiteServer({ root: site, base: '/' });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(site, { recursive: true, force: true });
});

test('the admin page opens Decap CMS under its own policy, with GitHub sign-in', async ({ page }) => {
  const violations: string[] = [];
  const elsewhere: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) elsewhere.push(request.url());
  });
  const answer = await page.goto(`${origin}/admin/`);
  expect(answer!.headers()['content-security-policy']).toContain("script-src 'self' 'unsafe-eval'");
  expect(answer!.headers()['content-security-policy']).toContain("connect-src 'self' blob: https://api.github.com");
  await expect(page.getByRole('button', { name: 'Login with GitHub' })).toBeVisible({ timeout: 30_000 });
  expect(violations).toEqual([]);
  expect(elsewhere).toEqual([]);

  // The configuration names the repository, the sign-in service and the commit status the check
  // reports on each proposed change, and nothing else: no secret.
  const cms = JSON.parse(readFileSync(join(site, 'admin/cms.json'), 'utf8')) as { config: { backend: Record<string, string>; publish_mode: string } };
  expect(cms.config.backend).toEqual({
    name: 'github',
    repo: 'brackenshire-scp/procedures',
    branch: 'main',
    base_url: 'https://sign-in.brackenshire-scp.example',
    preview_context: 'Manual check',
  });
  expect(cms.config.publish_mode).toBe('editorial_workflow');
});

test('the rest of the site keeps its strict policy', async ({ request }) => {
  const home = await request.get(`${origin}/`);
  expect(home.headers()['content-security-policy']).toBe(headerPolicy);
});
