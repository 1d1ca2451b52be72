// Runs a command's main function: a mistake the user can put right is printed as one plain
// message (exit 1); only a fault in the program itself shows a stack trace.
import { isFileError, UserError } from '../src/lib/util/user-error.ts';

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'does not exist',
  EACCES: 'cannot be written or read: permission denied',
  EPERM: 'cannot be changed: permission denied',
  EROFS: 'is on a read-only disk',
  ENOTDIR: 'has a file where a folder should be',
  EISDIR: 'is a folder, not a file',
  ENOSPC: 'cannot be written: the disk is full',
  EBUSY: 'is in use by another program',
};

/** The message for a file-system error, in words. */
export function describeFileError(e: NodeJS.ErrnoException): string {
  const what = FILE_ERRORS[e.code ?? ''] ?? `could not be used (${e.code})`;
  return `${e.path ?? 'A file'} ${what}.`;
}

export async function runCommand(main: () => void | Promise<void>): Promise<void> {
  try {
    await main();
  } catch (e) {
    if (e instanceof UserError) console.error(e.message);
    else if (isFileError(e)) console.error(describeFileError(e));
    else throw e;
    process.exitCode = 1;
  }
}
