// What the studio passes on to Decap's git proxy: only the actions editing needs, each rebuilt
// from its checked values alone, so that no other value reaches git. Paths stay inside the
// manual's content folders and its uploads folder (real paths, so that a link cannot lead out),
// uploads are of the kinds resources may be, drafts go through the editorial workflow, and
// nothing published (a version in force, or the version lock) is overwritten or deleted.
import { lstatSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { isWithin } from '../folders.ts';
import { LOCK_FILE } from '../lock.ts';
import { ALLOWED_TYPES_TEXT, detectFormat, extensionOf, isFileType, unsafeSvgPart } from '../resources.ts';

/** What the rules need to know about the studio and the manual as published. */
export interface RequestContext {
  /** The repository, as an absolute path. */
  repo: string;
  /** The branch the manual is published on. */
  branch: string;
  contentDir: string;
  /** The CMS's collections, by name, with their folders. */
  collections: ReadonlyMap<string, string>;
  /** True for a file (path relative to the repository) that is published: locked, or a version in force on main. */
  isPublished: (path: string) => boolean;
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

/** The content folders Decap reads and writes, and the uploads folder. */
const FOLDERS = ['procedures', 'pages', 'contacts'] as const;
export const UPLOADS = 'media';
const STATUSES = new Set(['draft', 'pending_review', 'pending_publish']);
const NAME = /^[a-z0-9][a-z0-9-]{0,99}$/;
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}$/;

type Json = Record<string, unknown>;

function refuse(message: string, status = 422): never {
  throw new RequestRefused(status, message);
}

function object(value: unknown, what: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse(`${what} is missing.`);
  return value as Json;
}

function text(value: unknown, what: string, max = 2_000): string {
  if (typeof value !== 'string' || value === '' || value.length > max) refuse(`${what} is missing or too long.`);
  return value;
}

function name(value: unknown, what: string): string {
  const v = text(value, what, 100);
  if (!NAME.test(v)) refuse(`${what} "${v}" is not a name the editor uses.`);
  return v;
}

/** A commit message: one line, no control characters, not read as an option. */
function message(value: unknown): string {
  const v = text(value, 'The commit message', 500);
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(v) || v.startsWith('-')) refuse('The commit message must be one line of text.');
  return v;
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

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** A file the editor may write: a version (.mdx) or contact (.yaml) in its collection's folder, or an upload of an allowed kind. */
function writablePath(value: unknown, context: RequestContext, folder: string | undefined): string {
  const path = manualPath(value, context);
  if (context.isPublished(path)) refuse(`${path} is published: a published version is never changed or deleted. Make a new version instead.`, 403);
  const inUploads = path.startsWith(`${context.contentDir}/${UPLOADS}/`);
  if (!inUploads && folder !== undefined && !path.startsWith(`${folder}/`)) refuse(`${path} is not in the folder of the entry being saved.`, 403);
  const kind = path.endsWith('.mdx') ? 'mdx' : path.endsWith('.yaml') ? 'yaml' : undefined;
  if (!inUploads && (kind === undefined || (kind === 'yaml') !== path.startsWith(`${context.contentDir}/contacts/`))) {
    refuse(`${path} is not a version (.mdx) or contact (.yaml) file.`, 403);
  }
  return path;
}

function asset(value: unknown, context: RequestContext, folder: string | undefined): Json {
  const a = object(value, 'An uploaded file');
  const path = writablePath(a['path'], context, folder);
  if (!path.startsWith(`${context.contentDir}/${UPLOADS}/`)) refuse(`Uploads go in ${context.contentDir}/${UPLOADS}/.`, 403);
  if (a['encoding'] !== 'base64') refuse('An uploaded file must be sent in base64.');
  const content = text(a['content'], 'An uploaded file', 30_000_000);
  const bytes = Buffer.from(content, 'base64');
  const extension = extensionOf(path);
  if (!isFileType(extension) || detectFormat(bytes) !== extension) {
    refuse(`${path.split('/').pop()} is not a ${ALLOWED_TYPES_TEXT} file (by its name and its content): only those may be uploaded.`);
  }
  const unsafe = extension === 'svg' ? unsafeSvgPart(bytes.toString('utf8')) : undefined;
  if (unsafe) refuse(`${path.split('/').pop()} holds ${unsafe}, which could run code on the site: remove it from the SVG and upload it again.`);
  return { path, content, encoding: 'base64' };
}

function collectionOf(value: unknown, context: RequestContext): string {
  const c = name(value, 'The collection');
  if (!context.collections.has(c)) refuse(`There is no collection ${c} in the editor.`);
  return c;
}

function status(value: unknown): string {
  if (typeof value !== 'string' || !STATUSES.has(value)) refuse('The status must be draft, in review or ready.');
  return value;
}

function labelPrefix(value: unknown): Json {
  if (value === undefined) return {};
  if (typeof value !== 'string' || !/^[A-Za-z0-9/_-]{0,40}$/.test(value)) refuse('The label prefix is not one the editor uses.');
  return { cmsLabelPrefix: value };
}

/** The draft a request names: its collection and slug. */
export interface DraftKey {
  collection: string;
  slug: string;
}

/**
 * Checks a request to the git proxy and returns it rebuilt from its checked values only.
 * Throws RequestRefused, with the reason, for anything editing does not need.
 */
export function checkedRequest(body: unknown, context: RequestContext): { action: string; params?: Json } {
  const request = object(body, 'The request');
  const action = request['action'];
  if (action === 'info') return { action };
  const p = object(request['params'], 'The request\u2019s params');
  if (p['branch'] !== context.branch) refuse(`The editor works on the branch ${context.branch} only.`, 403);
  const branch = context.branch;
  const key = (collection: unknown, slug: unknown): DraftKey => ({ collection: collectionOf(collection, context), slug: name(slug, 'The entry') });
  switch (action) {
    case 'entriesByFolder': {
      const depth = p['depth'];
      if (typeof depth !== 'number' || !Number.isInteger(depth) || depth < 1 || depth > 3) refuse('The depth must be 1, 2 or 3.');
      if (p['extension'] !== 'mdx' && p['extension'] !== 'yaml') refuse('The editor lists .mdx and .yaml files only.');
      return { action, params: { branch, folder: manualPath(p['folder'], context), extension: p['extension'], depth } };
    }
    case 'entriesByFiles': {
      const files = p['files'];
      if (!Array.isArray(files) || files.length > 10_000) refuse('The files to read are missing.');
      return {
        action,
        params: {
          branch,
          files: files.map((f) => {
            const file = object(f, 'A file to read');
            return { path: manualPath(file['path'], context), ...(typeof file['label'] === 'string' ? { label: file['label'] } : {}) };
          }),
        },
      };
    }
    case 'getEntry':
    case 'getMediaFile':
      return { action, params: { branch, path: manualPath(p['path'], context) } };
    case 'getMedia':
      if (p['mediaFolder'] !== `${context.contentDir}/${UPLOADS}`) refuse(`The uploads folder is ${context.contentDir}/${UPLOADS}.`, 403);
      return { action, params: { branch, mediaFolder: manualPath(p['mediaFolder'], context) } };
    case 'unpublishedEntries':
      return { action, params: { branch } };
    case 'unpublishedEntry': {
      const id = p['id'];
      const draft =
        typeof id === 'string' && id.includes('/') ? key(id.slice(0, id.indexOf('/')), id.slice(id.indexOf('/') + 1)) : key(p['collection'], p['slug']);
      return { action, params: { branch, ...draft, ...labelPrefix(p['cmsLabelPrefix']) } };
    }
    case 'unpublishedEntryDataFile':
    case 'unpublishedEntryMediaFile': {
      const draft = key(p['collection'], p['slug']);
      return { action, params: { branch, ...draft, id: `${draft.collection}/${draft.slug}`, path: manualPath(p['path'], context) } };
    }
    case 'deleteUnpublishedEntry':
    case 'publishUnpublishedEntry':
    case 'getDeployPreview':
      return { action, params: { branch, ...key(p['collection'], p['slug']) } };
    case 'updateUnpublishedEntryStatus':
      return { action, params: { branch, ...key(p['collection'], p['slug']), newStatus: status(p['newStatus']), ...labelPrefix(p['cmsLabelPrefix']) } };
    case 'persistEntry': {
      const options = object(p['options'], 'The save\u2019s options');
      if (options['useWorkflow'] !== true) {
        refuse('Every change is saved as a draft and published through the editorial workflow: a direct write to the published manual is refused.', 403);
      }
      const collection = collectionOf(options['collectionName'], context);
      const folder = context.collections.get(collection);
      const files = p['dataFiles'] ?? (p['entry'] === undefined ? undefined : [p['entry']]);
      if (!Array.isArray(files) || files.length !== 1) refuse('A save writes one entry.');
      const dataFiles = files.map((f) => {
        const file = object(f, 'The entry');
        if (file['newPath'] !== undefined) refuse('The editor does not move files.', 403);
        const path = writablePath(file['path'], context, folder);
        return { slug: name(file['slug'], 'The entry'), path, raw: text(file['raw'], 'The entry\u2019s text', 5_000_000) };
      });
      const assets = p['assets'];
      if (!Array.isArray(assets)) refuse('The uploaded files are missing.');
      return {
        action,
        params: {
          branch,
          ...labelPrefix(p['cmsLabelPrefix']),
          dataFiles,
          assets: assets.map((a) => asset(a, context, folder)),
          options: { collectionName: collection, commitMessage: message(options['commitMessage']), useWorkflow: true, status: status(options['status']) },
        },
      };
    }
    case 'persistMedia':
      return refuse('Uploads are saved with the draft they belong to: add the file from inside the entry, not from the media library.', 403);
    case 'deleteFile':
    case 'deleteFiles': {
      const paths = action === 'deleteFile' ? [p['path']] : p['paths'];
      if (!Array.isArray(paths) || !paths.length || paths.length > 100) refuse('The files to delete are missing.');
      const checked = paths.map((path) => writablePath(path, context, undefined));
      const commitMessage = message(object(p['options'], 'The delete\u2019s options')['commitMessage']);
      return { action: 'deleteFiles', params: { branch, paths: checked, options: { commitMessage } } };
    }
    default:
      return refuse(`${typeof action === 'string' ? `"${action.slice(0, 60)}"` : 'This'} is not an action of the editor.`, 400);
  }
}
