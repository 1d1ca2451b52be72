// Builds a URL under the base the site is built for.
import { withBase } from '../lib/site/urls.ts';

export const url = (path: string): string => withBase(import.meta.env.BASE_URL, path);

/** The full address of a path inside the site, under its base, on the site's host. */
export const absoluteUrl = (path: string, site: URL | undefined): string => new URL(url(path), site).href;
