// npm run check: validates every file of the manual and prints all problems at once, grouped
// by file, then one line of counts.
import { settings } from './manual-settings.ts';
import type { Manual } from '../src/lib/manual.ts';
import { counted } from '../src/lib/plural.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { buildDateFromEnv, contentDirFromEnv, readManualSource } from '../src/lib/source.ts';
import { checkManual } from '../src/lib/validate.ts';
import { runCommand } from './run-command.ts';

/** Runs the checks, prints the report, and returns the result when the manual may be built. */
export function runCheck(): { manual: Manual; contentDir: string; today: string } | undefined {
  const today = buildDateFromEnv();
  const source = readManualSource(contentDirFromEnv());
  const { problems, manual, unlocked } = checkManual(source, { today, settings, settingsFile: 'manual.config.ts' });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const versions = source.procedureFiles.length + (source.pageFiles?.length ?? 0);
  const parts = [
    counted(manual.chapters.length, 'chapter'),
    manual.pages.length ? counted(manual.pages.length, 'information page') : '',
    counted(source.contactFiles.length, 'contact'),
    manual.resources.length ? counted(manual.resources.length, 'resource') : '',
  ].filter(Boolean);
  const what = `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  if (problems.length) console.log(`${formatProblems(problems, { counts: false })}\n`);
  console.log(
    `Checked ${counted(versions, 'version file')} (${what}) for ${today}: ${counted(errors, 'error')}, ${counted(problems.length - errors, 'warning')}.`,
  );
  if (unlocked.length && !errors) {
    console.log(
      `${counted(unlocked.length, 'new version takes', 'new versions take')} effect by ${today}; the next build records ${unlocked.length === 1 ? 'it' : 'them'} in the version lock (npm run save builds and saves for you).`,
    );
  }
  return errors === 0 ? { manual, contentDir: source.contentDir, today } : undefined;
}

if (import.meta.main) {
  await runCommand(() => {
    const ok = runCheck() !== undefined;
    if (!ok) console.log('The manual has errors: fix them, then run npm run check again.');
    process.exitCode = ok ? 0 : 1;
  });
}
