// Reads every version file on its own: where it sits, its name, its frontmatter against the
// schema of its collection (chapters or information pages), and the date it is named by.
import { createHash } from 'node:crypto';
import { areaIdsIn } from '../content/areas.ts';
import { contactIdsIn } from '../content/contacts.ts';
import { isIsoDate } from '../util/dates.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { isId } from '../content/ids.ts';
import { fileLanguage } from '../languages.ts';
import { pageFields } from '../content/information.ts';
import type { ManualSource, SourceFile } from '../content/manual.ts';
import type { ProblemReport } from './problems.ts';
import { resourceIdsIn } from '../content/resources.ts';
import { localPointsIn } from '../region/local-text.ts';
import { pageSchema } from '../schemas/page.ts';
import { versionSchema } from '../schemas/version.ts';
import { documentNoun, type Collection, type Version } from '../content/versions.ts';
import { applySchema, parseYaml } from '../content/yaml-source.ts';

/** A version file read and validated on its own, with what the later rules need to point into it. */
export interface ParsedVersion {
  version: Version;
  lineOf: (path: readonly PropertyKey[]) => number;
  bodyLine: number;
  body: string;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Every file under procedures/ and pages/, each with its collection. */
export function versionSourceFiles(source: ManualSource): (SourceFile & { collection: Collection })[] {
  return [
    ...source.procedureFiles.map((f) => ({ ...f, collection: 'procedures' as const })),
    ...(source.pageFiles ?? []).map((f) => ({ ...f, collection: 'pages' as const })),
  ];
}

export function readVersionFiles(source: ManualSource, report: ProblemReport): ParsedVersion[] {
  const parsedVersions: ParsedVersion[] = [];
  const files = versionSourceFiles(source);
  const existing = new Set(files.map((f) => f.file));
  for (const { file, text, collection, sha256: bytesHash, invalidUtf8At } of files) {
    // A version's text in another language (<date>.cy.mdx) is read with its version (check/languages.ts).
    if (fileLanguage(file.slice(file.lastIndexOf('/') + 1))) continue;
    const noun = documentNoun(collection);
    const parts = file.slice(`${source.contentDir}/${collection}/`.length).split('/');
    const [chapterId, fileName] = parts;
    if (parts.length !== 2 || !chapterId || !fileName || !fileName.endsWith('.mdx')) {
      report.error(
        file,
        undefined,
        'file name',
        `only version files may sit in a ${noun} folder: ${collection}/<${noun}-id>/<YYYY-MM-DD>.mdx`,
        'move or rename the file, or delete it if it is not part of the manual',
      );
      continue;
    }
    const date = fileName.slice(0, -'.mdx'.length);
    if (invalidUtf8At !== undefined) {
      // Its text would not be the file's bytes: the lock, sha256sum and the site would each see something else.
      report.error(
        file,
        text.slice(0, text.indexOf('\uFFFD') + 1).split('\n').length,
        'file',
        `the file is not valid UTF-8 text (byte ${invalidUtf8At} is not part of a UTF-8 character), so what it says depends on the program reading it`,
        'save it as UTF-8 in your editor (in VS Code: "Save with Encoding", UTF-8), or retype the character at that place',
      );
      continue;
    }
    if (!isId(chapterId)) {
      report.error(
        file,
        undefined,
        `${noun} id`,
        `the folder name ${chapterId} is not a valid ${noun} id`,
        `rename the folder in lower-case words joined by hyphens, such as ${collection === 'pages' ? 'worried-about-a-child' : 'section-47-enquiries'}`,
      );
      continue;
    }
    const sameDay = /^(\d{4}-\d\d-\d\d)-\d+$/.exec(date)?.[1];
    if (sameDay && isIsoDate(sameDay) && existing.has(file.slice(0, -fileName.length) + `${sameDay}.mdx`)) {
      // A second file for a day that has one already (an editor names it 2024-03-25-1.mdx).
      report.error(
        file,
        undefined,
        'amended',
        `${noun} ${chapterId} already has a version dated ${sameDay}, and a ${noun} has one version a day`,
        `date this version another day (rename the file and change amended to match), or make the change in the version of ${sameDay} if it is not published yet`,
      );
      continue;
    }
    if (!isIsoDate(date)) {
      report.error(
        file,
        undefined,
        'file name',
        `${fileName} is not named by a date`,
        'name the file by the date the version took effect, such as 2024-03-25.mdx',
      );
      continue;
    }
    const split = splitFrontmatter(text);
    if (!split) {
      report.error(
        file,
        1,
        'frontmatter',
        'the file does not start with frontmatter between two --- lines',
        'start the file with ---, the fields, then --- on its own line',
      );
      continue;
    }
    const parsed = parseYaml(split.yaml, file, 2);
    report.add(parsed.problems);
    if (parsed.problems.length) continue;
    const result =
      collection === 'pages'
        ? applySchema(pageSchema, parsed, file, Object.keys(pageSchema.shape))
        : applySchema(versionSchema, parsed, file, Object.keys(versionSchema.shape));
    for (const problem of result.problems) {
      // A page copied from a chapter keeps its number: say why it cannot stay.
      if (collection === 'pages' && problem.field === 'section') problem.fix = 'remove it: information pages have no number';
    }
    report.add(result.problems);
    if (!result.data) continue;
    if (result.data.amended !== date) {
      const renamed = file.replace(/[^/]+$/, `${result.data.amended}.mdx`);
      // Never suggest renaming the file onto another version.
      const fix = existing.has(renamed)
        ? `make them the same: amended: ${date} (${result.data.amended}.mdx is another version)`
        : `make them the same: amended: ${date}, or rename the file to ${result.data.amended}.mdx`;
      report.error(file, parsed.lineOf(['amended']), 'amended', `is ${result.data.amended} but the file is named ${fileName}`, fix);
      continue;
    }
    // The SHA-256 of the file's bytes, which is what sha256sum prints; for a valid UTF-8 file it is the same as of its text.
    const hash = bytesHash ?? sha256(text);
    const contactIds = contactIdsIn(split.body);
    const resourceIds = resourceIdsIn(split.body);
    const areaIds = areaIdsIn(split.body);
    const localPoints = localPointsIn(split.body);
    const extras = { ...(areaIds.length ? { areaIds } : {}), ...(localPoints.length ? { localPoints } : {}) };
    // An information page has no number: its section is empty, and its audience sits apart.
    let version: Version;
    if ('audience' in result.data) {
      const { audience, group, ...shared } = result.data;
      version = {
        ...shared,
        section: '',
        collection,
        page: pageFields(audience, group),
        chapterId,
        file,
        hash,
        contactIds,
        resourceIds,
        ...extras,
      };
    } else {
      version = { ...result.data, chapterId, file, hash, contactIds, resourceIds, ...extras };
    }
    parsedVersions.push({ version, lineOf: parsed.lineOf, bodyLine: split.bodyLine, body: split.body });
  }
  return parsedVersions;
}
