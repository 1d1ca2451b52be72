// What `npm run save` commits: exactly the manual's files (the content folder and the site's
// images), never anything else, and how it reports what it saved and what it left.

/** The paths (relative to the project) whose changes are the manual's. */
export function manualPaths(contentDir: string): string[] {
  return [contentDir, 'public/images'];
}

/** One entry of `git status --porcelain=v1 -z`: its status letters and path. */
export interface StatusEntry {
  status: string;
  path: string;
}

/** Reads `git status --porcelain=v1 -z` output (renames give the new path). */
export function parseStatus(output: string): StatusEntry[] {
  const entries: StatusEntry[] = [];
  const parts = output.split('\0');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.length < 4) continue;
    const status = part.slice(0, 2);
    entries.push({ status, path: part.slice(3) });
    // A rename or copy is followed by its old path.
    if (status.includes('R') || status.includes('C')) i++;
  }
  return entries;
}

/** True when `path` is one of the manual's files. */
export function isManualFile(path: string, paths: readonly string[]): boolean {
  return paths.some((p) => path === p || path.startsWith(`${p.replace(/\/$/, '')}/`));
}

const WHAT: Readonly<Record<string, string>> = { '??': 'new', A: 'new', M: 'changed', D: 'deleted', R: 'renamed' };

/** "new", "changed", "deleted" for a status. */
export function describeStatus(status: string): string {
  return WHAT[status] ?? WHAT[status.trim()[0] ?? ''] ?? 'changed';
}
