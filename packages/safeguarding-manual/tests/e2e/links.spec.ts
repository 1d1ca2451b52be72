import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { Parser } from 'htmlparser2';
import { inspectBody } from '../../src/lib/content/mdx-body.ts';
import { checkSiteLinks } from '../../src/lib/site/site-links.ts';
import { readManualSource } from '../../src/lib/content/source.ts';

// These read the built example manual on disk (npm run test:e2e builds it into MANUAL_OUT_DIR).
const dist = process.env['MANUAL_OUT_DIR'] ?? 'dist';

test('every internal link and #fragment in the built site resolves', () => {
  const { pages, links, broken } = checkSiteLinks(dist);
  expect(broken).toEqual([]);
  expect(pages).toBeGreaterThan(200);
  expect(links).toBeGreaterThan(pages * 10);
});

test('the check computes the heading ids the built pages have', () => {
  const source = readManualSource('../../examples/brackenshire/content');
  let compared = 0;
  for (const { file, text } of source.procedureFiles) {
    const [, id, date] = /procedures\/([^/]+)\/(\d{4}-\d{2}-\d{2})\.mdx$/.exec(file) ?? [];
    const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(text)?.[0] ?? '';
    const expected = inspectBody(text.slice(frontmatter.length), 1).headings.map((h) => h.id);
    const built: string[] = [];
    const html = readFileSync(`${dist}/procedures/${id}/${date}/index.html`, 'utf8');
    new Parser({ onopentag: (name, attributes) => /^h[2-6]$/.test(name) && attributes['id'] && built.push(attributes['id']) }).end(html);
    expect(built, file).toEqual(expect.arrayContaining(expected));
    compared += expected.length;
  }
  expect(compared).toBeGreaterThan(100);
});
