// The one check of a change before it is written, for every front end: the manual's files with
// the proposed files written over them (and the removed ones gone), run through checkManual.
// The change is refused for any error it brings that the manual did not have before.
import { GLOSSARY_FILE } from '../check/glossary.ts';
import { LOCK_FILE } from '../history/lock.ts';
import { CORE_FILE } from '../region/core-record.ts';
import { LOCAL_DIR } from '../region/local-text.ts';
import type { CheckOptions, ManualSource, SourceFile } from '../content/manual.ts';
import type { Problem } from '../check/problems.ts';
import { describeAttachment } from '../content/resources.ts';
import { SYNONYMS_FILE } from '../search/synonyms.ts';
import { checkManual } from '../check/validate.ts';

/** Files to write and files to remove, by path relative to the same root as the source's files. */
export interface ProposedChange {
  write: readonly { path: string; content: string | Uint8Array }[];
  remove?: readonly string[] | undefined;
  /** Paths among `write` that are new: a new version, chapter, page or contact never takes the place of a file the manual has. */
  create?: readonly string[] | undefined;
  /** Paths among `write` that start a new chapter or page (new, as `create`): never in the folder of one the manual has, whatever they say. */
  start?: readonly string[] | undefined;
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
    localFiles: overlayList(source.localFiles, texts, under(LOCAL_DIR)),
    resourceFiles: overlayList(source.resourceFiles, texts, (path) => under('resources')(path) && !attached(path)),
    attachedFiles: [...attachments.values()].sort((a, b) => a.file.localeCompare(b.file)),
    structureFile: single(source.structureFile, 'structure.yaml'),
    glossaryFile: single(source.glossaryFile, GLOSSARY_FILE),
    lockFile: single(source.lockFile, LOCK_FILE),
    releasesFile: single(source.releasesFile, 'releases.yaml'),
    synonymsFile: single(source.synonymsFile, SYNONYMS_FILE),
    coreFile: single(source.coreFile, CORE_FILE),
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
  const written = new Map(change.write.map((f) => [f.path, f.content]));
  const starts = new Set(change.start ?? []);
  const created = new Set([...(change.create ?? []), ...starts]);
  const taken = [...created].flatMap((path) => takenProblem(source, path, asText(written.get(path) ?? ''), starts.has(path)));
  // A new local text dated as a version its place already has: the date is its problem, and it is not checked further.
  const left = new Set(taken.filter((p) => p.file.startsWith(`${source.contentDir}/${LOCAL_DIR}/`)).map((p) => p.file));
  // A new file that would take the place of another is checked beside it, under a name of its
  // own (a new chapter, page or contact under a free id): its other problems are then its own,
  // not those of the file it would have replaced.
  const moved = new Map(
    taken
      .filter((problem) => !left.has(problem.file))
      .map((problem) => {
        const m = besideTaken(source, problem);
        return [m.checked, m] as const;
      }),
  );
  const toChecked = new Map([...moved.values()].map((m) => [m.path, m.checked]));
  const checked: ProposedChange = {
    ...change,
    write: change.write.filter((f) => !left.has(f.path)).map((f) => ({ ...f, path: toChecked.get(f.path) ?? f.path })),
  };
  // Problems name the new file by the id it was given, not the one it was checked under.
  const renamed = [...moved.values()].filter((m) => m.freeId !== m.id);
  const ownIds = (text: string) => renamed.reduce((t, m) => t.replace(new RegExp(`\\b${m.freeId}\\b`, 'g'), m.id), text);
  const problems = checkManual(applyChange(source, checked), options)
    .problems.filter((p) => p.severity === 'error' && !before.has(problemKey(p)))
    .flatMap((p) => {
      const m = moved.get(p.file);
      // Beside the version whose date it takes, a version is told that date is taken: its taken problem says so.
      if (m && p.field === 'amended' && p.message.includes('one version a day')) return [];
      return [{ ...p, file: m?.path ?? p.file, message: ownIds(p.message), fix: ownIds(p.fix) }];
    });
  return [...taken, ...problems];
}

