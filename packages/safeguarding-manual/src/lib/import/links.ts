// Rewrites a chapter's links and pictures for the new manual: links between imported chapters
// become /procedures/<chapter-id>/ (with the heading they pointed at), saved pictures and
// documents are copied into the site, and every link to something that was not imported is
// reported.
import type { Root } from 'hast';
import { attribute, element, findAll, lineOf, normalizeSpace, parentsOf, replaceNode, text, textOf, unwrap } from './html.ts';
import type { LinkTarget, SiteLinks } from './site.ts';

/** An imported chapter, by the saved page it came from. */
export interface ImportedChapter {
  id: string;
  number: string;
  title: string;
  /** The saved page, by its path inside the folder. */
  file: string;
  /** Where each id on its page points: an index into its headings. */
  anchors: ReadonlyMap<string, number>;
}

export interface LinkFinding {
  kind: 'link' | 'image' | 'document' | 'left-out';
  line: number | undefined;
  message: string;
}

/** A link to an imported chapter, written as a token until every chapter's headings are known. */
export interface ChapterLink {
  token: string;
  chapter: ImportedChapter;
  /** The heading, by index, or undefined for the top of the chapter. */
  heading: number | undefined;
  /** True for a link within the same chapter (written #heading-id). */
  local: boolean;
}

export interface LinkContext {
  site: SiteLinks;
  /** The saved page the chapter came from. */
  from: string;
  /** Imported chapters, by saved page. */
  chapters: ReadonlyMap<string, ImportedChapter>;
  /** Chapters the contents lists whose pages were not saved, by the address the contents links to. */
  unsaved: ReadonlyMap<string, { number: string; title: string }>;
  /** Copies a file of the folder into the site and gives its address there, such as /imported/flowchart.png. */
  place: (file: string) => string;
}

const DOCUMENT = /\.(pdf|docx?|xlsx?|pptx?|rtf|odt|ods|odp|txt|csv|zip)$/i;
const IMAGE = /\.(png|jpe?g|gif|svg|webp|bmp|tiff?)$/i;
const IMPORTED = 'dataImported';

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/**
 * Replaces each picture: a saved one is copied into the site and linked as "Image: <alt>"
 * (inside a link, only the words stay); one that was not saved leaves its words.
 */
export function rewriteImages(content: Root, ctx: LinkContext): LinkFinding[] {
  const findings: LinkFinding[] = [];
  const parents = parentsOf(content);
  for (const img of findAll(content, (e) => e.tagName === 'img')) {
    const src = attribute(img, 'src') ?? '';
    const alt = normalizeSpace(attribute(img, 'alt') ?? '');
    const words = `Image: ${alt || src.split('/').pop() || 'picture'}`;
    const target = src ? ctx.site.resolve(ctx.from, src) : undefined;
    let up = parents.get(img);
    let inLink = false;
    while (up && up.type === 'element') {
      if (up.tagName === 'a') inLink = true;
      up = parents.get(up);
    }
    const refused = target?.kind === 'file' ? ctx.site.publishProblem(target.file) : undefined;
    if (target?.kind === 'file' && refused) {
      findings.push({
        kind: 'left-out',
        line: lineOf(img),
        message: `the picture ${target.file} ${refused.problem}, so it was not copied${alt ? ` and "${words}" put in its place` : ''}: ${refused.fix}`,
      });
      replaceNode(parents, img, alt ? [text(words)] : []);
    } else if (target?.kind === 'file') {
      const address = ctx.place(target.file);
      findings.push({
        kind: 'image',
        line: lineOf(img),
        message: `the picture ${target.file}${alt ? ` ("${alt}")` : ''} was copied to public${address}, and the chapter links to it as "${words}": if it shows a flowchart or a table, write it out in words too`,
      });
      replaceNode(parents, img, inLink ? [text(words)] : [element('a', [text(words)], { href: address, [IMPORTED]: true })]);
    } else {
      const where = src.startsWith('data:') ? 'a picture written into the page' : `the picture ${src}`;
      findings.push({
        kind: 'image',
        line: lineOf(img),
        message: `${where}${alt ? ` ("${alt}")` : ''} was not saved with the page, so it was left out${alt ? ` and "${words}" put in its place` : ''}: save it into public/imported/ and link to it`,
      });
      replaceNode(parents, img, alt ? [text(words)] : []);
    }
  }
  return findings;
}

/**
 * Rewrites every link of a chapter's (tidied) content. Links to imported chapters become
 * tokens, filled in by `fillChapterLinks` once every chapter's headings are known.
 */
