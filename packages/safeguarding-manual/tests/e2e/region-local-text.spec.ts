// A partnership's own text inside a core chapter (docs/regional-manuals.md): the example core's
// Making a Referral declares <Local name="referral-arrangements" />, Northmoor fills it, Southfen
// (a release behind) has the chapter without the point, and the core's own site says what goes
// there. The sites are the example region's, built by scripts/build-region.sh into .test-dist/region-*,
// each served here on a port of its own. Chapter pages carry no script: the text is in the HTML, read here without JavaScript too.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { createSiteServer } from '../../src/lib/servers/site-server.ts';
import { axeViolations } from './checks.ts';

const servers = new Map<string, Server>();
const site = (name: 'core' | 'northmoor' | 'southfen') => `http://127.0.0.1:${(servers.get(name)!.address() as AddressInfo).port}`;
const LABEL = 'Local arrangements of Northmoor Safeguarding Children Partnership';

test.beforeAll(async () => {
  for (const name of ['core', 'northmoor', 'southfen']) {
    const server = createSiteServer({ root: `.test-dist/region-${name}`, base: '/' });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.set(name, server);
  }
});

test.afterAll(async () => {
  await Promise.all([...servers.values()].map((server) => new Promise((resolve) => server.close(resolve))));
});

/** The headings and local blocks of the chapter's text, in order. */
const outline = (page: Page) =>
  page
    .locator('.prose')
    .first()
    .evaluate((prose) =>
      [...prose.querySelectorAll(':scope > h2, :scope > .local-text, :scope > .local-point')].map((e) =>
        e.tagName === 'H2' ? `## ${e.textContent}` : `[${e.className}]`,
      ),
    );

test('a partnership’s local text shows at the core chapter’s extension point, labelled with the partnership', async ({ page, browser }) => {
  await page.goto(`${site('northmoor')}/procedures/making-a-referral/`);
  const local = page.getByRole('group', { name: LABEL });
  await expect(local).toBeVisible();
  await expect(local).toContainText('Schools in Ashby Moor and Kelthorpe send it through their education safeguarding portal');
  await expect(local.locator('.contact-card')).toContainText('0113 496 0100');
  await expect(local.locator('.local-text-about')).toHaveText(
    "This is Northmoor SCP's own text, in force from 5 December 2026 and approved by Northmoor Procedures Sub-group on 4 December 2026. The rest of the chapter comes from Marlow Vale Regional Procedures.",
  );
  // Where the core put the point: after how to refer, before consent.
  expect(await outline(page)).toEqual(['## When to refer', '## How to refer', '[local-text]', '## Consent', '## What happens next']);
  expect(await axeViolations(page)).toEqual([]);

  // Without JavaScript, the text is there all the same.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto(`${site('northmoor')}/procedures/making-a-referral/`);
  await expect(plain.getByRole('group', { name: LABEL })).toContainText('education safeguarding portal');
  await context.close();

  // The dated page of the version in force shows it too; the version before, whose time ended before the local text began, does not.
  await page.goto(`${site('northmoor')}/procedures/making-a-referral/2026-12-05/`);
  await expect(page.getByRole('group', { name: LABEL })).toBeVisible();
  await page.goto(`${site('northmoor')}/procedures/making-a-referral/2026-07-13/`);
  await expect(page.locator('.local-text')).toHaveCount(0);
});

test('the core’s own site says partnerships add their arrangements at the point, and a partnership without the point shows nothing', async ({ page }) => {
  await page.goto(`${site('core')}/procedures/making-a-referral/`);
  await expect(page.locator('.local-text')).toHaveCount(0);
  await expect(page.locator('.local-point')).toHaveText('Each partnership that follows these procedures adds its local arrangements here.');
  expect(await outline(page)).toEqual(['## When to refer', '## How to refer', '[local-point]', '## Consent', '## What happens next']);
  expect(await axeViolations(page)).toEqual([]);

  // Southfen follows release 1, whose Making a Referral has no extension point.
  await page.goto(`${site('southfen')}/procedures/making-a-referral/`);
  await expect(page.getByRole('heading', { name: 'How to refer' })).toBeVisible();
  await expect(page.locator('.local-text, .local-point')).toHaveCount(0);
  await expect(page.getByText('education safeguarding portal')).toHaveCount(0);
});

