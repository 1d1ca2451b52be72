// Searching the region, as a practitioner in Northmoor does: the search page of Northmoor's site
// searches Southfen's site too (settings.region), served on another port (another origin), whose
// index it may read because Southfen's _headers allow it (CORS). Both sites are the example
// region's, built by scripts/build-region.sh into .test-dist/region-*.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createSiteServer } from '../../src/lib/servers/site-server.ts';
import { axeViolations } from './checks.ts';

const port = Number(process.env['E2E_PORT'] ?? 4399);
const SITES = [
  ['northmoor', port + 12],
  ['southfen', port + 13],
] as const;
const northmoor = `http://127.0.0.1:${port + 12}`;
const southfen = `http://127.0.0.1:${port + 13}`;
const servers: Server[] = [];
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  for (const [name, at] of SITES) {
    const server = createSiteServer({ root: `.test-dist/region-${name}`, base: '/' });
    await new Promise<void>((resolve) => server.listen(at, '127.0.0.1', resolve));
    servers.push(server);
  }
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

const results = (page: Page) => page.locator('.search-result');
const labelled = (page: Page, partnership: string) => results(page).filter({ has: page.locator('.search-result-partnership', { hasText: partnership }) });

test('a search on one site of the region finds the chapters of both, each labelled with its partnership', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).origin));
  await page.goto(`${northmoor}/search/?q=section%2047`);
  await expect(page.getByText('This search covers the procedures of Marlow Vale')).toBeVisible();
  await expect(labelled(page, 'Northmoor Safeguarding Children Partnership').first()).toBeVisible();
  await expect(labelled(page, 'Southfen Safeguarding Children Partnership').first()).toBeVisible();
  // Southfen's result links to Southfen's site.
  const theirs = labelled(page, 'Southfen Safeguarding Children Partnership').getByRole('link', { name: /Section 47 Enquiries/ });
  await expect(theirs).toHaveAttribute('href', `${southfen}/procedures/section-47-enquiries/`);
  expect(requests).toContain(southfen);

  // A chapter only Southfen has: its local chapter on seasonal workers' families.
  await page.getByRole('main').getByRole('searchbox').fill('seasonal workers');
  await expect(results(page).first()).toBeVisible();
  await expect(results(page).first().locator('.search-result-partnership')).toHaveText('Southfen Safeguarding Children Partnership');
  await expect(results(page).first().getByRole('link')).toHaveAttribute('href', `${southfen}/procedures/seasonal-workers-families/`);
  expect(await axeViolations(page)).toEqual([]);
});

test('the partnership filter keeps to one site of the region', async ({ page }) => {
  await page.goto(`${northmoor}/search/?q=section%2047`);
  await expect(labelled(page, 'Southfen Safeguarding Children Partnership').first()).toBeVisible();
  await page.locator('details[data-filter-name="Partnership"] summary').click();
  await page.getByRole('checkbox', { name: /^Southfen Safeguarding Children Partnership/ }).check();
  await expect
    .poll(async () => [...new Set(await results(page).locator('.search-result-partnership').allTextContents())])
    .toEqual(['Southfen Safeguarding Children Partnership']);
});

test('a partnership a release behind its core says so on its contents page, and each chapter says where it came from', async ({ page }) => {
  await page.goto(`${southfen}/contents/`);
  const notice = page.getByRole('note', { name: 'The regional core' });
  await expect(notice).toContainText('These procedures follow Marlow Vale Regional Procedures');
  await expect(notice).toContainText('its release 1, published on 15 June 2026 and accepted here by Southfen Policy and Procedures Group on 6 July 2026');
  await expect(notice).toContainText('Behind the regional core: Marlow Vale Regional Procedures published release 2 on 5 December 2026');
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(`${northmoor}/contents/`);
  await expect(page.getByRole('note', { name: 'The regional core' })).not.toContainText('Behind the regional core');

  await page.goto(`${southfen}/procedures/strategy-discussions/`);
  await expect(page.locator('.core-origin')).toHaveText(
    'From the regional core: this version took effect in Marlow Vale Regional Procedures on 1 June 2026 (its release 1), and was accepted here by Southfen Policy and Procedures Group on 6 July 2026; it is in force here from 6 July 2026.',
  );
  expect(await axeViolations(page)).toEqual([]);
  // So does the amendments log, beside each version from the core.
  await page.goto(`${northmoor}/amendments/`);
  await expect(page.locator('.log-entry', { hasText: 'Child Criminal Exploitation' }).locator('.core-origin')).toContainText(
    'From the regional core: this version took effect in Marlow Vale Regional Procedures on 5 December 2026 (its release 2)',
  );
  expect(await axeViolations(page)).toEqual([]);
  // The partnership's own chapter says nothing of the kind.
  await page.goto(`${southfen}/procedures/seasonal-workers-families/`);
  await expect(page.locator('.core-origin')).toHaveCount(0);
});

test('a site of the region that does not allow the others to read its index is left out, and the page says so', async ({ page }) => {
  // Southfen's site served again on its port, from a copy without its _headers: no CORS header, so the browser refuses its index.
  const copy = mkdtempSync(join(tmpdir(), 'region-southfen-'));
  cpSync('.test-dist/region-southfen', copy, { recursive: true });
  rmSync(join(copy, '_headers'));
  await new Promise((resolve) => servers[1]!.close(resolve));
  servers[1] = createSiteServer({ root: copy, base: '/' });
  await new Promise<void>((resolve) => servers[1]!.listen(port + 13, '127.0.0.1', resolve));
  try {
    await page.goto(`${northmoor}/search/?q=section%2047`);
    await expect(page.getByText('The search could not reach the site of Southfen Safeguarding Children Partnership')).toBeVisible();
    await expect(labelled(page, 'Northmoor Safeguarding Children Partnership').first()).toBeVisible();
    await expect(labelled(page, 'Southfen Safeguarding Children Partnership')).toHaveCount(0);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
