// Loads and validates the site settings that manual.config.ts declares.
import { siteSchema, type SiteInput, type SiteSettings } from './schemas/site.ts';
import { fieldLabel } from './field-labels.ts';

/** Checks the settings when the config file loads, naming each wrong field. */
export function defineManual(input: SiteInput): SiteSettings {
  const result = siteSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${fieldLabel(issue.path)}: ${issue.message}`);
  throw new Error(`manual.config.ts has ${lines.length} problem(s):\n${lines.join('\n')}`);
}
