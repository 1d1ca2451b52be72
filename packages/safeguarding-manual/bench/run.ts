// npm run bench -- --chapters N --versions V: builds a synthetic manual of that size with the
// full pipeline (scripts/build.ts) and the same version files with bare Astro, and prints what
// each cost. The last line is one JSON object of the figures, for scripts.
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { astroCacheDir } from '../src/lib/build/astro-cache.ts';
import { manualRoot } from '../src/lib/manual/manual-root.ts';
import { benchAmend } from './amend.ts';
import { writeBareProject } from './bare.ts';
import type { OfflineBuild } from '../src/lib/offline/offline.ts';
import { generateManual } from './generate.ts';
import { filesUnder, firstQuery, pageTimings, pageWeight, runMeasured, sizeOf, type PageKind, type PageTimings, type RunResult } from './measure.ts';

const { values } = parseArgs({
  options: {
    chapters: { type: 'string', default: '1000' },
    versions: { type: 'string', default: '5' },
    query: { type: 'string', default: 'child' },
    // Where the manual, both sites and the bare project go.
    out: { type: 'string', default: '.bench' },
    // Builds each side this many times, alternating, and reports the medians: on a shared
    // machine one run's time and peak memory can be off by a third.
    runs: { type: 'string', default: '1' },
    // Keeps Astro's log of each page, to time each kind of page. Off by default: the log costs
    // time of its own (about 2 s at 1,000 x 5), and bare Astro builds silently, as npm run build does.
    'page-timings': { type: 'boolean', default: false },
    // What one amendment costs: a cold build, one amendment, a warm build (bench/amend.ts); medians of 3 runs unless --runs says.
    amend: { type: 'boolean', default: false },
  },
});
const chapters = Number(values.chapters);
const versions = Number(values.versions);
const runs = values.amend && !process.argv.includes('--runs') ? 3 : Number(values.runs);
if ([chapters, versions, runs].some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('Usage: npm run bench -- --chapters N --versions V [--runs R] (whole numbers, at least 1)');
  process.exit(2);
}

const TODAY = '2026-11-22';
const root = process.cwd();
const work = resolve(root, values.out);
const content = join(work, 'manual');
const site = join(work, 'site');
const bare = join(work, 'bare');
const KB = 1024;
const MB = 1024 * 1024;
mkdirSync(work, { recursive: true });

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

function check(name: string, result: RunResult, log: string): void {
  if (result.status === 0) return;
  console.error(`The ${name} failed (exit ${result.status}); its output is in ${relative(root, log)}.`);
  process.exit(1);
}

console.log(`Generating ${chapters} chapters with ${versions} versions each in ${relative(root, content)}...`);
const generated = generateManual(content, chapters, versions, TODAY);
console.log(`  ${generated.files} version files, ${(generated.bytes / MB).toFixed(1)} MB of MDX`);

