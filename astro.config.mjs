// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import settings from './manual.config.ts';
import { contentLinksPlugin } from './src/lib/content-links-plugin.ts';
import { glossaryPlugin } from './src/lib/glossary-plugin.ts';
import { contentDirFromEnv, glossaryFromEnv } from './src/lib/source.ts';

// Astro caches collections per project; a cache per content folder keeps builds of
// different manuals (the example, fixtures, benchmarks) from reading each other's entries.
const contentKey = createHash('sha256').update(resolve(contentDirFromEnv())).digest('hex').slice(0, 12);

export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: 'always',
  // The build script writes to a fresh folder and swaps it in only when the build succeeds.
  outDir: process.env.MANUAL_OUT_DIR || './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The strict Content-Security-Policy allows no inline script: Astro would inline a small
  // bundled script (under Vite's assetsInlineLimit), so every script stays an external file.
  vite: { build: { assetsInlineLimit: 0 } },
  // As the MDX compiles: links in content are put under the base path, then the first use of
  // each glossary term in a chapter is marked up (its links have the base already).
  integrations: [
    mdx({
      processor: satteri({
        hastPlugins: [contentLinksPlugin(settings.base, contentDirFromEnv()), glossaryPlugin(glossaryFromEnv().entries, contentDirFromEnv(), settings.base)],
      }),
    }),
  ],
  devToolbar: { enabled: false },
  // Pages whose routes give a cacheKey (src/lib/cache-keys.ts) are copied from the previous
  // build when neither their key nor their code changed. MANUAL_ASTRO_CACHE moves the cache
  // (a clean build gets an empty one); build.concurrency must stay 1 for this to work.
  experimental: { incrementalBuild: true },
  cacheDir: process.env.MANUAL_ASTRO_CACHE || `./node_modules/.astro/${contentKey}`,
});
