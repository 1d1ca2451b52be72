// npm run bench -- --amend: what one amendment costs to publish. Each run builds the synthetic
// manual cold (Astro's cache removed), builds it with bare Astro, amends one chapter with
// npm run amend, and builds again warm (reusing the pages of the cold build); then the
// amendment is taken back, so the next run starts from the same manual.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeBareProject } from './bare.ts';
import { runMeasured, type RunResult } from './measure.ts';

export interface AmendBench {
  root: string;
  work: string;
  content: string;
  site: string;
  bare: string;
  /** Astro's cache folder for this manual (astro.config.mjs's cacheDir). */
  astroCache: string;
  today: string;
  runs: number;
}

export interface AmendFigures {
  cold: RunResult;
  warm: RunResult;
  bare: RunResult;
  /** Pages Astro copied from the cold build in the warm one, of all it wrote (from its log). */
  reused: number;
  pages: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function medianRun(list: RunResult[]): RunResult {
  return {
    seconds: median(list.map((r) => r.seconds)),
    cpuSeconds: median(list.map((r) => r.cpuSeconds)),
    peakMb: median(list.map((r) => r.peakMb)),
    status: 0,
  };
}

/** Runs the cold, bare and warm builds `runs` times; the figures are medians. */
export async function benchAmend(b: AmendBench): Promise<AmendFigures> {
  const env = {
    ...process.env,
    MANUAL_CONTENT_DIR: relative(b.root, b.content),
    MANUAL_DIST: relative(b.root, b.site),
    MANUAL_TODAY: b.today,
    MANUAL_BASE: '/',
  };
  const measured = async (name: string, args: string[], runEnv: NodeJS.ProcessEnv, log: string): Promise<RunResult> => {
    const result = await runMeasured(process.execPath, args, { env: runEnv, logFile: log });
    if (result.status !== 0) throw new Error(`The ${name} failed (exit ${result.status}); its output is in ${relative(b.root, log)}.`);
    console.log(`  ${name}: ${result.seconds.toFixed(1)} s, ${result.cpuSeconds.toFixed(1)} s of CPU, peak ${result.peakMb.toFixed(0)} MB`);
    return result;
  };
  const lockFile = join(b.content, 'versions.lock.json');
  const colds: RunResult[] = [];
  const warms: RunResult[] = [];
  const bares: RunResult[] = [];
  let reused = 0;
  let pages = 0;
  const chapters = readdirSync(join(b.content, 'procedures')).sort();
  for (let run = 1; run <= b.runs; run++) {
    console.log(`Run ${run} of ${b.runs}:`);
    rmSync(b.astroCache, { recursive: true, force: true });
    // Both builds keep Astro's log of each page (which says which pages it copied), so that they cost the same to log.
    colds.push(await measured('cold build', ['scripts/build.ts'], { ...env, MANUAL_PAGE_TIMINGS: '1' }, join(b.work, 'cold.log')));
    bares.push(await measured('bare Astro cold build', [writeBareProject(b.bare, b.content)], process.env, join(b.work, 'bare.log')));

    // One amendment to a chapter in force, as a board member publishes it; the lock the cold build wrote is kept to put back.
    const lock = readFileSync(lockFile, 'utf8');
    // A chapter in force (a withdrawn one cannot be amended): the first that takes the amendment.
    let id = '';
    for (let i = 0; i < chapters.length && !id; i++) {
      const candidate = chapters[(run * 37 + i) % chapters.length]!;
      const amended = spawnSync(
        process.execPath,
        [
          'scripts/amend.ts',
          candidate,
          '--summary',
          'Clarified the first step.',
          '--date',
          b.today,
          '--approved-by',
          'Policy and Procedures Group',
          '--approved-on',
          b.today,
        ],
        { env, encoding: 'utf8' },
      );
      if (amended.status === 0) id = candidate;
    }
    if (!id) throw new Error('npm run amend could amend no chapter of the manual.');
    const file = join(b.content, 'procedures', id, `${b.today}.mdx`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nA sentence added by the amendment.\n`);

    const warmLog = join(b.work, 'warm.log');
    warms.push(await measured('warm build after one amendment', ['scripts/build.ts'], { ...env, MANUAL_PAGE_TIMINGS: '1' }, warmLog));
    const log = readFileSync(warmLog, 'utf8');
    reused = (log.match(/\((?:cached|restored)\)/g) ?? []).length;
    pages = (log.match(/├─/g) ?? []).length;

    rmSync(file);
    writeFileSync(lockFile, lock);
  }
  return { cold: medianRun(colds), warm: medianRun(warms), bare: medianRun(bares), reused, pages };
}
