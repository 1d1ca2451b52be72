// Serves a built site on a free port of 127.0.0.1, as npm run preview does, for the scripts
// that drive Chromium over it (search-cost, screenshots).
import type { AddressInfo } from 'node:net';
import { settings } from './manual-settings.ts';
import { createSiteServer } from '../src/lib/servers/site-server.ts';

export interface ServedSite {
  /** The site's address, with its base path and a trailing slash: `http://127.0.0.1:PORT/`. */
  root: string;
  port: number;
  stop: () => void;
}

/** Serves the site in `dir` and resolves once it listens. */
export async function serveSite(dir: string): Promise<ServedSite> {
  const base = settings.base.endsWith('/') ? settings.base : `${settings.base}/`;
  const server = createSiteServer({ root: dir, base });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { root: `http://127.0.0.1:${port}${base}`, port, stop: () => server.close() };
}
