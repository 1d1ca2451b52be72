// Chapter numbers: unique among chapters in force on the build date and on each later date
// that changes them, and each under a section or sub-section of structure.yaml.
import { compareNumbers, parentNumber } from '../content/numbering.ts';
import type { ProblemReport } from './problems.ts';
import { versionOn, type Version } from '../content/versions.ts';
import type { ManualIndex } from './manual-index.ts';
import type { CheckedStructure } from './structure.ts';

export function checkNumbering(index: ManualIndex, structure: CheckedStructure, report: ProblemReport): void {
  const { chapters, at } = index;
  const { today } = index.options;
  const { groupNumbers } = structure;
  const groups = [...groupNumbers].sort(compareNumbers);
  const dates = [today, ...new Set(chapters.flatMap((c) => c.upcoming.map((v) => v.amended)))].sort();
  const reported = new Set<Version>();
  /** The first number under `parent` after the highest that a chapter in force on `date` or later, or a section, uses. */
  const free = (parent: string, date: string) => {
    const used = chapters
      .flatMap((c) => c.versions.filter((v) => v.amended >= date || v === versionOn(c, date)))
      .map((v) => v.section)
      .concat(groups)
      .filter((n) => parentNumber(n) === parent)
      .map((n) => Number(n.slice(parent.length + 1)));
    return `${parent}.${Math.max(0, ...used) + 1}`;
  };
  // A published version keeps its number: a new one is given in a new version.
  const renumber = (v: Version) => (index.isLocked(v) ? ` (in a new version: npm run amend -- ${v.chapterId} --section <number> --summary "Renumbered.")` : '');
  for (const date of dates) {
    const inForce = chapters.map((c) => versionOn(c, date)).filter((v): v is Version => v !== undefined && v.change !== 'withdrawn');
    const byNumber = new Map<string, Version[]>();
    for (const v of inForce) byNumber.set(v.section, [...(byNumber.get(v.section) ?? []), v]);
    for (const [number, list] of byNumber) {
      if (list.length < 2) continue;
      for (const v of list.filter((x) => !reported.has(x))) {
        reported.add(v);
        const others = list
          .filter((x) => x !== v)
          .map((x) => x.chapterId)
          .join(', ');
        const when = date === today ? '' : ` from ${date}`;
        report.error(
          v.file,
          at(v, 'section'),
          'section',
          `number ${number} is also used by ${others}${when}`,
          index.isLocked(v)
            ? `give one of the chapters another number; renumbering is an amendment: npm run amend -- ${v.chapterId} --section <new number> --summary "Renumbered."`
            : `give it a free number${parentNumber(number) === undefined ? '' : `, such as ${free(parentNumber(number)!, date)}`}`,
        );
      }
    }
    // Without a readable structure file, the problem is reported once, on that file.
    if (!structure.readable) continue;
    for (const v of inForce) {
      if (reported.has(v)) continue;
      const parent = parentNumber(v.section);
      if (groupNumbers.has(v.section)) {
        reported.add(v);
        report.error(
          v.file,
          at(v, 'section'),
          'section',
          `number ${v.section} belongs to a section in ${structure.file}`,
          `number the chapter inside it, such as ${free(v.section, date)}${renumber(v)}`,
        );
      } else if (parent === undefined || !groupNumbers.has(parent)) {
        reported.add(v);
        report.error(
          v.file,
          at(v, 'section'),
          'section',
          `number ${v.section} does not sit under any section or sub-section in ${structure.file}`,
          parent === undefined
            ? `number it inside a section, such as 1.${v.section}${renumber(v)}`
            : `add section ${parent} to ${structure.file}, or use a number under one of: ${groups.join(', ')}${renumber(v)}`,
        );
      }
    }
  }
}
