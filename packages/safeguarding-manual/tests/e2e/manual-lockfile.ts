// The package-lock.json a new manual gets when it installs the packed generator in the packed
// test: the generator from its tarball, and every package it needs at exactly the version this
// repository's package-lock.json pins, at the same place in the tree. With it, npm installs
// offline from the tarballs npm ci left in its cache; without it, npm would need each package's
// list of versions from the registry (which npm ci never fetches) to choose versions itself.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

interface LockEntry {
  version?: string | undefined;
  link?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [field: string]: unknown;
}

interface Lockfile {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
}

/** The folder of the generator in this repository's lock, and where it goes in a manual's. */
const WORKSPACE_GENERATOR = 'packages/safeguarding-manual';
const INSTALLED_GENERATOR = 'node_modules/safeguarding-manual';

/** Where Node finds package `name` from the package at `from`: its own node_modules, then each folder above. */
function resolveIn(packages: Lockfile['packages'], from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[candidate] && !packages[candidate].link) return candidate;
    if (!dir) return undefined;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up >= 0 ? dir.slice(0, up) : '';
  }
}

/** The packages an entry needs: its dependencies, optional ones (for other platforms too) and peers that are not optional. */
function needs(entry: LockEntry): string[] {
  const peers = Object.keys(entry.peerDependencies ?? {}).filter((name) => !entry.peerDependenciesMeta?.[name]?.optional);
  return [...Object.keys(entry.dependencies ?? {}), ...Object.keys(entry.optionalDependencies ?? {}), ...peers];
}

/**
 * The lockfile for the manual whose package.json is `manualPackage`, installing the generator from
 * `tarball` (a path beside the manual's folder), from the workspace's lockfile.
 */
export function manualLockfile(workspaceLockPath: string, manualPackage: Record<string, unknown>, tarball: string): string {
  const workspace = JSON.parse(readFileSync(workspaceLockPath, 'utf8')) as Lockfile;
  const { packages } = workspace;
  const generator = packages[WORKSPACE_GENERATOR];
  if (!generator) throw new Error(`${workspaceLockPath} has no ${WORKSPACE_GENERATOR}`);

  const kept = new Set<string>();
  const missing: string[] = [];
  const visit = (from: string, names: readonly string[], optional: ReadonlySet<string> = new Set()) => {
    for (const name of names) {
      const path = resolveIn(packages, from, name);
      if (!path) {
        if (!optional.has(name)) missing.push(`${name} (needed by ${from || 'the manual'})`);
        continue;
      }
      if (kept.has(path)) continue;
      kept.add(path);
      const entry = packages[path]!;
      visit(path, needs(entry), new Set(Object.keys(entry.optionalDependencies ?? {})));
    }
  };
  visit(WORKSPACE_GENERATOR, needs(generator), new Set(Object.keys(generator.optionalDependencies ?? {})));
  const devDependencies = (manualPackage['devDependencies'] ?? {}) as Record<string, string>;
  visit('', Object.keys(devDependencies));
  if (missing.length) throw new Error(`${workspaceLockPath} lacks packages the generator needs: ${missing.join(', ')}`);

  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  const out: Record<string, LockEntry> = {
    '': {
      name: manualPackage['name'],
      version: manualPackage['version'] as string,
      dependencies: manualPackage['dependencies'] as Record<string, string>,
      devDependencies,
    },
    [INSTALLED_GENERATOR]: { ...generator, resolved: `file:../${basename(tarball)}`, integrity },
  };
  for (const path of [...kept].sort()) {
    // Whether a package is only for development is the manual's business, which npm works out again.
    const { dev: _dev, devOptional: _devOptional, ...entry } = packages[path]!;
    out[path.startsWith(`${WORKSPACE_GENERATOR}/`) ? `${INSTALLED_GENERATOR}${path.slice(WORKSPACE_GENERATOR.length)}` : path] = entry;
  }
  return `${JSON.stringify({ name: manualPackage['name'], version: manualPackage['version'], lockfileVersion: workspace.lockfileVersion, requires: true, packages: out }, null, 2)}\n`;
}
