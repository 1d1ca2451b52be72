// Validates the whole manual at once: every file against its schema, then the rules that span
// files. Each family of rules lives in its own module under check/; this one puts them together.
import { checkBodies } from './check/bodies.ts';
import { checkContacts } from './check/contacts.ts';
import { checkDocuments } from './check/documents.ts';
import { checkGlossary } from './check/glossary.ts';
import { checkVersionLock } from './check/lock.ts';
import { indexManual } from './check/manual-index.ts';
import { checkNumbering } from './check/numbering.ts';
import { checkSeeAlso } from './check/references.ts';
import { checkStructure } from './check/structure.ts';
import { readVersionFiles } from './check/version-files.ts';
import type { CheckOptions, Manual, ManualSource } from './manual.ts';
import { ProblemReport, type Problem } from './problems.ts';

/** Checks every file and every cross-file rule; returns all problems and the valid part of the manual. */
export function checkManual(source: ManualSource, options: CheckOptions): { problems: Problem[]; manual: Manual } {
  const report = new ProblemReport();
  for (const file of source.linksOutside ?? []) {
    report.error(file, undefined, 'file', 'this is a link to a file outside the content folder, which the manual may not use', 'replace the link with the file itself, copied into the content folder');
  }
  const structure = checkStructure(source, report);
  const contacts = checkContacts(source, options, report);
  const index = indexManual(source, options, readVersionFiles(source, report));
  checkDocuments(index, report);
  checkNumbering(index, structure, report);
  checkSeeAlso(index, report);
  const glossary = checkGlossary(source, new Set([...index.byId.keys(), ...index.unreadable]), report);
  if (options.checkBodies !== false) {
    checkBodies(index, {
      contactIds: new Set(contacts.contacts.map((c) => c.id)),
      unreadableContacts: contacts.unreadable,
      publicFileExists: (path) => source.publicFiles?.has(path) ?? false,
      areaIds: options.settings.areas.map((a) => a.id),
      settingsFile: options.settingsFile,
    }, report);
  }
  const lock = checkVersionLock(index, contacts, glossary, report);
  if (source.procedureFiles.length === 0) {
    report.warning(`${source.contentDir}/procedures`, undefined, 'folder', 'the manual has no chapters yet', 'create <chapter-id>/<YYYY-MM-DD>.mdx for the first chapter');
  }
  return {
    problems: report.problems,
    manual: { chapters: index.chapters, pages: index.pages, structure: structure.structure, contacts: contacts.contacts, glossary: glossary.glossary, lock },
  };
}
