// Rules for a partnership's local texts at the extension points of its chapters
// (content/local/<chapter-id>/<point>/<YYYY-MM-DD>.mdx, docs/regional-manuals.md): each fills a
// point its chapter declares with <Local name="..." />, its body follows every chapter body's
// rules, it is signed off as the manual's own versions are, and, in a manual that follows a core,
// a point left without local text is reported.
import { createHash } from 'node:crypto';
import { checkBody, type BodyContext } from './bodies.ts';
import { contactIdsIn } from '../content/contacts.ts';
import { isIsoDate } from '../util/dates.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { isId } from '../content/ids.ts';
import { resourceIdsIn } from '../content/resources.ts';
import { LOCAL_DIR, localTextOn, pointsDeclaredFrom, type LocalText } from '../region/local-text.ts';
import { localTextSchema } from '../schemas/local-text.ts';
import { applySchema, parseYaml } from '../content/yaml-source.ts';
import type { ManualIndex } from './manual-index.ts';
import type { ProblemReport } from './problems.ts';
import { checkVersionSignOff } from './sign-off.ts';

/** A local text read and validated on its own, with what the later rules need to point into it. */
interface ParsedLocalText {
  text: LocalText;
  lineOf: (path: readonly PropertyKey[]) => number;
  bodyLine: number;
  body: string;
}

const LAYOUT = `${LOCAL_DIR}/<chapter-id>/<extension-point>/<YYYY-MM-DD>.mdx`;

/** Reads every file under local/: where it sits, its name, and its frontmatter. */
function readLocalTexts(index: ManualIndex, report: ProblemReport): ParsedLocalText[] {
  const { contentDir, localFiles = [] } = index.source;
  const read: ParsedLocalText[] = [];
  for (const { file, text, sha256, invalidUtf8At } of localFiles) {
    const parts = file.slice(`${contentDir}/${LOCAL_DIR}/`.length).split('/');
    const [chapterId, point, fileName] = parts;
    if (parts.length !== 3 || !chapterId || !point || !fileName?.endsWith('.mdx')) {
      report.error(
        file,
        undefined,
        'file name',
        `only local texts may sit in the ${LOCAL_DIR} folder: ${LAYOUT}`,
        'move or rename the file, or delete it if it is not part of the manual',
      );
      continue;
    }
    if (invalidUtf8At !== undefined) {
      report.error(
        file,
        undefined,
        'file',
        `the file is not valid UTF-8 text (byte ${invalidUtf8At} is not part of a UTF-8 character)`,
        'save it as UTF-8 in your editor (in VS Code: "Save with Encoding", UTF-8)',
      );
      continue;
    }
    if (!isId(chapterId) || !isId(point)) {
      const bad = isId(chapterId) ? point : chapterId;
      report.error(
        file,
        undefined,
        'file name',
        `the folder name ${bad} is not a valid ${bad === point ? 'extension point name' : 'chapter id'}`,
        `name the folders as ${LAYOUT}, in lower-case words joined by hyphens`,
      );
      continue;
    }
    const date = fileName.slice(0, -'.mdx'.length);
    if (!isIsoDate(date)) {
      report.error(
        file,
        undefined,
        'file name',
        `${fileName} is not named by a date`,
        'name the file by the date the local text took effect, such as 2026-12-07.mdx',
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
    const result = applySchema(localTextSchema, parsed, file, Object.keys(localTextSchema.shape));
    report.add(result.problems);
    if (!result.data) continue;
    if (result.data.amended !== date) {
      report.error(
        file,
        parsed.lineOf(['amended']),
        'amended',
        `is ${result.data.amended} but the file is named ${fileName}`,
        `make them the same: amended: ${date}`,
      );
      continue;
    }
    read.push({
      text: {
        ...result.data,
        chapterId,
        point,
        file,
        // The SHA-256 of the file's bytes; of its text for a file not read from disk (a change the editor proposes).
        hash: sha256 ?? createHash('sha256').update(text, 'utf8').digest('hex'),
        contactIds: contactIdsIn(split.body),
        resourceIds: resourceIdsIn(split.body),
      },
      lineOf: parsed.lineOf,
      bodyLine: split.bodyLine,
      body: split.body,
    });
  }
  return read;
}

/** Checks the local texts (bodies too, unless `context` is undefined: the site build skips bodies); returns the valid ones. */
export function checkLocalTexts(index: ManualIndex, context: BodyContext | undefined, report: ProblemReport): LocalText[] {
  const { contentDir } = index.source;
  const { today, settings } = index.options;
  const parsed = readLocalTexts(index, report);
  const texts: LocalText[] = [];
  for (const { text, lineOf, bodyLine, body } of parsed) {
    const { file, chapterId, point } = text;
    const chapter = index.byId.get(chapterId);
    if (!chapter) {
      if (!index.unreadable.has(chapterId))
        report.error(
          file,
          undefined,
          'chapter id',
          `this local text is for the chapter ${chapterId}, which the manual does not have`,
          `move it into the folder of an existing chapter (${LAYOUT}), or delete it`,
        );
      continue;
    }
    // The points of the chapter's version in force on the local text's date, and of every later one.
    const declared = pointsDeclaredFrom(chapter, text.amended);
    if (!declared.includes(point)) {
      report.error(
        file,
        undefined,
        'extension point',
        `the chapter ${chapterId} declares no extension point ${point}: ${
          declared.length ? `it declares ${declared.join(', ')}` : 'it declares none, so it has no place for local text'
        }`,
        declared.length
          ? `move the file into the folder of the point it fills: ${declared.map((d) => `${contentDir}/${LOCAL_DIR}/${chapterId}/${d}/`).join(' or ')}`
          : 'write the local arrangements in a local chapter instead, or ask the core to declare a point with <Local name="..." />',
      );
      continue;
    }
    const earlier = parsed.some((p) => p.text.chapterId === chapterId && p.text.point === point && p.text.amended < text.amended);
    if (earlier && !text.summary)
      report.error(
        file,
        lineOf(['amended']),
        'summary',
        'is missing: every version of a local text after the first must say what changed and why',
        'add summary: followed by one or two sentences',
      );
    checkVersionSignOff(text, 'local text', (field) => lineOf([field]), index.isLocked(text), index.options, report);
    if (context) {
      const inspected = checkBody(index, context, { file, collection: 'procedures' }, body, bodyLine, report);
      for (const tag of inspected?.tags.filter((t) => t.name === 'Local') ?? [])
        report.error(
          file,
          tag.line,
          'body',
          '<Local> declares an extension point, which only a chapter can: a local text fills one',
          'delete the <Local> tag and write the text itself',
        );
    }
    texts.push(text);
  }
  // In a manual that follows a core, each point of a chapter in force is a place for the partnership's own text.
  if (settings.core) {
    for (const chapter of index.chapters) {
      if (!chapter.current || chapter.withdrawn) continue;
      for (const point of chapter.current.localPoints ?? []) {
        if (localTextOn(texts, chapter.id, point, today)) continue;
        report.warning(
          `${contentDir}/${LOCAL_DIR}/${chapter.id}/${point}`,
          undefined,
          'extension point',
          `the chapter ${chapter.id} has a place for local text, <Local name="${point}" />, and this manual has none in force there: readers see the core's text alone`,
          `write the partnership's arrangements in ${contentDir}/${LOCAL_DIR}/${chapter.id}/${point}/${today}.mdx (with amended: ${today}, approvedBy and approvedOn), or leave the point empty if the core's text is enough here`,
        );
      }
    }
  }
  return texts;
}
