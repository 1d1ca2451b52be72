// Checks a built site on disk: every internal link leads to a file of the site, and every
// #fragment to an element with that id. Reads the HTML with htmlparser2, so no server is needed.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';

export interface BrokenLink {
  /** The page the link is on, as a site path such as /procedures/x/. */
  page: string;
  href: string;
  reason: string;
}

/** What a check of a built site found. */
export interface SiteLinkReport {
  pages: number;
  /** Internal links followed. */
  links: number;
  broken: BrokenLink[];
}

interface Page {
  ids: Set<string>;
  links: string[];
}

/** Attributes that hold an address, by element. */
const LINK_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  iframe: ['src'],
  form: ['action'],
};

function readPage(html: string): Page {
  const page: Page = { ids: new Set(), links: [] };
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes['id'] !== undefined) page.ids.add(attributes['id']);
      if (name === 'a' && attributes['name'] !== undefined) page.ids.add(attributes['name']);
      for (const attribute of LINK_ATTRIBUTES[name] ?? []) {
        const value = attributes[attribute];
        if (value !== undefined) page.links.push(value);
      }
    },
  });
  parser.end(html);
  return page;
}

function sitePath(dir: string, file: string): string {
  const path = `/${relative(dir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

function listHtml(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Finds every broken internal link in the site built in `dir`, served under `base` (such as /
 * or /manual/). Links to other origins, mailto: and tel: are not followed.
 */
export function checkSiteLinks(dir: string, base = '/'): SiteLinkReport {
  const root = base.endsWith('/') ? base : `${base}/`;
  const origin = 'http://site.invalid';
  const pages = new Map<string, Page>();
  for (const file of listHtml(dir)) pages.set(sitePath(dir, file), readPage(readFileSync(file, 'utf8')));

  /** The file a site path is served from, if there is one. */
  const resolveFile = (path: string): string | undefined => {
    const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
    return candidates.map((c) => join(dir, c)).find((c) => existsSync(c) && statSync(c).isFile());
  };

  const broken: BrokenLink[] = [];
  let links = 0;
  for (const [path, page] of pages) {
    const here = new URL(`${root}${path.slice(1)}`, origin);
    for (const href of page.links) {
      let url: URL;
      try {
        url = new URL(href, here);
      } catch {
        broken.push({ page: path, href, reason: 'is not a valid address' });
        continue;
      }
      if (url.origin !== origin) continue;
      links++;
      if (!url.pathname.startsWith(root)) {
        broken.push({ page: path, href, reason: `is outside the site's base path ${root}` });
        continue;
      }
      const targetPath = `/${decodeURIComponent(url.pathname.slice(root.length))}`;
      const file = resolveFile(targetPath);
      if (!file) {
        broken.push({ page: path, href, reason: 'leads to no page of the site' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!fragment || !file.endsWith('.html')) continue;
      const target = pages.get(sitePath(dir, file));
      if (!target?.ids.has(fragment)) broken.push({ page: path, href, reason: `leads to no element with id "${fragment}"` });
    }
  }
  return { pages: pages.size, links, broken };
}
