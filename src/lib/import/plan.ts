// Plans an import: from a folder of saved pages to the files of a manual (structure.yaml, the
// first version of each chapter, a draft contacts file, pictures and documents to copy) and
// every warning, without touching the disk. scripts/import.ts writes what this plans.
import { chapterIdFromTitle } from '../authoring/chapter-id.ts';
import type { Refusal } from '../authoring/plan.ts';
import { inspectBody } from '../mdx-body.ts';
import { compareNumbers } from '../numbering.ts';
import { extractChapter, type ChapterContent } from './chapter.ts';
import { description, missingFromStructure, publicName, structureYaml, versionText } from './manual-files.ts';
import { contentsScore } from './contents-lines.ts';
import { parseContents, type ListedChapter } from './contents.ts';
import { fillChapterLinks, rewriteImages, rewriteLinks, type ChapterLink, type ImportedChapter, type LinkContext } from './links.ts';
import { anchorsOf, tidyHtml, writeMarkdown } from './markdown.ts';
import { draftContacts, findPhoneNumbers, type NumberInFile } from './phone-numbers.ts';
import type { ImportWarning } from './report.ts';
import { SiteLinks, type LinkTarget, type SavedPage, type SavedSite } from './site.ts';

export interface ImportOptions {
  /** The date of the imported versions, YYYY-MM-DD. */
  date: string;
  /** The manual's content folder, such as src/content. */
  contentDir: string;
  /** The site's public folder, such as public. */
  publicDir: string;
  /** The contents page, by its path in the folder; found by itself when not given. */
  contentsFile?: string | undefined;
  /** Files that already exist (paths as the plan writes them): they are never replaced. */
  existing: ReadonlySet<string>;
  /** The text of the structure.yaml already in the content folder, if there is one. */
  existingStructure?: string | undefined;
  /** Numbers the manual's contacts already have, by number, with the contact's id. */
  contactNumbers?: ReadonlyMap<string, string> | undefined;
}

export interface PlannedChapter {
  id: string;
  number: string;
  title: string;
  /** The version file, such as src/content/procedures/strategy-discussions/2026-12-01.mdx. */
  file: string;
  /** The saved page it came from. */
  from: string;
  /** False when the chapter's folder already existed, so nothing was planned for it. */
  written: boolean;
}

export interface ImportPlan {
  contentsFile: string;
  chapters: PlannedChapter[];
  sections: number;
  subsections: number;
  /** New files, with their text. */
  writes: { path: string; text: string }[];
  /** Files of the folder to copy into the site, by path in the folder and path to write. */
  copies: { from: string; to: string }[];
  warnings: ImportWarning[];
  /** The phone numbers found, by version file and line. */
  numbers: NumberInFile[];
  /** The draft contacts file, when numbers were found. */
  contactsDraft: string | undefined;
  /** True when the content folder had no manual in it: the import creates one. */
  createsManual: boolean;
}

/** The page most like a contents page: the one with most numbered lines that link somewhere. */
function findContents(site: SavedSite): SavedPage | undefined {
  let best: { page: SavedPage; score: number } | undefined;
  for (const page of site.pages) {
    const score = contentsScore(page.tree);
    const preferred = /contents/i.test(page.file);
    if (score >= 2 && (!best || score > best.score || (score === best.score && preferred))) best = { page, score };
  }
  return best?.page;
}

