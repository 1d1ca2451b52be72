// Where a manual is: its root folder holds manual.config.ts, and every file the generator reads
// or writes for the manual (the content folder, public/ uploads, the built site, Astro's cache)
// is found from that root, never from the generator's own folder or the current directory.
import { existsSync } from 'node:fs';
import { dirname, join, parse, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../util/user-error.ts';

/** The settings file at a manual's root. */
const SETTINGS_FILE = 'manual.config.ts';

/** The generator's own folder (the package), which holds its pages, components and Astro configuration. */
export const GENERATOR_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * The manual's root folder: MANUAL_ROOT, or the nearest folder holding manual.config.ts, from
 * `from` (the current directory) upwards.
 */
export function manualRoot(env: NodeJS.ProcessEnv = process.env, from: string = process.cwd()): string {
  const chosen = env['MANUAL_ROOT'];
  if (chosen) {
    const root = resolve(from, chosen);
    if (!existsSync(join(root, SETTINGS_FILE)))
      throw new UserError(`MANUAL_ROOT is ${chosen}, which holds no ${SETTINGS_FILE}: set it to the manual's folder, or leave it unset.`);
    return root;
  }
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, SETTINGS_FILE))) return dir;
    if (dir === parse(dir).root) break;
    dir = dirname(dir);
  }
  throw new UserError(
    `There is no ${SETTINGS_FILE} in ${resolve(from)} or any folder above it: run the command in the manual's folder (the one with ${SETTINGS_FILE}), or set MANUAL_ROOT to it.`,
  );
}

/** The manual's settings file. */
export function settingsPath(root: string = manualRoot()): string {
  return join(root, SETTINGS_FILE);
}

/** The folder of pictures and documents the manual publishes as they are (public/images, public/imported). */
export function manualPublicDir(root: string = manualRoot()): string {
  return join(root, 'public');
}

/** The generator's own files that every site publishes (favicon, browser scripts). */
export const GENERATOR_PUBLIC_DIR = join(GENERATOR_ROOT, 'public');
