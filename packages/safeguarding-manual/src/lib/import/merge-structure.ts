// Fits an imported contents into the structure.yaml a manual already has (such as the starter's
// "1 Introduction"): a section or sub-section with the title of one already there is that one;
// the others take free numbers after the manual's own, in the contents' order, and their
// chapters are numbered with them. structure.yaml gains only what it lacks, comments kept.
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { compareNumbers } from '../content/numbering.ts';
import { quoted } from '../authoring/version-writer.ts';
import type { ListedChapter, ListedGroup, ListedSection } from './contents.ts';

/** A numbered item: a section, a sub-section or a chapter. */
export interface NumberedItem {
  number: string;
  title: string;
}

export interface StructureMerge {
  /** The contents' sections and chapters, numbered as they are in the manual. */
  sections: ListedSection[];
  chapters: ListedChapter[];
  /** structure.yaml with the sections and sub-sections it lacked, or undefined when it has them all. */
  text: string | undefined;
  /** The sections and sub-sections given another number than the contents', in its order. */
  renumbered: { from: string; to: string; title: string }[];
}

const titleKey = (title: string) => title.replace(/[’‘]/g, "'").replace(/\W+/g, ' ').trim().toLowerCase();
const parentOf = (number: string) => number.split('.').slice(0, -1).join('.');
const lastOf = (number: string) => Number(number.split('.').pop());
const under = (parent: string, last: number) => (parent ? `${parent}.${last}` : String(last));

/**
 * The manual's number of each imported item under one parent: the number of the existing item
 * with its title, or else its own last part, moved up past the existing items' when any collides.
 */
function placeItems(parent: string, imported: readonly NumberedItem[], existing: readonly NumberedItem[]): Map<string, string> {
  const byTitle = new Map(existing.map((e) => [titleKey(e.title), e.number]));
  const placed = new Map<string, string>();
  const unmatched: NumberedItem[] = [];
  for (const item of imported) {
    const same = byTitle.get(titleKey(item.title));
    if (same === undefined) unmatched.push(item);
    else {
      placed.set(item.number, same);
      byTitle.delete(titleKey(item.title));
    }
  }
  const taken = new Set(existing.map((e) => lastOf(e.number)));
  const shift = unmatched.some((i) => taken.has(lastOf(i.number))) ? Math.max(...taken) - Math.min(...unmatched.map((i) => lastOf(i.number))) + 1 : 0;
  for (const item of unmatched) placed.set(item.number, under(parent, lastOf(item.number) + shift));
  return placed;
}

interface ExistingSection extends NumberedItem {
  node: YAMLMap;
  subsections: NumberedItem[];
}

/** The sections of a structure.yaml, or undefined when it cannot be read as one (the check says why). */
function readSections(text: string): { doc: ReturnType<typeof parseDocument>; sections: ExistingSection[] } | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length) return undefined;
  const list = doc.get('sections');
  if (!isSeq(list)) return undefined;
  const sections: ExistingSection[] = [];
  const item = (node: unknown): NumberedItem | undefined => {
    if (!isMap(node)) return undefined;
    const number = node.get('number');
    const title = node.get('title');
    return typeof number === 'string' && /^\d+(\.\d+)*$/.test(number) && typeof title === 'string' ? { number, title } : undefined;
  };
  for (const node of list.items) {
    const section = item(node);
    if (!section || !isMap(node)) return undefined;
    const subs = node.get('subsections');
    const subsections = isSeq(subs) ? subs.items.map(item) : [];
    if (subsections.some((s) => s === undefined)) return undefined;
    sections.push({ ...section, node, subsections: subsections as NumberedItem[] });
  }
  return { doc, sections };
}

/**
 * Merges the contents (its sections and chapters) into the manual's structure.yaml, given the
 * manual's chapters (number and title); undefined when structure.yaml cannot be read.
 */
export function mergeStructure(
  existingText: string,
  sections: readonly ListedSection[],
  chapters: readonly ListedChapter[],
  existingChapters: readonly NumberedItem[],
): StructureMerge | undefined {
  const existing = readSections(existingText);
  if (!existing) return undefined;
  const numbers = new Map<string, string>();
  const renumbered: StructureMerge['renumbered'] = [];
  const chaptersUnder = (parent: string, list: readonly NumberedItem[]) => list.filter((c) => parentOf(c.number) === parent);
  const sectionNumbers = placeItems('', sections, existing.sections);
  const bySectionNumber = new Map(existing.sections.map((s) => [s.number, s]));
  const added: ListedSection[] = [];
  let changed = false;

  for (const section of sections) {
    const to = sectionNumbers.get(section.number)!;
    numbers.set(section.number, to);
    const target = bySectionNumber.get(to);
    // Sub-sections and the chapters straight under a section share its numbers (1.3 and 1.4).
    const children = placeItems(
      to,
      [...section.subsections, ...chaptersUnder(section.number, chapters)],
      [...(target?.subsections ?? []), ...chaptersUnder(to, existingChapters)],
    );
    for (const [from, placed] of children) numbers.set(from, placed);
    const newSubsections: ListedGroup[] = [];
    for (const sub of section.subsections) {
      const subTo = numbers.get(sub.number)!;
      const existingSub = target?.subsections.some((s) => s.number === subTo);
      for (const [from, placed] of placeItems(subTo, chaptersUnder(sub.number, chapters), existingSub ? chaptersUnder(subTo, existingChapters) : []))
        numbers.set(from, placed);
      if (!existingSub) newSubsections.push({ ...sub, number: subTo });
    }
    if (!target) added.push({ ...section, number: to, subsections: newSubsections });
    else if (newSubsections.length) {
      changed = true;
      let list = target.node.get('subsections');
      if (!isSeq(list)) {
        target.node.set('subsections', []);
        list = target.node.get('subsections');
      }
      if (isSeq(list)) for (const sub of newSubsections) list.add(existing.doc.createNode({ number: quoted(sub.number), title: sub.title }));
    }
  }
  for (const group of sections.flatMap((s) => [s, ...s.subsections])) {
    const to = numbers.get(group.number)!;
    // A sub-section that only follows its section's new number goes without saying.
    if (lastOf(to) !== lastOf(group.number) || (!group.number.includes('.') && to !== group.number))
      renumbered.push({ from: group.number, to, title: group.title });
  }

  const list: unknown = existing.doc.get('sections');
  for (const section of added.sort((a, b) => compareNumbers(a.number, b.number))) {
    const node = {
      number: quoted(section.number),
      title: section.title,
      ...(section.note ? { note: section.note } : {}),
      ...(section.subsections.length ? { subsections: section.subsections.map((s) => ({ number: quoted(s.number), title: s.title })) } : {}),
    };
    if (isSeq(list)) list.add(existing.doc.createNode(node));
    changed = true;
  }

  // A chapter whose number sits under no listed group keeps its place under its section.
  const chapterNumber = (number: string): string => {
    const own = numbers.get(number);
    if (own !== undefined) return own;
    const parent = parentOf(number);
    return parent ? `${chapterNumber(parent)}.${lastOf(number)}` : number;
  };
  return {
    sections: sections.map((s) => ({
      ...s,
      number: numbers.get(s.number)!,
      subsections: s.subsections.map((sub) => ({ ...sub, number: numbers.get(sub.number)! })),
    })),
    chapters: chapters.map((c) => ({ ...c, number: chapterNumber(c.number) })),
    text: changed ? existing.doc.toString({ lineWidth: 0 }) : undefined,
    renumbered,
  };
}
