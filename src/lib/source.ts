// Reads the manual's files from disk, and the build's inputs from the environment.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isIsoDate, todayInLondon } from './dates.ts';
import { LOCK_FILE } from './lock.ts';
import { UserError } from './user-error.ts';
import type { ManualSource, SourceFile } from './manual.ts';

/** The content folder: MANUAL_CONTENT_DIR, or the example manual in src/content. */
export function contentDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env['MANUAL_CONTENT_DIR'] || 'src/content';
}

/** The build date: MANUAL_TODAY (YYYY-MM-DD), or today in the UK. */
export function buildDateFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const value = env['MANUAL_TODAY'];
  if (value === undefined || value === '') return todayInLondon();
  if (!isIsoDate(value)) throw new UserError(`MANUAL_TODAY is "${value}", which is not a date: write it as YYYY-MM-DD, such as MANUAL_TODAY=2027-01-11, or leave it unset for today.`);
  return value;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Reads every file of the manual in `contentDir`; paths in the result are relative to `root`. */
export function readManualSource(contentDir: string, root: string = process.cwd()): ManualSource {
  const absolute = resolve(root, contentDir);
  const read = (path: string): SourceFile => ({ file: relative(root, path), text: readFileSync(path, 'utf8') });
  const structurePath = join(absolute, 'structure.yaml');
  const lockPath = join(absolute, LOCK_FILE);
  return {
    contentDir: relative(root, absolute) || '.',
    procedureFiles: listFiles(join(absolute, 'procedures')).map(read),
    pageFiles: listFiles(join(absolute, 'pages')).map(read),
    structureFile: existsSync(structurePath) ? read(structurePath) : undefined,
    contactFiles: listFiles(join(absolute, 'contacts')).map(read),
    lockFile: existsSync(lockPath) ? read(lockPath) : undefined,
  };
}
