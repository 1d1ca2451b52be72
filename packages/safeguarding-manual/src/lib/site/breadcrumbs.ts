// The breadcrumb trail above a chapter: the sections and sub-sections of the contents it sits
// in, from the top, each with its number and title from structure.yaml.
import { parentNumber } from '../content/numbering.ts';
import type { Structure } from '../schemas/structure.ts';

/** One step of the trail: a section or sub-section of the contents. */
export interface Crumb {
  number: string;
  title: string;
}

/** The sections that hold a chapter numbered `number`, outermost first; none for an information page (no number). */
export function breadcrumbTrail(structure: Structure, number: string): Crumb[] {
  const titles = new Map<string, string>();
  for (const section of structure.sections) {
    titles.set(section.number, section.title);
    for (const sub of section.subsections) titles.set(sub.number, sub.title);
  }
  const trail: Crumb[] = [];
  for (let n = parentNumber(number); n !== undefined; n = parentNumber(n)) {
    const title = titles.get(n);
    if (title) trail.unshift({ number: n, title });
  }
  return trail;
}
