// npm run test:html [folder]: the W3C Nu HTML Checker over every page of a built site, in one
// Java run (starting Java once per page would take minutes). Errors fail; warnings do not.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';

const jar = String(createRequire(import.meta.url)('vnu-jar'));
const folder = resolve(process.argv[2] ?? process.env['MANUAL_OUT_DIR'] ?? 'dist');
const pages = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

const vnu = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'gnu', folder], { encoding: 'utf8' });
if (vnu.error) {
  console.error(`Could not start Java to run the Nu HTML Checker (${vnu.error.message}). Install Java 11 or later.`);
  process.exit(1);
}
const errors = vnu.stderr.split('\n').filter((line) => line.trim());
if (vnu.status !== 0 || errors.length) {
  // Paths inside the site read better than absolute ones.
  console.error(errors.map((line) => line.replace(/^"file:([^"]*)":/, (_, path: string) => `${relative(folder, path)}:`)).join('\n'));
  console.error(`\nThe Nu HTML Checker found ${errors.length} error(s) in the ${pages} pages in ${folder}.`);
  process.exit(1);
}
console.log(`The Nu HTML Checker found no errors in the ${pages} pages in ${folder}.`);
