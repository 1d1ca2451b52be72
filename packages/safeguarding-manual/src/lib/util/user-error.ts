// A mistake the user can put right (a wrong setting, a missing file, a busy build): commands
// print its message and exit 1, never a stack trace.
export class UserError extends Error {
  override name = 'UserError';
}

/** True when `e` is a file-system error such as ENOENT or EACCES, whose message names the path. */
export function isFileError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string';
}
