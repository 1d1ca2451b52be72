// Loads and validates the site settings that manual.config.ts declares.
import { siteSchema, type SiteInput, type SiteSettings } from '../schemas/site.ts';
import { fieldLabel } from '../check/field-labels.ts';
import { counted } from '../util/plural.ts';
import { UserError } from '../util/user-error.ts';
import { settingsPath } from './manual-root.ts';
import { pathToFileURL } from 'node:url';

/** Checks the settings when the config file loads, naming each wrong setting. */
export function defineManual(input: SiteInput): SiteSettings {
  const result = siteSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => `  ${fieldLabel([...issue.path, key])}: is not a setting; remove it, or see docs/settings.md for the settings there are`)
      : [`  ${fieldLabel(issue.path)}: ${issue.message}`],
  );
  throw new UserError(`manual.config.ts has ${counted(lines.length, 'problem')}:\n${lines.join('\n')}`);
}

/**
 * Reads and checks the settings of the manual at `root` (manual.config.ts, whose default export
 * is the settings object). The file needs nothing of the generator at run time: it may import
 * its type only, `import type { ManualSettings } from 'safeguarding-manual'`.
 */
export async function loadSettings(root?: string): Promise<SiteSettings> {
  const path = settingsPath(root);
  const loaded = (await import(/* @vite-ignore */ pathToFileURL(path).href)) as { default?: unknown };
  if (loaded.default === null || typeof loaded.default !== 'object')
    throw new UserError(`${path} has no settings: it must end with export default { partnership: '...', ... } (see docs/settings.md).`);
  const input = loaded.default as SiteInput;
  // MANUAL_BASE serves the site under a sub-path, whatever the settings say (docs/commands.md).
  const base = process.env['MANUAL_BASE'];
  return defineManual(base ? { ...input, base } : input);
}
