// npm run check: validates every file of the manual and prints all problems at once, grouped by file.
import settings from '../manual.config.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { buildDateFromEnv, contentDirFromEnv, readManualSource } from '../src/lib/source.ts';
import type { Manual } from '../src/lib/manual.ts';
import { checkManual } from '../src/lib/validate.ts';
import { runCommand } from './run-command.ts';

/** Runs the checks, prints the report, and returns the result when the manual may be built. */
export function runCheck(): { manual: Manual; contentDir: string; today: string } | undefined {
  const today = buildDateFromEnv();
  const source = readManualSource(contentDirFromEnv());
  const { problems, manual } = checkManual(source, { today, settings, settingsFile: 'manual.config.ts' });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const listed = manual.chapters.filter((c) => c.current && !c.withdrawn).length;
  const resources = source.resourceFiles?.length ?? 0;
  const pages = source.pageFiles?.length ? `, ${source.pageFiles.length} in ${manual.pages.length} information pages` : '';
  console.log(`Checked ${source.procedureFiles.length} version files in ${manual.chapters.length} chapters (${listed} in force on ${today})${pages}${resources ? ',' : ' and'} ${source.contactFiles.length} contacts${resources ? ` and ${resources} resources` : ''}.`);
  if (problems.length) console.log(`\n${formatProblems(problems)}`);
  return errors === 0 ? { manual, contentDir: source.contentDir, today } : undefined;
}

if (import.meta.main) {
  await runCommand(() => {
    const ok = runCheck() !== undefined;
    if (!ok) console.log('\nThe manual has errors: fix them, then run npm run check again.');
    process.exitCode = ok ? 0 : 1;
  });
}
