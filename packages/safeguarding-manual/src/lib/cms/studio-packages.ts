// Decap CMS and its git proxy live in their own package, studio/, installed apart from the
// rest of the project (npm run studio:install): together they bring about 750 packages and
// 380 MB that a partnership which never edits in the browser does not need.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../util/user-error.ts';

/** The project's folder. */
const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The package that holds Decap CMS and decap-server. */
export const STUDIO_PACKAGE = join(PROJECT_ROOT, 'studio');

/** Decap CMS or decap-server is not installed, or not at the version studio/ asks for. */
class StudioPackagesMissing extends UserError {}

/** The versions studio/package-lock.json pins, by package name. */
function pinned(dir: string): Record<string, string> {
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
  const names = Object.keys((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
  return Object.fromEntries(names.map((name) => [name, lock.packages[`node_modules/${name}`]?.version ?? '']));
}

/** The names of the studio's packages that are missing or at another version than the lock file's. */
export function missingStudioPackages(dir: string = STUDIO_PACKAGE): string[] {
  return Object.entries(pinned(dir))
    .filter(([name, version]) => {
      const manifest = join(dir, 'node_modules', name, 'package.json');
      return !existsSync(manifest) || (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version !== version;
    })
    .map(([name]) => name);
}

/** The folder of an installed studio package, or a message saying how to install them. */
export function studioPackageDir(name: 'decap-cms' | 'decap-server', dir: string = STUDIO_PACKAGE): string {
  if (missingStudioPackages(dir).length) {
    throw new StudioPackagesMissing(
      'Editing in the browser needs Decap CMS, which is installed apart from the rest of the project.\nInstall it once (it takes a few minutes and about 380 MB): npm run studio:install',
    );
  }
  return dirname(createRequire(join(dir, 'package.json')).resolve(`${name}/package.json`));
}
