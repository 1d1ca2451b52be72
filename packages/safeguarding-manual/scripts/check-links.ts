// npm run check-links: checks that every internal link and #fragment of the built site resolves.
import { join, resolve } from 'node:path';
import { manualRoot } from '../src/lib/manual/manual-root.ts';
import { settings } from './manual-settings.ts';
import { checkSiteLinks } from '../src/lib/site/site-links.ts';

const dir = resolve(process.env['MANUAL_DIST'] || join(manualRoot(), 'dist'));
const started = performance.now();
const { pages, links, broken } = checkSiteLinks(dir, settings.base);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const b of broken) console.log(`${b.page}: the link ${b.href} ${b.reason}`);
console.log(`Checked ${links} internal links on ${pages} pages of ${dir} in ${seconds} s: ${broken.length ? `${broken.length} broken` : 'all resolve'}.`);
process.exitCode = broken.length ? 1 : 0;
