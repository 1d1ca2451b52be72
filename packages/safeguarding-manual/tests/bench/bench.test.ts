// The benchmark runs end to end at a small size: it proves the script works, not how fast
// anything is (speed is never asserted in a test).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageKind, pageTimings } from '../../bench/measure.ts';

// Outside the project: the benchmark works wherever its work folder is.
const out = mkdtempSync(join(tmpdir(), 'manual-bench-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const KEYS = [
  'build_s',
  'bare_s',
  'time_ratio',
  'peak_mb',
  'bare_peak_mb',
  'memory_ratio',
  'pages',
  'dist_mb',
  'chapter_page_gz_kb',
  'chapter_page_js_kb',
  'search_index_kb',
  'first_query_kb',
  'offline_mb',
  'check_s',
  'as_at_pages',
  'as_at_mb',
  'as_at_render_s',
  'as_at_render_share',
];

describe('npm run bench', () => {
  it('builds a small synthetic manual both ways and ends with every figure as JSON', () => {
    const run = spawnSync(process.execPath, ['bench/run.ts', '--chapters', '30', '--versions', '3', '--page-timings', '--out', out], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    const figures = JSON.parse(lines.at(-1)!) as Record<string, unknown>;
    expect(Object.keys(figures).sort()).toEqual([...KEYS].sort());
    for (const key of KEYS) expect(Number.isFinite(figures[key]), `${key} is ${String(figures[key])}`).toBe(true);
    // 30 chapters of 3 versions: each chapter has its page, history, 3 versions and 2 changes pages.
    expect(figures['pages']).toBeGreaterThanOrEqual(30 * 7);
    expect(figures['chapter_page_js_kb']).toBe(0);
    // The offline copy holds the current manual only: a fraction of the site.
    expect(figures['offline_mb']).toBeGreaterThan(0);
    expect(figures['offline_mb']).toBeLessThan(figures['dist_mb'] as number);
    expect(run.stdout).toContain('30 chapters x 3 versions (90 version files)');
    // The manual on past dates: /as-at/ and a contents page per edition (every date a version took effect).
    expect(figures['as_at_pages']).toBeGreaterThan(1);
    // --page-timings: Astro's time by kind of page, from its log.
    expect(run.stdout).toMatch(/Astro's rendering time by kind of page[^\n]*\n\s+[\d.]+ s\s+90 dated versions\n\s+[\d.]+ s\s+60 changes pages/);
  }, 180_000);

  it('with --amend, builds cold, amends one chapter, builds warm, and ends with the figures as JSON', () => {
    const run = spawnSync(process.execPath, ['bench/run.ts', '--amend', '--chapters', '12', '--versions', '2', '--runs', '1', '--out', join(out, 'amend')], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const figures = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Record<string, number>;
    const keys = [
      'cold_cpu_s',
      'warm_cpu_s',
      'bare_cpu_s',
      'warm_cold_ratio',
      'warm_bare_ratio',
      'cold_peak_mb',
      'warm_peak_mb',
      'bare_peak_mb',
      'reused_pages',
      'pages',
    ];
    expect(Object.keys(figures).sort()).toEqual(keys.sort());
    for (const key of keys) expect(Number.isFinite(figures[key]), `${key} is ${String(figures[key])}`).toBe(true);
    // The warm build copied the pages the amendment left alone: at least the other chapters' dated versions.
    expect(figures['reused_pages']).toBeGreaterThanOrEqual(11 * 2);
    expect(figures['reused_pages']).toBeLessThan(figures['pages']!);
    expect(run.stdout).toContain('12 chapters x 2 versions, one amendment');
  }, 600_000);

  it('reads the time Astro took for each page from its log', () => {
    const log =
      '\u001b[34m├─\u001b[39m \u001b[2m/as-at/2021-03-29/index.html\u001b[22m \u001b[2m(+12ms)\u001b[22m\n  ├─ /procedures/a/index.html (+1.50s)\n  ├─ /as-at/index.html (+3ms)\n';
    expect(pageTimings(log)).toEqual({ pages: 3, ms: 1515, kinds: { 'as-at': { pages: 2, ms: 15 }, chapter: { pages: 1, ms: 1500 } } });
  });

  it('tells the kinds of page apart by their addresses', () => {
    expect(pageKind('/procedures/neglect/index.html')).toBe('chapter');
    expect(pageKind('/pages/local-contacts/index.html')).toBe('chapter');
    expect(pageKind('/procedures/neglect/2024-03-25/index.html')).toBe('version');
    expect(pageKind('/procedures/neglect/2024-03-25/changes/index.html')).toBe('changes');
    expect(pageKind('/procedures/neglect/history/index.html')).toBe('history');
    expect(pageKind('/procedures/neglect/history.xml')).toBe('feed');
    expect(pageKind('/as-at/2024-03-25/index.html')).toBe('as-at');
    expect(pageKind('/contacts/index.html')).toBe('other');
  });
});
