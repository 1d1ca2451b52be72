// The settings of the manual a command runs on (manual.config.ts at the manual's root), read
// once; a mistake in them is printed as a plain message, and the command stops.
import { loadSettings } from '../src/lib/settings.ts';
import { isFileError, UserError } from '../src/lib/user-error.ts';
import type { SiteSettings } from '../src/lib/schemas/site.ts';

async function settingsOrExit(): Promise<SiteSettings> {
  try {
    return await loadSettings();
  } catch (e) {
    if (!(e instanceof UserError) && !isFileError(e)) throw e;
    console.error(e.message);
    process.exit(1);
  }
}

export const settings = await settingsOrExit();
