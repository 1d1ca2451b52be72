// npm run build: checks the manual, builds the site and its search index in a fresh folder,
// and only then swaps it in for the target (dist/ by default), so a failed or interrupted
// build never leaves a half-written site where a good one was. The version lock is written
// last, once the new site is in place: a build that fails locks nothing.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { astroCacheDir, forgetBuiltPages } from '../src/lib/build/astro-cache.ts';
import { acquireBuildLock, waitForBuildLock } from '../src/lib/build/build-lock.ts';
import { refuseBuildTarget, SITE_MARKER, SITE_MARKER_TEXT } from '../src/lib/build/build-target.ts';
import { settings } from './manual-settings.ts';
import { renderHeadersFile, siteHeaderRules } from '../src/lib/servers/host-headers.ts';
import { writeOfflineWorker } from '../src/lib/offline/offline-worker.ts';
import { outOfMemoryMessage, ranOutOfMemory } from '../src/lib/build/out-of-memory.ts';
import { saveProposedRecord, writeRecordsToSite } from '../src/lib/history/release-publishing.ts';
import { SEARCH_INDEX_CHUNK_SIZE, searchablePagesGlob } from '../src/lib/search/search-index.ts';
import { GENERATOR_ROOT, manualPublicDir, manualRoot } from '../src/lib/manual/manual-root.ts';
import { buildDateFromEnv, contentDirFromEnv } from '../src/lib/content/source.ts';
import { UserError } from '../src/lib/util/user-error.ts';
import type { Manual } from '../src/lib/content/manual.ts';
import { LANGUAGE_IN_ENGLISH, languageFolder, MAIN_LANGUAGE, type Language } from '../src/lib/languages.ts';
import { describeFileError, runCommand } from './run-command.ts';

// The manual's folder: the site goes into its dist/ unless MANUAL_DIST names another folder.
const home = manualRoot();
const requested = process.env['MANUAL_DIST'] || 'dist';
const target = process.env['MANUAL_DIST'] ? resolve(requested) : join(home, 'dist');
// Astro builds inside the generator's folder, wherever the target is, so that the site's code
// finds the generator's packages; one work folder per target, so builds of different targets never share one.
const work = join(GENERATOR_ROOT, '.build', `${basename(target)}-${createHash('sha256').update(target).digest('hex').slice(0, 8)}`);
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
// Beside the target, so that the swap is two renames on one file system.
const staging = join(dirname(target), '.build', basename(target));

class BuildFailed extends UserError {}

/** The languages the manual is published in besides English (the languages setting). */
function otherLanguages() {
  return settings.languages.filter((language) => language !== MAIN_LANGUAGE);
}

function fail(message: string): never {
  throw new BuildFailed(`\n${message}\nThe previous site in ${target} was left as it was, and the version lock was not changed.`);
}

/**
 * Indexes the built site for search. Pagefind is handed only the pages that can hold an indexed
 * region (SEARCHABLE_PAGES: a tenth of the site), not every page for it to read and skip, and
 * writes its index in small files, so that a search fetches little besides its own words.
 */
async function indexSite(dir: string): Promise<void> {
  // Read by the Pagefind binary that createIndex starts: smaller index files (SEARCH_INDEX_CHUNK_SIZE).
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(SEARCH_INDEX_CHUNK_SIZE);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) fail(`Search indexing failed: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir, glob: searchablePagesGlob() });
  if (added.errors.length) fail(`Search indexing failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length) fail(`Search indexing failed: ${written.errors.join('; ')}`);
  console.log(`Indexed ${added.page_count} pages for search.`);
  await pagefind.close();
}

/**
 * The offline worker of a language's pages (in `dir`, the site or the language's folder), made from
 * the finished pages and search index so that it saves the final files.
 */
async function writeOffline(dir: string, language: Language): Promise<void> {
  try {
    const copy = await writeOfflineWorker(dir, { built: buildDateFromEnv(), staleDays: settings.offlineStaleDays, language });
    const which = otherLanguages().length ? ` (${LANGUAGE_IN_ENGLISH[language]})` : '';
    console.log(`Offline copy${which}: ${copy.pages} pages and ${copy.files - copy.pages} other files, ${(copy.bytes / 1024 / 1024).toFixed(1)} MB.`);
  } catch (e) {
    fail(`The offline copy could not be made: ${(e as Error).message}`);
  }
}

