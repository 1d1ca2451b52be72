// The preview server answers every address a person or a browser can send, never crashes,
// never redirects off the site, keeps the query string, and sends the site's _headers.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHeadersFile, siteHeaderRules } from '../../src/lib/servers/host-headers.ts';
import { createSiteServer } from '../../src/lib/servers/site-server.ts';
import { headerPolicy } from '../../src/lib/site/csp.ts';

const root = mkdtempSync(join(tmpdir(), 'manual-preview-'));
const site = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
site('index.html', 'home');
site('contents/index.html', 'contents');
site('search/index.html', 'search');
site('404.html', 'not found');
site('café/index.html', 'accents');
site('pagefind/pagefind.js', 'js');
site('_headers', renderHeadersFile(siteHeaderRules()));

let server: Server;
let port: number;
beforeAll(async () => {
  server = createSiteServer({ root, base: '/' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

/** Sends a raw request path, as curl or a careless link would, without a browser tidying it first. */
function get(
  path: string,
  p = port,
  method = 'GET',
): Promise<{ status: number; location: string | undefined; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: p, path, method }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the preview server', () => {
  it('serves pages, files and the 404 page with the security headers', async () => {
    const home = await get('/');
    expect([home.status, home.body]).toEqual([200, 'home']);
    expect(home.headers['content-security-policy']).toBe(headerPolicy);
    expect(home.headers['x-content-type-options']).toBe('nosniff');
    expect(home.headers['referrer-policy']).toBe('no-referrer');
    expect((await get('/pagefind/pagefind.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    const missing = await get('/procedures/none/');
    expect([missing.status, missing.body]).toEqual([404, 'not found']);
    expect(missing.headers['content-security-policy']).toBe(headerPolicy);
    expect((await get('/caf%C3%A9/')).body).toBe('accents');
  });

  it('refuses malformed and escaping addresses with 400', async () => {
    for (const path of ['/%', '/%zz', '/contents/%E0%A4%A', '/..', '/../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/a%00b', '/%5c%5cevil.example']) {
      expect((await get(path)).status, path).toBe(400);
    }
    expect((await get('/', port, 'POST')).status).toBe(405);
  });

  it('redirects to the tidy address on this site, keeping the query string', async () => {
    expect(await get('/.//contents')).toMatchObject({ status: 301, location: '/contents/' });
    expect(await get('//contents')).toMatchObject({ status: 301, location: '/contents/' });
    expect(await get('/search?q=section%2047')).toMatchObject({ status: 301, location: '/search/?q=section%2047' });
    expect(await get('/x/../contents/?a=1')).toMatchObject({ status: 301, location: '/contents/?a=1' });
    expect((await get('/search/?q=neglect')).status).toBe(200);
  });

  it('stays up through a few hundred malformed addresses, and never sends a reader to another site', async () => {
    const pieces = [
      '',
      '/',
      '//',
      '.',
      '..',
      '%',
      '%2',
      '%2f',
      '%2F',
      '%5c',
      '\\',
      '%00',
      '?',
      '#',
      '%3f',
      'contents',
      'search',
      'évil',
      '%E9',
      '%C3%A9',
      '%ff',
      'a'.repeat(300),
      '::',
      '@evil.example',
      'evil.example',
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const started = Date.now();
    for (let i = 0; i < 300 && Date.now() - started < 20_000; i++) {
      const path = `/${Array.from({ length: 1 + Math.floor(random() * 5) }, () => pieces[Math.floor(random() * pieces.length)]).join('')}`;
      const response = await get(path.replace(/#/g, '%23'));
      expect([200, 301, 400, 404], path).toContain(response.status);
      if (response.location !== undefined) expect(response.location, path).toMatch(/^\/(?![/\\])/);
    }
    expect((await get('/')).status).toBe(200);
  });
});

describe('npm run preview', () => {
  it('keeps serving after an address that is not valid', async () => {
    const preview = spawn(process.execPath, ['scripts/preview.ts', '--port', '0', '--dir', root], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const address = await new Promise<string>((resolve, reject) => {
        preview.stdout.on('data', (chunk: Buffer) => {
          const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(String(chunk));
          if (match) resolve(match[1]!);
        });
        preview.on('exit', (code) => reject(new Error(`preview exited with ${code}`)));
      });
      expect((await get('/%', Number(address))).status).toBe(400);
      expect((await get('/', Number(address))).status).toBe(200);
    } finally {
      preview.kill();
    }
  });
});
