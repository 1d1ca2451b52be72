// Reads the manual's files from disk, and the build's inputs from the environment.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { isWithin } from '../util/folders.ts';
import { GENERATOR_PUBLIC_DIR, manualPublicDir, manualRoot } from '../manual/manual-root.ts';
import { isIsoDate, todayInLondon } from '../util/dates.ts';
import { checkGlossary, GLOSSARY_FILE } from '../check/glossary.ts';
import { LOCK_FILE } from '../history/lock.ts';
import { checkPublishedFile } from '../build/published-files.ts';
import { CORE_FILE } from '../region/core-record.ts';
import { LOCAL_DIR } from '../region/local-text.ts';
import { RELEASE_RECORDS_DIR } from '../history/release-records.ts';
import { describeAttachment } from './resources.ts';
import { SYNONYMS_FILE, WELSH_SYNONYMS_FILE } from '../search/synonyms.ts';
import { UserError } from '../util/user-error.ts';
import type { Manual, ManualSource, SourceFile } from './manual.ts';
import { ProblemReport } from '../check/problems.ts';

/** The content folder: MANUAL_CONTENT_DIR, or content/ in the manual's folder (manual-root.ts). */
export function contentDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env['MANUAL_CONTENT_DIR'] || join(manualRoot(env), 'content');
}

/** The build date: MANUAL_TODAY (YYYY-MM-DD), or today in the UK. */
export function buildDateFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const value = env['MANUAL_TODAY'];
  if (value === undefined || value === '') return todayInLondon();
  if (!isIsoDate(value))
    throw new UserError(
      `MANUAL_TODAY is "${value}", which is not a date: write it as YYYY-MM-DD, such as MANUAL_TODAY=2027-01-11, or leave it unset for today.`,
    );
  return value;
}

/**
 * The files under `dir` (not hidden ones), and the links (symlinks) among them that lead
 * outside `inside`: those are never read, as the build would follow them where the check cannot.
 */
function listFiles(dir: string, inside: string): { files: string[]; linksOutside: string[] } {
  const found = { files: [] as string[], linksOutside: [] as string[] };
  if (!existsSync(dir)) return found;
  const root = realpathSync(inside);
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(entry.parentPath, entry.name);
    if (entry.isSymbolicLink()) {
      const target = existsSync(path) ? realpathSync(path) : undefined;
      if (!target || !isWithin(target, root)) found.linksOutside.push(path);
      else if (statSync(target).isFile()) found.files.push(path);
    } else if (entry.isFile()) found.files.push(path);
  }
  found.files.sort();
  return found;
}

/** The folders of public/ that pictures and documents are uploaded into, which the site publishes as they are. */
const UPLOAD_FOLDERS = ['images', 'imported'];

