// What `npm run save` commits: exactly the manual's files (the content folder and the site's
// images), never anything else, and how it reports what it saved and what it left.
import type { ManualSource } from './manual.ts';
import { applyChange, type ProposedChange } from './proposed-change.ts';

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

/**
 * The change a save makes to the manual as last saved: each changed file as it is now, and the
 * deleted ones removed (`read` gives a file's bytes, undefined once it is gone).
 */
export function savedChange(entries: readonly StatusEntry[], read: (path: string) => Uint8Array | undefined): ProposedChange {
  const write: { path: string; content: Uint8Array }[] = [];
  const remove: string[] = [];
  for (const { path } of entries) {
    const content = read(path);
    if (content === undefined) remove.push(path);
    else write.push({ path, content });
  }
  return { write, remove };
}

/**
 * The manual as last saved: `source` (read from disk) with each changed file as the last commit
 * holds it (`saved` gives its bytes, undefined for a file the commit does not have).
 */
export function lastSaved(source: ManualSource, entries: readonly StatusEntry[], saved: (path: string) => Uint8Array | undefined): ManualSource {
  return applyChange(source, savedChange(entries, saved));
}
