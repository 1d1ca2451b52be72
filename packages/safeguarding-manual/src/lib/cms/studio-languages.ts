// The names of version files between the editor and the repository, in a manual edited in more
// than one language. Decap CMS's i18n (structure multiple_files) names every language's file
// <date>.<language>.mdx, the English one too; the manual keeps the English text in <date>.mdx, its
// Welsh beside it in <date>.cy.mdx, and Decap cannot leave the language out of one name. The
// studio gives the editor the English file as <date>.en.mdx and takes it back as <date>.mdx;
// every other name passes as it is. On the published site's admin page, where no studio stands
// between the editor and the git host, the admin page's script does the same (admin-languages.ts).
import { MAIN_LANGUAGE } from '../languages.ts';

/** Where the names are mapped: the content folder, and whether the manual is edited in more than one language. */
export interface NamedLanguages {
  contentDir: string;
  /** The languages besides English the editor writes; none for a manual edited in English only. */
  otherLanguages?: readonly string[] | undefined;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A version file of a chapter or page: <content>/procedures|pages/<folders>/<name>.mdx, with no language in its name. */
function englishFile(contentDir: string): RegExp {
  return new RegExp(`^(${escaped(contentDir)}/(?:procedures|pages)/[^/]+(?:/[^/]+)*/[^/.]+)\\.mdx$`);
}

function englishAsEditorNames(contentDir: string): RegExp {
  return new RegExp(`^(${escaped(contentDir)}/(?:procedures|pages)/[^/]+(?:/[^/]+)*/[^/.]+)\\.${MAIN_LANGUAGE}\\.mdx$`);
}

/** The keys whose values name files, in the requests and answers of Decap's git proxy. */
const PATH_KEYS = new Set(['path', 'newPath']);

/** A plain object, as JSON and the editor's requests are made of (not a file, a cursor or a class's object). */
function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function mapPaths(value: unknown, rename: (path: string) => string): unknown {
  if (Array.isArray(value)) {
    // A list of entries may carry its place in the list under a symbol (Decap's cursor): kept.
    const mapped: unknown[] = value.map((v) => mapPaths(v, rename));
    for (const symbol of Object.getOwnPropertySymbols(value))
      (mapped as unknown as Record<symbol, unknown>)[symbol] = (value as unknown as Record<symbol, unknown>)[symbol];
    return mapped;
  }
  if (!isPlain(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      if (PATH_KEYS.has(key) && typeof v === 'string') return [key, rename(v)];
      if (key === 'paths' && Array.isArray(v)) return [key, (v as unknown[]).map((p) => (typeof p === 'string' ? rename(p) : p))];
      return [key, mapPaths(v, rename)];
    }),
  );
}

/** A file's name as the repository has it: <date>.en.mdx becomes <date>.mdx; other names are as they are. */
export function repositoryName(path: string, names: NamedLanguages): string {
  return names.otherLanguages?.length ? path.replace(englishAsEditorNames(names.contentDir), '$1.mdx') : path;
}

/** A request of the editor with the English file named as the repository has it: <date>.en.mdx becomes <date>.mdx. */
export function toRepositoryNames<T>(body: T, names: NamedLanguages): T {
  if (!names.otherLanguages?.length) return body;
  return mapPaths(body, (path) => repositoryName(path, names)) as T;
}

/** An answer for the editor with the English file named as Decap's i18n expects: <date>.mdx becomes <date>.en.mdx. */
export function toEditorNames<T>(answer: T, names: NamedLanguages): T {
  if (!names.otherLanguages?.length) return answer;
  const pattern = englishFile(names.contentDir);
  return mapPaths(answer, (path) => path.replace(pattern, `$1.${MAIN_LANGUAGE}.mdx`)) as T;
}

/**
 * The files one save of an entry may write: `<folder>/<slug>.mdx`, and, in a manual edited in
 * more than one language, its text in each other language beside it, `<folder>/<slug>.<language>.mdx`
 * (the names the check expects).
 */
export function entryFiles(folder: string, slug: string, names: NamedLanguages): string[] {
  return [`${folder}/${slug}.mdx`, ...(names.otherLanguages ?? []).map((l) => `${folder}/${slug}.${l}.mdx`)];
}
