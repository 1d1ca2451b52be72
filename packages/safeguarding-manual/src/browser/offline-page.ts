// "Save for offline use" on /offline/: where a service worker can run, shows the size of the
// offline copy, registers the offline worker (src/service-worker/sw.ts) when the reader asks,
// which saves the current manual, and shows its progress and what the copy on this device
// holds. Nothing is downloaded or stored before the reader asks. Bundled by Astro from
// src/routes/offline/index.astro as an external module; only that page loads it. Its words are
// in the page's language (src/lib/interface-text/offline-copy.ts).
import { OFFLINE_COPY_TEXT } from '../lib/interface-text/offline-copy.ts';
import { isLanguage, MAIN_LANGUAGE } from '../lib/languages.ts';
import type { OfflineBuild } from '../lib/offline/offline.ts';
import { formatDate, todayInLondon } from '../lib/util/dates.ts';

/** What the worker posts on its channel as it saves each file. */
interface Progress {
  type: 'progress';
  files: number;
  pages: number;
  totalFiles: number;
  totalPages: number;
}

/** What the worker answers when asked what its copy holds. */
interface CopyStatus {
  build: OfflineBuild;
  /** When the copy was last checked against the site, in milliseconds since 1970. */
  checkedAt: number | undefined;
}

const root = document.querySelector<HTMLElement>('[data-module="offline"]');
const fallback = document.querySelector<HTMLElement>('[data-offline-fallback]');
if (root && fallback) start(root, fallback);

function start(root: HTMLElement, fallback: HTMLElement) {
  // The page's own language (its lang): the bundler gives a page's script no build settings to read.
  const tag = document.documentElement.lang.slice(0, 2);
  const language = isLanguage(tag) ? tag : MAIN_LANGUAGE;
  const words = OFFLINE_COPY_TEXT[language];
  if (!('serviceWorker' in navigator) || !window.isSecureContext || !('caches' in window) || typeof BroadcastChannel === 'undefined') {
    fallback.textContent = words.cannotSave;
    return;
  }
  const scopePath = root.dataset['scope']!;
  const scope = new URL(scopePath, location.href).href;
  const size = root.querySelector<HTMLElement>('[data-offline-size]')!;
  const save = root.querySelector<HTMLButtonElement>('[data-offline-save]')!;
  const remove = root.querySelector<HTMLButtonElement>('[data-offline-remove]')!;
  const progress = root.querySelector<HTMLProgressElement>('[data-offline-progress]')!;
  const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
  // The worker reports each file it saves on this channel (src/service-worker/sw.ts).
  const channel = new BroadcastChannel(`manual-offline:${scope}`);
  fallback.hidden = true;
  root.hidden = false;

  const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
  const holds = (build: OfflineBuild) => words.holds(build.pages, megabytes(build.bytes));

  function showReady() {
    save.hidden = false;
    save.disabled = false;
    remove.hidden = true;
    progress.hidden = true;
    fetch(root.dataset['build']!, { cache: 'no-store' })
      .then((response) => response.json() as Promise<OfflineBuild>)
      .then((build) => {
        size.textContent = words.beforeSaving(holds(build));
      })
      .catch(() => {
        size.textContent = words.connectToSave;
      });
  }

  /** What the worker's copy holds, asked of the worker itself. */
  function askWorker(worker: ServiceWorker): Promise<CopyStatus> {
    return new Promise((resolve) => {
      const reply = new MessageChannel();
      reply.port1.onmessage = (event: MessageEvent<CopyStatus>) => resolve(event.data);
      worker.postMessage({ type: 'status' }, [reply.port2]);
    });
  }

  function showSaved(worker: ServiceWorker) {
    save.hidden = true;
    remove.hidden = false;
    progress.hidden = true;
    void askWorker(worker).then((copy) => {
      const checked = copy.checkedAt ? formatDate(todayInLondon(new Date(copy.checkedAt)), language) : undefined;
      size.textContent = words.saved(formatDate(copy.build.built, language), checked, holds(copy.build));
      status.textContent = words.savedStatus;
    });
  }

  function failed() {
    save.disabled = false;
    progress.hidden = true;
    status.textContent = words.failed;
  }

  channel.onmessage = (event: MessageEvent<Progress | null>) => {
    const saved = event.data;
    if (!saved || saved.type !== 'progress' || save.hidden) return;
    progress.max = saved.totalFiles;
    progress.value = saved.files;
    // Every tenth file and the last page, so that a screen reader is not told of each one.
    if (saved.files % 10 !== 0 && saved.files !== saved.totalPages && saved.files !== saved.totalFiles) return;
    status.textContent =
      saved.pages < saved.totalPages
        ? words.progressPages(saved.pages, saved.totalPages)
        : words.progressSearch(saved.totalPages, saved.files - saved.pages, saved.totalFiles - saved.totalPages);
  };

  save.addEventListener('click', () => {
    save.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    status.textContent = words.saving;
    navigator.serviceWorker.register(root.dataset['worker']!, { scope: scopePath, updateViaCache: 'none' }).then((registration) => {
      const worker = (registration.installing ?? registration.waiting ?? registration.active)!;
      if (worker.state === 'activated') {
        showSaved(worker);
        return;
      }
      worker.addEventListener('statechange', () => {
        if (worker.state === 'activated') showSaved(worker);
        if (worker.state === 'redundant') failed();
      });
    }, failed);
  });

  remove.addEventListener('click', () => {
    void navigator.serviceWorker
      .getRegistration(scope)
      .then((registration) => registration?.unregister())
      .then(() => caches.keys())
      // The worker's caches are named manual-...-<scope> (src/service-worker/sw.ts).
      .then((names) => Promise.all(names.filter((name) => name.startsWith('manual-') && name.endsWith(scope)).map((name) => caches.delete(name))))
      .then(() => {
        showReady();
        status.textContent = words.removed;
      });
  });

  void navigator.serviceWorker.getRegistration(scope).then((registration) => {
    if (registration?.active) showSaved(registration.active);
    else showReady();
  });
}
