// npm run lighthouse: Lighthouse (mobile, its default) in Debian's Chromium on the home page,
// the contents and a chapter of the built site; prints the four scores. A measurement, not a
// test: scores move with the machine's load.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { manualRoot } from '../src/lib/manual/manual-root.ts';
import { settings } from './manual-settings.ts';
import { withBase } from '../src/lib/site/urls.ts';

const PAGES = ['', 'contents/', 'procedures/section-47-enquiries/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const port = Number(process.env['LIGHTHOUSE_PORT'] ?? 4329);
const dist = resolve(process.env['MANUAL_DIST'] || join(manualRoot(), 'dist'));
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`There is no built site in ${dist}: run npm run build first.`);
  process.exit(1);
}

const server = spawn(process.execPath, ['scripts/preview.ts', '--port', String(port), '--dir', dist], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((done) => server.stdout.once('data', () => done()));
// Never a downloaded browser: Debian's Chromium, headless, as in the browser tests.
const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
});

const rows: string[][] = [];
try {
  for (const page of PAGES) {
    const url = `http://127.0.0.1:${port}${withBase(settings.base, page)}`;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse could not test ${url}: ${runtimeError.message}`);
    rows.push([url.replace(`http://127.0.0.1:${port}`, ''), ...CATEGORIES.map((c) => String(Math.round((categories[c]?.score ?? 0) * 100)))]);
  }
} finally {
  chrome.kill();
  server.kill();
}

const header = ['page', 'performance (mobile)', 'accessibility', 'best practices', 'SEO'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const row of [header, ...rows]) console.log(row.map((cell, i) => (i ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  '));