/**
 * Checks the manual and writes, for the build, the checked manual to `checkedFile` and the
 * version lock it should record to `lockFile` (only when the lock changes). This runs in a
 * child process of the build (build.ts --check-into <folder>): the check holds every file,
 * parsed, and only a process that ends gives all of that memory back.
 */
async function checkForBuild(into: string): Promise<boolean> {
  const { runCheck } = await import('./check.ts');
  const { extendLock, LOCK_FILE, lockKey, serializeLock } = await import('../src/lib/history/lock.ts');
  const { lockContacts, lockGlossary, lockResources } = await import('../src/lib/history/lock-notes.ts');
  const { serializeChecked } = await import('../src/lib/build/checked.ts');
  const { todayInLondon } = await import('../src/lib/util/dates.ts');
  const { manualInLanguage } = await import('../src/lib/manual-language.ts');
  const { translatedDocuments } = await import('../src/lib/check/languages.ts');
  const { localTextDocuments } = await import('../src/lib/region/local-text.ts');
  const checked = runCheck();
  if (!checked) return false;
  const { contentDir } = checked;
  // The manual in each other language it is published in: its versions' words from their own files.
  const translated = otherLanguages().map((language) => ({
    language,
    manual: manualInLanguage(checked.manual, checked.translations, language, checked.today),
  }));
  // Newly published versions and contacts' details go into the lock, so that they can never
  // change unnoticed; only versions in force by the calendar, whatever date the build is for.
  // A version's text in every language is locked with it.
  const english = [...checked.manual.chapters, ...checked.manual.pages];
  // A partnership's local texts at the extension points of its chapters are locked as versions are.
  const local = localTextDocuments(checked.manual.localTexts ?? [], checked.today);
  const documents = [...english, ...translatedDocuments(english, checked.translations), ...local];
  const { lock: withVersions, added } = extendLock(checked.manual.lock, documents, contentDir, todayInLondon());
  const { lock: withContacts, changed } = lockContacts(withVersions, checked.manual.contacts);
  const { lock: withResources, changed: resourcesChanged } = lockResources(withContacts, checked.manual.resources);
  const { lock, changed: glossaryChanged } = lockGlossary(withResources, checked.manual.glossary);
  if (added.length || changed || resourcesChanged || glossaryChanged) {
    writeFileSync(join(into, 'lock.json'), serializeLock(lock));
    const news: LockNews = {
      lockPath: join(contentDir, LOCK_FILE),
      added: added.length,
      contacts: changed,
      resources: resourcesChanged,
      glossary: glossaryChanged,
    };
    writeFileSync(join(into, 'lock-news.json'), JSON.stringify(news));
  }
  // The release record of what this build publishes, if it publishes anything new (release-publishing.ts).
  const { proposeRecord } = await import('../src/lib/history/release-publishing.ts');
  // Dated the build date (the calendar's today when MANUAL_TODAY is later): the day a correction is compared with.
  // It names the versions shown ahead of their date too, so that they were recorded before it.
  const upcoming = new Map(
    english
      .flatMap((d) => d.versions)
      .filter((v) => !lock.files[lockKey(v, contentDir)])
      .map((v) => [lockKey(v, contentDir), v.hash] as const),
  );
  proposeRecord(contentDir, lock, [checked.today, todayInLondon()].sort()[0]!, into, upcoming);
  const manual: Manual = { ...checked.manual, lock };
  writeFileSync(join(into, 'manual.json'), serializeChecked(manual, checked.today, contentDir));
  for (const { language, manual: inLanguage } of translated) {
    writeFileSync(join(into, `manual.${language}.json`), serializeChecked({ ...inLanguage, lock }, checked.today, contentDir));
  }
  return true;
}

function checkInChild(into: string): boolean {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--check-into', into], { stdio: 'inherit' });
  if (ranOutOfMemory(child)) fail(outOfMemoryMessage('The check of the manual'));
  return child.status === 0;
}

/** Copies `site` next to the target when it is on another disk, so that the swap is a rename. */
function onTargetsDisk(site: string): string {
  if (statSync(site).dev === statSync(dirname(target)).dev) return site;
  const incoming = join(staging, 'incoming');
  cpSync(site, incoming, { recursive: true });
  return incoming;
}

