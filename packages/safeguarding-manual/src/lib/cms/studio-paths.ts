// The values of a request to the studio that name files: paths inside the manual's content
// folders and its uploads folder only (real paths, so that a link cannot lead out), never a
// published version or the version lock, local texts only as <chapter-id>/<point>/<date>.mdx and
// never once published, and uploads only of the kinds resources may be. Also
// the plain checks of values the request rules share (studio-requests.ts).
import { lstatSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { isWithin } from '../util/folders.ts';
import { LOCK_FILE } from '../history/lock.ts';
import { checkPublishedFile } from '../build/published-files.ts';
import { LOCAL_DIR } from '../region/local-text.ts';
import { ALLOWED_TYPES_TEXT, extensionOf, isFileType } from '../content/resources.ts';

/** What the rules need to know about the studio and the manual as published. */
export interface RequestContext {
  /** The repository, as an absolute path. */
  repo: string;
  /** The branch the manual is published on. */
  branch: string;
  contentDir: string;
  /** The CMS's collections, by name, with their folders. */
  collections: ReadonlyMap<string, string>;
  /** True for a file (path relative to the repository) that is published: recorded in the version lock by a build of the public site. */
  isPublished: (path: string) => boolean;
  /** The languages besides English the editor writes a version's text in (studio-languages.ts); none for a manual edited in English only. */
  otherLanguages?: readonly string[] | undefined;
}

/** A request refused before it reaches git, with its status and the reason in plain words. */
export class RequestRefused extends Error {
  override name = 'RequestRefused';
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** The content folders Decap reads and writes (local: a partnership's local texts), and the uploads folder. */
const FOLDERS = ['procedures', 'pages', 'contacts', LOCAL_DIR] as const;
export const UPLOADS = 'media';
export const STATUSES = new Set(['draft', 'pending_review', 'pending_publish']);
export const NAME = /^[a-z0-9][a-z0-9-]{0,99}$/;
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}$/;

export type Json = Record<string, unknown>;

export function refuse(message: string, status = 422): never {
  throw new RequestRefused(status, message);
}

export function object(value: unknown, what: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse(`${what} is missing.`);
  return value as Json;
}

export function text(value: unknown, what: string, max = 2_000): string {
  if (typeof value !== 'string' || value === '' || value.length > max) refuse(`${what} is missing or too long.`);
  return value;
}

/**
 * A path inside the content folders (or the uploads folder), relative to the repository, as
 * written in the request: no `..`, no hidden or empty parts, no absolute path, and, once links
 * are followed, still inside its folder.
 */
export function manualPath(value: unknown, context: RequestContext, folders: readonly string[] = [...FOLDERS, UPLOADS]): string {
  const path = text(value, 'A path', 500);
  const parts = path.split('/');
  const root = context.contentDir.split('/');
  const inside = parts.slice(root.length);
  if (
    path.includes('\\') ||
    parts.slice(0, root.length).join('/') !== context.contentDir ||
    !inside.length ||
    !folders.includes(inside[0]!) ||
    !inside.every((p) => SEGMENT.test(p) && !p.includes('..'))
  ) {
    if (path === `${context.contentDir}/${LOCK_FILE}`) refuse('The version lock records what was published: the editor never changes or deletes it.', 403);
    refuse(
      `${JSON.stringify(path)} is not a file of the manual: the editor works only in ${[...FOLDERS, UPLOADS].map((f) => `${context.contentDir}/${f}/`).join(', ')}.`,
      403,
    );
  }
  // Follow links: the deepest part that exists must lie inside its folder (or, before the
  // folder is made, inside the content folder), and the folder inside the repository, never in .git.
  const repo = realpathSync(context.repo);
  const folder = join(context.repo, context.contentDir, inside[0]!);
  let existing = join(context.repo, path);
  while (!exists(existing)) existing = join(existing, '..');
  const outside = () => refuse(`${JSON.stringify(path)} leads outside the manual's folders (through a link): the editor does not follow it.`, 403);
  try {
    const within = realpathSync(exists(folder) ? folder : join(context.repo, context.contentDir));
    if (!isWithin(within, repo) || isWithin(within, join(repo, '.git')) || !isWithin(realpathSync(existing), within)) outside();
  } catch (e) {
    if (e instanceof RequestRefused) throw e;
    outside();
  }
  return path;
}

export function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Why a version the public site's build recorded is not deleted or changed, and what to do instead. */
function publishedWords(path: string): string {
  return `${path} is on the public site: a build of the site recorded it, so it is never deleted, and changed only to put right a mistake. Open it, make the correction, say what was wrong under "Correct a mistake" and save; to change what it says, add a new version.`;
}

/** Why a local text the public site's build recorded is never written, and what to do instead. */
function publishedLocalWords(path: string): string {
  return `${path} is on the public site: a build of the site recorded it, so the editor never changes or deletes it. To change what it says, add a new version at the same place; to put right a typing error in it, record a correction with npm run correct.`;
}

/** A local text's file name under local/: <chapter-id>/<point>/<date>.mdx (with -1 after a date the editor found taken, which the check then refuses). */
const LOCAL_TEXT_FILE = /^[a-z0-9][a-z0-9-]{0,99}\/[a-z0-9][a-z0-9-]{0,99}\/\d{4}-\d{2}-\d{2}(?:-\d{1,3})?\.mdx$/;

/**
 * A file the editor may write: a version (.mdx) or contact (.yaml) in its collection's folder, a
 * local text (.mdx) in its place's folder, or an upload of an allowed kind.
 */
export function writablePath(value: unknown, context: RequestContext, folder: string | undefined, correcting = false): string {
  const path = manualPath(value, context);
  const local = `${context.contentDir}/${LOCAL_DIR}/`;
  if (path.startsWith(local)) {
    // Only a manual whose editor lists local arrangements (one that follows a core whose chapters declare points) writes there.
    if (![...context.collections.values()].includes(local.slice(0, -1))) {
      refuse(
        `${path} is not written by the editor: this manual has no list of local arrangements (it follows no core, or no chapter declares a place for local text).`,
        403,
      );
    }
    // Published local texts are read-only here: no correction is recorded for them in the editor.
    if (context.isPublished(path)) refuse(publishedLocalWords(path), 403);
    if (!LOCAL_TEXT_FILE.test(path.slice(local.length))) {
      refuse(`${path} is not a local text: the editor writes only ${local}<chapter-id>/<extension-point>/<YYYY-MM-DD>.mdx.`, 403);
    }
  }
  // A save may change a recorded version: the studio then records the correction, or refuses it without a reason (studio-corrections.ts).
  if (context.isPublished(path) && !correcting) refuse(publishedWords(path), 403);
  const inUploads = path.startsWith(`${context.contentDir}/${UPLOADS}/`);
  if (!inUploads && folder !== undefined && !path.startsWith(`${folder}/`)) refuse(`${path} is not in the folder of the entry being saved.`, 403);
  const kind = path.endsWith('.mdx') ? 'mdx' : path.endsWith('.yaml') ? 'yaml' : undefined;
  if (!inUploads && (kind === undefined || (kind === 'yaml') !== path.startsWith(`${context.contentDir}/contacts/`))) {
    refuse(`${path} is not a version (.mdx) or contact (.yaml) file.`, 403);
  }
  return path;
}

export function asset(value: unknown, context: RequestContext, folder: string | undefined): Json {
  const a = object(value, 'An uploaded file');
  const path = writablePath(a['path'], context, folder);
  if (!path.startsWith(`${context.contentDir}/${UPLOADS}/`)) refuse(`Uploads go in ${context.contentDir}/${UPLOADS}/.`, 403);
  if (a['encoding'] !== 'base64') refuse('An uploaded file must be sent in base64.');
  const content = text(a['content'], 'An uploaded file', 30_000_000);
  const bytes = Buffer.from(content, 'base64');
  const name = path.split('/').pop() ?? path;
  // The kinds a resource may be, then the one rule for every file the site publishes (its kind by content, nothing that runs).
  if (!isFileType(extensionOf(path))) refuse(`${name} is not a ${ALLOWED_TYPES_TEXT} file: only those may be uploaded.`);
  const published = checkPublishedFile(path, bytes);
  if (published.problem) refuse(`${name} ${published.problem}: ${published.fix}.`);
  return { path, content, encoding: 'base64' };
}
