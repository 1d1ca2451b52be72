// Which folder a build may replace with the site it made. A build swaps its whole target
// for the new site, so the target may only be a site a build made (it carries a marker
// file, and only a build writes it), an empty folder or one that does not exist yet; never the project, its content,
// .git or node_modules, nor a folder that holds one of them.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isWithin } from '../util/folders.ts';

/** The file every built site carries, so that a later build knows the folder is its own to replace. */
export const SITE_MARKER = '.manual-site';

export const SITE_MARKER_TEXT = 'This folder is a site built by npm run build. The next build replaces all of it.\n';

/**
 * Why the build must not replace `target` (an absolute path), or undefined when it may.
 * `requested` is the target as the user wrote it, for the message.
 */
export function refuseBuildTarget(target: string, project: { root: string; contentDir: string }, requested: string): string | undefined {
  const root = resolve(project.root);
  const content = resolve(root, project.contentDir);
  const guarded: [string, string][] = [
    [root, 'the project folder'],
    [content, "the manual's content folder"],
    [join(root, '.git'), "the project's version history (.git)"],
    [join(root, 'node_modules'), 'the installed packages (node_modules)'],
    [join(root, 'src'), "the project's source (src)"],
  ];
  const fix = 'set MANUAL_DIST to a folder of its own, such as dist, or leave it unset';
  for (const [path, what] of guarded) {
    if (isWithin(path, target)) {
      const how = path === target ? 'is' : 'holds';
      return `MANUAL_DIST=${requested} ${how} ${what}: a build replaces its whole target with the site, so nothing was built. Fix: ${fix}.`;
    }
  }
  for (const [path, what] of guarded.slice(1)) {
    if (isWithin(target, path)) {
      return `MANUAL_DIST=${requested} is inside ${what}, where a site must not go, so nothing was built. Fix: ${fix}.`;
    }
  }
  if (!existsSync(target)) return undefined;
  if (!statSync(target).isDirectory()) {
    return `MANUAL_DIST=${requested} is a file, not a folder, so nothing was built. Fix: ${fix}.`;
  }
  if (existsSync(join(target, SITE_MARKER))) return undefined;
  const entries = readdirSync(target, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  if (entries.length === 0) return undefined;
  // Named so that the reader sees what would have been lost: a file first, else a folder.
  const named = entries.find((e) => !e.isDirectory()) ?? entries[0]!;
  const example = `${named.name}${named.isDirectory() ? '/' : ''}`;
  return `MANUAL_DIST=${requested} is a folder that a build did not make: it holds ${example}${entries.length > 1 ? ` and ${entries.length - 1} more` : ''}, and no ${SITE_MARKER} file. A build replaces its whole target, so nothing was built. Fix: ${fix}, or, if every file in it really is an old copy of the site, empty that folder first.`;
}