/** Every uploaded file that the rule for published files refuses, by its path relative to `root`. */
function refusedUploads(publicDir: string, root: string): { file: string; problem: string; fix: string }[] {
  return UPLOAD_FOLDERS.flatMap((folder) => listFiles(join(publicDir, folder), publicDir).files).flatMap((path) => {
    const { problem, fix } = checkPublishedFile(path, readFileSync(path));
    return problem === undefined ? [] : [{ file: relative(root, path), problem, fix: fix ?? '' }];
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The offset of the first byte of `bytes` that is not valid UTF-8, or undefined when all are. */
function invalidUtf8At(bytes: Buffer): number | undefined {
  try {
    utf8.decode(bytes);
    return undefined;
  } catch {
    // Decoded leniently, a bad byte becomes U+FFFD: the first one that is not a real U+FFFD (EF BF BD) in the file.
    const text = bytes.toString('utf8');
    let offset = 0;
    for (const char of text) {
      if (char === '\uFFFD' && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset;
      offset += Buffer.byteLength(char, 'utf8');
    }
    return offset;
  }
}

/** Reads one file: its text, the SHA-256 of its bytes, and where it stops being valid UTF-8, if it does. */
export function readSourceFile(path: string, root: string = process.cwd()): SourceFile {
  const bytes = readFileSync(path);
  const bad = invalidUtf8At(bytes);
  return {
    file: relative(root, path),
    text: bytes.toString('utf8'),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    ...(bad === undefined ? {} : { invalidUtf8At: bad }),
  };
}

/** The release records' files in the content folder, 1.json first. */
export function releaseRecordFilesIn(contentDir: string): string[] {
  const dir = join(contentDir, RELEASE_RECORDS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^\d+\.json$/.test(name))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10))
    .map((name) => join(dir, name));
}

/**
 * Reads every file of the manual in `contentDir`; paths in the result are relative to `root`
 * (the current directory unless given). The manual's pictures and documents are read from
 * `root`/public when `root` is given, else from public/ in the manual's folder (manual-root.ts).
 */
export function readManualSource(contentDir: string, given?: string): ManualSource {
  const root = given ?? process.cwd();
  const absolute = resolve(root, contentDir);
  const read = (path: string): SourceFile => readSourceFile(path, root);
  const structurePath = join(absolute, 'structure.yaml');
  const lockPath = join(absolute, LOCK_FILE);
  const releasesPath = join(absolute, 'releases.yaml');
  const glossaryPath = join(absolute, GLOSSARY_FILE);
  const folders = ['procedures', 'pages', 'contacts', 'resources', LOCAL_DIR].map((folder) =>
    existsSync(absolute) ? listFiles(join(absolute, folder), absolute) : { files: [], linksOutside: [] },
  );
  const [procedures, pages, contacts, resources, local] = folders as [
    ReturnType<typeof listFiles>,
    ReturnType<typeof listFiles>,
    ReturnType<typeof listFiles>,
    ReturnType<typeof listFiles>,
    ReturnType<typeof listFiles>,
  ];
  // A resource's file is read once, for its size, hash and format; its bytes stay out of the check.
  const attachedDir = join(absolute, 'resources', 'files') + sep;
  const isAttached = (path: string) => path.startsWith(attachedDir);
  // The manual's own uploads, and the generator's files that every site publishes too.
  const publicDir = given === undefined ? manualPublicDir(manualRoot()) : join(given, 'public');
  const publicFiles = [publicDir, GENERATOR_PUBLIC_DIR].flatMap((dir) =>
    existsSync(dir) ? listFiles(dir, dir).files.map((f) => `/${relative(dir, f).split(sep).join('/')}`) : [],
  );
  const synonymsPath = join(absolute, SYNONYMS_FILE);
  const corePath = join(absolute, CORE_FILE);
  const welshSynonymsPath = join(absolute, WELSH_SYNONYMS_FILE);
  return {
    contentDir: relative(root, absolute) || '.',
    procedureFiles: procedures.files.map(read),
    pageFiles: pages.files.map(read),
    structureFile: existsSync(structurePath) ? read(structurePath) : undefined,
    contactFiles: contacts.files.map(read),
    ...(local.files.length ? { localFiles: local.files.map(read) } : {}),
    resourceFiles: resources.files.filter((path) => !isAttached(path)).map(read),
    attachedFiles: resources.files.filter(isAttached).map((path) => describeAttachment(relative(root, path), readFileSync(path))),
    glossaryFile: existsSync(glossaryPath) ? read(glossaryPath) : undefined,
    lockFile: existsSync(lockPath) ? read(lockPath) : undefined,
    releasesFile: existsSync(releasesPath) ? read(releasesPath) : undefined,
    publicFiles: new Set(publicFiles),
    refusedUploads: refusedUploads(publicDir, root),
    linksOutside: folders.flatMap((f) => f.linksOutside).map((path) => relative(root, path)),
    synonymsFile: existsSync(synonymsPath) ? read(synonymsPath) : undefined,
    welshSynonymsFile: existsSync(welshSynonymsPath) ? read(welshSynonymsPath) : undefined,
    releaseRecordFiles: existsSync(absolute) ? releaseRecordFilesIn(absolute).map(read) : [],
    coreFile: existsSync(corePath) ? read(corePath) : undefined,
  };
}

/**
 * The glossary the build marks up chapters with: from the check npm run build has just run
 * (MANUAL_CHECKED names its JSON), or read from the content folder when Astro runs on its own
 * (whose own check of the whole manual then reports any problem in it).
 */
export function glossaryFromEnv(env: NodeJS.ProcessEnv = process.env): Manual['glossary'] {
  const checked = env['MANUAL_CHECKED'];
  if (checked) return (JSON.parse(readFileSync(checked, 'utf8')) as Pick<Manual, 'glossary'>).glossary;
  const dir = resolve(contentDirFromEnv(env));
  const path = join(dir, GLOSSARY_FILE);
  const source: ManualSource = {
    contentDir: dir,
    procedureFiles: [],
    structureFile: undefined,
    contactFiles: [],
    glossaryFile: existsSync(path) ? { file: path, text: readFileSync(path, 'utf8') } : undefined,
  };
  return checkGlossary(source, undefined, new ProblemReport()).glossary;
}
