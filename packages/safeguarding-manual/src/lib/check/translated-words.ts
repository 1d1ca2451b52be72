// In a manual published in more than one language, the words kept beside their English in the
// same YAML file (a contact's service, notes and phone labels; a glossary entry; a section's
// title) are there in every language, under the language's code (cy: { ... }). Without them the
// page in that language would show the English words. A resource's Welsh words, and the Welsh
// of change notes, are checked with the rest of their file (resources.ts, contacts.ts, glossary.ts).
import { fieldLabel } from './field-labels.ts';
import type { ManualSource, SourceFile } from '../content/manual.ts';
import type { ProblemReport } from './problems.ts';
import { parseYaml } from '../content/yaml-source.ts';
import { LANGUAGE_IN_ENGLISH, MAIN_LANGUAGE, type Language } from '../languages.ts';

type Data = Record<string, unknown>;

const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== '';
const items = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
/** A value of the file as words: a name or a number, or nothing. */
const words = (value: unknown, otherwise = ''): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : otherwise);

/**
 * What one kind of file needs in another language: each item of the file that has words (the
 * whole file, or each entry of a list), the fields its translation must hold, and the fields
 * it must hold when the English item has them.
 */
interface Needs {
  /** What the item is called in a message: "this contact", "the glossary entry "ICPC"". */
  name: (item: Data) => string;
  required: string[];
  /** Fields needed in the translation only when the English item has them. */
  whenEnglishHas: string[];
  /** Each English phone's label (and hours, when it has them) in the same place in the translation's list. */
  phones?: boolean;
}

const CONTACT: Needs = {
  name: (c) => `this contact (${words(c['service'], 'its service')})`,
  required: ['service'],
  whenEnglishHas: ['notes'],
  phones: true,
};
const ENTRY: Needs = { name: (e) => `the glossary entry "${words(e['term'])}"`, required: ['term', 'definition'], whenEnglishHas: [] };
const SECTION: Needs = { name: (s) => `section ${words(s['number'])} (${words(s['title'])})`, required: ['title'], whenEnglishHas: ['note'] };

/** Checks one item at `path` of a parsed file against what its translation into `language` needs. */
function checkItem(
  report: ProblemReport,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number,
  item: Data,
  path: PropertyKey[],
  needs: Needs,
  language: Language,
) {
  const languageName = LANGUAGE_IN_ENGLISH[language];
  const translation = item[language];
  const at = (...rest: PropertyKey[]) => [...path, language, ...rest];
  if (!isData(translation)) {
    const wanted = [
      ...needs.required,
      ...needs.whenEnglishHas.filter((f) => hasText(item[f])),
      ...(needs.phones && items(item['phones']).length ? ['phones'] : []),
    ];
    report.error(
      file,
      lineOf(path.length ? path : [needs.required[0]!]),
      fieldLabel(at()),
      `the manual is published in ${languageName} too, and ${needs.name(item)} has no ${languageName} words, so its ${languageName} page would show the English`,
      `add ${language}: with its ${wanted.join(', ')} in ${languageName} (docs/languages.md)`,
    );
    return;
  }
  for (const field of [...needs.required, ...needs.whenEnglishHas.filter((f) => hasText(item[f]))]) {
    if (!hasText(translation[field])) {
      report.error(
        file,
        lineOf(at()),
        fieldLabel(at(field)),
        `${needs.name(item)} has its ${field} in English but not in ${languageName}`,
        `write its ${field} in ${languageName} under ${language}:`,
      );
    }
  }
  if (!needs.phones) return;
  const phones = items(item['phones']);
  const translated = items(translation['phones']);
  phones.forEach((phone, i) => {
    if (!isData(phone)) return;
    const other = translated[i];
    const fields = ['label', ...(hasText(phone['hoursText']) ? ['hoursText'] : [])];
    for (const field of fields) {
      if (isData(other) && hasText(other[field])) continue;
      report.error(
        file,
        lineOf(isData(other) ? at('phones', i) : [...path, 'phones', i]),
        fieldLabel(at('phones', i, field)),
        `the ${field === 'label' ? 'label' : 'hours'} of phone number ${i + 1} (${words(phone[field])}) has no ${languageName}`,
        `give ${language}: phones: one entry for each phone number, in the same order, with its ${fields.join(' and ')} in ${languageName}`,
      );
    }
  });
  if (translated.length > phones.length) {
    report.error(
      file,
      lineOf(at('phones', phones.length)),
      fieldLabel(at('phones', phones.length)),
      `there are ${translated.length} phone numbers in ${languageName} but ${phones.length} in English`,
      `keep one ${languageName} entry for each phone number, in the same order, and delete the others`,
    );
  }
}

/** Parses `source` (whose own problems the other rules report) and checks its items. */
function checkFile(
  report: ProblemReport,
  source: SourceFile | undefined,
  languages: readonly Language[],
  each: (data: Data) => [Data, PropertyKey[]][],
  needs: Needs,
) {
  if (!source) return;
  const parsed = parseYaml(source.text, source.file);
  if (parsed.problems.length || !isData(parsed.data)) return;
  for (const [item, path] of each(parsed.data)) {
    for (const language of languages) checkItem(report, source.file, parsed.lineOf, item, path, needs, language);
  }
}

const listed = (key: string) => (data: Data) => items(data[key]).flatMap((item, i): [Data, PropertyKey[]][] => (isData(item) ? [[item, [key, i]]] : []));

/** Refuses, in a manual published in more than one language, any contact, glossary entry or section without its words in each. */
export function checkTranslatedWords(source: ManualSource, languages: readonly Language[], report: ProblemReport): void {
  const others = languages.filter((language) => language !== MAIN_LANGUAGE);
  if (!others.length) return;
  const whole = (data: Data): [Data, PropertyKey[]][] => [[data, []]];
  for (const file of source.contactFiles) checkFile(report, file, others, whole, CONTACT);
  checkFile(report, source.glossaryFile, others, listed('entries'), ENTRY);
  checkFile(
    report,
    source.structureFile,
    others,
    (data) =>
      listed('sections')(data).flatMap(([section, path]) => [
        [section, path] as [Data, PropertyKey[]],
        ...listed('subsections')(section).map(([sub, subPath]): [Data, PropertyKey[]] => [sub, [...path, ...subPath]]),
      ]),
    SECTION,
  );
}