/** Where a new file whose place is taken (`problem`, from takenProblem) is checked: under a free id, or beside the version whose date it takes. */
function besideTaken(source: ManualSource, problem: Problem): { path: string; checked: string; id: string; freeId: string } {
  const dir = `${source.contentDir}/`;
  const [folder, entry, name] = problem.file.slice(dir.length).split('/') as [string, string, string | undefined];
  const files = [...source.procedureFiles, ...(source.pageFiles ?? []), ...source.contactFiles];
  const free = (base: string, inUse: (candidate: string) => boolean) => {
    for (let n = 2; ; n++) if (!inUse(`${base}-${n}`)) return `${base}-${n}`;
  };
  if (folder === 'contacts') {
    const id = entry.replace(/\.ya?ml$/, '');
    const freeId = free(id, (c) => files.some((f) => f.file.startsWith(`${dir}contacts/${c}.`)));
    return { path: problem.file, checked: `${dir}contacts/${freeId}${entry.slice(id.length)}`, id, freeId };
  }
  if (problem.field === 'id') {
    const freeId = free(entry, (c) => files.some((f) => f.file.startsWith(`${dir}${folder}/${c}/`)));
    return { path: problem.file, checked: `${dir}${folder}/${freeId}/${name}`, id: entry, freeId };
  }
  const date = name!.slice(0, name!.indexOf('.'));
  const renamed = free(date, (c) => files.some((f) => f.file.startsWith(`${dir}${folder}/${entry}/${c}.`)));
  return { path: problem.file, checked: `${dir}${folder}/${entry}/${renamed}${name!.slice(date.length)}`, id: entry, freeId: entry };
}

/** The frontmatter line `name: value` of a version file's text, without quotes. */
function frontmatterValue(text: string, name: string): string | undefined {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  return new RegExp(`^${name}:[ \\t]*(.*)$`, 'm')
    .exec(front)?.[1]
    ?.trim()
    .replace(/^(['"])(.*)\1$/, '$2');
}

/**
 * A problem when the new file `path` would take the place of what the manual has: a new
 * chapter's or page's id already taken (its first version, which `starts` it or says change:
 * new, in a folder that holds versions), a version's date already taken (a local text's too), or
 * a contact's id already taken.
 */
function takenProblem(source: ManualSource, path: string, content: string, starts: boolean): Problem[] {
  const dir = `${source.contentDir}/`;
  const files = [...source.procedureFiles, ...(source.pageFiles ?? []), ...source.contactFiles];
  const [folder, id, name] = path.slice(dir.length).split('/');
  if (folder === LOCAL_DIR) {
    if (!(source.localFiles ?? []).some((f) => f.file === path)) return [];
    const date = (path.split('/').pop() ?? '').replace(/\.mdx$/, '');
    return [
      {
        severity: 'error',
        file: path,
        field: 'amended',
        message: `the local text at ${name} of the chapter ${id} already has a version dated ${date}`,
        fix: 'choose another date; to change that version, open it instead (one the public site has recorded is not changed: add a new version)',
      },
    ];
  }
  const noun = folder === 'pages' ? 'page' : 'chapter';
  // The main language's versions of the same folder (a translation is <date>.<language>.mdx).
  const versions = files.filter((f) => f.file.startsWith(`${dir}${folder}/${id}/`) && /\/\d{4}-\d{2}-\d{2}\.mdx?$/.test(f.file));
  if ((folder === 'procedures' || folder === 'pages') && (starts || frontmatterValue(content, 'change') === 'new') && versions.length) {
    const latest = versions.at(-1)!.text;
    const section = frontmatterValue(latest, 'section');
    const title = frontmatterValue(latest, 'title');
    const withdrawn = frontmatterValue(latest, 'change') === 'withdrawn' ? ', withdrawn' : '';
    const label = [section, title].filter(Boolean).join(' ') + withdrawn;
    return [
      {
        severity: 'error',
        file: path,
        field: 'id',
        message: `there is already a ${noun} with the id ${id}${label ? ` (${label})` : ''}`,
        fix: `give the new ${noun} another id; to change that ${noun}, add a new version to it`,
      },
    ];
  }
  if (!files.some((f) => f.file === path)) return [];
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
  const date = (name ?? '').replace(/\.mdx?$/, '');
  return [
    {
      severity: 'error',
      file: path,
      field: 'amended',
      message: `${noun} ${id} already has a version dated ${date}${versions.length === 1 ? ` (the ${noun} with this id starts then)` : ''}`,
      fix: `choose another date; to change that version, open it instead (a version the public site has recorded is changed with a correction)`,
    },
  ];
}
