// npm run build: checks the manual, builds the site and its search index in a fresh folder,
// and only then swaps it in for dist/, so a failed or interrupted build never leaves a
// half-written site where a good one was.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { extendLock, LOCK_FILE, lockContacts, serializeLock } from '../src/lib/lock.ts';
import type { Manual } from '../src/lib/validate.ts';
import { runCheck } from './check.ts';

const root = process.cwd();
const target = resolve(root, process.env['MANUAL_DIST'] || 'dist');
// Beside the target, so that the final rename stays on one file system, and builds of
// different targets (such as the tests' temporary sites) never share a work folder.
const work = join(dirname(target), '.build', basename(target));

function fail(message: string): never {
  console.error(`\n${message}\nThe previous site in ${target} was left as it was.`);
  process.exit(1);
}

async function indexSite(dir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) fail(`Search indexing failed: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length) fail(`Search indexing failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length) fail(`Search indexing failed: ${written.errors.join('; ')}`);
  console.log(`Indexed ${added.page_count} pages for search.`);
  await pagefind.close();
}

/** Records newly published versions and contacts' details in the lock, so that they can never change unnoticed. */
function lockNewVersions(manual: Manual, contentDir: string): void {
  const { lock: withVersions, added } = extendLock(manual.lock, [...manual.chapters, ...manual.pages], contentDir);
  const { lock, changed } = lockContacts(withVersions, manual.contacts);
  if (!added.length && !changed) return;
  writeFileSync(join(root, contentDir, LOCK_FILE), serializeLock(lock));
  if (added.length) console.log(`Locked ${added.length} newly published ${added.length === 1 ? 'version' : 'versions'} in ${contentDir}/${LOCK_FILE}: commit it with them.`);
  if (changed) console.log(`Recorded the contacts' details in ${contentDir}/${LOCK_FILE}: commit it with the contact files.`);
}

async function main(): Promise<void> {
  const started = performance.now();
  // A build stopped between its two renames below leaves the previous site in the work
  // folder: put it back first. Other leftovers of an interrupted build are never reused.
  const old = join(work, 'previous');
  if (!existsSync(target) && existsSync(old)) renameSync(old, target);
  const checked = runCheck();
  if (!checked) fail('The manual has errors, so nothing was built.');
  lockNewVersions(checked.manual, checked.contentDir);

  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const fresh = join(work, 'site');
  // The Node that runs this script (Node 24 from node_modules) also runs Astro.
  const astro = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, MANUAL_OUT_DIR: fresh, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (astro.status !== 0 || !existsSync(join(fresh, 'index.html'))) fail('The site could not be built (see the messages above).');
  await indexSite(fresh);

  mkdirSync(dirname(target), { recursive: true });
  if (existsSync(target)) renameSync(target, old);
  renameSync(fresh, target);
  rmSync(work, { recursive: true, force: true });
  console.log(`Built the site in ${target} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

await main();
