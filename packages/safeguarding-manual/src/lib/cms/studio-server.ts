// The studio's web server on 127.0.0.1: the admin page, its script, configuration and styles,
// and Decap CMS's own files, to the editor's page only (studio-access.ts); its requests to the git
// proxy are answered one at a time (studio-api.ts), and the studio is told when one published a draft.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { adminPage, adminPolicy, decapDir } from './admin-site.ts';
import type { CmsBackend } from './config.ts';
import { accessCookie, accessRefusal, type StudioAccess } from './studio-access.ts';
import type { ProxyAnswer } from './studio-proxy.ts';
import type { SendNotice } from './studio-send.ts';

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

/** The request's body; undefined once it grows past `limit` bytes (the rest is not kept). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    req.on('end', () => resolveBody(size <= limit ? Buffer.concat(chunks) : undefined));
    req.on('error', reject);
  });
}

export interface StudioServerOptions {
  /** The server's own address, such as http://127.0.0.1:4331. */
  origin: string;
  /** Who may use it: the port and this start's secret. */
  access: StudioAccess;
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
  /** Answers a request of the editor to its git proxy (studio-api.ts). */
  api: (body: unknown) => Promise<ProxyAnswer>;
  /** Called once publishing a draft has merged it into the branch. */
  published: () => void;
  /** Sends the branch to the public site's repository, when there is one (studio-send.ts). */
  send: () => Promise<SendNotice>;
}

/** The largest request the editor sends: a save with its uploads. */
const MAX_BODY = 50 * 1024 * 1024;

/** The server, not yet listening. */
export function studioServer(options: StudioServerOptions): Server {
  const { origin, backend, access } = options;
  const json = (res: ServerResponse, status: number, body: unknown) => send(res, status, TYPES['.json']!, JSON.stringify(body));
  const api = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') return json(res, 405, { error: 'The editor sends POST requests only.' });
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return json(res, 415, { error: 'The editor sends JSON only.' });
    const raw = await readBody(req, MAX_BODY);
    if (raw === undefined) return json(res, 413, { error: 'The request is too large.' });
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return json(res, 400, { error: 'The request is not JSON.' });
    }
    // Publishing merges a draft into the branch; deleting a version (one no build of the public site has recorded yet) commits there.
    const publishing = ['publishUnpublishedEntry', 'deleteFile', 'deleteFiles'].includes(String((body as { action?: unknown }).action));
    const answer = await options.exclusive(async () => {
      const answered = await options.api(body);
      if (!publishing || answered.status !== 200) return answered;
      // Published here: now sent to the public site, and the editor told which.
      return { ...answered, body: { ...(answered.body as object), notice: await options.send() } };
    });
    // Decap's request code reads a 403's `message` (a git host's rate limit) and fails without one.
    const { body: answered } = answer as { body: { error?: unknown; message?: unknown } };
    json(res, answer.status, answer.status === 403 && answered.message === undefined ? { ...answered, message: answered.error } : answered);
    // The published manual changed.
    if (publishing && answer.status === 200) options.published();
  };
  // "Send again", after a publication that could not be sent.
  const sendAgain = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') return json(res, 405, { error: 'The editor sends POST requests only.' });
    const notice = await options.exclusive(options.send);
    json(res, 200, { notice });
    // Sending may have brought in others' changes.
    options.published();
  };

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    const { pathname } = url;
    const key = url.searchParams.get('key') ?? undefined;
    const refusal = accessRefusal(req.headers, key, access);
    if (refusal) return send(res, refusal.status, 'text/plain; charset=utf-8', refusal.message);
    // The printed address's key becomes a cookie, and leaves the address bar.
    if (key !== undefined) return send(res, 303, 'text/plain; charset=utf-8', '', { Location: pathname, 'Set-Cookie': accessCookie(access) });
    if (pathname === '/api/v1') return void api(req, res).catch(() => json(res, 500, { error: 'The save could not be carried out: see the terminal.' }));
    if (pathname === '/api/send') return void sendAgain(req, res).catch(() => json(res, 500, { error: 'Sending failed: see the terminal.' }));
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
