// The settings of the manual a command runs on (manual.config.ts at the manual's root), read
// once; a mistake in them is printed as a plain message, and the command stops. A manual made
// with a newer generator is refused first (made-with.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { madeWith, refuseMadeWith } from '../src/lib/manual/made-with.ts';
import { GENERATOR_ROOT, manualRoot } from '../src/lib/manual/manual-root.ts';
import { loadSettings } from '../src/lib/manual/settings.ts';
import { isFileError, UserError } from '../src/lib/util/user-error.ts';
import type { SiteSettings } from '../src/lib/schemas/site.ts';

async function settingsOrExit(): Promise<SiteSettings> {
  try {
    const root = manualRoot();
    const { version } = JSON.parse(readFileSync(join(GENERATOR_ROOT, 'package.json'), 'utf8')) as { version: string };
    const refusal = refuseMadeWith(madeWith(root), version);
    if (refusal) throw new UserError(refusal);
    return await loadSettings(root);
  } catch (e) {
    if (!(e instanceof UserError) && !isFileError(e)) throw e;
    console.error(e.message);
    process.exit(1);
  }
}

export const settings = await settingsOrExit();
