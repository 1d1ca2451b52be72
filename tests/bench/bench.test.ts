// The benchmark runs end to end at a small size: it proves the script works, not how fast
// anything is (speed is never asserted in a test).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Outside the project: the benchmark works wherever its work folder is.
const out = mkdtempSync(join(tmpdir(), 'manual-bench-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const KEYS = ['build_s', 'bare_s', 'time_ratio', 'peak_mb', 'bare_peak_mb', 'memory_ratio', 'pages', 'dist_mb', 'chapter_page_gz_kb', 'chapter_page_js_kb', 'search_index_kb', 'first_query_kb'];

describe('npm run bench', () => {
  it('builds a small synthetic manual both ways and ends with every figure as JSON', () => {
    const run = spawnSync(process.execPath, ['bench/run.ts', '--chapters', '30', '--versions', '3', '--out', out], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    const figures = JSON.parse(lines.at(-1)!) as Record<string, unknown>;
    expect(Object.keys(figures).sort()).toEqual([...KEYS].sort());
    for (const key of KEYS) expect(Number.isFinite(figures[key]), `${key} is ${String(figures[key])}`).toBe(true);
    // 30 chapters of 3 versions: each chapter has its page, history, 3 versions and 2 changes pages.
    expect(figures['pages']).toBeGreaterThanOrEqual(30 * 7);
    expect(figures['chapter_page_js_kb']).toBe(0);
    expect(run.stdout).toContain('30 chapters x 3 versions (90 version files)');
  }, 180_000);
});