/** Plans the import of a folder of saved pages into a manual. */
export function planImport(site: SavedSite, options: ImportOptions): ImportPlan | { refusals: Refusal[] } {
  const { date, contentDir, existing } = options;
  if (!site.pages.length) {
    return {
      refusals: [
        {
          problem: 'the folder has no saved web pages (.html, .htm, or pages wget saved without an extension)',
          fix: 'save the manual\'s contents page and its chapters into the folder, with a browser ("Save page as", "Webpage, Complete") or wget --mirror',
        },
      ],
    };
  }
  const contentsPage = options.contentsFile === undefined ? findContents(site) : site.pages.find((p) => p.file === options.contentsFile);
  if (!contentsPage) {
    return {
      refusals: [
        options.contentsFile === undefined
          ? {
              problem: 'no saved page looks like the manual\'s contents: none lists numbered chapters (such as "1.3.4 Section 47 Enquiries") with links',
              fix: 'save the contents page into the folder too, or name it with --contents <file>',
            }
          : {
              problem: `--contents ${options.contentsFile} is not a saved page in the folder`,
              fix: `give its path inside the folder, such as --contents ${site.pages[0]!.file}`,
            },
      ],
    };
  }
  const links = new SiteLinks(site);
  const contents = parseContents(structuredClone(contentsPage.tree));
  if (!contents.chapters.some((c) => c.href !== undefined)) {
    return { refusals: [{ problem: `${contentsPage.file} lists no numbered chapters`, fix: 'name the contents page with --contents <file>' }] };
  }
  const warnings: ImportWarning[] = contents.problems.map((p) => ({ kind: 'contents', file: contentsPage.file, line: p.line, message: p.message }));

  // Which saved page each chapter of the contents is.
  const pageFor = new Map<ListedChapter, SavedPage>();
  const unsaved = new Map<string, { number: string; title: string }>();
  const used = new Map<string, ListedChapter>();
  for (const entry of contents.chapters) {
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

  // Ids, from the titles.
  const chapters = new Map<string, ImportedChapter & { entry: ListedChapter; page: SavedPage; content: ChapterContent }>();
  const ids = new Set<string>();
  for (const [entry, page] of pageFor) {
    const base = chapterIdFromTitle(entry.title) || `chapter-${entry.number.replaceAll('.', '-')}`;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    if (id !== base)
      warnings.push({
        kind: 'contents',
        file: contentsPage.file,
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

  // Pictures and documents: each file of the folder is copied once, under a name of its own.
  const copies = new Map<string, string>();
  const names = new Set<string>();
  const place = (file: string) => {
    let name = copies.get(file);
    if (!name) {
      name = publicName(file, names);
      names.add(name);
      copies.set(file, name);
    }
    return `/imported/${name}`;
  };
  const context = (from: string): LinkContext => ({ site: links, from, chapters, unsaved, place });
  const found = (file: string, list: readonly Pick<ImportWarning, 'kind' | 'line' | 'message'>[]) => {
    for (const f of list) warnings.push({ kind: f.kind, file, line: f.line, message: f.message });
  };

  const sameWords = (a: string, b: string) =>
    a.replace(/[’‘]/g, "'").replace(/\W+/g, ' ').trim().toLowerCase() === b.replace(/[’‘]/g, "'").replace(/\W+/g, ' ').trim().toLowerCase();
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
  const bodies = new Map<string, { mdx: string; links: ChapterLink[]; headings: string[] }>();
  for (const chapter of chapters.values()) {
    const rewritten = rewriteLinks(chapter.content.content, context(chapter.file));
    found(chapter.file, rewritten.findings);
    const mdx = writeMarkdown(chapter.content.content);
    bodies.set(chapter.file, { mdx, links: rewritten.links, headings: inspectBody(mdx, 1).headings.map((h) => h.id) });
  }

  const writes: { path: string; text: string }[] = [];
  const kept: string[] = [];
  const write = (path: string, text: string) => (existing.has(path) ? kept.push(path) : writes.push({ path, text }));
  const planned: PlannedChapter[] = [];
  const numbers: NumberInFile[] = [];
  const existingChapter = (id: string) => [...existing].some((p) => p.startsWith(`${contentDir}/procedures/${id}/`));
  for (const chapter of chapters.values()) {
    const body = fillChapterLinks(bodies.get(chapter.file)!.mdx, bodies.get(chapter.file)!.links, (c) => bodies.get(c.file)?.headings ?? []);
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
    for (const s of chapter.entry.seeAlso) addSeeAlso(contentsPage.file, s.href, s.title, s.line);

    const source = chapter.page.url ?? chapter.file;
    const summary = `Imported from the previous online manual (${source}).${chapter.content.amendment ? ` Its last amendment note there: ${chapter.content.amendment}` : ''}`;
    const text = versionText({ section: chapter.number, title: chapter.title, date, summary, description: description(chapter.content.scope), seeAlso }, body);
    const path = `${contentDir}/procedures/${chapter.id}/${date}.mdx`;
    const written = !existingChapter(chapter.id);
    planned.push({ id: chapter.id, number: chapter.number, title: chapter.title, file: path, from: chapter.file, written });
    if (!written) {
      warnings.push({
        kind: 'exists',
        file: `${contentDir}/procedures/${chapter.id}`,
        message: `chapter ${chapter.number} ${chapter.title} already has a folder: nothing was written for it`,
      });
      continue;
    }
    writes.push({ path, text });
    const bodyLine = text.split('\n').length - body.split('\n').length + 1;
    for (const n of findPhoneNumbers(body, bodyLine)) numbers.push({ ...n, file: path });
  }

  for (const n of numbers) {
    const contact = options.contactNumbers?.get(n.number);
    warnings.push({
      kind: 'phone',
      file: n.file,
      line: n.line,
      message: contact
        ? `${n.number} is a number of contacts/${contact}.yaml: write <Contact id="${contact}" inline /> in its place`
        : `${n.number}: "${n.context}"`,
    });
  }
  const draftNumbers = numbers.filter((n) => !options.contactNumbers?.has(n.number));
  const contactsDraft = draftNumbers.length ? draftContacts(draftNumbers, date, contentDir) : undefined;
  if (contactsDraft) write(`${contentDir}/imported-contacts-draft.yaml`, contactsDraft);

  const structurePath = `${contentDir}/structure.yaml`;
  write(structurePath, structureYaml(contents.sections));
  const copyList = [...copies].map(([from, name]) => ({ from, to: `${options.publicDir}/imported/${name}` }));
  const newCopies = copyList.filter((c) => !existing.has(c.to));
  kept.push(...copyList.filter((c) => existing.has(c.to)).map((c) => c.to));
  for (const path of kept) warnings.push({ kind: 'exists', file: path, message: 'already exists: left as it was' });
  if (kept.includes(structurePath) && options.existingStructure !== undefined) {
    for (const missing of missingFromStructure(options.existingStructure, contents.sections)) {
      warnings.push({
        kind: 'contents',
        file: structurePath,
        message: `the contents has ${missing}, which this structure.yaml does not: add it, or the chapters under it fail the check`,
      });
    }
  }
  const createsManual = ![...existing].some(
    (p) => p === structurePath || p === `${contentDir}/versions.lock.json` || p.startsWith(`${contentDir}/procedures/`),
  );
  planned.sort((a, b) => compareNumbers(a.number, b.number));
  return {
    contentsFile: contentsPage.file,
    chapters: planned,
    sections: contents.sections.length,
    subsections: contents.sections.reduce((n, s) => n + s.subsections.length, 0),
    writes,
    copies: newCopies,
    warnings,
    numbers,
    contactsDraft,
    createsManual,
  };
}