// Astro's cache for this manual (astro.config.mjs's cacheDir): removed before each cold build.
const astroCache = astroCacheDir(content, process.env, manualRoot());
if (values.amend) {
  const f = await benchAmend({ root, work, content, site, bare, astroCache, today: TODAY, runs });
  const ratio = (a: number, b: number) => round(a / b, 2);
  const amendFigures = {
    cold_cpu_s: round(f.cold.cpuSeconds),
    warm_cpu_s: round(f.warm.cpuSeconds),
    bare_cpu_s: round(f.bare.cpuSeconds),
    warm_cold_ratio: ratio(f.warm.cpuSeconds, f.cold.cpuSeconds),
    warm_bare_ratio: ratio(f.warm.cpuSeconds, f.bare.cpuSeconds),
    cold_peak_mb: round(f.cold.peakMb, 0),
    warm_peak_mb: round(f.warm.peakMb, 0),
    bare_peak_mb: round(f.bare.peakMb, 0),
    reused_pages: f.reused,
    pages: f.pages,
  };
  console.log(`
${chapters} chapters x ${versions} versions, one amendment, build date ${TODAY}, medians of ${runs} ${runs === 1 ? 'run' : 'runs'}
                        cold build     warm build     bare Astro cold   warm/cold   warm/bare
  CPU time (tree)       ${`${amendFigures.cold_cpu_s} s`.padEnd(15)}${`${amendFigures.warm_cpu_s} s`.padEnd(15)}${`${amendFigures.bare_cpu_s} s`.padEnd(18)}${String(amendFigures.warm_cold_ratio).padEnd(12)}${amendFigures.warm_bare_ratio}
  wall time             ${`${round(f.cold.seconds)} s`.padEnd(15)}${`${round(f.warm.seconds)} s`.padEnd(15)}${`${round(f.bare.seconds)} s`.padEnd(18)}${String(ratio(f.warm.seconds, f.cold.seconds)).padEnd(12)}${ratio(f.warm.seconds, f.bare.seconds)}
  peak memory (tree)    ${`${amendFigures.cold_peak_mb} MB`.padEnd(15)}${`${amendFigures.warm_peak_mb} MB`.padEnd(15)}${`${amendFigures.bare_peak_mb} MB`.padEnd(18)}${ratio(f.warm.peakMb, f.cold.peakMb)}
  pages copied          ${f.reused} of the ${f.pages} Astro wrote in the warm build
Figures vary with other work on the machine: compare the ratios.`);
  console.log(JSON.stringify(amendFigures));
  process.exit(0);
}
const oursLog = join(work, 'build.log');
const bareLog = join(work, 'bare.log');
const oursRuns: RunResult[] = [];
const bareRuns: RunResult[] = [];
// Astro's time for each page of the full build (with --page-timings), to find what each kind of page costs.
const withTimings = values['page-timings'];
const timingRuns: PageTimings[] = [];
for (let run = 1; run <= runs; run++) {
  const of = runs > 1 ? ` (run ${run} of ${runs})` : '';
  // Both builds start cold: Astro's content cache for this manual is removed first (the key
  // is the one astro.config.mjs derives from the content folder); the bare project is
  // written afresh, cache included.
  rmSync(astroCache, { recursive: true, force: true });
  console.log(`Full build (npm run build: check, Astro, Pagefind)${of}...`);
  const ours = await runMeasured(process.execPath, ['scripts/build.ts'], {
    env: {
      ...process.env,
      MANUAL_CONTENT_DIR: relative(root, content),
      MANUAL_DIST: relative(root, site),
      MANUAL_TODAY: TODAY,
      MANUAL_BASE: '/',
      ...(withTimings ? { MANUAL_PAGE_TIMINGS: '1' } : {}),
    },
    logFile: oursLog,
  });
  check('full build', ours, oursLog);
  if (withTimings) timingRuns.push(pageTimings(readFileSync(oursLog, 'utf8')));
  console.log(`  ${round(ours.seconds)} s, ${round(ours.cpuSeconds)} s of CPU, peak ${round(ours.peakMb, 0)} MB`);
  oursRuns.push(ours);

  console.log(`Bare Astro build (@astrojs/mdx only, Pagefind)${of}...`);
  const bareScript = writeBareProject(bare, content);
  const floor = await runMeasured(process.execPath, [bareScript], { env: process.env, logFile: bareLog });
  check('bare build', floor, bareLog);
  console.log(`  ${round(floor.seconds)} s, ${round(floor.cpuSeconds)} s of CPU, peak ${round(floor.peakMb, 0)} MB`);
  bareRuns.push(floor);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
const medians = (list: RunResult[]): RunResult => ({
  seconds: median(list.map((r) => r.seconds)),
  cpuSeconds: median(list.map((r) => r.cpuSeconds)),
  peakMb: median(list.map((r) => r.peakMb)),
  status: 0,
});
const ours = medians(oursRuns);
const floor = medians(bareRuns);

// npm run check on the same manual: the board's loop, and what CI runs on every change.
const checkLog = join(work, 'check.log');
const checkRuns: RunResult[] = [];
for (let run = 1; run <= Math.max(runs, 3); run++) {
  const result = await runMeasured(process.execPath, ['scripts/check.ts'], {
    env: { ...process.env, MANUAL_CONTENT_DIR: relative(root, content), MANUAL_TODAY: TODAY },
    logFile: checkLog,
  });
  check('npm run check', result, checkLog);
  checkRuns.push(result);
}
const checked = medians(checkRuns);
console.log(`npm run check: ${round(checked.seconds)} s, ${round(checked.cpuSeconds)} s of CPU (median of ${checkRuns.length})`);

const html = filesUnder(site).filter((f) => f.endsWith('.html'));
// The pages of the manual on past dates: /as-at/ and one contents page per edition.
const asAtHtml = html.filter((f) => relative(site, f).startsWith('as-at/'));
const asAtBytes = asAtHtml.reduce((sum, f) => sum + statSync(f).size, 0);
const htmlBytes = html.reduce((sum, f) => sum + statSync(f).size, 0);
const KINDS: [PageKind, string][] = [
  ['version', 'dated versions'],
  ['changes', 'changes pages'],
  ['chapter', 'current chapters'],
  ['history', 'histories'],
  ['as-at', 'manual on past dates'],
  ['feed', 'feeds'],
  ['other', 'other pages'],
];
const timing = withTimings
  ? {
      ms: median(timingRuns.map((t) => t.ms)),
      kinds: KINDS.map(([kind, label]) => ({
        label,
        pages: timingRuns[0]!.kinds[kind]?.pages ?? 0,
        ms: median(timingRuns.map((t) => t.kinds[kind]?.ms ?? 0)),
      })),
    }
  : undefined;
const asAtRenderMs = timing?.kinds.find((k) => k.label === 'manual on past dates')?.ms ?? 0;
const bareHtml = filesUnder(join(bare, 'dist')).filter((f) => f.endsWith('.html'));
// A typical chapter page: the median in size of the current-version pages.
const chapterPages = html.map((f) => relative(site, f)).filter((f) => /^procedures\/[^/]+\/index\.html$/.test(f));
const bySize = chapterPages.map((f) => ({ f, weight: pageWeight(site, f) })).sort((a, b) => a.weight.htmlGz - b.weight.htmlGz);
const typical = bySize[Math.floor(bySize.length / 2)]!.weight;
const query = await firstQuery(site, '/search/', values.query);
// What a reader's device stores after "Save for offline use": the build records it.
const offline = JSON.parse(readFileSync(join(site, 'offline/build.json'), 'utf8')) as OfflineBuild;

const figures = {
  build_s: round(ours.seconds),
  bare_s: round(floor.seconds),
  time_ratio: round(ours.seconds / floor.seconds, 2),
  peak_mb: round(ours.peakMb, 0),
  bare_peak_mb: round(floor.peakMb, 0),
  memory_ratio: round(ours.peakMb / floor.peakMb, 2),
  pages: html.length,
  dist_mb: round(sizeOf(site) / MB),
  chapter_page_gz_kb: round((typical.htmlGz + typical.cssGz) / KB),
  chapter_page_js_kb: round(typical.jsGz / KB),
  search_index_kb: round(sizeOf(join(site, 'pagefind')) / KB, 0),
  first_query_kb: round(query.bytes / KB),
  offline_mb: round(offline.bytes / MB, 2),
  check_s: round(checked.seconds),
  as_at_pages: asAtHtml.length,
  as_at_mb: round(asAtBytes / MB),
  ...(timing && {
    as_at_render_s: round(asAtRenderMs / 1000),
    as_at_render_share: round(timing.ms ? asAtRenderMs / timing.ms : 0, 3),
  }),
};

console.log(`
${chapters} chapters x ${versions} versions (${generated.files} version files), build date ${TODAY}${runs > 1 ? `, medians of ${runs} runs` : ''}
                        full build     bare Astro     ratio
  wall time             ${`${figures.build_s} s`.padEnd(15)}${`${figures.bare_s} s`.padEnd(15)}${figures.time_ratio}
  CPU time (tree)       ${`${round(ours.cpuSeconds)} s`.padEnd(15)}${`${round(floor.cpuSeconds)} s`.padEnd(15)}${round(ours.cpuSeconds / floor.cpuSeconds, 2)}
  peak memory (tree)    ${`${figures.peak_mb} MB`.padEnd(15)}${`${figures.bare_peak_mb} MB`.padEnd(15)}${figures.memory_ratio}
  npm run check         ${figures.check_s} s (${round(checked.cpuSeconds)} s of CPU, peak ${round(checked.peakMb, 0)} MB)
  pages written         ${String(figures.pages).padEnd(15)}${bareHtml.length}
  dist size             ${figures.dist_mb} MB
  chapter page          ${figures.chapter_page_gz_kb} KB gzipped HTML + CSS (${typical.page}: ${round(typical.htmlGz / KB)} KB HTML, ${round(typical.cssGz / KB)} KB CSS)
  chapter page JS       ${figures.chapter_page_js_kb} KB (${typical.scripts} external scripts, ${typical.inlineScripts} inline)
  manual on past dates  ${figures.as_at_pages} pages (/as-at/ and a contents page per edition), ${figures.as_at_mb} MB of ${round(htmlBytes / MB)} MB of HTML${
    timing
      ? `; Astro rendered them in ${round(asAtRenderMs / 1000)} s of ${round(timing.ms / 1000)} s for every page (${round((asAtRenderMs / (timing.ms || 1)) * 100)}%)`
      : ''
  }
  search index          ${figures.search_index_kb} KB in pagefind/
  offline copy          ${figures.offline_mb} MB saved on a device (${offline.pages} pages and ${offline.files - offline.pages} other files)
  first search "${values.query}"  ${figures.first_query_kb} KB over the wire (${round(query.rawBytes / KB)} KB uncompressed), ${query.files.length} files, ${query.results} results shown
${query.files.map((f) => `      ${(f.bytes / KB).toFixed(1).padStart(7)} KB  ${f.path}`).join('\n')}${
  timing
    ? `\n  Astro's rendering time by kind of page (${round(timing.ms / 1000)} s in all)\n${timing.kinds
        .filter((k) => k.pages > 0)
        .map((k) => `      ${`${round(k.ms / 1000)} s`.padStart(9)}  ${String(k.pages).padStart(6)} ${k.label}`)
        .join('\n')}`
    : ''
}
Logs: ${relative(root, oursLog)}, ${relative(root, bareLog)}, ${relative(root, checkLog)}. Figures vary with other work on the machine: compare the ratios.`);
console.log(JSON.stringify(figures));
