// Asks the search page a set of queries as a reader would, and counts how many find their page
// first, how many among the first three, and how many find nothing: what npm run search-quality
// prints and the browser tests hold.
import type { Page } from '@playwright/test';
import type { ExpectedFirst } from './search-queries.ts';

/** What search aims for on the held-out queries: the share found first, and in the first three. */
export const HELD_OUT_AIM = { first: 0.95, firstThree: 1 } as const;

/** The shares search reaches on the held-out queries today, which the browser test holds it to. */
export const HELD_OUT_FLOOR = { first: 0.81, firstThree: 0.94 } as const;

/** The path of a query's page under the site's root: a chapter's id, or `information/<id>`. */
export function expectedPath(target: string): string {
  return target.includes('/') ? `${target}/` : `procedures/${target}/`;
}

export interface Answer {
  query: string;
  /** The path the query must find first, with the site's base path. */
  wanted: string;
  /** The status line. */
  summary: string;
  /** The links of the first three results, in order. */
  firstThree: string[];
}

/** Types `query` on a fresh search page (the status line is empty until it has run) and reads the first three results. */
export async function ask(page: Page, root: string, [query, target]: ExpectedFirst): Promise<Answer> {
  await page.goto(`${root}search/`);
  await page.getByRole('main').getByRole('searchbox').fill(query);
  const status = page.getByRole('main').getByRole('status');
  await status.filter({ hasText: / for / }).waitFor({ timeout: 30_000 });
  const summary = (await status.textContent()) ?? '';
  const firstThree = await page.locator('.search-result-link').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href') ?? ''));
  return { query, wanted: `${new URL(root).pathname}${expectedPath(target)}`, summary, firstThree };
}

export interface Quality {
  total: number;
  first: number;
  firstThree: number;
  /** Queries answered with most of their words, as no page has them all. */
  relaxed: number;
  /** Queries answered with nothing. */
  empty: string[];
  /** A line for each query whose page was not first. */
  misses: string[];
}

/** The figures for a set of answers. */
export function quality(answers: readonly Answer[]): Quality {
  const misses: string[] = [];
  for (const a of answers) {
    if (a.firstThree[0] === a.wanted) continue;
    const rank = a.firstThree.indexOf(a.wanted);
    const where = rank === -1 ? 'not in the first three' : `number ${rank + 1}`;
    misses.push(`"${a.query}": ${a.wanted} ${where}; first ${a.firstThree[0] ?? 'nothing'} (${a.summary})`);
  }
  return {
    total: answers.length,
    first: answers.filter((a) => a.firstThree[0] === a.wanted).length,
    firstThree: answers.filter((a) => a.firstThree.includes(a.wanted)).length,
    relaxed: answers.filter((a) => a.summary.startsWith('No chapter has all')).length,
    empty: answers.filter((a) => a.firstThree.length === 0).map((a) => a.query),
    misses,
  };
}

const percent = (n: number, total: number) => `${((100 * n) / total).toFixed(1)}%`;

/** The figures as lines of text; with `aim`, whether they reach it. */
export function qualityReport(title: string, q: Quality, aim?: { first: number; firstThree: number }): string[] {
  const reached = aim && q.first / q.total >= aim.first && q.firstThree / q.total >= aim.firstThree && q.empty.length === 0;
  return [
    ...(aim
      ? [
          `${title}: the aim is ${percent(aim.first, 1)} first and ${percent(aim.firstThree, 1)} in the first three, none finding nothing: ${reached ? 'reached' : 'NOT reached'}`,
        ]
      : []),
    `${title}: ${q.first} of ${q.total} find their page first (${percent(q.first, q.total)}), ${q.firstThree} in the first three (${percent(q.firstThree, q.total)}), ${q.empty.length} find nothing`,
    `  ${q.relaxed} answered with most of their words, as no page has them all${q.empty.length ? `; nothing for ${q.empty.join(', ')}` : ''}`,
    ...q.misses.map((line) => `  missed ${line}`),
  ];
}
