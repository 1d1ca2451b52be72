// Serves a built site on a free port of 127.0.0.1 (as npm run preview does) and opens Debian's
// Chromium on it: what npm run search-cost and npm run search-quality measure with.
import { chromium, type Browser } from '@playwright/test';
import { serveSite } from './serve-site.ts';

export interface BrowsedSite {
  browser: Browser;
  /** The site's address with its base path, ending in a slash: http://127.0.0.1:PORT/base/. */
  root: string;
  close(): Promise<void>;
}

/** Serves the site built in `dir` and launches Chromium; close() stops both. */
export async function browseSite(dir: string): Promise<BrowsedSite> {
  const site = await serveSite(dir);
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  return {
    browser,
    root: site.root,
    async close() {
      await browser.close();
      site.stop();
    },
  };
}
