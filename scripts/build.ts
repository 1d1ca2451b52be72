// npm run build: checks the manual, builds the site and its search index in a fresh folder,
// and only then swaps it in for dist/, so a failed or interrupted build never leaves a
// half-written site where a good one was.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { Manual } from '../src/lib/validate.ts';

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

/**
 * Checks the manual, locks newly published versions and writes the checked manual for the
 * Astro build to `checkedFile`. This runs in a child process of the build (build.ts --check-into <file>):
 * the check holds every file, parsed, and only a process that ends gives all of that memory
 * back (a worker thread left about 250 MB with this process for the whole Astro build).
 * The validator is imported here only, so the build process itself stays small.
 */
async function checkAndLock(checkedFile: string): Promise<boolean> {
  const { runCheck } = await import('./check.ts');
  const { extendLock, LOCK_FILE, lockContacts, serializeLock } = await import('../src/lib/lock.ts');
  const { serializeChecked } = await import('../src/lib/checked.ts');
  const checked = runCheck();
  if (!checked) return false;
  // Newly published versions and contacts' details go into the lock, so that they can never change unnoticed.
  const { contentDir } = checked;
  const { lock: withVersions, added } = extendLock(checked.manual.lock, [...checked.manual.chapters, ...checked.manual.pages], contentDir);
  const { lock, changed } = lockContacts(withVersions, checked.manual.contacts);
  if (added.length || changed) writeFileSync(join(root, contentDir, LOCK_FILE), serializeLock(lock));
  if (added.length) console.log(`Locked ${added.length} newly published ${added.length === 1 ? 'version' : 'versions'} in ${contentDir}/${LOCK_FILE}: commit it with them.`);
  if (changed) console.log(`Recorded the contacts' details in ${contentDir}/${LOCK_FILE}: commit it with the contact files.`);
  const manual: Manual = { ...checked.manual, lock };
  writeFileSync(checkedFile, serializeChecked(manual, checked.today, contentDir));
  return true;
}

function checkInChild(checkedFile: string): boolean {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--check-into', checkedFile], { stdio: 'inherit' });
  return child.status === 0;
}

async function main(): Promise<void> {
  const started = performance.now();
  // A build stopped between its two renames below leaves the previous site in the work
  // folder: put it back first. Other leftovers of an interrupted build are never reused.
  const old = join(work, 'previous');
  if (!existsSync(target) && existsSync(old)) renameSync(old, target);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const checkedFile = join(work, 'manual.json');
  if (!checkInChild(checkedFile)) fail('The manual has errors, so nothing was built.');

  const fresh = join(work, 'site');
  // The Node that runs this script (Node 24 from node_modules) also runs Astro.
  const astro = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, MANUAL_OUT_DIR: fresh, MANUAL_CHECKED: checkedFile, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (astro.status !== 0 || !existsSync(join(fresh, 'index.html'))) fail('The site could not be built (see the messages above).');
  await indexSite(fresh);

  mkdirSync(dirname(target), { recursive: true });
  if (existsSync(target)) renameSync(target, old);
  renameSync(fresh, target);
  rmSync(work, { recursive: true, force: true });
  console.log(`Built the site in ${target} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

const checkInto = process.argv.indexOf('--check-into');
if (checkInto > 0) process.exitCode = (await checkAndLock(process.argv[checkInto + 1]!)) ? 0 : 1;
else await main();
