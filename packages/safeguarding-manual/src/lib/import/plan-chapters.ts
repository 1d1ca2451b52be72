// Matches the chapters a contents page lists to the saved pages they link to, and gives each
// chapter found its id; every chapter or page left out is a warning.
import { chapterIdFromTitle } from '../authoring/chapter-id.ts';
import { extractChapter, type ChapterContent } from './chapter.ts';
import type { ListedChapter } from './contents.ts';
import type { ImportedChapter } from './links.ts';
import type { ImportWarning } from './report.ts';
import type { LinkTarget, SavedPage, SavedSite, SiteLinks } from './site.ts';

/** A chapter to import: its line in the contents, its saved page and what was read from the page. */
export interface ChapterToImport extends ImportedChapter {
  entry: ListedChapter;
  page: SavedPage;
  content: ChapterContent;
}

/** Chapters the contents lists whose pages were not saved, by the address the contents links to. */
export type UnsavedChapters = Map<string, { number: string; title: string }>;

/**
 * Which saved page each chapter of the contents is. A chapter whose link leads to no saved page,
 * or to a page an earlier chapter already has, is a warning (and links to it are known as
 * unsaved), and so is each saved page that the contents does not list.
 */
export function matchSavedPages(
  site: SavedSite,
  contentsPage: SavedPage,
  listed: readonly ListedChapter[],
  links: SiteLinks,
  warnings: ImportWarning[],
): { pageFor: Map<ListedChapter, SavedPage>; unsaved: UnsavedChapters } {
  const pageFor = new Map<ListedChapter, SavedPage>();
  const unsaved: UnsavedChapters = new Map();
  const used = new Map<string, ListedChapter>();
  for (const entry of listed) {
    const name = `${entry.number} ${entry.title}`;
    const target: LinkTarget | undefined = entry.href === undefined ? undefined : links.resolve(contentsPage.file, entry.href);
    if (target?.kind === 'page' && target.page !== contentsPage) {
      const other = used.get(target.page.file);
      if (other) {
        warnings.push({
          kind: 'contents',
          file: contentsPage.file,
          line: entry.line,
          message: `${name} links to the same page as ${other.number} ${other.title} (${target.page.file}): it was imported once, as ${other.number}`,
        });
        continue;
      }
      used.set(target.page.file, entry);
      pageFor.set(entry, target.page);
      continue;
    }
    const message =
      target === undefined
        ? `${name} has no link to its page`
        : target.kind === 'missing'
          ? `${name}: its page (${target.url}) was not saved`
          : target.kind === 'external'
            ? `${name} links to another site (${target.url}), not to a chapter of this manual`
            : target.kind === 'file'
              ? `${name} links to a file (${target.file}), not to a chapter page`
              : `${name} links to ${entry.href}, not to a chapter page`;
    warnings.push({ kind: 'not-saved', file: contentsPage.file, line: entry.line, message });
    for (const key of [entry.href, target && 'url' in target ? target.url : undefined]) if (key) unsaved.set(key, { number: entry.number, title: entry.title });
  }
  for (const page of site.pages) {
    if (page !== contentsPage && !used.has(page.file))
      warnings.push({
        kind: 'not-listed',
        file: page.file,
        message: `not a chapter in ${contentsPage.file}, so not imported${page.url ? ` (${page.url})` : ''}`,
      });
  }
  return { pageFor, unsaved };
}

/**
 * Gives each matched chapter an id from its title (with -2, -3... when a title repeats, which is a
 * warning) and reads its page's content. The chapters come back by saved page.
 */
export function chaptersWithIds(pageFor: ReadonlyMap<ListedChapter, SavedPage>, contentsFile: string, warnings: ImportWarning[]): Map<string, ChapterToImport> {
  const chapters = new Map<string, ChapterToImport>();
  const ids = new Set<string>();
  for (const [entry, page] of pageFor) {
    const base = chapterIdFromTitle(entry.title) || `chapter-${entry.number.replaceAll('.', '-')}`;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    if (id !== base)
      warnings.push({
        kind: 'contents',
        file: contentsFile,
        line: entry.line,
        message: `${entry.number} ${entry.title} has the same title as another chapter: its id is ${id}`,
      });
    ids.add(id);
    chapters.set(page.file, {
      id,
      number: entry.number,
      title: entry.title,
      file: page.file,
      anchors: new Map(),
      entry,
      page,
      content: extractChapter(structuredClone(page.tree)),
    });
  }
  return chapters;
}
