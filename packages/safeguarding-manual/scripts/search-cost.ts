// npm run search-cost [-- --dir dist --query "section 47"]: what a first search costs a reader
// of the built site. Serves the site, opens the search page in Chromium, types a query and
// prints the requests, the bytes fetched (as served, and gzipped as most hosts send them)
// and the time until the first result shows. A measurement, not a test: figures vary with
// the machine.
import type { Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { browseSite } from './browse-site.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: process.env['MANUAL_DIST'] || 'dist' }, query: { type: 'string', default: 'section 47' } },
});

interface Fetched {
  path: string;
  bytes: number;
  gzip: number;
}

function record(into: Fetched[]): (response: Response) => Promise<void> {
  return async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    into.push({ path: new URL(response.url()).pathname, bytes: body.length, gzip: gzipSync(body).length });
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
function report(title: string, fetched: Fetched[]): void {
  const bytes = fetched.reduce((sum, f) => sum + f.bytes, 0);
  const gzip = fetched.reduce((sum, f) => sum + f.gzip, 0);
  console.log(`\n${title}: ${fetched.length} requests, ${kb(bytes)} as served, ${kb(gzip)} gzipped`);
  for (const f of fetched) console.log(`  ${kb(f.bytes).padStart(9)} ${kb(f.gzip).padStart(9)}  ${f.path}`);
}

const site = await browseSite(values.dir);
try {
  const { browser } = site;
  const page = await browser.newPage();
  const load: Fetched[] = [];
  const query: Fetched[] = [];
  let listener = record(load);
  page.on('response', (response) => listener(response));
  await page.goto(`${site.root}search/`, { waitUntil: 'networkidle' });
  listener = record(query);
  const started = performance.now();
  await page.getByRole('main').getByRole('searchbox').fill(values.query);
  await page.locator('.search-result-link').first().waitFor();
  const firstResult = performance.now() - started;
  await page.waitForLoadState('networkidle');
  report('Opening the search page', load);
  report(`First query "${values.query}" (until the network is idle)`, query);
  const again: Fetched[] = [];
  listener = record(again);
  const secondStarted = performance.now();
  await page.getByRole('main').getByRole('searchbox').fill('private fostering');
  await page.locator('.search-result-link[href$="/private-fostering/"]').first().waitFor();
  const secondResult = performance.now() - secondStarted;
  await page.waitForLoadState('networkidle');
  report('A second query "private fostering"', again);
  console.log(`\nTime from typing to the first result (served locally, no network delay; both include the search page's 300 ms debounce):`);
  console.log(`  first query:  ${firstResult.toFixed(0)} ms`);
  console.log(`  second query: ${secondResult.toFixed(0)} ms`);
} finally {
  await site.close();
}
