// Turns each imported chapter's saved page into the text of its first version: its pictures,
// links and markup rewritten as MDX, and its related chapters as seeAlso.
import { inspectBody } from '../content/mdx-body.ts';
import { description, versionText, type SignOff } from './manual-files.ts';
import { fillChapterLinks, rewriteImages, rewriteLinks, type ChapterLink, type LinkContext } from './links.ts';
import { anchorsOf, tidyHtml, writeMarkdown } from './markdown.ts';
import type { ChapterToImport } from './plan-chapters.ts';
import type { ImportWarning } from './report.ts';
import type { LinkTarget, SiteLinks } from './site.ts';

/** A chapter's body as MDX, with tokens for its links to chapters, and the ids of its headings. */
export interface ChapterBody {
  mdx: string;
  links: ChapterLink[];
  headings: string[];
}

const sameWords = (a: string, b: string) =>
  a.replace(/[’‘]/g, "'").replace(/\W+/g, ' ').trim().toLowerCase() === b.replace(/[’‘]/g, "'").replace(/\W+/g, ' ').trim().toLowerCase();

/**
 * Writes each chapter's content as MDX, by saved page: first every chapter's pictures and markup
 * (so all anchors are known), then every chapter's links. What was left out, rewritten or could
 * not be linked is a warning, as is a page whose own title differs from the contents'.
 */
export function chapterBodies(
  chapters: ReadonlyMap<string, ChapterToImport>,
  context: (from: string) => LinkContext,
  warnings: ImportWarning[],
): Map<string, ChapterBody> {
  const found = (file: string, list: readonly Pick<ImportWarning, 'kind' | 'line' | 'message'>[]) => {
    for (const f of list) warnings.push({ kind: f.kind, file, line: f.line, message: f.message });
  };
  for (const chapter of chapters.values()) {
    const own = chapter.content.title;
    if (own && !sameWords(own, chapter.title)) {
      warnings.push({
        kind: 'contents',
        file: chapter.file,
        line: chapter.content.titleLine,
        message: `the page's own title is "${own}", but the contents lists it as ${chapter.number} ${chapter.title}: the contents' title was used; check the contents links to the right page`,
      });
    }
    found(
      chapter.file,
      chapter.content.leftOut.map((l) => ({ kind: 'left-out' as const, ...l })),
    );
    found(chapter.file, rewriteImages(chapter.content.content, context(chapter.file)));
    found(chapter.file, tidyHtml(chapter.content.content));
    chapter.anchors = anchorsOf(chapter.content.content);
  }
  const bodies = new Map<string, ChapterBody>();
  for (const chapter of chapters.values()) {
    const rewritten = rewriteLinks(chapter.content.content, context(chapter.file));
    found(chapter.file, rewritten.findings);
    const mdx = writeMarkdown(chapter.content.content);
    bodies.set(chapter.file, { mdx, links: rewritten.links, headings: inspectBody(mdx, 1).headings.map((h) => h.id) });
  }
  return bodies;
}

/**
 * The ids of the other imported chapters that a chapter's page calls related or that the contents
 * lists under it, by link or else by title; one that is not an imported chapter is a warning.
 */
export function seeAlsoOf(
  chapter: ChapterToImport,
  chapters: ReadonlyMap<string, ChapterToImport>,
  links: SiteLinks,
  contentsFile: string,
  warnings: ImportWarning[],
): string[] {
  const seeAlso: string[] = [];
  const addSeeAlso = (from: string, href: string | undefined, words: string, line: number | undefined) => {
    const target: LinkTarget | undefined = href === undefined ? undefined : links.resolve(from, href);
    const byTitle = [...chapters.values()].find((c) => c.title.toLowerCase() === words.toLowerCase());
    const other = target?.kind === 'page' ? chapters.get(target.page.file) : href === undefined ? byTitle : undefined;
    if (other && other !== chapter) {
      if (!seeAlso.includes(other.id)) seeAlso.push(other.id);
    } else if (!other) {
      warnings.push({
        kind: 'link',
        file: from,
        line,
        message: `"${words}", a related chapter of ${chapter.number} ${chapter.title}, is not an imported chapter${href ? ` (${href})` : ''}: it was left out of seeAlso`,
      });
    }
  };
  for (const r of chapter.content.related) addSeeAlso(chapter.file, r.href, r.text, r.line);
  for (const s of chapter.entry.seeAlso) addSeeAlso(contentsFile, s.href, s.title, s.line);
  return seeAlso;
}

/**
 * The text of a chapter's version file, dated `date`: its front matter and its body with the links
 * between chapters filled in. Also gives the body alone and the line of the file it starts on.
 */
export function chapterVersion(
  chapter: ChapterToImport,
  bodies: ReadonlyMap<string, ChapterBody>,
  seeAlso: string[],
  date: string,
  signOff?: SignOff,
): { text: string; body: string; bodyLine: number } {
  const own = bodies.get(chapter.file)!;
  const body = fillChapterLinks(own.mdx, own.links, (c) => bodies.get(c.file)?.headings ?? []);
  const source = chapter.page.url ?? chapter.file;
  const summary = `Imported from the previous online manual (${source}).${chapter.content.amendment ? ` Its last amendment note there: ${chapter.content.amendment}` : ''}`;
  const text = versionText(
    { section: chapter.number, title: chapter.title, date, summary, description: description(chapter.content.scope), seeAlso, signOff },
    body,
  );
  return { text, body, bodyLine: text.split('\n').length - body.split('\n').length + 1 };
}
