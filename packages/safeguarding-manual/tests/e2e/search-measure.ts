// Asks the search page a set of queries as a reader would, and counts how many find their page
// first, how many among the first three, and how many find nothing: what npm run search-quality
// prints and the browser tests hold.
import type { Page } from '@playwright/test';
import { summaryText } from '../../src/lib/search/search-query.ts';
import { rankByWords, type RankedPage } from '../../src/lib/search/search-rank.ts';
import { matchingQuery } from '../../src/lib/search/search-words.ts';
import type { ExpectedFirst } from './search-queries.ts';

/** What search aims for on the held-out queries: the share found first, and in the first three. */
export const HELD_OUT_AIM = { first: 0.95, firstThree: 1 } as const;

/** The shares search reaches on the held-out queries today, which the browser test holds it to. */
export const HELD_OUT_FLOOR = { first: 0.81, firstThree: 0.94 } as const;

/** The path of a query's page under the site's root: a chapter's id, or `information/<id>`. */
export function expectedPath(target: string): string {
  return target.includes('/') ? `${target}/` : `procedures/${target}/`;
}

/** The path `target` must have under the site at `root` (its base path, and expectedPath). */
function wantedPath(root: string, target: string): string {
  return `${new URL(root).pathname}${expectedPath(target)}`;
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
  return { query, wanted: wantedPath(root, target), summary, firstThree };
}

/** Pagefind as the search page loads it, kept on the page for searchFromNode, with each result found by id. */
interface PageRanking {
  pagefind: { search(term: string): Promise<{ results: { id: string; score: number; data(): Promise<{ url: string }> }[] }> };
  found: Map<string, { data(): Promise<{ url: string }> }>;
}
type WithRanking = Window & { pageRanking: PageRanking };

export interface NodeSearch {
  /** What `ask` gives for the query, without typing it. */
  ask(query: ExpectedFirst): Promise<Answer>;
  /** Each of the first `count` pages for the query, with its rank and each word's score (RankedPage). */
  explain(query: string, count?: number): Promise<(RankedPage & { url: string })[]>;
}

/**
 * Queries ranked as the search page ranks them, with its own code (rankByWords) run here in
 * Node, and each of its searches run by Pagefind in the page, loaded as the page loads it: the
 * answers typing gives (a browser test holds that), in a fraction of the time, and with the score
 * of each word on each page. What npm run search-quality -- --fast and --explain use. `ranking`
 * changes Pagefind's ranking options over the page's own (--ranking). English manuals only (the
 * summary line is the English one), without the region's other sites.
 */
export async function searchFromNode(page: Page, root: string, ranking: Record<string, unknown> = {}): Promise<NodeSearch> {
  await page.goto(`${root}search/`);
  // Pagefind's answer to a word depends on the parts of its index already loaded (a word's
  // beginning matches the words it has loaded), so each query starts it afresh, as a new search page does.
  const fresh = () =>
    page.evaluate(async (changed) => {
      const element = document.querySelector<HTMLElement>('[data-module="search"]');
      const bundlePath = element?.dataset['bundlePath'] ?? '/pagefind/';
      const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PageRanking['pagefind'] & {
        options(o: object): Promise<void>;
        destroy(): Promise<void>;
      };
      await pagefind.destroy();
      const ranking = { ...(JSON.parse(element?.dataset['ranking'] ?? '{}') as object), ...changed };
      await pagefind.options({ basePath: bundlePath, baseUrl: element?.dataset['baseUrl'] ?? '/', noWorker: true, ranking });
      (window as unknown as WithRanking).pageRanking = { pagefind, found: new Map() };
    }, ranking);
  const search = (term: string) =>
    page.evaluate(async (query) => {
      const { pagefind, found } = (window as unknown as WithRanking).pageRanking;
      const { results } = await pagefind.search(query);
      for (const result of results) found.set(result.id, result);
      return results.map(({ id, score }) => ({ id, score }));
    }, matchingQuery(term));
  const urls = (ids: string[]) =>
    page.evaluate((list) => Promise.all(list.map(async (id) => (await (window as unknown as WithRanking).pageRanking.found.get(id)!.data()).url)), ids);
  return {
    async ask([query, target]) {
      await fresh();
      const { results, relaxed } = await rankByWords(query.trim(), search);
      const firstThree = await urls(results.slice(0, 3).map((result) => result.id));
      return { query, wanted: wantedPath(root, target), summary: summaryText(results.length, query.trim(), relaxed), firstThree };
    },
    async explain(query, count = 5) {
      await fresh();
      const { explained } = await rankByWords(query.trim(), search);
      const pages = explained.slice(0, count);
      const found = await urls(pages.map((p) => p.id));
      return pages.map((p, i) => ({ ...p, url: found[i]! }));
    },
  };
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
