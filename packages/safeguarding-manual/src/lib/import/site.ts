// A folder of saved pages as the site it was saved from: which file each address was saved
// to, so that a link on one page can be followed to another page or file of the folder.
import type { Root } from 'hast';
import { parseHtml, savedFromUrl } from './html.ts';

/** One saved web page. */
export interface SavedPage {
  /** Its path inside the folder, with / separators, such as chapters/p_referrals.html. */
  file: string;
  html: string;
  tree: Root;
  /** The address it was saved from, when the page says (Chrome's mark, a canonical link). */
  url?: string | undefined;
}

/** The saved folder: its pages, and every other file in it (images, documents, styles). */
export interface SavedSite {
  pages: SavedPage[];
  /** Every file in the folder, pages included, by path inside the folder. */
  files: ReadonlySet<string>;
  /** Saved pages that could not be read, with the line where and why. */
  setAside?: { file: string; line: number | undefined; message: string }[] | undefined;
  /** Why a file of the folder may not be published on the site (the rule for published files), or undefined when it may. */
  publishProblem?: ((file: string) => { problem: string; fix: string } | undefined) | undefined;
}

/** Where a link leads. */
export type LinkTarget =
  | { kind: 'page'; page: SavedPage; fragment: string | undefined }
  | { kind: 'file'; file: string }
  | { kind: 'fragment'; fragment: string }
  /** An address on the saved site whose page or file is not in the folder. */
  | { kind: 'missing'; url: string }
  /** A path on the computer outside the saved folder, such as ../../etc/passwd or file:///home/...: never read. */
  | { kind: 'outside'; url: string }
  | { kind: 'external'; url: string }
  /** mailto: and tel: links, kept as they are. */
  | { kind: 'mail'; url: string }
  | { kind: 'script'; url: string }
  | { kind: 'invalid'; url: string };

/** Reads one saved page. */
export function savedPage(file: string, html: string): SavedPage {
  const tree = parseHtml(html);
  return { file, html, tree, url: savedFromUrl(html, tree) };
}

/** A page or file address without its fragment and query, compared loosely (http or https, index.html or /, with or without .html). */
function addressKey(url: URL): string {
  let path = decodeURIComponent(url.pathname)
    .replace(/\/index\.html?$/i, '/')
    .replace(/\.html?$/i, '')
    .replace(/\/+$/, '');
  if (path === '') path = '/';
  return `${url.hostname.toLowerCase()}${path}`;
}

function tryUrl(href: string, base: string): URL | undefined {
  try {
    return new URL(href, base);
  } catch {
    return undefined;
  }
}

const FOLDER_BASE = 'file:///saved/';

/** Follows links between the pages and files of a saved folder. */
export class SiteLinks {
  readonly #site: SavedSite;
  readonly #byAddress = new Map<string, string>();
  readonly #pages = new Map<string, SavedPage>();
  readonly #hosts = new Set<string>();

  constructor(site: SavedSite) {
    this.#site = site;
    for (const page of site.pages) this.#pages.set(page.file, page);
    for (const page of site.pages) {
      const url = page.url === undefined ? undefined : tryUrl(page.url, FOLDER_BASE);
      if (!url) continue;
      this.#hosts.add(url.hostname.toLowerCase());
      this.#byAddress.set(addressKey(url), page.file);
    }
    // wget --mirror saves https://host/a/b as host/a/b: the first folder names the host.
    for (const file of site.files) {
      const [first, ...rest] = file.split('/');
      if (!first || rest.length === 0 || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(first) || /\.html?$/i.test(first)) continue;
      const url = tryUrl(`https://${first}/${rest.map(encodeURIComponent).join('/')}`, FOLDER_BASE);
      if (!url) continue;
      this.#hosts.add(first.toLowerCase());
      if (!this.#byAddress.has(addressKey(url))) this.#byAddress.set(addressKey(url), file);
    }
  }

  /** The hosts the saved pages came from. */
  get hosts(): ReadonlySet<string> {
    return this.#hosts;
  }

  /** Why the folder's `file` may not be published, or undefined when it may be copied into the site. */
  publishProblem(file: string): { problem: string; fix: string } | undefined {
    return this.#site.publishProblem?.(file);
  }

  page(file: string): SavedPage | undefined {
    return this.#pages.get(file);
  }

  /** Where `href`, written on the page saved as `from`, leads. */
  resolve(from: string, href: string): LinkTarget {
    const raw = href.trim();
    if (/^(mailto|tel):/i.test(raw)) return { kind: 'mail', url: raw };
    // eslint-disable-next-line no-control-regex
    if (/^javascript:/i.test(raw.replace(/[\u0000-\u0020]/g, ''))) return { kind: 'script', url: raw };
    if (raw.startsWith('#')) return raw.length > 1 ? { kind: 'fragment', fragment: decodeURIComponent(raw.slice(1)) } : { kind: 'fragment', fragment: '' };
    const page = this.#pages.get(from);
    const folderUrl = `${FOLDER_BASE}${from.split('/').map(encodeURIComponent).join('/')}`;
    // A relative link on a page saved with its address is relative to that address (a browser
    // keeps such links); a page without one was saved with wget's converted, folder-relative links.
    const relative = !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(raw);
    const inFolder = relative ? tryUrl(raw, folderUrl) : undefined;
    if (inFolder) {
      const found = this.#fileAt(inFolder);
      if (found) return this.#target(found, inFolder);
    }
    const url = tryUrl(raw, page?.url ?? folderUrl);
    if (!url) return { kind: 'invalid', url: raw };
    if (url.protocol === 'file:') {
      // A path that climbs out of the saved folder (../../etc/passwd) names nothing of the site: it is given as written.
      if (!url.pathname.startsWith('/saved/')) return { kind: 'outside', url: raw };
      const found = this.#fileAt(url);
      return found ? this.#target(found, url) : { kind: 'missing', url: decodeURIComponent(url.pathname.slice('/saved/'.length)) };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'external', url: raw };
    const file = this.#byAddress.get(addressKey(url));
    if (file) return this.#target(file, url);
    if (this.#hosts.has(url.hostname.toLowerCase())) return { kind: 'missing', url: url.href };
    return { kind: 'external', url: url.href };
  }

  #target(file: string, url: URL): LinkTarget {
    const page = this.#pages.get(file);
    const fragment = url.hash.length > 1 ? decodeURIComponent(url.hash.slice(1)) : undefined;
    return page ? { kind: 'page', page, fragment } : { kind: 'file', file };
  }

  /** The folder's file at a file:///saved/ address, trying the names servers and wget give pages. */
  #fileAt(url: URL): string | undefined {
    if (url.protocol !== 'file:' || !url.pathname.startsWith('/saved/')) return undefined;
    const path = decodeURIComponent(url.pathname.slice('/saved/'.length)).replace(/\/+$/, '');
    const candidates = [path, `${path}.html`, `${path}.htm`, `${path}/index.html`, `${path}/index.htm`];
    return candidates.find((c) => c !== '' && this.#site.files.has(c));
  }
}
