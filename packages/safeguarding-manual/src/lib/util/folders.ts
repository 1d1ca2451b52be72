// Where a path lies relative to a folder.
import { isAbsolute, relative, sep } from 'node:path';

/** True when `inner` is `outer` or lies inside it (both absolute). */
export function isWithin(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (!path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path));
}
