// The manual as every command reads it: its files from the content folder (MANUAL_CONTENT_DIR),
// checked with the project's settings for the day the command runs (MANUAL_TODAY).
import { settings } from './manual-settings.ts';
import type { CheckOptions, ManualSource } from '../src/lib/manual.ts';
import { buildDateFromEnv, contentDirFromEnv, readManualSource } from '../src/lib/source.ts';
import { checkManual, type CheckResult } from '../src/lib/validate.ts';

export interface LoadedManual extends CheckResult {
  today: string;
  source: ManualSource;
  /** The options it was checked with, for checking a change to it the same way. */
  options: CheckOptions;
}

/**
 * Reads and checks the manual. `checkBodies: false` skips checking chapters' text, for commands
 * that only need its structure; `today` checks it for another day; `contentDir` reads another folder.
 */
export function loadManual({
  checkBodies = true,
  today = buildDateFromEnv(),
  contentDir = contentDirFromEnv(),
}: { checkBodies?: boolean; today?: string; contentDir?: string } = {}): LoadedManual {
  const source = readManualSource(contentDir);
  const options: CheckOptions = { today, settings, settingsFile: 'manual.config.ts', ...(checkBodies ? {} : { checkBodies: false }) };
  return { ...checkManual(source, options), today, source, options };
}
