// HTML to an MDX body in one call, for tests that round-trip a fragment of a page.
import { parseHtml } from '../../../src/lib/import/html.ts';
import { convertHtml } from '../../../src/lib/import/markdown.ts';

/** Converts a fragment of HTML to an MDX body, as the import does for a chapter's text. */
export function htmlToMdx(html: string): string {
  return convertHtml(parseHtml(html)).mdx;
}
