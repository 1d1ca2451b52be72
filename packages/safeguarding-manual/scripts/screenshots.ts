// npm run screenshots: the first screen of a chapter on a phone (375 x 740) and on a desktop
// (1280 x 800), as a partnership's readers see it, saved as PNG in docs/ for docs/pages.md. The
// example banner is taken out first, since a partnership's own manual has none.
// `-- --dir D` uses a site already built (npm run screenshots builds the example for 2026-11-22).
// upng-js reduces each picture to 256 colours, which halves the file and looks the same for a
// page of flat colours and text; it is 48 KB of JavaScript with one dependency (pako).
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import UPNG from 'upng-js';
import { serveSite } from './serve-site.ts';

/** The same picture as a PNG of at most 256 colours. */
function toPalettePng(png: Buffer): Buffer {
  const image = UPNG.decode(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer);
  return Buffer.from(UPNG.encode(UPNG.toRGBA8(image), image.width, image.height, 256));
}

const CHAPTER = 'procedures/section-47-enquiries/';
const SHOTS = [
  { file: '../../docs/first-screen-phone.png', width: 375, height: 740 },
  { file: '../../docs/first-screen-desktop.png', width: 1280, height: 800 },
];

const { values } = parseArgs({ options: { dir: { type: 'string', default: process.env['MANUAL_DIST'] || 'dist' } } });
const site = await serveSite(values.dir);
const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, deviceScaleFactor: 1, colorScheme: 'light' });
    await page.goto(`${site.root}${CHAPTER}`);
    await page.locator('.example-banner').evaluate((banner) => banner.remove());
    const png = toPalettePng(await page.screenshot({ animations: 'disabled', caret: 'hide' }));
    writeFileSync(shot.file, png);
    console.log(`${shot.file}: ${shot.width} x ${shot.height}, ${(png.length / 1024).toFixed(0)} KB`);
    await page.close();
  }
} finally {
  await browser.close();
  site.stop();
}
