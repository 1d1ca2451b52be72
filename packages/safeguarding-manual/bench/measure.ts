// What the benchmark measures: wall time and peak memory of a whole process tree, the size of
// a built site and of a chapter page, and the bytes a first search fetches in Chromium.
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createSiteServer } from '../src/lib/servers/site-server.ts';
import { gzipSync } from 'node:zlib';

export interface RunResult {
  seconds: number;
  /** The highest total resident memory of the process and all its descendants at once, in MB. */
  peakMb: number;
  /** CPU time (user and system) of the whole tree: steadier than wall time on a busy machine. */
  cpuSeconds: number;
  status: number | null;
}

const PAGE_SIZE = 4096;
const MB = 1024 * 1024;

const CLOCK_TICKS = 100;

interface ProcessStat {
  ppid: number;
  /** utime + stime + cutime + cstime, in clock ticks: its own CPU time and that of its ended children. */
  ticks: number;
}

/** Every process's parent and CPU time, read from /proc. */
function processes(): Map<number, ProcessStat> {
  const map = new Map<number, ProcessStat>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name may contain spaces and brackets: the fields after the last ')' are fixed.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
      map.set(Number(name), { ppid: Number(fields[1]), ticks });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return map;
}

/** Resident memory (bytes) and CPU time (ticks) of a process and all its descendants. */
function treeUsage(root: number): { rss: number; ticks: number } {
  const all = processes();
  const byParent = new Map<number, number[]>();
  for (const [pid, { ppid }] of all) byParent.set(ppid, [...(byParent.get(ppid) ?? []), pid]);
  let rss = 0;
  let ticks = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    try {
      rss += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
      ticks += all.get(pid)?.ticks ?? 0;
    } catch {
      // Ended meanwhile.
    }
    queue.push(...(byParent.get(pid) ?? []));
  }
  return { rss, ticks };
}

/**
 * Runs a command and samples the resident memory of its whole process tree every 50 ms from
 * /proc (the build runs Astro and Pagefind as child processes, so the peak of one process is
 * not enough), and its CPU time as last seen (within 50 ms of the end). Output goes to `logFile`.
 */
export function runMeasured(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; logFile: string }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(options.logFile);
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    let peak = 0;
    let ticks = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const usage = treeUsage(child.pid);
      peak = Math.max(peak, usage.rss);
      // Ended children count in their parent's cutime once reaped, so the total only grows.
      ticks = Math.max(ticks, usage.ticks);
    };
    const timer = setInterval(sample, 50);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      log.end();
      resolve({ seconds: (performance.now() - started) / 1000, peakMb: peak / MB, cpuSeconds: ticks / CLOCK_TICKS, status });
    });
  });
}

/** Every file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

export function sizeOf(dir: string): number {
  return filesUnder(dir).reduce((sum, file) => sum + statSync(file).size, 0);
}

export const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

export interface PageWeight {
  page: string;
  htmlGz: number;
  cssGz: number;
  jsGz: number;
  scripts: number;
  inlineScripts: number;
}

/**
 * The weight of one page as a browser loads it: its HTML and stylesheets gzipped, and any
 * JavaScript it loads (external scripts and module preloads), also gzipped.
 */
export function pageWeight(site: string, page: string, base = '/'): PageWeight {
  const html = readFileSync(join(site, page), 'utf8');
  const local = (href: string) => join(site, decodeURIComponent(href.startsWith(base) ? href.slice(base.length) : href));
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]);
  const css = links.filter((tag) => /rel="stylesheet"/.test(tag)).map((tag) => attr(tag, 'href')!);
  const preloads = links.filter((tag) => /rel="modulepreload"/.test(tag)).map((tag) => attr(tag, 'href')!);
  const scriptTags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  const external = scriptTags.map((tag) => attr(tag, 'src')).filter((src): src is string => src !== undefined);
  const inlineScripts = scriptTags.filter((tag) => !/\bsrc=/.test(tag) && !/type="application\/(ld\+)?json"/.test(tag)).length;
  const weigh = (hrefs: string[]) => hrefs.reduce((sum, href) => sum + gzipSize(readFileSync(local(href))), 0);
  return {
    page,
    htmlGz: gzipSize(html),
    cssGz: weigh(css),
    jsGz: weigh([...new Set([...external, ...preloads])]),
    scripts: external.length,
    inlineScripts,
  };
}

