// A static server for a built site, as a host would serve it: under its base path, directory
// addresses ending in a slash, the site's 404 page, and the headers of its _headers file. Any
// address a browser or a person can type gets an answer: a malformed one is refused with 400,
// an untidy one is redirected to its tidy form on the same site, query string kept.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { headersFor, parseHeadersFile } from './host-headers.ts';
import { contentType } from './mime.ts';

export interface SiteServerOptions {
  /** The built site. */
  root: string;
  /** The base path the site is served under, such as / or /manual/. */
  base: string;
}

/** The segments of a decoded path with empty and `.` segments dropped and `..` applied; undefined when it climbs above the root. */
function tidySegments(decoded: string): string[] | undefined {
  const segments: string[] = [];
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (!segments.length) return undefined;
      segments.pop();
    } else segments.push(segment);
  }
  return segments;
}

export function createSiteServer({ root, base }: SiteServerOptions): Server {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const fileAt = (segments: readonly string[]): string | undefined => {
    const path = join(root, ...segments);
    if (existsSync(path) && statSync(path).isFile()) return path;
    const index = join(path, 'index.html');
    return existsSync(index) ? index : undefined;
  };

  return createServer((req, res) => {
    // The address within the site's folder, which the _headers rules are written for.
    let sitePath = '/';
    const send = (status: number, headers: Record<string, string>, file?: string, text?: string) => {
      res.writeHead(status, { ...headersFor(rules, sitePath), ...headers });
      if (req.method === 'HEAD') res.end();
      else if (file) createReadStream(file).pipe(res);
      else res.end(text ?? '');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, undefined, 'Method not allowed\n');
      return;
    }
    const raw = req.url ?? '/';
    const queryAt = raw.indexOf('?');
    const rawPath = queryAt === -1 ? raw : raw.slice(0, queryAt);
    const query = queryAt === -1 ? '' : raw.slice(queryAt);
    let decoded: string;
    try {
      decoded = decodeURIComponent(rawPath);
    } catch {
      send(400, { 'Content-Type': 'text/plain; charset=utf-8' }, undefined, 'Bad request: the address is not valid\n');
      return;
    }
    // A NUL or a backslash (which browsers read as a slash, so /\\host would leave the site) is never part of a file's address.
    const segments = /[\0\\]/.test(decoded) ? undefined : tidySegments(decoded);
    if (!segments) {
      send(400, { 'Content-Type': 'text/plain; charset=utf-8' }, undefined, 'Bad request: the address leaves the site\n');
      return;
    }
    const tidy = `/${segments.join('/')}`;
    const inside = `${tidy}/`.startsWith(prefix) ? segments.slice(prefix.split('/').filter(Boolean).length) : undefined;
    if (inside) sitePath = `/${inside.join('/')}${inside.length && decoded.endsWith('/') ? '/' : ''}`;
    const file = inside && fileAt(inside);
    const isDirectory = file?.endsWith('index.html') && !decoded.endsWith('index.html');
    // Redirect to the tidy address: always a path on this site (never //host), with the query string kept.
    const wanted = isDirectory ? `${tidy === '/' ? '' : tidy}/` : tidy;
    if (file && wanted !== decoded) {
      send(301, { Location: `${encodeURI(wanted)}${query}` });
      return;
    }
    if (file) {
      send(200, { 'Content-Type': contentType(file) }, file);
      return;
    }
    const notFound = join(root, '404.html');
    send(404, { 'Content-Type': 'text/html; charset=utf-8' }, existsSync(notFound) ? notFound : undefined, existsSync(notFound) ? undefined : 'Not found\n');
  });
}
