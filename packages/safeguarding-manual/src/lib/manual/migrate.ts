// Brings a manual's files up to the format this generator writes (safeguarding-manual migrate),
// then records this generator's version as the one the manual was made with (made-with.ts). Each
// step finds an older format by looking at the file, not at the version recorded, so running it
// twice changes nothing the second time.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCK_FILE, lockFormat, lockSchema, serializeLock } from '../history/lock.ts';
import { UserError } from '../util/user-error.ts';

/** A file the migration rewrites: what changes, its path and its new text. */
export interface MigrationStep {
  what: string;
  path: string;
  text: string;
}

/** package.json's text with safeguardingManual.madeWith set to `version`, its indentation kept. */
function recordMadeWith(packageText: string, version: string): string {
  const indent = /^\{\r?\n([ \t]+)/.exec(packageText)?.[1] ?? '  ';
  const pkg = JSON.parse(packageText) as Record<string, unknown> & { safeguardingManual?: Record<string, unknown> };
  pkg.safeguardingManual = { ...pkg.safeguardingManual, madeWith: version };
  return `${JSON.stringify(pkg, null, indent)}\n`;
}

/**
 * The files that bring the manual at `root` (content folder `contentDir`) to the format of
 * generator `version`: a format 1 version lock (change notes counted, not hashed) is written in
 * format 2, as the next build would write it; package.json records the version.
 */
export function planMigration(root: string, contentDir: string, version: string): MigrationStep[] {
  const steps: MigrationStep[] = [];
  const lockPath = join(contentDir, LOCK_FILE);
  if (existsSync(lockPath)) {
    const json = JSON.parse(readFileSync(lockPath, 'utf8')) as unknown;
    if (lockFormat(json) === 1) {
      const lock = lockSchema.safeParse(json);
      if (!lock.success)
        throw new UserError(`${lockPath} is a format 1 version lock that cannot be read: run npm run check to see why, put it right, then migrate again.`);
      steps.push({ what: 'the version lock, from format 1 to format 2 (as the next build would write it)', path: lockPath, text: serializeLock(lock.data) });
    }
  }
  const packagePath = join(root, 'package.json');
  if (existsSync(packagePath)) {
    const text = readFileSync(packagePath, 'utf8');
    const updated = recordMadeWith(text, version);
    if (updated !== text) steps.push({ what: `the generator version the manual was made with, now ${version}`, path: packagePath, text: updated });
  }
  return steps;
}
