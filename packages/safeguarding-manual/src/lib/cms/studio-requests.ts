// What the studio passes on to Decap's git proxy: only the actions editing needs, each rebuilt
// from its checked values alone, so that no other value reaches git. Paths and uploads are
// checked in studio-paths.ts; drafts go through the editorial workflow, on the studio's branch.
import { isIsoDate } from '../util/dates.ts';
import { CONTACTS, LOCAL_TEXTS, NEW_DOCUMENTS, NEW_PAGE } from './model.ts';
import { entryFiles } from './studio-languages.ts';
import {
  asset,
  manualPath,
  NAME,
  object,
  refuse,
  RequestRefused,
  STATUSES,
  text,
  writablePath,
  type Json,
  type RequestContext,
  UPLOADS,
} from './studio-paths.ts';

export { RequestRefused, type RequestContext };

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

/** The lists whose entries are a new chapter's or page's first version, saved as <id>/<date>.mdx. */

/**
 * The entry a request names in `collection`: a name, or, in the new chapter and new page lists
 * only, the new chapter's or page's id and the date of its first version (<id>/<date>), or, in the
 * local texts' list, the chapter, the extension point and the date (<chapter-id>/<point>/<date>).
 */
function slugOf(collection: string, value: unknown): string {
  if (collection === LOCAL_TEXTS) {
    const v = text(value, 'The entry', 220);
    const [chapter = '', point = '', dated = '', ...rest] = v.split('/');
    // The editor adds -1 to a date it finds taken: the one check then names the date taken (studio-api.ts).
    if (!NAME.test(chapter) || !NAME.test(point) || !isIsoDate(dated.replace(/^(\d{4}-\d{2}-\d{2})-\d{1,3}$/, '$1')) || rest.length) {
      refuse(`The local text "${v}" is not saved as <chapter-id>/<extension-point>/<date>, as the editor saves one.`);
    }
    return v;
  }
  if (!NEW_DOCUMENTS.has(collection)) return name(value, 'The entry');
  const v = text(value, 'The entry', 120);
  const [id = '', dated = '', ...rest] = v.split('/');
  // The editor adds -1 to a slug it finds taken: the one check then names the id taken (studio-api.ts).
  const date = dated.replace(/^(\d{4}-\d{2}-\d{2})-\d{1,3}$/, '$1');
  if (!NAME.test(id) || !isIsoDate(date) || rest.length) {
    refuse(`The new ${collection === NEW_PAGE ? 'page' : 'chapter'} "${v}" is not saved as <id>/<date>, as the editor saves a first version.`);
  }
  return v;
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

/**
 * A new chapter's or page's first version is saved as <folder>/<id>/<date>.mdx. An id already
 * taken is the one check's to refuse (checkProposedChange, with the entry marked as new), and
 * the editor shows that problem beside the id's field.
 */
function newDocument(collection: string, slug: string, path: string, folder: string): void {
  const noun = collection === NEW_PAGE ? 'page' : 'chapter';
  if (path !== `${folder}/${slug}.mdx`) refuse(`${path} is not where a new ${noun}'s first version is saved (${folder}/${slug}.mdx).`, 403);
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
  const key = (collection: unknown, slug: unknown): DraftKey => {
    const c = collectionOf(collection, context);
    return { collection: c, slug: slugOf(c, slug) };
  };
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
      // A new chapter's form asks for the files of its collection's folder: the editor lists
      // the uploads, wherever in the manual it asks (manualPath refuses anywhere else).
      manualPath(p['mediaFolder'], context);
      return { action, params: { branch, mediaFolder: `${context.contentDir}/${UPLOADS}` } };
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
      // In a manual edited in more than one language, a version's save writes its text in each (studio-languages.ts).
      // Local texts are in the manual's main language only.
      const translated = Boolean(context.otherLanguages?.length) && collection !== CONTACTS && collection !== LOCAL_TEXTS;
      const most = translated ? 1 + context.otherLanguages!.length : 1;
      if (!Array.isArray(files) || files.length < 1 || files.length > most) refuse('A save writes one entry.');
      const dataFiles = files.map((f) => {
        const file = object(f, 'The entry');
        if (file['newPath'] !== undefined) refuse('The editor does not move files.', 403);
        const path = writablePath(file['path'], context, folder, true);
        const slug = slugOf(collection, file['slug']);
        return { slug, path, raw: text(file['raw'], 'The entry\u2019s text', 5_000_000) };
      });
      const main = dataFiles[0]!;
      if (translated) {
        const allowed = entryFiles(folder!, main.slug, context);
        const named = new Set(dataFiles.map((f) => f.path));
        if (dataFiles.some((f) => f.slug !== main.slug) || named.size !== dataFiles.length || !named.has(allowed[0]!)) {
          refuse(
            `A save writes one version: its English text ${allowed[0]}, with its text in each other language beside it (${allowed.slice(1).join(', ')}).`,
            403,
          );
        }
        for (const f of dataFiles) {
          if (!allowed.includes(f.path)) refuse(`${f.path} is not a file of the version ${main.slug}: its texts are ${allowed.join(' and ')}.`, 403);
        }
      }
      if (NEW_DOCUMENTS.has(collection)) {
        const english = translated ? dataFiles.find((f) => f.path === `${folder}/${main.slug}.mdx`)! : main;
        newDocument(collection, english.slug, english.path, folder!);
      }
      // A local text is saved in the folder of its place: <folder>/<chapter-id>/<point>/<date>.mdx.
      if (collection === LOCAL_TEXTS && main.path !== `${folder}/${main.slug}.mdx`) {
        refuse(`${main.path} is not where the local text ${main.slug} is saved (${folder}/${main.slug}.mdx).`, 403);
      }
      const assets = p['assets'];
      if (!Array.isArray(assets)) refuse('The uploaded files are missing.');
      // "Correct a mistake": what was wrong in a version the public site recorded (studio-corrections.ts).
      const correction = p['correction'] === undefined || p['correction'] === '' ? undefined : text(p['correction'], '"Correct a mistake"', 500);
      return {
        action,
        params: {
          branch,
          ...(correction === undefined ? {} : { correction }),
          // A new entry (a new version, chapter, page or contact) never takes the place of a file: the studio checks it (studio-api.ts).
          ...(options['newEntry'] === true ? { newEntry: true } : {}),
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
