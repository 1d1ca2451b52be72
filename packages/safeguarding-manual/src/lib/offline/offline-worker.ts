// Makes a built site's offline worker (sw.js) and offline/build.json, once the site and its
// search index are complete: workbox-build lists and fingerprints the files of the copy, and
// esbuild bundles src/service-worker/sw.ts with the Workbox modules it uses.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as bundle } from 'esbuild';
import { getManifest } from 'workbox-build';
import { isPageUrl, offlineFiles, offlineUrl, type OfflineBuild } from './offline.ts';
import type { Language } from '../languages.ts';
import { paths } from '../site/urls.ts';

const WORKER_SOURCE = fileURLToPath(new URL('../../service-worker/sw.ts', import.meta.url));
// No file of the manual comes near this; a larger one means something went wrong.
const LARGEST_FILE = 20 * 1024 * 1024;

/** Every file of the site, relative to it, with forward slashes. */
function siteFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Writes the worker and offline/build.json into `site` (the site, or a language's folder of it:
 * each language's pages have their own copy), and returns what the copy holds.
 */
export async function writeOfflineWorker(site: string, options: { built: string; staleDays: number; language: Language }): Promise<OfflineBuild> {
  const files = offlineFiles(siteFiles(site));
  const tooLarge = files.filter((file) => statSync(join(site, file)).size > LARGEST_FILE);
  if (tooLarge.length) {
    const sizes = tooLarge.map((file) => `${file} (${(statSync(join(site, file)).size / 1024 / 1024).toFixed(1)} MB)`);
    throw new Error(`a file in it may be ${LARGEST_FILE / 1024 / 1024} MB at most, and no page of a manual comes near that; too large: ${sizes.join(', ')}.`);
  }
  const { manifestEntries, count, size, warnings } = await getManifest({
    globDirectory: site,
    // Each file by its own name: the copy is exactly the list offlineFiles chose, in its order.
    globPatterns: files,
    maximumFileSizeToCacheInBytes: LARGEST_FILE,
    manifestTransforms: [async (entries) => ({ manifest: entries.map((entry) => ({ ...entry, url: offlineUrl(entry.url) })), warnings: [] })],
  });
  if (warnings.length) throw new Error(warnings.join('; '));
  const entries = manifestEntries ?? [];
  const offline: OfflineBuild = {
    id: createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 16),
    built: options.built,
    pages: entries.filter((entry) => isPageUrl(entry.url)).length,
    files: count,
    bytes: size,
    staleDays: options.staleDays,
  };
  await bundle({
    entryPoints: [WORKER_SOURCE],
    outfile: join(site, paths.serviceWorker),
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
    define: {
      // Workbox's production build: no logging.
      'process.env.NODE_ENV': '"production"',
      'self.__WB_MANIFEST': JSON.stringify(entries),
      OFFLINE_BUILD: JSON.stringify(offline),
      OFFLINE_LANGUAGE: JSON.stringify(options.language),
    },
  });
  const buildFile = join(site, paths.offlineBuild);
  mkdirSync(dirname(buildFile), { recursive: true });
  writeFileSync(buildFile, `${JSON.stringify(offline)}\n`);
  return offline;
}