/** Puts the new site in place of the old one: two renames, the old site kept until the second is done. */
function swapIn(site: string): void {
  const previous = join(staging, 'previous');
  mkdirSync(staging, { recursive: true });
  const incoming = onTargetsDisk(site);
  if (existsSync(target)) renameSync(target, previous);
  try {
    renameSync(incoming, target);
  } catch (e) {
    if (existsSync(previous)) renameSync(previous, target);
    throw e;
  }
  rmSync(staging, { recursive: true, force: true });
  removeIfEmpty(dirname(staging));
}

function removeIfEmpty(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // Not empty, or already gone: either way it is not the build's to remove.
  }
}

/**
 * With the cms setting in manual.config.ts, writes the CMS's admin page into the site's admin/
 * folder (see docs/editing-in-the-browser.md) and returns its policy; without it, no admin page.
 */
async function writeAdminPage(site: string): Promise<string | undefined> {
  if (!settings.cms) return undefined;
  const { parseChecked } = await import('../src/lib/build/checked.ts');
  const { writeSiteAdmin } = await import('../src/lib/cms/admin-site.ts');
  const { manual, today, contentDir } = parseChecked(readFileSync(join(work, 'manual.json'), 'utf8'));
  try {
    const policy = await writeSiteAdmin(join(site, 'admin'), { manual, settings, contentDir, today, root: process.cwd() });
    console.log(`Wrote the admin page for editing in the browser (${settings.cms.backend}, ${settings.cms.repo}).`);
    return policy;
  } catch (e) {
    fail(`The admin page (the cms setting in manual.config.ts) could not be written: ${(e as Error).message}`);
  }
}

/** What the check found to lock: the lock file, how many versions, and whether contacts or resources are new in it. */
interface LockNews {
  lockPath: string;
  added: number;
  contacts: boolean;
  resources: boolean;
  glossary: boolean;
}

/** Records what the check found newly published, now that the site showing it is in place. */
function writeLock(): void {
  const proposed = join(work, 'lock.json');
  if (!existsSync(proposed)) return;
  const news = JSON.parse(readFileSync(join(work, 'lock-news.json'), 'utf8')) as LockNews;
  writeFileSync(news.lockPath, readFileSync(proposed, 'utf8'));
  const shown = news.lockPath;
  if (news.added) console.log(`Locked ${news.added} newly published ${news.added === 1 ? 'version' : 'versions'} in ${shown}: save (commit) it with them.`);
  if (news.contacts) console.log(`Recorded the contacts' details in ${shown}: save (commit) it with the contact files.`);
  if (news.resources) console.log(`Recorded the resources' files in ${shown}: save (commit) it with the resource files.`);
  if (news.glossary) console.log(`Recorded the glossary in ${shown}: save (commit) it with the glossary.`);
}

