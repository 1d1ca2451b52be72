// npm run preview: serves the built site on 127.0.0.1, under its base path, as a static host would.
// Several can run at once (on different ports), unlike astro preview.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import settings from '../manual.config.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env['PORT'] ?? '4321' }, dir: { type: 'string' } } });
const root = resolve(values.dir ?? process.env['MANUAL_OUT_DIR'] ?? 'dist');
const base = settings.base.endsWith('/') ? settings.base : `${settings.base}/`;
if (!existsSync(join(root, 'index.html'))) {
  console.error(`There is no built site in ${root}: run npm run build first.`);
  process.exit(1);
}

function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const inside = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.(\/|$))+/, '');
  const path = join(root, inside);
  if (!path.startsWith(root)) return undefined;
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : undefined;
}

const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  // Directory addresses end with a slash, as on the published site.
  if (!pathname.endsWith('/') && !extname(pathname) && fileFor(`${pathname}/`)) {
    res.writeHead(301, { Location: `${pathname}/` }).end();
    return;
  }
  const file = fileFor(pathname);
  const status = file ? 200 : 404;
  const body = file ?? join(root, '404.html');
  res.writeHead(status, { 'Content-Type': TYPES[extname(body)] ?? 'application/octet-stream' });
  createReadStream(body).pipe(res);
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}`);
});
