// Plans an import: from a folder of saved pages to the files of a manual (structure.yaml, the
// first version of each chapter, a draft contacts file, pictures and documents to copy) and
// every warning, without touching the disk. scripts/import.ts writes what this plans.
import type { Refusal } from '../authoring/plan.ts';
import { compareNumbers } from '../content/numbering.ts';
import { missingFromStructure, publicName, structureYaml, type SignOff } from './manual-files.ts';
import { mergeStructure, type NumberedItem } from './merge-structure.ts';
import { contentsScore } from './contents-lines.ts';
import { parseContents } from './contents.ts';
import type { LinkContext } from './links.ts';
import { draftContacts, findPhoneNumbers, type NumberInFile } from './phone-numbers.ts';
import { chaptersWithIds, matchSavedPages } from './plan-chapters.ts';
import { chapterBodies, chapterVersion, seeAlsoOf } from './plan-versions.ts';
import type { ImportWarning } from './report.ts';
import { SiteLinks, type SavedPage, type SavedSite } from './site.ts';

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
  /** The chapters already in the manual (number and title), which imported chapters make room for. */
  existingChapters?: readonly NumberedItem[] | undefined;
  /** Who approved the imported versions and when, written into each. */
  signOff?: SignOff | undefined;
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
  /** Files that exist, with the text they change to: structure.yaml with the sections it lacked. */
  updates: { path: string; text: string }[];
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
  const setAside: ImportWarning[] = (site.setAside ?? []).map((p) => ({ kind: 'unreadable', file: p.file, line: p.line, message: p.message }));
  const contents = parseContents(structuredClone(contentsPage.tree));
  const structurePath = `${contentDir}/structure.yaml`;
  // Into a manual that has a structure already, the contents' sections fit beside its own.
  const merged =
    options.existingStructure !== undefined && existing.has(structurePath)
      ? mergeStructure(options.existingStructure, contents.sections, contents.chapters, options.existingChapters ?? [])
      : undefined;
  if (merged) {
    contents.sections = merged.sections;
    contents.chapters = merged.chapters;
  }
  if (!contents.chapters.some((c) => c.href !== undefined)) {
    return { refusals: [{ problem: `${contentsPage.file} lists no numbered chapters`, fix: 'name the contents page with --contents <file>' }] };
  }
  const warnings: ImportWarning[] = [
    ...setAside,
    ...contents.problems.map((p) => ({ kind: 'contents' as const, file: contentsPage.file, line: p.line, message: p.message })),
    ...(merged?.renumbered ?? []).map((r) => ({
      kind: 'renumbered' as const,
      file: structurePath,
      message: `${r.from} ${r.title} is ${r.to} in this manual, with the chapters under it`,
    })),
  ];

  const { pageFor, unsaved } = matchSavedPages(site, contentsPage, contents.chapters, links, warnings);
  const chapters = chaptersWithIds(pageFor, contentsPage.file, warnings);

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
  const bodies = chapterBodies(chapters, (from: string): LinkContext => ({ site: links, from, chapters, unsaved, place }), warnings);

  const writes: { path: string; text: string }[] = [];
  const kept: string[] = [];
  const write = (path: string, text: string) => (existing.has(path) ? kept.push(path) : writes.push({ path, text }));
  const planned: PlannedChapter[] = [];
  const numbers: NumberInFile[] = [];
  const existingChapter = (id: string) => [...existing].some((p) => p.startsWith(`${contentDir}/procedures/${id}/`));
  for (const chapter of chapters.values()) {
    const seeAlso = seeAlsoOf(chapter, chapters, links, contentsPage.file, warnings);
    const { text, body, bodyLine } = chapterVersion(chapter, bodies, seeAlso, date, options.signOff);
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

  const updates: { path: string; text: string }[] = [];
  if (!merged) write(structurePath, structureYaml(contents.sections));
  else if (merged.text !== undefined) updates.push({ path: structurePath, text: merged.text });
  const copyList = [...copies].map(([from, name]) => ({ from, to: `${options.publicDir}/imported/${name}` }));
  const newCopies = copyList.filter((c) => !existing.has(c.to));
  kept.push(...copyList.filter((c) => existing.has(c.to)).map((c) => c.to));
  for (const path of kept) warnings.push({ kind: 'exists', file: path, message: 'already exists: left as it was' });
  // A structure.yaml that cannot be read is left to the check; the import says what it lacks.
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
    updates,
    copies: newCopies,
    warnings,
    numbers,
    contactsDraft,
    createsManual,
  };
}
