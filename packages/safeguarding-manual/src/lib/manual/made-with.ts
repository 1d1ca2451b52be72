// Which manuals this generator reads: a manual records the generator version it was made with
// (safeguardingManual.madeWith in its package.json, written by the starter). The generator
// follows semantic versioning over the manual's files (README.md, "Versions"): it reads a manual
// made by any version up to its own, and refuses one made by a newer version, whose files it
// may not understand, naming the command that updates it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The first version whose files this generator reads as they are; a format change raises it, with a migrate command for older manuals. */
const READS_FROM = '0.1.0';

/** A version's numbers, or undefined when it is not one (such as 1.2.3). */
function parseVersion(version: string): [number, number, number] | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

function compare(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The version the manual at `root` was made with, from its package.json, or undefined when it records none. */
export function madeWith(root: string): string | undefined {
  const path = join(root, 'package.json');
  if (!existsSync(path)) return undefined;
  const recorded = (JSON.parse(readFileSync(path, 'utf8')) as { safeguardingManual?: { madeWith?: unknown } }).safeguardingManual?.madeWith;
  return typeof recorded === 'string' ? recorded : undefined;
}

/** How a manual made with `made` stands to this generator (version `generator`): readable, made by a newer generator, too old to read unmigrated, or not a version. */
export function madeWithStatus(made: string | undefined, generator: string): 'readable' | 'newer' | 'older' | 'not-a-version' {
  if (made === undefined) return 'readable';
  const version = parseVersion(made);
  if (!version) return 'not-a-version';
  if (compare(version, parseVersion(generator)!) > 0) return 'newer';
  if (compare(version, parseVersion(READS_FROM)!) < 0) return 'older';
  return 'readable';
}

/** Why this generator (version `generator`) must not work on a manual made with `made`, or undefined when it may. */
export function refuseMadeWith(made: string | undefined, generator: string): string | undefined {
  switch (madeWithStatus(made, generator)) {
    case 'readable':
      return undefined;
    case 'not-a-version':
      return `package.json says the manual was made with safeguarding-manual "${made}", which is not a version: write it as three numbers, such as "safeguardingManual": { "madeWith": "${generator}" }.`;
    case 'newer':
      return `This manual was made with safeguarding-manual ${made}, which is newer than the one installed (${generator}), so its files may hold what this one does not understand. Update the generator: npm install safeguarding-manual@^${made}`;
    case 'older':
      return `This manual was made with safeguarding-manual ${made}, whose files this one (${generator}) no longer reads as they are. Run npx safeguarding-manual migrate to bring them up to date, then save the result.`;
  }
}
