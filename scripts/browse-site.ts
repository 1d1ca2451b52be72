// Serves a built site on a free port of 127.0.0.1 (scripts/preview.ts) and opens Debian's
// Chromium on it: what npm run search-cost and npm run search-quality measure with.
import { chromium, type Browser } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import settings from '../manual.config.ts';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port'))));
    });
  });
}

export interface BrowsedSite {
  browser: Browser;
  /** The site's address with its base path, ending in a slash: http://127.0.0.1:PORT/base/. */
  root: string;
  close(): Promise<void>;
}

/** Serves the site built in `dir` and launches Chromium; close() stops both. */
export async function browseSite(dir: string): Promise<BrowsedSite> {
  const port = await freePort();
  const server = spawn(process.execPath, ['scripts/preview.ts', '--port', String(port), '--dir', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    server.stdout.once('data', () => resolve());
    server.once('exit', (code) => reject(new Error(`The preview server stopped (${code}).`)));
  });
  const base = settings.base.endsWith('/') ? settings.base : `${settings.base}/`;
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  return {
    browser,
    root: `http://127.0.0.1:${port}${base}`,
    async close() {
      await browser.close();
      server.kill();
    },
  };
}
