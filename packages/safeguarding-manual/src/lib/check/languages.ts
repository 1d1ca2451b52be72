// Publishing in more than one language: every version has its text in each language of the
// manual (<date>.cy.mdx beside <date>.mdx), with the same structure, so that a reader of either
// language finds the same headings, contacts, local areas, links and resources on the same date.
import { createHash } from 'node:crypto';
import { areaIdsIn } from '../content/areas.ts';
import { contactIdsIn } from '../content/contacts.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { fileLanguage, isLanguage, LANGUAGE_IN_ENGLISH, MAIN_LANGUAGE, translationFile, type Language } from '../languages.ts';
import type { ManualSource } from '../content/manual.ts';
import { inspectBody } from '../content/mdx-body.ts';
import type { ProblemReport } from './problems.ts';
import { resourceIdsIn } from '../content/resources.ts';
import { translationSchema, type TranslationFrontmatter } from '../schemas/translation.ts';
import { applySchema, parseYaml } from '../content/yaml-source.ts';
import type { ManualDocument, Version } from '../content/versions.ts';
import type { ParsedVersion } from './version-files.ts';
import { versionSourceFiles } from './version-files.ts';

/** A version's text in another language: its file, the SHA-256 of its bytes, its words and its body. */
export interface Translation {
  language: Language;
  file: string;
  hash: string;
  fields: TranslationFrontmatter;
  body: string;
}

/** The translations found, by the file of the version they translate, then by language. */
export type Translations = Map<string, Map<Language, Translation>>;

/** True for a file under procedures/ or pages/ whose name gives another language, such as 2026-12-04.cy.mdx. */
export function isTranslationFile(file: string): boolean {
  return fileLanguage(file.slice(file.lastIndexOf('/') + 1)) !== undefined;
}

/** What the structure of a body is made of, in the order the text gives it. */
interface Outline {
  headings: { depth: number; line: number }[];
  links: { url: string; line: number }[];
  contacts: string[];
  areas: string[];
  resources: string[];
}

