import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroCacheDir, forgetBuiltPages } from '../../../src/lib/build/astro-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'manual-astro-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("Astro's cache folder", () => {
  it('is one per content folder, however the folder is written, unless MANUAL_ASTRO_CACHE names one', () => {
    const root = '/project';
    const example = astroCacheDir('src/content', {}, root);
    expect(example).toMatch(/^\/project\/node_modules\/\.astro\/[0-9a-f]{12}$/);
    expect(astroCacheDir('/project/src/content', {}, root)).toBe(example);
    expect(astroCacheDir('tests/fixtures/small', {}, root)).not.toBe(example);
    expect(astroCacheDir('src/content', { MANUAL_ASTRO_CACHE: 'cache/site' }, root)).toBe('/project/cache/site');
  });

  it("forgets the last build's pages, keeping the rest of the cache", () => {
    const cache = join(work, 'cache');
    mkdirSync(join(cache, 'dist'), { recursive: true });
    writeFileSync(join(cache, 'incremental-build.json'), '{}');
    writeFileSync(join(cache, 'data-store.json'), '{}');
    forgetBuiltPages(cache);
    expect(existsSync(join(cache, 'incremental-build.json'))).toBe(false);
    expect(existsSync(join(cache, 'data-store.json'))).toBe(true);
    // Nothing to forget is no error.
    expect(() => forgetBuiltPages(join(work, 'none'))).not.toThrow();
  });
});
