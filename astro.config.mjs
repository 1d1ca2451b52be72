// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import settings from './manual.config.ts';

export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: 'always',
  // The build script writes to a fresh folder and swaps it in only when the build succeeds.
  outDir: process.env.MANUAL_OUT_DIR || './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
