// npm run preview: serves the built site on 127.0.0.1, under its base path, as a static host
// would, with the headers of its _headers file. Several can run at once (on different ports).
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { manualRoot } from '../src/lib/manual/manual-root.ts';
import { settings } from './manual-settings.ts';
import { createSiteServer } from '../src/lib/servers/site-server.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env['PORT'] ?? '4321' }, dir: { type: 'string' } } });
const root = resolve(values.dir ?? process.env['MANUAL_OUT_DIR'] ?? join(manualRoot(), 'dist'));
const base = settings.base.endsWith('/') ? settings.base : `${settings.base}/`;
if (!existsSync(join(root, 'index.html'))) {
  console.error(`There is no built site in ${root}: run npm run build first.`);
  process.exit(1);
}

const server = createSiteServer({ root, base });
server.on('error', (e: NodeJS.ErrnoException) => {
  console.error(
    e.code === 'EADDRINUSE'
      ? `Port ${values.port} is in use: stop the other preview (Ctrl+C in its window), or choose another port with npm run preview -- --port 4322.`
      : `The preview could not start: ${e.message}`,
  );
  process.exit(1);
});
server.listen(Number(values.port), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}\nPress Ctrl+C to stop.`);
});
