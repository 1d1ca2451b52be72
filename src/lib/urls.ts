// The site's public URLs (a stable contract), relative to the base path the site is served under.
import type { Collection } from './versions.ts';

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
  amendments: 'amendments/',
  contacts: 'contacts/',
  glossary: 'glossary/',
  search: 'search/',
  accessibility: 'accessibility/',
  amendmentsYear: (year: string) => `amendments/${year}/`,
  amendmentsSection: (section: string) => `amendments/section-${section}/`,
  atom: 'amendments.xml',
  json: 'amendments.json',
  csv: 'amendments.csv',
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