test('every record lists the local text: the log, its own page, the chapter’s history, the edition of its day and the exports', async ({ page, request }) => {
  const northmoor = site('northmoor');
  const address = `${northmoor}/procedures/making-a-referral/local/referral-arrangements/2026-12-05/`;
  // The amendments log: an entry of its own, beside the core version of the same day.
  await page.goto(`${northmoor}/amendments/`);
  const entry = page.locator('.log-entry').filter({ hasText: '(local arrangements)' });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('New');
  await expect(entry).toContainText('Approved by Northmoor Procedures Sub-group on 4 December 2026.');
  await expect(entry).not.toContainText('From the regional core');
  await entry.getByRole('link', { name: /Making a Referral to Children’s Social Care \(local arrangements\)/ }).click();
  await expect(page).toHaveURL(address);

  // Its own page: the text, from when, who approved it, its SHA-256, and the chapter as it stood then.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('1.1 Making a Referral to Children’s Social Care');
  await expect(page.locator('.history-status')).toHaveText('New 5 December 2026. Current version.');
  await expect(page.getByRole('group', { name: LABEL })).toContainText('education safeguarding portal');
  await expect(page.locator('.hash code')).toHaveText(/^[0-9a-f]{64}$/);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Read the chapter as it stood then' }).click();
  await expect(page).toHaveURL(`${northmoor}/procedures/making-a-referral/2026-12-05/`);
  // The chapter's text links back to it from the date it took effect.
  await page.getByRole('group', { name: LABEL }).getByRole('link', { name: '5 December 2026' }).click();
  await expect(page).toHaveURL(address);

  // The chapter's history lists it, above the version it was published into.
  await page.goto(`${northmoor}/procedures/making-a-referral/history/`);
  const entries = page.locator('.history-entry');
  await expect(entries.nth(0)).toContainText('(local arrangements)');
  await expect(entries.nth(1)).toContainText('Adds a place after how to refer');

  // The edition of its day lists it as a change, and as in force.
  await page.goto(`${northmoor}/as-at/2026-12-05/`);
  await expect(page.locator('.as-at-changed li').filter({ hasText: '(local arrangements)' })).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Local arrangements on 5 December 2026' })).toBeVisible();
  await page.goto(`${northmoor}/as-at/2026-07-13/`);
  await expect(page.getByRole('heading', { name: /^Local arrangements on/ })).toHaveCount(0);

  // The exports say which rows are local texts, and where.
  const rows = ((await (await request.get(`${northmoor}/amendments.json`)).json()) as { versions: Record<string, unknown>[] }).versions;
  expect(rows.filter((r) => r['local_point'])).toEqual([
    expect.objectContaining({
      source: 'local',
      local_point: 'referral-arrangements',
      chapter_id: 'making-a-referral',
      date: '2026-12-05',
      url: expect.stringMatching(/\/local\/referral-arrangements\/2026-12-05\/$/),
    }),
  ]);
});

test.describe('search', () => {
  test('finds a chapter by the words of its local text, on the partnership’s own site', async ({ page }) => {
    await page.goto(`${site('northmoor')}/search/?q=education%20safeguarding%20portal`);
    const own = page
      .locator('.search-result')
      .filter({ has: page.locator('.search-result-partnership', { hasText: 'Northmoor Safeguarding Children Partnership' }) });
    await expect(own.first().locator('.search-result-link')).toHaveAttribute('href', /\/procedures\/making-a-referral\/$/);
  });
});