function outlineOf(body: string, firstLine: number): Outline {
  const inspected = inspectBody(body, firstLine);
  return {
    headings: inspected.headings.map(({ depth, line }) => ({ depth, line })),
    // A link's #part names a heading, whose id comes from its words, so it differs between languages.
    links: inspected.links.map(({ url, line }) => ({ url: url.replace(/#.*$/, ''), line })),
    contacts: contactIdsIn(body),
    areas: areaIdsIn(body),
    resources: resourceIdsIn(body),
  };
}

const listed = (items: readonly string[]) => (items.length ? items.join(', ') : 'none');
const levels = (headings: Outline['headings']) => listed(headings.map((h) => '#'.repeat(h.depth)));

/** The first place two lists differ, or -1 when they are the same. */
function firstDifference<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i >= a.length || i >= b.length || !same(a[i]!, b[i]!)) return i;
  }
  return -1;
}

/** Compares a translation's structure with its English version's, reporting each part that differs. */
function compareOutlines(main: Outline, other: Outline, file: string, mainName: string, name: string, report: ProblemReport): void {
  const at = (line: number | undefined, fallback: number) => line ?? fallback;
  const start = other.headings[0]?.line ?? 1;
  const headingAt = firstDifference(main.headings, other.headings, (x, y) => x.depth === y.depth);
  if (headingAt >= 0) {
    report.error(
      file,
      at(other.headings[headingAt]?.line, start),
      'headings',
      `has the headings ${levels(other.headings)} where the English text (${mainName}) has ${levels(main.headings)}`,
      `give the ${name} text the same headings as the English, at the same levels and in the same order`,
    );
  }
  const linkAt = firstDifference(main.links, other.links, (x, y) => x.url === y.url);
  if (linkAt >= 0) {
    report.error(
      file,
      at(other.links[linkAt]?.line, start),
      'links',
      `links to ${listed(other.links.map((l) => l.url))} where the English text (${mainName}) links to ${listed(main.links.map((l) => l.url))}`,
      `link to the same addresses as the English text, in the same order (only the words of each link change)`,
    );
  }
  const parts = [
    ['contacts', 'Contact', main.contacts, other.contacts],
    ['areas', 'Area', main.areas, other.areas],
    ['resources', 'Resource', main.resources, other.resources],
  ] as const;
  for (const [field, tag, expected, found] of parts) {
    if (firstDifference(expected, found, (x, y) => x === y) < 0) continue;
    const attribute = tag === 'Area' ? 'name' : 'id';
    report.error(
      file,
      undefined,
      field,
      `names the ${field} ${listed(found)} where the English text (${mainName}) names ${listed(expected)}`,
      `use the same <${tag} ${attribute}="..."> tags as the English text, in the same order`,
    );
  }
}

/**
 * Checks that every version has its text in each language of the manual, with the same structure
 * as its English text, and refuses a file in a language the manual is not published in. Returns
 * the translations it could read.
 */
export function checkLanguages(source: ManualSource, parsed: readonly ParsedVersion[], languages: readonly Language[], report: ProblemReport): Translations {
  const translations: Translations = new Map();
  const others = languages.filter((l) => l !== MAIN_LANGUAGE);
  const byFile = new Map(parsed.map((p) => [p.version.file, p]));
  const files = versionSourceFiles(source);
  const existing = new Set(files.map((f) => f.file));
  const named = languages.map((l) => `'${l}'`).join(', ');
  for (const { file, text, sha256 } of files) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    const found = fileLanguage(name);
    if (!found) continue;
    const mainFile = file.slice(0, file.length - name.length) + found.main;
    if (!isLanguage(found.language) || !others.includes(found.language)) {
      report.error(
        file,
        undefined,
        'file name',
        `the manual is published in ${languages.map((l) => (isLanguage(l) ? LANGUAGE_IN_ENGLISH[l] : l)).join(' and ')} only (languages: [${named}] in manual.config.ts), so this file in another language (.${found.language}.mdx) is never shown`,
        found.language === 'cy'
          ? "add 'cy' to languages in manual.config.ts to publish the manual in Welsh too, or delete the file"
          : 'delete the file, or rename it to the version file it should be',
      );
      continue;
    }
    const language = found.language;
    const languageName = LANGUAGE_IN_ENGLISH[language];
    if (!existing.has(mainFile)) {
      report.error(
        file,
        undefined,
        'file name',
        `this is the ${languageName} text of a version, but there is no English version ${found.main} beside it`,
        `add ${found.main} with the English text, or rename this file to the ${languageName} text of a version there is, such as <date>.${language}.mdx`,
      );
      continue;
    }
    const main = byFile.get(mainFile);
    // The English file has problems of its own, already reported: compare only with a readable one.
    if (!main) continue;
    const split = splitFrontmatter(text);
    if (!split) {
      report.error(
        file,
        1,
        'frontmatter',
        'the file does not start with frontmatter between two --- lines',
        'start the file with ---, the title in this language, then --- on its own line',
      );
      continue;
    }
    const yaml = parseYaml(split.yaml, file, 2);
    report.add(yaml.problems);
    if (yaml.problems.length) continue;
    const result = applySchema(translationSchema, yaml, file, Object.keys(translationSchema.shape));
    for (const problem of result.problems) {
      if (!(problem.field in translationSchema.shape)) {
        problem.fix = `remove it: ${problem.field} is written once, in the English file ${found.main}, for both languages`;
      }
    }
    report.add(result.problems);
    if (!result.data) continue;
    for (const field of ['summary', 'description'] as const) {
      if (main.version[field] !== undefined && result.data[field] === undefined) {
        report.error(
          file,
          undefined,
          field,
          `is missing: the English version ${found.main} has a ${field}, and readers of both languages see it`,
          `add ${field}: with the ${languageName} words for "${main.version[field]}"`,
        );
      }
    }
    compareOutlines(outlineOf(main.body, main.bodyLine), outlineOf(split.body, split.bodyLine), file, found.main, languageName, report);
    // A copy of the English words is a text not yet written in this language (an editor that
    // starts every language's side from the English, or a file copied and never translated).
    if (/\p{L}/u.test(main.body) && split.body.trim() === main.body.trim()) {
      report.error(
        file,
        split.bodyLine,
        'body',
        `is the English text of ${found.main} word for word, so readers of the ${languageName} page would get English`,
        `write the text in ${languageName}, keeping the English text's headings, contacts, areas, links and resources`,
      );
    }
    const translation: Translation = {
      language,
      file,
      hash: sha256 ?? createHash('sha256').update(text, 'utf8').digest('hex'),
      fields: result.data,
      body: split.body,
    };
    const forMain = translations.get(mainFile) ?? new Map<Language, Translation>();
    forMain.set(language, translation);
    translations.set(mainFile, forMain);
  }
  for (const { version } of parsed) {
    for (const language of others) {
      if (translations.get(version.file)?.has(language)) continue;
      const expected = translationFile(version.file, language);
      // A translation that is there but has problems has already been reported.
      if (existing.has(expected)) continue;
      const languageName = LANGUAGE_IN_ENGLISH[language];
      const name = version.file.slice(version.file.lastIndexOf('/') + 1);
      report.error(
        expected,
        undefined,
        'file',
        `is missing: the manual is published in English and ${languageName} (languages in manual.config.ts), and the version ${name} has no ${languageName} text`,
        `add this file with the ${languageName} title and text of ${name}, with the same headings, contacts, areas, links and resources (docs/languages.md)`,
      );
    }
  }
  return translations;
}

/**
 * Each document's versions as their texts in the other languages: the files and hashes the
 * version lock records beside the English ones.
 */
export function translatedDocuments(documents: readonly ManualDocument[], translations: Translations): ManualDocument[] {
  const inOtherLanguages = (versions: readonly Version[]) =>
    versions.flatMap((version) => [...(translations.get(version.file)?.values() ?? [])].map((t) => ({ ...version, file: t.file, hash: t.hash })));
  return documents.map((document) => ({
    ...document,
    versions: inOtherLanguages(document.versions),
    published: inOtherLanguages(document.published),
    upcoming: inOtherLanguages(document.upcoming),
  }));
}
