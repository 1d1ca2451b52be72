// Where Astro keeps its cache for a manual: its content collections and the pages of the last
// build, which the next build copies when their keys are unchanged (src/lib/build/cache-keys.ts).
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Astro's record of the last build's pages and their keys, in its cache folder. */
const PAGES_MANIFEST = 'incremental-build.json';

/**
 * The cache folder for the content folder `contentDir`: MANUAL_ASTRO_CACHE, or one folder per
 * content folder under node_modules/.astro, so that builds of different manuals (the example,
 * fixtures, benchmarks) never read each other's entries or pages.
 */
export function astroCacheDir(contentDir: string, env: NodeJS.ProcessEnv = process.env, root: string = process.cwd()): string {
  const chosen = env['MANUAL_ASTRO_CACHE'];
  if (chosen) return resolve(root, chosen);
  const key = createHash('sha256').update(resolve(root, contentDir)).digest('hex').slice(0, 12);
  return join(root, 'node_modules', '.astro', key);
}

/**
 * Makes the next build render every page afresh. Called when Astro fails: it may have stored
 * some new pages in its cache without recording their new keys, and a later build whose keys
 * matched the old record would copy them.
 */
export function forgetBuiltPages(cacheDir: string): void {
  rmSync(join(cacheDir, PAGES_MANIFEST), { force: true });
}
