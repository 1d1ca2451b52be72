// The studio's web server on 127.0.0.1: the admin page, its script, configuration and styles,
// and Decap CMS's own files; saves are passed on to Decap's git proxy one at a time, and the
// studio is told when one published a draft.
import { readFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { adminPage, adminPolicy, decapDir } from './admin-site.ts';
import type { CmsBackend } from './config.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res
    .writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', ...headers })
    .end(body);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export interface StudioServerOptions {
  /** The server's own address, such as http://127.0.0.1:4331. */
  origin: string;
  host: string;
  /** The port of Decap's git proxy, on the same host. */
  proxyPort: number;
  backend: CmsBackend;
  manualTitle: string;
  /** The admin page's script and the preview's styles. */
  script: string;
  styles: string;
  /** Decap CMS's own files, by name. */
  decap: ReadonlySet<string>;
  /** The CMS configuration as it stands, as JSON. */
  cmsJson: () => string;
  /** Runs a task when nothing else is working in the repository. */
  exclusive: <T>(task: () => Promise<T>) => Promise<T>;
  /** Called once publishing a draft has merged it into the branch. */
  published: () => void;
}

/** The server, not yet listening. */
export function studioServer(options: StudioServerOptions): Server {
  const { origin, host, proxyPort, backend } = options;
  const forward = (req: IncomingMessage, res: ServerResponse) => options.exclusive(() => forwardNow(req, res));
  const forwardNow = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    let action: unknown;
    try {
      action = (JSON.parse(body.toString('utf8')) as { action?: unknown }).action;
    } catch {
      // Not JSON: the proxy answers it.
    }
    await new Promise<void>((done) => {
      const upstream = request(
        { host, port: proxyPort, path: '/api/v1', method: req.method, headers: { ...req.headers, host: `${host}:${proxyPort}` } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          answer.on('error', () => done());
          answer.on('end', () => {
            // Publishing merged a draft into the branch: the published manual changed.
            if (action === 'publishUnpublishedEntry' && answer.statusCode === 200) options.published();
            done();
          });
        },
      );
      upstream.on('error', () => {
        send(res, 502, 'text/plain; charset=utf-8', 'The git proxy is not running.');
        done();
      });
      upstream.end(body);
    });
  };

  return createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', origin);
    if (pathname === '/api/v1') return void forward(req, res).catch(() => send(res, 500, 'text/plain; charset=utf-8', 'The save could not be passed on.'));
    if (pathname === '/' || pathname === '/admin') return send(res, 302, 'text/plain; charset=utf-8', '', { Location: '/admin/' });
    if (!pathname.startsWith('/admin/')) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    const name = pathname.slice('/admin/'.length);
    if (name === '') return send(res, 200, TYPES['.html']!, adminPage(backend, options.manualTitle), { 'Content-Security-Policy': adminPolicy(backend) });
    if (name === 'cms.js') return send(res, 200, TYPES['.js']!, options.script);
    if (name === 'cms.json') return send(res, 200, TYPES['.json']!, options.cmsJson());
    if (name === 'preview.css') return send(res, 200, TYPES['.css']!, options.styles);
    if (options.decap.has(name)) return send(res, 200, TYPES[extname(name)] ?? 'application/octet-stream', readFileSync(join(decapDir(), name)));
    return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  });
}