export function rewriteLinks(content: Root, ctx: LinkContext): { findings: LinkFinding[]; links: ChapterLink[] } {
  const findings: LinkFinding[] = [];
  const links: ChapterLink[] = [];
  const parents = parentsOf(content);
  const self = ctx.chapters.get(ctx.from);
  for (const a of findAll(content, (e) => e.tagName === 'a')) {
    if (a.properties[IMPORTED]) {
      delete a.properties[IMPORTED];
      continue;
    }
    const href = attribute(a, 'href');
    if (href === undefined) continue;
    const words = textOf(a);
    const line = lineOf(a);
    if (!words && findAll(a, (e) => e.tagName !== 'br').length === 0) {
      replaceNode(parents, a);
      continue;
    }
    const removeLink = (message: string, kind: LinkFinding['kind'] = 'link') => {
      findings.push({ kind, line, message });
      unwrap(parents, a);
    };
    const target: LinkTarget = ctx.site.resolve(ctx.from, href);
    const toChapter = (chapter: ImportedChapter, fragment: string | undefined) => {
      const local = chapter === self;
      let heading: number | undefined;
      if (fragment) {
        heading = chapter.anchors.get(fragment);
        if (heading === undefined && local)
          return removeLink(`"${words}" links to #${fragment} on this page, where no heading is: the link was removed and its words kept`);
        if (heading === undefined)
          findings.push({
            kind: 'link',
            line,
            message: `"${words}" links to #${fragment} in chapter ${chapter.number} ${chapter.title}, where no heading is: the link now goes to the top of that chapter`,
          });
      }
      const token = `import-link-${links.length + 1}`;
      links.push({ token, chapter, heading, local: local && heading !== undefined });
      a.properties = { href: token };
    };
    switch (target.kind) {
      case 'fragment':
        if (!target.fragment) removeLink(`"${words}" links to the top of this page: the link was removed and its words kept`);
        else if (self) toChapter(self, target.fragment);
        else removeLink(`"${words}" links to #${target.fragment}: the link was removed and its words kept`);
        break;
      case 'page': {
        const chapter = ctx.chapters.get(target.page.file);
        if (chapter) toChapter(chapter, target.fragment);
        else removeLink(`"${words}" links to ${target.page.file}, a saved page that is not a chapter in the contents: the link was removed and its words kept`);
        break;
      }
      case 'file': {
        const refused = ctx.site.publishProblem(target.file);
        if (refused) {
          removeLink(
            `"${words}" links to ${target.file}, which ${refused.problem}, so it was not copied: the link was removed and its words kept; ${refused.fix}`,
            'left-out',
          );
        } else if (IMAGE.test(target.file) || DOCUMENT.test(target.file) || !/\.html?$/i.test(target.file)) {
          const address = ctx.place(target.file);
          findings.push({
            kind: IMAGE.test(target.file) ? 'image' : 'document',
            line,
            message: `${target.file} was copied to public${address}, and "${words}" links to it there`,
          });
          a.properties = { href: address };
        } else {
          removeLink(`"${words}" links to ${target.file}, which is not a page the import could read: the link was removed and its words kept`);
        }
        break;
      }
      case 'missing': {
        const unsaved = ctx.unsaved.get(target.url) ?? ctx.unsaved.get(href);
        if (unsaved)
          removeLink(
            `"${words}" links to chapter ${unsaved.number} ${unsaved.title}, whose page was not saved: the link was removed and its words kept; link to the chapter again once it is in the manual`,
          );
        else if (DOCUMENT.test(pathOf(target.url)) || IMAGE.test(pathOf(target.url))) {
          findings.push({
            kind: IMAGE.test(pathOf(target.url)) ? 'image' : 'document',
            line,
            message: `"${words}" links to ${target.url}, which was not saved: the link still goes to the old site; download it into public/imported/ and link to /imported/<file name> before the old site closes`,
          });
          a.properties = { href: target.url };
        } else removeLink(`"${words}" links to ${target.url} on the old site, which was not saved: the link was removed and its words kept`);
        break;
      }
      case 'outside':
        removeLink(`"${words}" links to ${target.url}, outside the folder of saved pages: the link was removed and its words kept`);
        break;
      case 'external':
      case 'mail':
        a.properties = { href: target.url };
        break;
      case 'script':
        removeLink(`"${words}" ran a script (${href}), which chapters cannot: the link was removed and its words kept`, 'left-out');
        break;
      case 'invalid':
        removeLink(`"${words}" links to "${href}", which is not a web address: the link was removed and its words kept`);
        break;
    }
  }
  return { findings, links };
}

/** Fills in the links to chapters once every chapter's heading ids (in order) are known. */
export function fillChapterLinks(mdx: string, links: readonly ChapterLink[], headingIds: (chapter: ImportedChapter) => readonly string[]): string {
  let out = mdx;
  for (const link of links) {
    const id = link.heading === undefined ? undefined : headingIds(link.chapter)[link.heading];
    const address = link.local && id ? `#${id}` : `/procedures/${link.chapter.id}/${id ? `#${id}` : ''}`;
    out = out.replaceAll(`](${link.token})`, `](${address})`);
  }
  return out;
}
