// The site's public URLs (a stable contract), relative to the base path the site is served under.
import type { Collection } from '../content/versions.ts';

/** The first path segment of each collection: chapters under /procedures/, information pages under /information/. */
export const collectionSegments: Readonly<Record<Collection, string>> = { procedures: 'procedures', pages: 'information' };

const under = (collection: Collection | undefined) => collectionSegments[collection ?? 'procedures'];

/** Joins the site's base (such as / or /manual/) and a path inside the site. */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\//, '')}`;
}

export const paths = {
  home: '',
  contents: 'contents/',
  chapter: (id: string, collection?: Collection) => `${under(collection)}/${id}/`,
  history: (id: string, collection?: Collection) => `${under(collection)}/${id}/history/`,
  version: (id: string, date: string, collection?: Collection) => `${under(collection)}/${id}/${date}/`,
  changes: (id: string, date: string, collection?: Collection) => `${under(collection)}/${id}/${date}/changes/`,
  /** One version of the partnership's own text at an extension point of a chapter (docs/regional-manuals.md). */
  localText: (id: string, point: string, date: string) => `procedures/${id}/local/${point}/${date}/`,
  /** The Atom feed of a chapter's (or an information page's) versions. */
  feed: (id: string, collection?: Collection) => `${under(collection)}/${id}/history.xml`,
  amendments: 'amendments/',
  contacts: 'contacts/',
  resources: 'resources/',
  /** The page listing one kind of resource, such as resources/forms/. */
  resourceKind: (slug: string) => `resources/${slug}/`,
  resource: (id: string) => `resources/${id}/`,
  /** A resource's file, at a stable address under its page: resources/<id>/<file name>. */
  resourceFile: (id: string, name: string) => `resources/${id}/${encodeURIComponent(name)}`,
  glossary: 'glossary/',
  search: 'search/',
  /** The glossary's names as JSON (SearchName[]): the search page fetches them to offer "Did you mean ...". */
  searchNames: 'search/names.json',
  accessibility: 'accessibility/',
  offline: 'offline/',
  offlineUnavailable: 'offline/unavailable/',
  /** The offline worker: at the root of the site, so that its scope is the whole site. */
  serviceWorker: 'sw.js',
  /** What the current build's offline copy holds (OfflineBuild): the save page and the worker read it. */
  offlineBuild: 'offline/build.json',
  webManifest: 'manifest.webmanifest',
  amendmentsYear: (year: string) => `amendments/${year}/`,
  amendmentsSection: (section: string) => `amendments/section-${section}/`,
  /** The Atom feed of the amendments to a top-level section. */
  sectionFeed: (section: string) => `amendments/section-${section}.xml`,
  /** An update round's amendments; round ids never look like a year or section-N (check/releases.ts). */
  amendmentsRound: (id: string) => `amendments/${id}/`,
  /** How to follow changes: feeds, email and update rounds. */
  updates: 'updates/',
  atom: 'amendments.xml',
  json: 'amendments.json',
  csv: 'amendments.csv',
  /** The manual as it stood on any date: the list of editions and the date form. */
  asAt: 'as-at/',
  /** The manual as it stood on one edition date. */
  edition: (date: string) => `as-at/${date}/`,
  review: 'review/',
} as const;

const segmentCollection = new Map(Object.entries(collectionSegments).map(([collection, segment]) => [segment, collection as Collection]));

/** A link to a chapter or an information page, read from an address such as /procedures/<id>/#heading. */
export interface DocumentLink {
  collection: Collection;
  id: string;
  /** The part after #, undefined when there is none. */
  fragment: string | undefined;
}

/** True for an address under /procedures/ or /information/, which must lead to a chapter or an information page. */
export function isDocumentAddress(url: string): boolean {
  return [...segmentCollection.keys()].some((segment) => url.startsWith(`/${segment}/`));
}

/** Reads a root-relative link written in content, /procedures/<id>/ or /information/<id>/ with an optional #fragment. */
export function parseDocumentLink(url: string): DocumentLink | undefined {
  const match = /^\/([^/]+)\/([^/#?]+)\/?(?:#(.*))?$/.exec(url);
  const collection = match && segmentCollection.get(match[1]!);
  if (!match || !collection) return undefined;
  return { collection, id: match[2]!, fragment: match[3] };
}

/** The absolute address of a path, for feeds and exports. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/** Rewrites a root-relative link written in content (/procedures/x/) to sit under the base. */
export function contentHref(base: string, href: string): string {
  return href.startsWith('/') && !href.startsWith('//') ? withBase(base, href) : href;
}
