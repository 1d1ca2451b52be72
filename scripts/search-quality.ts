// npm run search-quality [-- --dir dist]: how well search answers the queries the tests hold
// (tests/e2e/search-queries.ts), on the built example manual. Types each query on the search
// page in Chromium, as a reader would, and prints how many find their chapter first, each
// miss, and any query answered with nothing. A measurement, not a test: the browser tests
// hold each keyword query to its chapter, and the plain-English set to 95% first.
import type { Page } from '@playwright/test';
import { parseArgs } from 'node:util';
import { KEYWORD_QUERIES, PLAIN_ENGLISH_QUERIES, type ExpectedFirst } from '../tests/e2e/search-queries.ts';
import { browseSite } from './browse-site.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: process.env['MANUAL_DIST'] || 'dist' } } });

interface Answer {
  summary: string;
  first: string | undefined;
}

/** Types `query` on a fresh search page and reads the status line and the first result. */
async function ask(page: Page, root: string, query: string): Promise<Answer> {
  await page.goto(`${root}search/`);
  await page.getByRole('main').getByRole('searchbox').fill(query);
  const status = page.getByRole('main').getByRole('status');
  await status.filter({ hasText: / for / }).waitFor({ timeout: 30_000 });
  const summary = (await status.textContent()) ?? '';
  const first =
    (await page
      .locator('.search-result-link')
      .first()
      .getAttribute('href', { timeout: 1_000 })
      .catch(() => null)) ?? undefined;
  return { summary, first };
}

async function measure(page: Page, root: string, title: string, queries: readonly ExpectedFirst[]): Promise<void> {
  const rootPath = new URL(root).pathname;
  let hits = 0;
  let relaxed = 0;
  const lines: string[] = [];
  const empty: string[] = [];
  for (const [query, chapter] of queries) {
    const answer = await ask(page, root, query);
    const wanted = `${rootPath}procedures/${chapter}/`;
    if (answer.summary.startsWith('No chapter has all')) relaxed++;
    if (!answer.first) empty.push(query);
    if (answer.first === wanted) hits++;
    else lines.push(`  missed "${query}": ${answer.first ?? 'nothing'} first, not ${wanted} (${answer.summary})`);
  }
  console.log(`\n${title}: ${hits} of ${queries.length} find their chapter first (${((100 * hits) / queries.length).toFixed(1)}%)`);
  console.log(
    `  ${relaxed} answered with most of their words, as no page has them all; ${empty.length} answered with nothing${empty.length ? `: ${empty.join(', ')}` : ''}`,
  );
  for (const line of lines) console.log(line);
}

const site = await browseSite(values.dir);
try {
  const page = await site.browser.newPage();
  await measure(page, site.root, 'Plain-English queries', PLAIN_ENGLISH_QUERIES);
  await measure(page, site.root, 'Keyword queries', KEYWORD_QUERIES);
} finally {
  await site.close();
}
