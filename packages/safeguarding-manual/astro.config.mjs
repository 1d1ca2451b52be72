// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import settings from './manual.config.ts';
import { astroCacheDir } from './src/lib/astro-cache.ts';
import { contentLinksPlugin } from './src/lib/content-links-plugin.ts';
import { glossaryPlugin } from './src/lib/glossary-plugin.ts';
import { contentDirFromEnv, glossaryFromEnv } from './src/lib/source.ts';

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
  // build when neither their key nor their code changed; build.concurrency must stay 1 for this.
  // One cache per content folder (src/lib/astro-cache.ts), or MANUAL_ASTRO_CACHE.
  experimental: { incrementalBuild: true },
  cacheDir: astroCacheDir(contentDirFromEnv()),
});
