// Reads a hosted manual's contents page: its numbered sections, sub-sections and chapters,
// with the "See also" lines under chapters, from the page's lines (contents-lines.ts).
import type { Root } from 'hast';
import { contentsLines, pageLink, splitFlag, tokenize, type ContentsLine, type Token } from './contents-lines.ts';
import { normalizeSpace } from './html.ts';

export interface ListedSeeAlso {
  title: string;
  href: string | undefined;
  line: number | undefined;
}

/** A chapter as the contents lists it. */
export interface ListedChapter {
  number: string;
  title: string;
  /** The link to its page, when the line has one. */
  href: string | undefined;
  /** "New" or "Updated", as flagged beside the title. */
  flag: 'new' | 'updated' | undefined;
  seeAlso: ListedSeeAlso[];
  line: number | undefined;
}

export interface ListedGroup {
  number: string;
  title: string;
  note?: string | undefined;
  line: number | undefined;
}

export interface ListedSection extends ListedGroup {
  subsections: ListedGroup[];
}

/** Something in the contents that could not be read as the import needs it. */
export interface ContentsProblem {
  line: number | undefined;
  message: string;
}

export interface Contents {
  sections: ListedSection[];
  chapters: ListedChapter[];
  problems: ContentsProblem[];
}

// The page's own links and buttons: never a section's note nor a sub-section's title.
const NOISE = /^(?:back to top|top|return to top|quick links:?|print|contents|menu|skip to (?:main )?content)$/i;

/** Reads the sections, sub-sections and chapters of a contents page. */
export function parseContents(tree: Root): Contents {
  const tokens = contentsLines(tree).map(tokenize);
  const problems: ContentsProblem[] = [];
  const numbered = tokens.filter((t): t is Extract<Token, { kind: 'numbered' }> => t.kind === 'numbered');
  // A numbered line that other numbers sit under is a sub-section ("1.3 Referral" above 1.3.1).
  const parents = new Set(numbered.map((t) => t.number.split('.').slice(0, -1).join('.')));
  const sections = new Map<string, ListedSection>();
  const chapters: ListedChapter[] = [];
  let section: ListedSection | undefined;
  let subsection: ListedGroup | undefined;
  let pending: ContentsLine[] = [];
  let chapter: ListedChapter | undefined;

  const sectionFor = (number: string, line: ContentsLine): ListedSection => {
    const top = number.split('.')[0]!;
    let found = sections.get(top);
    if (!found) {
      found = { number: top, title: `Section ${top}`, line: line.line, subsections: [] };
      sections.set(top, found);
      problems.push({
        line: line.line,
        message: `chapter ${number} comes before any heading for section ${top}: the section is called "Section ${top}"; give it its title in structure.yaml`,
      });
    }
    return found;
  };

  for (const token of tokens) {
    if (token.kind === 'section') {
      const existing = sections.get(token.number);
      // The quick links at the top often repeat the section titles: the first title stays.
      section = existing ?? { number: token.number, title: token.title, line: token.line.line, subsections: [] };
      sections.set(token.number, section);
      subsection = undefined;
      chapter = undefined;
      pending = [];
      continue;
    }
    if (token.kind === 'see-also') {
      if (!chapter) continue;
      const link = pageLink(token.line);
      const title = splitFlag(link?.text || token.rest).title;
      if (title) chapter.seeAlso.push({ title, href: link?.href, line: token.line.line });
      continue;
    }
    if (token.kind === 'text') {
      if (!NOISE.test(token.line.text.replace(/:$/, '')) && section) pending.push(token.line);
      continue;
    }
    const depth = token.number.split('.').length;
    if (parents.has(token.number)) {
      // A numbered sub-section heading.
      const owner = sectionFor(token.number, token.line);
      if (depth !== 2) {
        problems.push({
          line: token.line.line,
          message: `${token.number} ${token.title} has chapters numbered under it, but only sections and sub-sections (such as 1.3) can: its chapters were not imported`,
        });
        continue;
      }
      takeNote(owner, subsection, pending);
      subsection = addSubsection(owner, { number: token.number, title: token.title, line: token.line.line });
      pending = [];
      chapter = undefined;
      continue;
    }
    const owner = sectionFor(token.number, token.line);
    if (depth > 3) {
      problems.push({
        line: token.line.line,
        message: `${token.number} ${token.title} is numbered four levels deep, and a chapter's number has at most three parts (such as 1.3.4): it was not imported; give it a number such as ${token.number.split('.').slice(0, 3).join('.')} and add it with npm run new-chapter`,
      });
      continue;
    }
    if (depth === 3) {
      const group = token.number.split('.').slice(0, 2).join('.');
      if (subsection?.number !== group) {
        const existing = owner.subsections.find((s) => s.number === group);
        if (existing) subsection = existing;
        else {
          // Unnumbered sub-section headings take their number from the chapters under them.
          const title = pending.at(-1);
          takeNote(owner, subsection, title ? pending.slice(0, -1) : pending);
          if (!title)
            problems.push({
              line: token.line.line,
              message: `sub-section ${group} has no title in the contents: it is called "Sub-section ${group}"; give it its title in structure.yaml`,
            });
          subsection = addSubsection(owner, {
            number: group,
            title: title ? splitFlag(title.text).title : `Sub-section ${group}`,
            line: title?.line ?? token.line.line,
          });
        }
      }
    } else {
      takeNote(owner, subsection, pending);
    }
    pending = [];
    if (chapters.some((c) => c.number === token.number)) {
      problems.push({
        line: token.line.line,
        message: `${token.number} is listed twice; only the first, "${chapters.find((c) => c.number === token.number)!.title}", was imported`,
      });
      chapter = undefined;
      continue;
    }
    chapter = { number: token.number, title: token.title, href: pageLink(token.line)?.href, flag: token.flag, seeAlso: [], line: token.line.line };
    chapters.push(chapter);
  }
  return { sections: [...sections.values()], chapters, problems };
}

function addSubsection(section: ListedSection, group: ListedGroup): ListedGroup {
  const existing = section.subsections.find((s) => s.number === group.number);
  if (existing) return existing;
  section.subsections.push(group);
  return group;
}

/** Lines between a section's heading and its first chapter become the section's note. */
function takeNote(section: ListedSection, subsection: ListedGroup | undefined, lines: ContentsLine[]): void {
  if (subsection || lines.length === 0 || section.note !== undefined) return;
  const note = normalizeSpace(lines.map((l) => l.text).join(' '));
  if (note) section.note = note;
}