/** The built site served as a host would, on a free port of 127.0.0.1. */
export function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createSiteServer({ root, base: '/' });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

export interface QueryWeight {
  /** What the search fetches, as a host that compresses text would send it. */
  bytes: number;
  /** The same files uncompressed (Pagefind's index files are compressed already). */
  rawBytes: number;
  files: { path: string; bytes: number }[];
  results: number;
}

/**
 * Opens the search page with a query in Chromium, waits for the results, and adds up every
 * search file it fetched (the page's own script, Pagefind's script, WebAssembly, entry,
 * index chunks and the fragments of the results shown). Text files
 * are counted gzipped, as a static host serves them; Pagefind's own files are already
 * compressed and are counted as they are.
 */
export async function firstQuery(site: string, searchPath: string, query: string): Promise<QueryWeight> {
  const { chromium } = await import('@playwright/test');
  const { server, origin } = await serve(site);
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    const fetched: { path: string; body: Buffer }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      // Pagefind's files, and the search page's own script (bundled by Astro under /_astro/).
      if (!path.includes('/pagefind/') && !path.endsWith('.js')) return;
      pending.push(
        response.body().then(
          (body) => void fetched.push({ path, body }),
          () => undefined,
        ),
      );
    });
    await page.goto(`${origin}${searchPath}?q=${encodeURIComponent(query)}`);
    await page.locator('.search-result').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const results = await page.locator('.search-result').count();
    await Promise.all(pending);
    const files = fetched.map(({ path, body }) => ({ path, raw: body.length, bytes: /\.(js|css|json)$/.test(path) ? gzipSize(body) : body.length }));
    return {
      bytes: files.reduce((n, f) => n + f.bytes, 0),
      rawBytes: files.reduce((n, f) => n + f.raw, 0),
      files: files.map(({ path, bytes }) => ({ path, bytes })),
      results,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** The kinds of page a manual's site has, by address, for the time Astro took for each kind. */
export type PageKind = 'chapter' | 'version' | 'changes' | 'history' | 'as-at' | 'feed' | 'other';

export function pageKind(path: string): PageKind {
  if (path.startsWith('/as-at/')) return 'as-at';
  if (/\.xml$/.test(path)) return 'feed';
  if (/^\/(?:procedures|pages)\/[^/]+\/\d{4}-\d{2}-\d{2}\/changes\//.test(path)) return 'changes';
  if (/^\/(?:procedures|pages)\/[^/]+\/\d{4}-\d{2}-\d{2}\//.test(path)) return 'version';
  if (/^\/(?:procedures|pages)\/[^/]+\/history\//.test(path)) return 'history';
  if (/^\/(?:procedures|pages)\/[^/]+\/index\.html$/.test(path)) return 'chapter';
  return 'other';
}

/** Pages Astro rendered and the time it took, in all and by kind of page. */
export interface PageTimings {
  pages: number;
  ms: number;
  kinds: Partial<Record<PageKind, { pages: number; ms: number }>>;
}

/**
 * Reads the time Astro took to render each page from its build log (scripts/build.ts with
 * MANUAL_PAGE_TIMINGS=1), where each page is a line "├─ /as-at/2021-03-29/index.html (+12ms)".
 * Astro renders one page at a time, so the times add up.
 */
export function pageTimings(log: string): PageTimings {
  const timings: PageTimings = { pages: 0, ms: 0, kinds: {} };
  // eslint-disable-next-line no-control-regex
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
  for (const match of plain.matchAll(/\u251c\u2500 (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    timings.pages++;
    timings.ms += ms;
    const kind = (timings.kinds[pageKind(match[1]!)] ??= { pages: 0, ms: 0 });
    kind.pages++;
    kind.ms += ms;
  }
  return timings;
}
