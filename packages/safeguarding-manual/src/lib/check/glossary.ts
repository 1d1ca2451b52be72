// Rules for glossary.yaml: the file against its schema; one entry per term; each abbreviation
// and other name leading to one entry only; the chapters it links to exist; in a manual published
// in Welsh too, each change note's Welsh.
import { glossaryAnchor } from '../glossary/glossary.ts';
import type { ManualSource } from '../content/manual.ts';
import { fieldLabel } from './field-labels.ts';
import type { ProblemReport } from './problems.ts';
import { glossarySchema, type Glossary } from '../schemas/glossary.ts';
import { applySchema, parseYaml } from '../content/yaml-source.ts';
import type { Language } from '../languages.ts';

export const GLOSSARY_FILE = 'glossary.yaml';

export interface CheckedGlossary {
  glossary: Glossary;
  /** The glossary file, when the manual has one. */
  file: string | undefined;
  /** The line of its list of changes, for the lock check; undefined when it has none. */
  changesLine: number | undefined;
  /** False when the file exists but cannot be read: the lock check then leaves it alone. */
  readable: boolean;
}

/**
 * Reads and checks the glossary. `chapterIds` are the chapters it may link to (and those whose
 * files cannot be read, which carry their own problems); without them links are not checked.
 */
export function checkGlossary(
  source: ManualSource,
  chapterIds: ReadonlySet<string> | undefined,
  report: ProblemReport,
  languages: readonly Language[] = ['en'],
): CheckedGlossary {
  const empty: CheckedGlossary = { glossary: { entries: [], changes: [] }, file: undefined, changesLine: undefined, readable: true };
  const { glossaryFile } = source;
  if (!glossaryFile) return empty;
  const { file, text } = glossaryFile;
  const unreadable = { ...empty, file, readable: false };
  const parsed = parseYaml(text, file);
  report.add(parsed.problems);
  if (parsed.problems.length) return unreadable;
  const result = applySchema(glossarySchema, parsed, file, Object.keys(glossarySchema.shape));
  report.add(result.problems);
  if (!result.data) return unreadable;

  const entries = result.data.entries.map((entry) => ({ ...entry, id: glossaryAnchor(entry.term) }));
  // Every name leads to one entry: a term, an abbreviation or another name used twice would be ambiguous.
  const names = new Map<string, { entry: number; what: string }>();
  const anchors = new Map<string, number>();
  entries.forEach((entry, i) => {
    const line = (field: string, j?: number) => parsed.lineOf(j === undefined ? ['entries', i, field] : ['entries', i, field, j]);
    const claim = (name: string, what: string, field: string, j?: number) => {
      // Terms and other names are matched in any case; abbreviations as written.
      const key = what === 'abbreviation' ? name : name.toLowerCase();
      const earlier = names.get(key) ?? names.get(name.toLowerCase());
      const at = `entries[${i + 1}].${field}${j === undefined ? '' : `[${j + 1}]`}`;
      if (earlier && earlier.entry === i) {
        report.error(file, line(field, j), at, `${name} is given twice in this entry`, `remove the second ${name}`);
      } else if (earlier) {
        const other = entries[earlier.entry]!;
        report.error(
          file,
          line(field, j),
          at,
          `${name} is already the ${earlier.what} of the entry "${other.term}" (line ${parsed.lineOf(['entries', earlier.entry, 'term'])}): a name may lead to one entry only`,
          earlier.what === 'term' && what === 'term' ? 'merge the two entries into one' : `remove it from one of the two entries`,
        );
      } else {
        names.set(key, { entry: i, what });
      }
    };
    claim(entry.term, 'term', 'term');
    const sameAnchor = anchors.get(entry.id);
    if (sameAnchor !== undefined && entries[sameAnchor]!.term.toLowerCase() !== entry.term.toLowerCase()) {
      report.error(
        file,
        line('term'),
        `entries[${i + 1}].term`,
        `"${entry.term}" and "${entries[sameAnchor]!.term}" (line ${parsed.lineOf(['entries', sameAnchor, 'term'])}) differ only in punctuation, so they would share the address /glossary/#${entry.id}`,
        'merge the two entries, or tell them apart by a word',
      );
    }
    anchors.set(entry.id, i);
    entry.abbreviations.forEach((name, j) => claim(name, 'abbreviation', 'abbreviations', j));
    entry.otherNames.forEach((name, j) => claim(name, 'other name', 'otherNames', j));
    if (chapterIds) {
      entry.chapters.forEach((id, j) => {
        if (!chapterIds.has(id))
          report.error(
            file,
            line('chapters', j),
            `entries[${i + 1}].chapters[${j + 1}]`,
            `chapter ${id} does not exist`,
            `use the folder name of a chapter in ${source.contentDir}/procedures, or remove it`,
          );
      });
    }
  });
  // In a manual published in Welsh too, the Welsh pages show each change note.
  const { changes, cy } = result.data;
  const welshChanges = cy?.changes ?? [];
  if (languages.includes('cy') && welshChanges.length !== changes.length) {
    const missing = changes.slice(welshChanges.length);
    report.error(
      file,
      parsed.lineOf(['cy', 'changes']),
      fieldLabel(['cy', 'changes']),
      `${welshChanges.length === 0 ? 'is missing' : `gives ${welshChanges.length} of the ${changes.length} changes`}: the manual is published in English and Welsh (languages in manual.config.ts), and the Welsh glossary shows each change note`,
      missing.length
        ? `add cy: changes: at the end of the file, with the Welsh summary of each change in the order of changes, for ${missing.map((c) => `"${c.summary}"`).join(', ')}`
        : `give one change under cy: changes: for each of the ${changes.length} changes, in the same order`,
    );
  }
  return {
    glossary: { entries, changes, ...(cy ? { cy } : {}) },
    file,
    changesLine: result.data.changes.length ? parsed.lineOf(['changes']) : undefined,
    readable: true,
  };
}
