// npm run search-quality [-- --dir dist] [-- --tuning] [-- --fast] [-- --explain "query"]
// [-- --ranking '{"termSaturation": 1.2}']: how well
// search answers questions, on the built example manual. Types each query on the search page in
// Chromium, as a reader would, and prints for each set how many find their page first, how many
// among the first three, how many find nothing, and each miss. The tuning sets
// (tests/e2e/search-queries.ts) are the ones to improve search against; the held-out set
// (tests/e2e/search-queries-held-out.ts) is the figure that counts, and is printed last, as a total
// only unless --show-held-out-misses is given (CONTRIBUTING.md, "Search quality"). --tuning leaves
// the held-out set out. --fast ranks each query with the search page's own code run here and
// Pagefind run in the page (searchFromNode), without typing: the same figures in under a minute
// rather than eight. --explain prints, for each query given, the first pages with their rank and the
// score of each word on each, and nothing else. --ranking changes Pagefind's ranking options (as
// in SEARCH_RANKING, src/lib/search/search-index.ts) for this run, without a rebuild; it implies
// --fast. A measurement: the browser tests hold the figures.
import { parseArgs } from 'node:util';
import { HELD_OUT_QUERIES } from '../tests/e2e/search-queries-held-out.ts';
import { ask, HELD_OUT_AIM, quality, qualityReport, searchFromNode, type Answer, type NodeSearch } from '../tests/e2e/search-measure.ts';
import { KEYWORD_QUERIES, PLAIN_ENGLISH_QUERIES, TUNING_QUERIES, type ExpectedFirst } from '../tests/e2e/search-queries.ts';
import { browseSite } from './browse-site.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env['MANUAL_DIST'] || 'dist' },
    tuning: { type: 'boolean', default: false },
    'show-held-out-misses': { type: 'boolean', default: false },
    fast: { type: 'boolean', default: false },
    explain: { type: 'string', multiple: true },
    ranking: { type: 'string' },
  },
});

const ranking = values.ranking ? rankingOptions(values.ranking) : undefined;
const site = await browseSite(values.dir);
try {
  const page = await site.browser.newPage();
  const fromNode = values.fast || values.explain || ranking ? await searchFromNode(page, site.root, ranking) : undefined;
  if (fromNode && values.explain) await explain(values.explain, fromNode);
  else await measure((query) => (fromNode ? fromNode.ask(query) : ask(page, site.root, query)));
} finally {
  await site.close();
}

/** Each query's first pages, with their rank and the score of each word on each. */
async function explain(queries: readonly string[], fromNode: NodeSearch): Promise<void> {
  for (const query of queries) {
    console.log(`\n${query}`);
    for (const [i, p] of (await fromNode.explain(query)).entries()) {
      const words = Object.entries(p.words).map(([word, score]) => `${word} ${score.toFixed(1)}`);
      console.log(`  ${i + 1}. ${p.url}  rank ${p.rank.toFixed(1)}: ${words.join(', ')}${p.phrase ? ', and two of the words as typed' : ''}`);
    }
  }
}

/** The figures of each set of queries, each query answered by `answer`. */
async function measure(answer: (query: ExpectedFirst) => Promise<Answer>): Promise<void> {
  const run = async (queries: readonly ExpectedFirst[]) => {
    const answers = [];
    for (const query of queries) answers.push(await answer(query));
    return quality(answers);
  };
  for (const [title, queries] of [
    ['Keyword queries (tuning)', KEYWORD_QUERIES],
    ['Plain-English queries (tuning)', PLAIN_ENGLISH_QUERIES],
    ['Situations, information pages, other names and titles (tuning)', TUNING_QUERIES],
  ] as const) {
    console.log(`\n${qualityReport(title, await run(queries)).join('\n')}`);
  }
  if (!values.tuning) {
    const held = await run(HELD_OUT_QUERIES);
    const lines = qualityReport('Held-out queries (the figure that counts)', held, HELD_OUT_AIM);
    console.log(`\n${(values['show-held-out-misses'] ? lines : lines.slice(0, 3)).join('\n')}`);
    if (!values['show-held-out-misses'] && held.misses.length) console.log(`  (${held.misses.length} misses not shown: tune on the tuning sets)`);
  }
}

/** The ranking options given with --ranking. */
function rankingOptions(text: string): Record<string, unknown> {
  try {
    const options: unknown = JSON.parse(text);
    if (options && typeof options === 'object' && !Array.isArray(options)) return options as Record<string, unknown>;
  } catch {
    // Said below.
  }
  console.error(`--ranking takes Pagefind's ranking options as JSON, such as '{"termSaturation": 1.2}', not ${text}`);
  process.exit(2);
}
