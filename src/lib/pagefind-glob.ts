// Which built pages Pagefind reads. It indexes only what a page marks for search, but it reads
// and parses every page it is given: folders whose pages are never searched are left out, so
// that the thousands of long contents pages of the manual on past dates cost it nothing.
import { paths } from './urls.ts';

/** Top-level folders of the built site that hold no searchable page. */
export const UNSEARCHED_FOLDERS: readonly string[] = [paths.asAt.replace(/\/$/, ''), 'pagefind'];

/**
 * The glob Pagefind reads the built site with, from the entries at its top level: the HTML
 * files there and every HTML file under each folder, except the folders above.
 */
export function searchedPagesGlob(entries: readonly { name: string; isDirectory: boolean }[]): string {
  const parts = entries
    .filter((e) => (e.isDirectory ? !UNSEARCHED_FOLDERS.includes(e.name) : e.name.endsWith('.html')))
    .map((e) => (e.isDirectory ? `${e.name}/**/*.html` : e.name))
    .sort();
  return `{${parts.join(',')}}`;
}
