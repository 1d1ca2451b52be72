// Reads a folder of saved pages from disk: every file in it, and the web pages among them
// (.html and .htm files, and the pages wget --mirror saves without an extension).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkPublishedFile } from '../build/published-files.ts';
import { decodeHtml, TooDeeplyNested } from './html.ts';
import { savedPage, type SavedSite } from './site.ts';

/** Every file under `dir`, as paths relative to it with / separators; hidden files and folders are skipped. */
export function listFolder(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).toLowerCase();
  return /<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]/.test(head);
}

/**
 * Reads the saved folder. A browser saves each page's pictures, styles and scripts in a
 * "<page>_files" folder beside it: pages in those are parts of other pages, not pages of the manual.
 */
export function readSavedFolder(dir: string): SavedSite {
  const files = listFolder(dir);
  const pages = [];
  const setAside: NonNullable<SavedSite['setAside']> = [];
  for (const file of files) {
    if (
      file
        .split('/')
        .slice(0, -1)
        .some((folder) => /_files$/i.test(folder))
    )
      continue;
    const name = file.split('/').pop()!;
    const extension = /\.([a-z0-9]{1,5})$/i.exec(name)?.[1]?.toLowerCase();
    if (extension !== undefined && !['html', 'htm', 'xhtml', 'shtml'].includes(extension)) continue;
    const bytes = readFileSync(join(dir, file));
    if (extension === undefined && !looksLikeHtml(bytes)) continue;
    try {
      pages.push(savedPage(file, decodeHtml(bytes)));
    } catch (error) {
      if (!(error instanceof TooDeeplyNested)) throw error;
      setAside.push({
        file,
        line: error.line,
        message: `${error.message}, more than a page of the manual needs: it was not read (simplify the page, or copy its chapter into a new file)`,
      });
    }
  }
  const publishProblem = (file: string) => {
    const { problem, fix } = checkPublishedFile(file, readFileSync(join(dir, file)));
    return problem === undefined ? undefined : { problem, fix: fix ?? '' };
  };
  return { pages, files: new Set(files), publishProblem, setAside };
}
