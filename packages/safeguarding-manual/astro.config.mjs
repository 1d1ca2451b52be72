// @ts-check
// The generator's own Astro configuration: its root is the generator's folder (its pages,
// components and styles), pointed at a manual's folder (manual-root.ts): the manual's content,
// settings, built site and Astro's cache all come from there.
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { join, resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { safeguardingManual } from './src/integration.ts';
import { astroCacheDir } from './src/lib/build/astro-cache.ts';
import { contentLinksPlugin } from './src/lib/site/content-links-plugin.ts';
import { glossaryPlugin } from './src/lib/glossary/glossary-plugin.ts';
import { GENERATOR_ROOT, manualRoot } from './src/lib/manual/manual-root.ts';
import { loadSettings } from './src/lib/manual/settings.ts';
import { contentDirFromEnv, glossaryFromEnv } from './src/lib/content/source.ts';

/**
 * Vite wraps every dynamic import in a helper that first preloads the imported chunk's own
 * imports and stylesheets: 1.8 KB of the search page's script (0.7 KB gzipped), for its one
 * dynamic import, Pagefind's pagefind.js, which is not one of the bundle's chunks and has nothing
 * to preload. The helper here only imports. The browser still fetches a chunk's own imports
 * itself; only stylesheets imported by a dynamically imported chunk would be missed, and the
 * manual's scripts import none.
 * @returns {import('vite').Plugin}
 */
function loadWithoutPreloading() {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'safeguarding-manual:load-without-preloading',
    enforce: 'pre',
    apply: 'build',
    resolveId: (id) => (id === helper ? helper : undefined),
    load: (id) => (id === helper ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}

const home = manualRoot();
const settings = await loadSettings(home);

export default defineConfig({
  root: GENERATOR_ROOT,
  site: settings.site,
  base: settings.base,
  trailingSlash: 'always',
  // The build script writes to a fresh folder and swaps it in only when the build succeeds.
  outDir: process.env['MANUAL_OUT_DIR'] || join(home, 'dist'),
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The strict Content-Security-Policy allows no inline script: Astro would inline a small
  // bundled script (under Vite's assetsInlineLimit), so every script stays an external file.
  vite: { build: { assetsInlineLimit: 0 }, plugins: [loadWithoutPreloading()] },
  // The manual's routes (src/routes), injected by the generator's integration. As the MDX
  // compiles: links in content are put under the base path, then the first use of each glossary
  // term in a chapter is marked up (its links have the base already).
  integrations: [
    safeguardingManual(),
    mdx({
      processor: satteri({
        hastPlugins: [contentLinksPlugin(settings.base, contentDirFromEnv()), glossaryPlugin(glossaryFromEnv().entries, contentDirFromEnv(), settings.base)],
      }),
    }),
  ],
  devToolbar: { enabled: false },
  // Pages whose routes give a cacheKey (src/lib/build/cache-keys.ts) are copied from the previous
  // build when neither their key nor their code changed; build.concurrency must stay 1 for this.
  // One cache per content folder (src/lib/build/astro-cache.ts), or MANUAL_ASTRO_CACHE.
  experimental: { incrementalBuild: true },
  cacheDir: astroCacheDir(resolve(contentDirFromEnv()), process.env, home),
});
