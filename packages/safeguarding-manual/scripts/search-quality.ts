// npm run search-quality [-- --dir dist] [-- --tuning]: how well search answers questions, on the
// built example manual. Types each query on the search page in Chromium, as a reader would, and
// prints for each set how many find their page first, how many among the first three, how many
// find nothing, and each miss. The tuning sets (tests/e2e/search-queries.ts) are the ones to
// improve search against; the held-out set (tests/e2e/search-queries-held-out.ts) is the figure
// that counts, and is printed last, as a total only unless --show-held-out-misses is given
// (CONTRIBUTING.md, "Search quality"). --tuning leaves the held-out set out. A measurement:
// the browser tests hold the figures.
import { parseArgs } from 'node:util';
import { HELD_OUT_QUERIES } from '../tests/e2e/search-queries-held-out.ts';
import { ask, HELD_OUT_AIM, quality, qualityReport } from '../tests/e2e/search-measure.ts';
import { KEYWORD_QUERIES, PLAIN_ENGLISH_QUERIES, TUNING_QUERIES, type ExpectedFirst } from '../tests/e2e/search-queries.ts';
import { browseSite } from './browse-site.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env['MANUAL_DIST'] || 'dist' },
    tuning: { type: 'boolean', default: false },
    'show-held-out-misses': { type: 'boolean', default: false },
  },
});

const site = await browseSite(values.dir);
try {
  const page = await site.browser.newPage();
  const run = async (queries: readonly ExpectedFirst[]) => {
    const answers = [];
    for (const query of queries) answers.push(await ask(page, site.root, query));
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
} finally {
  await site.close();
}
