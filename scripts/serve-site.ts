// Serves a built site with scripts/preview.ts on a free port, for the scripts that drive
// Chromium over it (search-cost, screenshots).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import settings from '../manual.config.ts';

export interface ServedSite {
  /** The site's address, with its base path and a trailing slash: `http://127.0.0.1:PORT/`. */
  root: string;
  port: number;
  stop: () => void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port'))));
    });
  });
}

/** Starts the preview server for the site in `dir` and resolves once it listens. */
export async function serveSite(dir: string): Promise<ServedSite> {
  const port = await freePort();
  const server = spawn(process.execPath, ['scripts/preview.ts', '--port', String(port), '--dir', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    server.stdout.once('data', () => resolve());
    server.once('exit', (code) => reject(new Error(`The preview server stopped (${code}).`)));
  });
  const base = settings.base.endsWith('/') ? settings.base : `${settings.base}/`;
  return { root: `http://127.0.0.1:${port}${base}`, port, stop: () => server.kill() };
}
