// npm run check: validates every file of the manual and prints all problems at once, grouped
// by file, then one line of counts; with --json, the same as data (src/lib/check/check-report.ts).
import { parseArgs } from 'node:util';
import { checkReport } from '../src/lib/check/check-report.ts';
import type { Manual, ManualSource } from '../src/lib/content/manual.ts';
import type { Problem } from '../src/lib/check/problems.ts';
import { isTranslationFile, type Translations } from '../src/lib/check/languages.ts';
import { counted } from '../src/lib/util/plural.ts';
import { formatProblems } from '../src/lib/check/problems.ts';
import { UserError } from '../src/lib/util/user-error.ts';
import { runCommand } from './run-command.ts';
import { loadManual } from './load-manual.ts';

const HELP = `Usage: npm run check [-- --json]

Checks every file of the manual and lists every problem at once, each with its file, line,
field and how to put it right, then a line of counts. It exits with 1 when there is an error.

  --json  print the same as JSON instead: today, summary (the line of counts), errors,
          warnings and problems (severity, file, line, field, message, fix). The workflow
          turns it into the commit status of a proposed change (scripts/commit-status.ts).`;

/** The check's line of counts. */
function countsLine(source: ManualSource, manual: Manual, problems: readonly Problem[], today: string): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  // A version's text in another language (<date>.cy.mdx) is part of the same version.
  const versions = [...source.procedureFiles, ...(source.pageFiles ?? [])].filter((f) => !isTranslationFile(f.file)).length;
  const parts = [
    counted(manual.chapters.length, 'chapter'),
    manual.pages.length ? counted(manual.pages.length, 'information page') : '',
    counted(source.contactFiles.length, 'contact'),
    manual.resources.length ? counted(manual.resources.length, 'resource') : '',
  ].filter(Boolean);
  const what = `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `Checked ${counted(versions, 'version file')} (${what}) for ${today}: ${counted(errors, 'error')}, ${counted(problems.length - errors, 'warning')}.`;
}

function check() {
  const { today, source, problems, manual, unlocked, translations } = loadManual();
  return { today, source, problems, manual, unlocked, translations, summary: countsLine(source, manual, problems, today) };
}

/** Runs the checks, prints the report, and returns the result when the manual may be built. */
export function runCheck(): { manual: Manual; translations: Translations; contentDir: string; today: string } | undefined {
  const { today, source, problems, manual, unlocked, translations, summary } = check();
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (problems.length) console.log(`${formatProblems(problems, { counts: false })}\n`);
  console.log(summary);
  if (unlocked.length && !errors) {
    console.log(
      `${counted(unlocked.length, 'new version takes', 'new versions take')} effect by ${today}; the next build records ${unlocked.length === 1 ? 'it' : 'them'} in the version lock (npm run save builds and saves for you).`,
    );
  }
  return errors === 0 ? { manual, translations, contentDir: source.contentDir, today } : undefined;
}

if (import.meta.main) {
  await runCommand(() => {
    let values;
    try {
      ({ values } = parseArgs({ options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
    } catch {
      throw new UserError(`The only options are --json and --help.\n\n${HELP}`);
    }
    if (values.help) {
      console.log(HELP);
      return;
    }
    if (values.json) {
      const { today, problems, summary } = check();
      const report = checkReport(today, summary, problems);
      console.log(JSON.stringify(report, null, 2));
      process.exitCode = report.errors ? 1 : 0;
      return;
    }
    const ok = runCheck() !== undefined;
    if (!ok) console.log('The manual has errors: fix them, then run npm run check again.');
    process.exitCode = ok ? 0 : 1;
  });
}
