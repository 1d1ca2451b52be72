// Who may use the studio: the editor's page, opened from the address the studio printed. Each
// start makes a secret; the printed address carries it once, and the page answers with a cookie
// that every later request must bring. The server itself refuses another Host (DNS rebinding)
// and another site's Origin: these checks do not rely on the browser's CORS.
import { randomBytes, timingSafeEqual } from 'node:crypto';

/** The secret of one start of the studio: 32 random bytes, in URL-safe base64. */
export function studioSecret(): string {
  return randomBytes(32).toString('base64url');
}

export interface StudioAccess {
  /** The port the studio listens on, on 127.0.0.1. */
  port: number;
  secret: string;
}

/** The cookie's name: one per port, as a browser keeps cookies per host, whatever the port. */
function accessCookieName(port: number): string {
  return `manual-studio-${port}`;
}

/** The Set-Cookie header the editor's page sends once the address's key is right: never readable by scripts, never sent from another site. */
export function accessCookie(access: StudioAccess): string {
  return `${accessCookieName(access.port)}=${access.secret}; Path=/; HttpOnly; SameSite=Strict`;
}

function same(given: string | undefined, secret: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at !== -1 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/** The request's headers the checks read, as Node gives them (lower-case names). */
export interface AccessHeaders {
  host?: string | undefined;
  origin?: string | undefined;
  cookie?: string | undefined;
  'sec-fetch-site'?: string | undefined;
}

/** Why a request is refused, with its HTTP status; undefined when it may go on. */
export interface AccessRefusal {
  status: 403 | 421;
  message: string;
}

/** The addresses the studio answers to: 127.0.0.1 and localhost, on its own port. */
function ownHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * Checks where a request comes from, and whether it brings the secret (in the cookie, or as
 * `key` in the address when the editor's page is first opened). `key` is the address's key, if any.
 */
export function accessRefusal(headers: AccessHeaders, key: string | undefined, access: StudioAccess): AccessRefusal | undefined {
  const hosts = ownHosts(access.port);
  if (!hosts.includes((headers.host ?? '').toLowerCase())) {
    return { status: 421, message: `This studio answers only at http://127.0.0.1:${access.port}/, the address it printed.` };
  }
  if (headers.origin !== undefined && !hosts.map((h) => `http://${h}`).includes(headers.origin.toLowerCase())) {
    return { status: 403, message: 'Requests from another site are refused: only the editor page of this studio may use it.' };
  }
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { status: 403, message: 'Requests from another site are refused: only the editor page of this studio may use it.' };
  }
  if (!same(key, access.secret) && !same(cookieValue(headers.cookie, accessCookieName(access.port)), access.secret)) {
    return {
      status: 403,
      message: 'Open the editor with the address npm run studio printed, which carries this start\u2019s key. (A key from an earlier start no longer works.)',
    };
  }
  return undefined;
}
