// The one check of a change before it is written, for every front end: the manual's files with
// the proposed files written over them (and the removed ones gone), run through checkManual.
// The change is refused for any error it brings that the manual did not have before.
import { GLOSSARY_FILE } from './check/glossary.ts';
import { LOCK_FILE } from './lock.ts';
import type { CheckOptions, ManualSource, SourceFile } from './manual.ts';
import type { Problem } from './problems.ts';
import { describeAttachment } from './resources.ts';
import { SYNONYMS_FILE } from './synonyms.ts';
import { checkManual } from './validate.ts';

/** Files to write and files to remove, by path relative to the same root as the source's files. */
export interface ProposedChange {
  write: readonly { path: string; content: string | Uint8Array }[];
  remove?: readonly string[] | undefined;
  /** Paths among `write` that are new: a new version, chapter, page or contact never takes the place of a file the manual has. */
  create?: readonly string[] | undefined;
}

function asText(content: string | Uint8Array): string {
  return typeof content === 'string' ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('utf8');
}

function overlayList(
  files: readonly SourceFile[] | undefined,
  changed: ReadonlyMap<string, string | undefined>,
  inFolder: (path: string) => boolean,
): SourceFile[] {
  const result = new Map((files ?? []).map((f) => [f.file, f]));
  for (const [path, text] of changed) {
    if (!inFolder(path)) continue;
    if (text === undefined) result.delete(path);
    else result.set(path, { file: path, text });
  }
  return [...result.values()].sort((a, b) => a.file.localeCompare(b.file));
}

/** The manual's source as it would be after the change. Files outside the manual's folders (such as uploads) are not part of what the check reads. */
export function applyChange(source: ManualSource, change: ProposedChange): ManualSource {
  const dir = `${source.contentDir}/`;
  const texts = new Map<string, string | undefined>();
  const bytes = new Map<string, Uint8Array | undefined>();
  const attached = (path: string) => path.startsWith(`${dir}resources/files/`);
  for (const { path, content } of change.write) {
    if (attached(path)) bytes.set(path, typeof content === 'string' ? Buffer.from(content) : content);
    else texts.set(path, asText(content));
  }
  for (const path of change.remove ?? []) {
    if (attached(path)) bytes.set(path, undefined);
    else texts.set(path, undefined);
  }
  const under = (folder: string) => (path: string) => path.startsWith(`${dir}${folder}/`);
  const single = (file: SourceFile | undefined, name: string): SourceFile | undefined => {
    const path = `${dir}${name}`;
    if (!texts.has(path)) return file;
    const text = texts.get(path);
    return text === undefined ? undefined : { file: path, text };
  };
  const attachments = new Map((source.attachedFiles ?? []).map((f) => [f.file, f]));
  for (const [path, content] of bytes) {
    if (content === undefined) attachments.delete(path);
    else attachments.set(path, describeAttachment(path, content));
  }
  return {
    ...source,
    procedureFiles: overlayList(source.procedureFiles, texts, under('procedures')),
    pageFiles: overlayList(source.pageFiles, texts, under('pages')),
    contactFiles: overlayList(source.contactFiles, texts, under('contacts')),
    resourceFiles: overlayList(source.resourceFiles, texts, (path) => under('resources')(path) && !attached(path)),
    attachedFiles: [...attachments.values()].sort((a, b) => a.file.localeCompare(b.file)),
    structureFile: single(source.structureFile, 'structure.yaml'),
    glossaryFile: single(source.glossaryFile, GLOSSARY_FILE),
    lockFile: single(source.lockFile, LOCK_FILE),
    releasesFile: single(source.releasesFile, 'releases.yaml'),
    synonymsFile: single(source.synonymsFile, SYNONYMS_FILE),
  };
}

/** A missing sign-off (approvedBy, approvedOn): the check's problem that a draft may still have. */
export function isMissingSignOff(problem: Problem): boolean {
  return (problem.field === 'approvedBy' || problem.field === 'approvedOn') && problem.message.startsWith('is missing');
}

/** What identifies a problem apart from its line, which an edit above it moves. */
const problemKey = (p: Problem) => `${p.file}\u0000${p.field}\u0000${p.message}`;

/** The errors of the manual as it stands, to compare a change's errors with (see checkProposedChange). */
export function currentErrors(source: ManualSource, options: CheckOptions): ReadonlySet<string> {
  return new Set(
    checkManual(source, options)
      .problems.filter((p) => p.severity === 'error')
      .map(problemKey),
  );
}

/**
 * Checks a proposed change with the check's own rules: the errors the manual would have after
 * it that it does not have now (an error already there is not the change's doing). Empty when
 * the change may be written. `before` is currentErrors(source, options), when already known.
 */
export function checkProposedChange(source: ManualSource, change: ProposedChange, options: CheckOptions, before = currentErrors(source, options)): Problem[] {
  const taken = (change.create ?? []).flatMap((path) => takenProblem(source, path));
  return [...taken, ...checkManual(applyChange(source, change), options).problems.filter((p) => p.severity === 'error' && !before.has(problemKey(p)))];
}

/** A problem when the new file `path` would take the place of one the manual has: a version's date, or a document's or contact's id, already taken. */
function takenProblem(source: ManualSource, path: string): Problem[] {
  const dir = `${source.contentDir}/`;
  const files = [...source.procedureFiles, ...(source.pageFiles ?? []), ...source.contactFiles];
  if (!files.some((f) => f.file === path)) return [];
  const [folder, id, name] = path.slice(dir.length).split('/');
  if (folder === 'contacts') {
    const contact = (id ?? '').replace(/\.ya?ml$/, '');
    return [
      {
        severity: 'error',
        file: path,
        field: 'id',
        message: `there is already a contact with the id ${contact}`,
        fix: 'give the new contact another id; to change that contact, open it and edit it',
      },
    ];
  }
  const noun = folder === 'pages' ? 'page' : 'chapter';
  const date = (name ?? '').replace(/\.mdx?$/, '');
  const versions = files.filter((f) => f.file.startsWith(`${dir}${folder}/${id}/`)).length;
  return [
    {
      severity: 'error',
      file: path,
      field: 'amended',
      message: `${noun} ${id} already has a version dated ${date}${versions === 1 ? ` (the ${noun} with this id starts then)` : ''}`,
      fix: `choose another date; to change that version, open it instead (a version the public site has recorded is changed with a correction)`,
    },
  ];
}
