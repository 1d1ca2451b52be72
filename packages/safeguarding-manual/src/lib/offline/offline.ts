// The offline copy of the manual: which files of a built site a reader's device saves (the
// current manual only), the addresses it saves them under, and what a build tells devices about it.
import { collectionSegments, paths } from '../site/urls.ts';

/** What a build tells devices about its offline copy: in offline/build.json, and built into the worker. */
export interface OfflineBuild {
  /** A fingerprint of every saved file and its contents: it changes exactly when the copy would. */
  id: string;
  /** The build date, YYYY-MM-DD. */
  built: string;
  /** How many pages the copy holds. */
  pages: number;
  /** How many files it holds in all: pages, styles, scripts and the search index. */
  files: number;
  /** Its size in bytes, as a device stores it. */
  bytes: number;
  /** Pages read from the copy warn that it may be out of date after this many days without a check. */
  staleDays: number;
}

const INDEX = 'index.html';
/** Pages of their own: the home page, contents, contacts, search, the accessibility statement and the two offline pages. */
const SITE_PAGES = new Set(
  [paths.home, paths.contents, paths.contacts, paths.search, paths.accessibility, paths.offline, paths.offlineUnavailable].map((path) => `${path}${INDEX}`),
);
/** The current version of every chapter and information page; their histories, dated versions and changes sit one folder deeper. */
const CURRENT = new RegExp(`^(${Object.values(collectionSegments).join('|')})/[^/]+/${INDEX}$`);
/** Pagefind's JavaScript API, its WebAssembly and its index; not its UI bundles or web worker, which the search page does not use. */
const SEARCH = /^pagefind\/(pagefind\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|(index|fragment|filter)\/[^/]+)$/;
/** Styles and scripts (which Astro bundles into _astro/), the icon and the web app manifest; the worker itself is not part of the copy. */
const ASSETS = /^(_astro\/[^/]+\.(css|js)|[^/]+\.(svg|webmanifest))$/;

/**
 * The files of a built site (paths relative to it, with forward slashes) that make up its
 * offline copy: the current manual only. Pages come first, in the order given, so that a
 * device saves every page before the search index.
 */
export function offlineFiles(files: readonly string[]): string[] {
  const pages = files.filter((file) => SITE_PAGES.has(file) || CURRENT.test(file));
  const others = files.filter((file) => file !== paths.serviceWorker && (ASSETS.test(file) || SEARCH.test(file)));
  return [...pages, ...others];
}

/** The address a saved file is read at, relative to the site's base: a page by its folder (procedures/x/), the home page as ./. */
export function offlineUrl(file: string): string {
  if (file === INDEX) return './';
  return file.endsWith(`/${INDEX}`) ? file.slice(0, -INDEX.length) : file;
}

/** True for the address of a page (rather than a style, script or search file) in the copy. */
export function isPageUrl(url: string): boolean {
  return url.endsWith('/');
}
