// Loads and validates the site settings that manual.config.ts declares.
import { siteSchema, type SiteInput, type SiteSettings } from './schemas/site.ts';
import { fieldLabel } from './field-labels.ts';
import { counted } from './plural.ts';
import { UserError } from './user-error.ts';

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