async function main(): Promise<void> {
  const started = performance.now();
  buildDateFromEnv();
  const refusal =
    refuseBuildTarget(target, { root: home, contentDir: contentDirFromEnv() }, requested) ??
    refuseBuildTarget(target, { root: GENERATOR_ROOT, contentDir: contentDirFromEnv() }, requested);
  if (refusal) throw new UserError(refusal);
  const locks = join(GENERATOR_ROOT, '.build', 'locks');
  const releases = [
    acquireBuildLock(locks, `content:${resolve(contentDirFromEnv())}`, `the manual in ${contentDirFromEnv()}`),
    acquireBuildLock(locks, `site:${target}`, `the site in ${requested}`),
  ];
  process.on('exit', () => releases.forEach((release) => release()));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => process.exit(130));

  // A build stopped between the two renames of its swap leaves the previous site in the
  // staging folder: put it back first. Other leftovers of an interrupted build are never reused.
  const previous = join(staging, 'previous');
  if (!existsSync(target) && existsSync(previous)) renameSync(previous, target);
  rmSync(staging, { recursive: true, force: true });
  removeIfEmpty(dirname(staging));
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  if (!checkInChild(work)) fail('The manual has errors, so nothing was built.');

  const fresh = join(work, 'site');
  // Builds of other manuals in this project wait their turn: Astro writes its generated
  // modules into the project's one .astro/ folder.
  const releaseAstro = await waitForBuildLock(locks, `astro:${GENERATOR_ROOT}`, 'Astro in this project', (holder) =>
    console.log(`Waiting for another build in this project (${holder.what}, process ${holder.pid}) to finish...`),
  );
  // The Node that runs this script (Node 24 from node_modules) also runs Astro.
  // MANUAL_PAGE_TIMINGS=1 keeps Astro's log, which gives the time it took to render each page (npm run bench reads it).
  const astroLog = process.env['MANUAL_PAGE_TIMINGS'] ? [] : ['--silent'];
  // Astro runs with the generator's own configuration (its root is the generator's folder),
  // pointed at the manual's folder by MANUAL_ROOT.
  // Each language's pages are built on their own, the English at the site's usual addresses and
  // each other language in its folder (cy/), from the manual in that language, with an Astro cache of its own.
  const englishCache = astroCacheDir(resolve(contentDirFromEnv()), process.env, home);
  const builds: { language: Language; out: string; checkedFile: string; env: Record<string, string> }[] = [
    { language: MAIN_LANGUAGE, out: fresh, checkedFile: join(work, 'manual.json'), env: {} },
    ...otherLanguages().map((language) => ({
      language,
      out: join(work, `site-${language}`),
      checkedFile: join(work, `manual.${language}.json`),
      env: {
        MANUAL_LANGUAGE: language,
        MANUAL_BASE: `${settings.base.replace(/\/?$/, '/')}${languageFolder(language)}`,
        MANUAL_ASTRO_CACHE: `${englishCache}-${language}`,
      },
    })),
  ];
  for (const build of builds) {
    const astro = spawnSync(process.execPath, [astroBin, 'build', '--root', GENERATOR_ROOT, ...astroLog], {
      stdio: 'inherit',
      env: { ...process.env, MANUAL_ROOT: home, MANUAL_OUT_DIR: build.out, MANUAL_CHECKED: build.checkedFile, ASTRO_TELEMETRY_DISABLED: '1', ...build.env },
    });
    if (astro.status !== 0) forgetBuiltPages(build.env['MANUAL_ASTRO_CACHE'] ?? englishCache);
    if (ranOutOfMemory(astro)) {
      releaseAstro();
      fail(outOfMemoryMessage('Astro, building the pages,'));
    }
    if (astro.status !== 0 || !existsSync(join(build.out, 'index.html'))) {
      releaseAstro();
      fail('The site could not be built (see the messages above).');
    }
  }
  releaseAstro();
  // The manual's own pictures and documents (public/images, public/imported), published as they are.
  if (existsSync(manualPublicDir(home))) cpSync(manualPublicDir(home), fresh, { recursive: true });
  await indexSite(fresh);
  // Each other language's pages go into their folder, each with a search index of its own (Pagefind has one per language).
  for (const build of builds.slice(1)) {
    const folder = join(fresh, languageFolder(build.language));
    renameSync(build.out, folder);
    await indexSite(folder);
  }
  const adminPolicy = await writeAdminPage(fresh);
  writeFileSync(join(fresh, '_headers'), renderHeadersFile(siteHeaderRules(settings, adminPolicy)));
  await writeOffline(fresh, MAIN_LANGUAGE);
  for (const build of builds.slice(1)) await writeOffline(join(fresh, languageFolder(build.language)), build.language);
  writeRecordsToSite(fresh, contentDirFromEnv(), work, settings.manualTitle);
  writeFileSync(join(fresh, SITE_MARKER), SITE_MARKER_TEXT);

  try {
    mkdirSync(dirname(target), { recursive: true });
    swapIn(fresh);
  } catch (e) {
    fail(`The new site could not be put in ${target}: ${describeFileError(e as NodeJS.ErrnoException)}`);
  }
  writeLock();
  const saved = saveProposedRecord(contentDirFromEnv(), work);
  if (saved) console.log(`Wrote the release record ${saved}: save (commit) it with the lock.`);
  rmSync(work, { recursive: true, force: true });
  console.log(`Built the site in ${target} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

const checkInto = process.argv.indexOf('--check-into');
await runCommand(async () => {
  if (checkInto > 0) process.exitCode = (await checkForBuild(process.argv[checkInto + 1]!)) ? 0 : 1;
  else await main();
});
