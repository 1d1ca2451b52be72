// The offline worker, registered only when a reader asks to save the manual (src/browser/offline-page.ts
// on /offline/). npm run build bundles it with Workbox into the site's sw.js, with the list of
// files to save (self.__WB_MANIFEST, from workbox-build's getManifest) and the build's facts.
//
// - Saving: Workbox precaching downloads the current manual when the worker installs, and on
//   each new build only the files that changed; the save page hears the progress.
// - Pages: from the network first, so that readers online get the latest; from the copy when
//   the network fails or is too slow; pages outside the copy a reader opened are kept too.
//   A page in neither is answered with /offline/unavailable/.
// - Freshness: every page from the copy says how old it is (src/lib/offline/offline-notice.ts), and
//   the worker checks offline/build.json whenever the network answers. A page a reader opened
//   is kept with the build it came from: once the copy is of a later build, it says it is from
//   an earlier one, with that build's date, until the next visit online replaces it.
// - Languages: each language's pages have a worker and a copy of their own (the Welsh under cy/);
//   notices are in the page's language.
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { ExpirationPlugin } from 'workbox-expiration';
import { PrecacheController, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { isPageUrl, type OfflineBuild } from '../lib/offline/offline.ts';
import {
  copyNotice,
  pageLanguage,
  parseSavedFrom,
  recordCheck,
  SAVED_FROM_HEADER,
  savedFromValue,
  servedBuild,
  withNotice,
  type BuildTag,
  type CopyRecord,
} from '../lib/offline/offline-notice.ts';
import type { Language } from '../lib/languages.ts';
import { paths } from '../lib/site/urls.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: PrecacheEntry[] };
/** Set by the build (src/lib/offline/offline-worker.ts). */
declare const OFFLINE_BUILD: OfflineBuild;
/** The language of the pages this worker saves, set by the build. */
declare const OFFLINE_LANGUAGE: Language;

const build = OFFLINE_BUILD;
const scope = self.registration.scope;
const at = (path: string) => new URL(path, scope).href;
// Each manual on a host has its own caches and record, named by its scope.
setCacheNameDetails({ prefix: 'manual' });
const recordCache = `manual-record-${scope}`;
const pagesCache = `manual-pages-${scope}`;
const recordKey = at('offline/record');
const progress = new BroadcastChannel(`manual-offline:${scope}`);

// A new build's copy replaces the old one as soon as it is complete.
void self.skipWaiting();
clientsClaim();

// Saving: the current manual, pages first. The save page follows the progress on the channel.
const saved = { files: 0, pages: 0 };
const precache = new PrecacheController({
  plugins: [
    {
      handlerDidComplete: async ({ request, event }) => {
        if (event.type !== 'install') return;
        saved.files++;
        if (isPageUrl(request.url)) saved.pages++;
        progress.postMessage({ type: 'progress', ...saved, totalFiles: build.files, totalPages: build.pages });
      },
    },
  ],
});
precache.precache(self.__WB_MANIFEST);

async function readRecord(): Promise<CopyRecord | undefined> {
  const response = await (await caches.open(recordCache)).match(recordKey);
  return response ? ((await response.json()) as CopyRecord) : undefined;
}

async function writeRecord(record: CopyRecord): Promise<void> {
  await (await caches.open(recordCache)).put(recordKey, new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } }));
}

// The copy is complete and current once this worker activates.
self.addEventListener('activate', (event) => {
  event.waitUntil(writeRecord({ id: build.id, built: build.built, checkedAt: Date.now() }));
});

/** Asks the site for its current build: the same as the copy's confirms the copy, a newer one is saved in the background. */
async function checkSite(): Promise<void> {
  try {
    const response = await fetch(at(paths.offlineBuild), { cache: 'no-store' });
    if (!response.ok) return;
    const site = (await response.json()) as OfflineBuild;
    await writeRecord(recordCheck(build, await readRecord(), site, Date.now()));
    if (site.id !== build.id) void self.registration.update().catch(() => undefined);
  } catch {
    // Offline, or the site did not answer: the record stays as it was.
  }
}

/** A page's address in the copy: its query (such as the search page's ?q=) does not matter. */
function copyKey(url: string): string | undefined {
  const address = new URL(url);
  address.search = '';
  address.hash = '';
  return precache.getCacheKeyForURL(address.href) ? address.href : undefined;
}

const fromCopy = new WeakSet<Response>();
/** The build each kept page (outside the saved copy) was fetched from. */
const savedFrom = new WeakMap<Response, BuildTag>();
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Answers pages from the copy when the network does not, and adds the notice about the copy to every page. */
const offlineCopy: WorkboxPlugin = {
  handlerWillStart: async ({ state }) => {
    if (state) state['check'] = checkSite();
  },
  // Pages in the copy are kept there, not a second time among the pages a reader opened. A kept
  // page carries the build it came from, so that it can say so once the copy is of a later one.
  cacheWillUpdate: async ({ request, response, state }) => {
    if (response.status !== 200 || copyKey(request.url) || !response.headers.get('Content-Type')?.startsWith('text/html')) return null;
    await Promise.race([state?.['check'], wait(1500)]);
    const headers = new Headers(response.headers);
    headers.set(SAVED_FROM_HEADER, savedFromValue(servedBuild(build, await readRecord())));
    return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
  },
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) => {
    const key = copyKey(request.url);
    const response = (key && (await precache.matchPrecache(key))) || cachedResponse;
    if (response) fromCopy.add(response);
    const tag = response && response === cachedResponse ? parseSavedFrom(response.headers.get(SAVED_FROM_HEADER)) : undefined;
    if (response && tag) savedFrom.set(response, tag);
    return response ?? null;
  },
  handlerDidError: async () => {
    const response = await precache.matchPrecache(at(paths.offlineUnavailable));
    if (response) fromCopy.add(response);
    return response;
  },
  handlerWillRespond: async ({ request, response, state }) => {
    if (!response.headers.get('Content-Type')?.startsWith('text/html')) return response;
    // The check runs beside the page's own request; a slow answer does not hold the page up.
    await Promise.race([state?.['check'], wait(1500)]);
    const notice = copyNotice({
      from: fromCopy.has(response) ? 'copy' : 'network',
      savedFrom: savedFrom.get(response),
      build,
      record: await readRecord(),
      now: Date.now(),
      href: new URL(request.url).pathname,
      language: pageLanguage(request.url, scope, OFFLINE_LANGUAGE),
    });
    if (!notice) return response;
    const { status, statusText, headers } = response;
    return new Response(withNotice(await response.text(), notice), { status, statusText, headers });
  },
};

registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({
    // Pages a reader opened that are not in the copy (the expiration plugin needs a cache of its own).
    cacheName: pagesCache,
    networkTimeoutSeconds: 5,
    plugins: [new ExpirationPlugin({ maxEntries: 100, purgeOnQuotaError: true }), offlineCopy],
  }),
);
// Styles, scripts and the search index: from the copy. Pagefind asks for its entry file with
// ?ts=, which does not change the file.
registerRoute(new PrecacheRoute(precache, { ignoreURLParametersMatching: [/^ts$/], cleanURLs: false }));

// The save page asks what the copy holds.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type !== 'status') return;
  event.waitUntil(
    readRecord().then((record) => {
      event.ports[0]?.postMessage({ build, checkedAt: record?.id === build.id ? record.checkedAt : undefined });
    }),
  );
});
