// npm run build: checks the manual, builds the site and its search index in a fresh folder,
// and only then swaps it in for dist/, so a failed or interrupted build never leaves a
// half-written site where a good one was.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { serializeChecked } from '../src/lib/checked.ts';
import { extendLock, LOCK_FILE, serializeLock } from '../src/lib/lock.ts';
import type { Manual } from '../src/lib/validate.ts';
import { runCheck } from './check.ts';

const root = process.cwd();
const target = resolve(root, process.env['MANUAL_DIST'] || 'dist');
// One work folder per target, so that builds of different manuals (tests, benchmarks) can run at once.
const work = join(root, '.build', createHash('sha256').update(target).digest('hex').slice(0, 12));

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

/** Records newly published versions in the lock, so that they can never change unnoticed. */
function lockNewVersions(manual: Manual, contentDir: string): Manual['lock'] {
  const { lock, added } = extendLock(manual.lock, manual.chapters, contentDir);
  if (!added.length) return lock;
  writeFileSync(join(root, contentDir, LOCK_FILE), serializeLock(lock));
  console.log(`Locked ${added.length} newly published ${added.length === 1 ? 'version' : 'versions'} in ${contentDir}/${LOCK_FILE}: commit it with them.`);
  return lock;
}

/**
 * Checks the manual, locks newly published versions and writes the checked manual for the
 * Astro build to `checkedFile`, in a worker thread: the check holds every file, parsed, and
 * ending the worker gives that memory back before Astro starts, instead of this process
 * keeping it for the whole build. Returns whether the manual may be built.
 */
function checkInWorker(checkedFile: string): Promise<boolean> {
  return new Promise((done, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { checkedFile } });
    let ok = false;
    worker.on('message', (message) => (ok = message === true));
    worker.on('error', reject);
    worker.on('exit', () => done(ok));
  });
}

function checkAndLock(checkedFile: string): boolean {
  const checked = runCheck();
  if (!checked) return false;
  const lock = lockNewVersions(checked.manual, checked.contentDir);
  writeFileSync(checkedFile, serializeChecked({ ...checked.manual, lock }, checked.today, checked.contentDir));
  return true;
}

async function main(): Promise<void> {
  const started = performance.now();
  // Leftovers of an interrupted build are never reused.
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const checkedFile = join(work, 'manual.json');
  if (!(await checkInWorker(checkedFile))) fail('The manual has errors, so nothing was built.');

  const fresh = join(work, 'site');
  // The Node that runs this script (Node 24 from node_modules) also runs Astro.
  const astro = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, MANUAL_OUT_DIR: fresh, MANUAL_CHECKED: checkedFile, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (astro.status !== 0 || !existsSync(join(fresh, 'index.html'))) fail('The site could not be built (see the messages above).');
  await indexSite(fresh);

  mkdirSync(dirname(target), { recursive: true });
  const old = join(work, 'previous');
  if (existsSync(target)) renameSync(target, old);
  renameSync(fresh, target);
  rmSync(work, { recursive: true, force: true });
  console.log(`Built the site in ${target} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

if (isMainThread) await main();
else parentPort?.postMessage(checkAndLock((workerData as { checkedFile: string }).checkedFile));
