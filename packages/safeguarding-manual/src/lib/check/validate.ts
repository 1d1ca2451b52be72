// Validates the whole manual at once: every file against its schema, then the rules that span
// files. Each family of rules lives in its own module under check/; this one puts them together.
import { checkCore } from '../region/core-check.ts';
import { checkBodies, type BodyContext } from './bodies.ts';
import { checkLocalTexts } from './local-texts.ts';
import { localTextDocuments } from '../region/local-text.ts';
import { checkContacts } from './contacts.ts';
import { checkDocuments } from './documents.ts';
import { checkGlossary } from './glossary.ts';
import { checkLanguages, translatedDocuments, type Translations } from './languages.ts';
import { checkTranslatedWords } from './translated-words.ts';
import { checkVersionLock } from './lock.ts';
import { indexManual } from './manual-index.ts';
import { checkNumbering } from './numbering.ts';
import { checkUploads } from './resource-files.ts';
import { checkResources } from './resources.ts';
import { checkReleases } from './releases.ts';
import { checkReviewDates } from './review.ts';
import { checkSeeAlso } from './references.ts';
import { checkSignOff } from './sign-off.ts';
import { checkStructure } from './structure.ts';
import { readVersionFiles } from './version-files.ts';
import type { CheckOptions, Manual, ManualSource } from '../content/manual.ts';
import { ProblemReport, type Problem } from './problems.ts';
import { checkSynonyms } from '../search/synonyms.ts';
import { lockKey } from '../history/lock.ts';
import type { Version } from '../content/versions.ts';

/**
 * A locked (published) version is never edited: a problem found in one is put right in a new
 * version, so its fix names the command that makes one.
 */
function asNewVersion(problem: Problem, version: Version | undefined): Problem {
  // A file to restore as it was (a core chapter's, say) is not changed in a new version either.
  if (!version || problem.fix.includes('npm run amend') || problem.fix.includes('npm run correct') || problem.fix.startsWith('restore it')) return problem;
  return {
    ...problem,
    fix: `this version is published, so make the change in a new version: npm run amend -- ${version.chapterId} --summary "...", then in the new file: ${problem.fix}`,
  };
}

/** What the check found: every problem, the valid part of the manual, and the published versions the next build will lock. */
export interface CheckResult {
  problems: Problem[];
  manual: Manual;
  /** Published versions the lock does not record yet, by path in the content folder. */
  unlocked: string[];
  /** Each version's text in the manual's other languages (check/languages.ts). */
  translations: Translations;
}

/** Checks every file and every cross-file rule. */
export function checkManual(source: ManualSource, options: CheckOptions): CheckResult {
  const report = new ProblemReport();
  for (const file of source.linksOutside ?? []) {
    report.error(
      file,
      undefined,
      'file',
      'this is a link to a file outside the content folder, which the manual may not use',
      'replace the link with the file itself, copied into the content folder',
    );
  }
  const structure = checkStructure(source, report);
  const contacts = checkContacts(source, options, report);
  const index = indexManual(source, options, readVersionFiles(source, report));
  const translations = checkLanguages(source, index.parsed, options.settings.languages, report);
  checkTranslatedWords(source, options.settings.languages, report);
  checkDocuments(index, report);
  checkNumbering(index, structure, report);
  checkSeeAlso(index, report);
  const resources = checkResources(index, report);
  checkUploads(source.refusedUploads ?? [], report);
  checkSignOff(index, report);
  checkReviewDates(index, report);
  const glossary = checkGlossary(source, new Set([...index.byId.keys(), ...index.unreadable]), report, options.settings.languages);
  const bodyContext: BodyContext = {
    contactIds: new Set(contacts.contacts.map((c) => c.id)),
    unreadableContacts: contacts.unreadable,
    resourceIds: new Set(resources.resources.map((r) => r.id)),
    unreadableResources: resources.unreadable,
    publicFileExists: (path) => source.publicFiles?.has(path) ?? false,
    areaIds: options.settings.areas.map((a) => a.id),
    settingsFile: options.settingsFile,
  };
  if (options.checkBodies !== false) checkBodies(index, bodyContext, report);
  // A partnership's own text at the extension points of its chapters (docs/regional-manuals.md).
  const localTexts = checkLocalTexts(index, options.checkBodies !== false ? bodyContext : undefined, report);
  const translated = translatedDocuments([...index.chapters, ...index.pages], translations);
  const { lock, unlocked } = checkVersionLock(index, contacts, resources, glossary, report, translated, localTextDocuments(localTexts, options.today));
  const releases = checkReleases(index, contacts.contacts, report);
  const locked = new Map(
    [...index.chapters, ...index.pages].flatMap((d) => d.published.filter((v) => lock.files[lockKey(v, source.contentDir)]).map((v) => [v.file, v] as const)),
  );
  const { problems: synonymProblems, synonyms } = checkSynonyms(source.synonymsFile);
  report.add(synonymProblems);
  // A manual that follows a regional core: its core record, and the core's files (docs/regional-manuals.md).
  const core = checkCore(source, options.settings, options.settingsFile, report);
  const { problems: welshSynonymProblems, synonyms: welshSynonyms } = checkSynonyms(source.welshSynonymsFile);
  report.add(welshSynonymProblems);
  if (source.procedureFiles.length === 0) {
    report.warning(
      `${source.contentDir}/procedures`,
      undefined,
      'folder',
      'the manual has no chapters yet',
      'create <chapter-id>/<YYYY-MM-DD>.mdx for the first chapter',
    );
  }
  return {
    problems: report.problems.map((problem) => asNewVersion(problem, locked.get(problem.file))),
    manual: {
      chapters: index.chapters,
      pages: index.pages,
      structure: structure.structure,
      contacts: contacts.contacts,
      resources: resources.resources,
      glossary: glossary.glossary,
      lock,
      synonyms,
      ...(source.welshSynonymsFile ? { welshSynonyms } : {}),
      releases,
      core,
      ...(localTexts.length ? { localTexts } : {}),
    },
    unlocked: unlocked.map((v) => lockKey(v, source.contentDir)),
    translations,
  };
}
