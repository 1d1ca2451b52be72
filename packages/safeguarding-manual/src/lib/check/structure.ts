// Rules for structure.yaml: the numbered sections and sub-sections chapters sit under.
import type { ManualSource } from '../content/manual.ts';
import { fieldLabel } from './field-labels.ts';
import { parentNumber } from '../content/numbering.ts';
import type { ProblemReport } from './problems.ts';
import { structureSchema, type Structure } from '../schemas/structure.ts';
import { applySchema, parseYaml } from '../content/yaml-source.ts';

export interface CheckedStructure {
  structure: Structure;
  /** Every section and sub-section number. */
  groupNumbers: Set<string>;
  /** False when the file is missing or unreadable: chapters' numbers cannot be checked against it. */
  readable: boolean;
  file: string;
}

export function checkStructure(source: ManualSource, report: ProblemReport): CheckedStructure {
  const file = `${source.contentDir}/structure.yaml`;
  const checked: CheckedStructure = { structure: { sections: [] }, groupNumbers: new Set(), readable: false, file };
  if (!source.structureFile) {
    report.error(file, undefined, 'file', 'the structure file is missing', `create ${file} listing the manual's sections`);
    return checked;
  }
  const parsed = parseYaml(source.structureFile.text, file);
  report.add(parsed.problems);
  if (parsed.problems.length) return checked;
  const result = applySchema(structureSchema, parsed, file, ['sections']);
  report.add(result.problems);
  if (!result.data) return checked;
  checked.structure = result.data;
  checked.readable = true;
  const { groupNumbers } = checked;
  result.data.sections.forEach((section, i) => {
    const numbers: [string, (string | number)[]][] = [[section.number, ['sections', i, 'number']]];
    if (parentNumber(section.number) !== undefined) {
      report.error(
        file,
        parsed.lineOf(['sections', i, 'number']),
        fieldLabel(['sections', i, 'number']),
        `section ${section.number} is not a top-level number`,
        'give the section a single number such as "3", or move it into its section\'s subsections',
      );
    }
    section.subsections.forEach((sub, j) => {
      numbers.push([sub.number, ['sections', i, 'subsections', j, 'number']]);
      if (parentNumber(sub.number) !== section.number) {
        report.error(
          file,
          parsed.lineOf(['sections', i, 'subsections', j, 'number']),
          fieldLabel(['sections', i, 'subsections', j, 'number']),
          `sub-section ${sub.number} does not belong to section ${section.number}`,
          `number it ${section.number}.N, or move it under section ${parentNumber(sub.number) ?? sub.number}`,
        );
      }
    });
    for (const [number, path] of numbers) {
      if (groupNumbers.has(number)) {
        report.error(file, parsed.lineOf(path), fieldLabel(path), `number ${number} is used twice`, 'give each section and sub-section its own number');
      }
      groupNumbers.add(number);
    }
  });
  return checked;
}
