// Reading the version lock for the commands (npm run verify, evidence, correct): one reader, and
// a damaged lock is a user's mistake, named with what to do.
import { lockSchema, type Lock } from './lock.ts';
import type { ManualSource } from '../content/manual.ts';
import { UserError } from '../util/user-error.ts';

/**
 * The lock's JSON, or a UserError that names the file, where it stops being JSON and what to do,
 * for the commands that cannot go on without it (never a stack trace).
 */
function parseLockJson(file: string, text: string, nothing = 'Nothing was checked.'): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    const line = at === undefined ? undefined : text.slice(0, Number(at)).split('\n').length;
    throw new UserError(
      `The version lock ${file} is damaged: it is not valid JSON${line === undefined ? '' : ` (line ${line})`}. Restore it from version control (git checkout -- ${file}); if it was edited by hand, undo that edit. ${nothing}`,
    );
  }
}

/** The lock in `text`, or a UserError naming the file and what to do when it is not JSON or not a lock. */
export function parseLockFile(file: string, text: string, nothing = 'Nothing was checked.'): Lock {
  const result = lockSchema.safeParse(parseLockJson(file, text, nothing));
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new UserError(
    `The version lock ${file} is damaged: ${issue.path.length ? `at ${issue.path.join('.')}, ` : ''}${issue.message}. Restore it from version control (git checkout -- ${file}); if it was edited by hand, undo that edit. ${nothing}`,
  );
}

/** The manual's version lock as its source holds it: empty until the first build records one; a UserError when it is damaged. */
export function lockOf(source: Pick<ManualSource, 'lockFile'>, nothing = 'Nothing was checked.'): Lock {
  return source.lockFile ? parseLockFile(source.lockFile.file, source.lockFile.text, nothing) : { format: 2, files: {} };
}
