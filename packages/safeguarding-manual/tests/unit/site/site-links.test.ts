import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSiteLinks } from '../../../src/lib/site/site-links.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A built site in a temporary folder, from a map of paths to contents. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'manual-links-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('the built site link check', () => {
  it('accepts pages, files and fragments that exist, and ignores other sites, mail and phone links', () => {
    const dir = site({
      'index.html':
        '<a href="/procedures/a/#when-to-refer">A</a> <a href="procedures/a/">A</a> <a href="#top">Top</a> <span id="top"></span> <a href="https://www.gov.uk/">GOV.UK</a> <a href="tel:999">999</a> <a href="mailto:x@y.example">mail</a> <link rel="stylesheet" href="/site.css">',
      'site.css': 'body {}',
      'procedures/a/index.html':
        '<h2 id="when-to-refer">When</h2><a href="../../">Home</a><a href="/amendments.xml">Feed</a><a href="/procedures/a">Same page</a>',
      'amendments.xml': '<feed/>',
    });
    expect(checkSiteLinks(dir)).toEqual({ pages: 2, links: 7, broken: [] });
  });

  it('names each link to a missing page or a missing fragment, and the page it is on', () => {
    const dir = site({
      'index.html':
        '<a href="/procedures/gone/">Gone</a> <a href="/procedures/a/#how-to-refer">How</a> <a href="#nowhere">Nowhere</a> <script src="/missing.js"></script>',
      'procedures/a/index.html': '<h2 id="when-to-refer">When</h2>',
    });
    expect(checkSiteLinks(dir).broken).toEqual([
      { page: '/', href: '/procedures/gone/', reason: 'leads to no page of the site' },
      { page: '/', href: '/procedures/a/#how-to-refer', reason: 'leads to no element with id "how-to-refer"' },
      { page: '/', href: '#nowhere', reason: 'leads to no element with id "nowhere"' },
      { page: '/', href: '/missing.js', reason: 'leads to no page of the site' },
    ]);
  });

  it('checks a site built under a base path', () => {
    const dir = site({ 'index.html': '<a href="/manual/contents/">Contents</a> <a href="/contents/">Wrong</a>', 'contents/index.html': '<h1>Contents</h1>' });
    expect(checkSiteLinks(dir, '/manual/').broken).toEqual([{ page: '/', href: '/contents/', reason: "is outside the site's base path /manual/" }]);
  });
});
