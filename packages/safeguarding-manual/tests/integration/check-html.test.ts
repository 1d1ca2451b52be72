// npm run test:html on a folder with one valid and one invalid page.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const site = mkdtempSync(join(tmpdir(), 'manual-html-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
const page = (body: string) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Page</title></head><body>${body}</body></html>\n`;

it('names the page, line and error of invalid HTML, and exits 1', () => {
  writeFileSync(join(site, 'index.html'), page('<p>Fine.</p>'));
  mkdirSync(join(site, 'contents'));
  writeFileSync(join(site, 'contents/index.html'), page('<ul><p>Not a list item.</p></ul>'));
  const run = spawnSync(process.execPath, ['scripts/check-html.ts', site], { encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr.replaceAll(site, '<site>')).toMatchInlineSnapshot(`
    "contents/index.html:1.99-1.101: error: Element “p” not allowed as child of element “ul” in this context. (Suppressing further errors from this subtree.)

    The Nu HTML Checker found 1 error(s) in the 2 pages in <site>.
    "
  `);
});

it('passes a folder of valid pages', () => {
  writeFileSync(join(site, 'contents/index.html'), page('<ul><li>A list item.</li></ul>'));
  const run = spawnSync(process.execPath, ['scripts/check-html.ts', site], { encoding: 'utf8' });
  expect(run.stdout.replaceAll(site, '<site>')).toBe('The Nu HTML Checker found no errors in the 2 pages in <site>.\n');
  expect(run.status).toBe(0);
});
