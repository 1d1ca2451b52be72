// safeguarding-manual commit-status <check.json> [--post]: turns npm run check -- --json into what the
// workflow reports on a proposed change: the problems in the log, every problem in the run's
// summary, and (with --post) the commit status "Manual check" that the CMS shows on the draft.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { commitStatus, parseCheckReport, statusSummary } from '../src/lib/check-report.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { UserError } from '../src/lib/user-error.ts';
import { parseCommandArgs } from './authoring-command.ts';
import { runCommand } from './run-command.ts';

const HELP = `Usage: npx safeguarding-manual commit-status <check.json> [--post]

Reads the report of npm run check -- --json, prints its problems, adds them to the run's
summary (the file GITHUB_STEP_SUMMARY names, in GitHub Actions), and prints the commit status
"Manual check": failure with the number of errors and the first one, success, or error when
the report is missing (the check did not run to the end).

  --post  also report the status on the commit SHA of the repository GITHUB_REPOSITORY,
          through GitHub's API (GITHUB_API_URL) with GITHUB_TOKEN, which needs the
          permission statuses: write. RUN_URL, when set, is the status's link.`;

function environment(name: string): string {
  const value = process.env[name];
  if (!value) throw new UserError(`${name} is not set: --post needs GITHUB_TOKEN, GITHUB_REPOSITORY and SHA.`);
  return value;
}

await runCommand(async () => {
  const { values, positionals } = parseCommandArgs(HELP, { post: { type: 'boolean' } });
  const [file, ...rest] = positionals;
  if (!file || rest.length) throw new UserError(`Give the one file the check's report was written to.\n\n${HELP}`);
  const report = existsSync(file) ? parseCheckReport(readFileSync(file, 'utf8')) : undefined;
  if (report) {
    if (report.problems.length) console.log(`${formatProblems(report.problems, { counts: false })}\n`);
    console.log(report.summary);
  } else console.log(`${file} holds no report of the check: it did not run to the end (its step's log says why).`);
  const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
  if (summaryFile) appendFileSync(summaryFile, statusSummary(report));

  const status = commitStatus(report, process.env['RUN_URL'] || undefined);
  console.log(`\nCommit status "${status.context}": ${status.state}, "${status.description}"`);
  if (!values['post']) return;
  const api = process.env['GITHUB_API_URL'] || 'https://api.github.com';
  const url = `${api}/repos/${environment('GITHUB_REPOSITORY')}/statuses/${environment('SHA')}`;
  const answer = await fetch(url, {
    method: 'POST',
    headers: {
      Accept: 'application/vnd.github+json',
      Authorization: `Bearer ${environment('GITHUB_TOKEN')}`,
      'X-GitHub-Api-Version': '2022-11-28',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(status),
  });
  if (!answer.ok) {
    throw new UserError(
      `GitHub refused the commit status (${answer.status} ${answer.statusText}): ${(await answer.text()).slice(0, 300)}. A pull request from a fork has a token that cannot report statuses; otherwise give the job the permission statuses: write.`,
    );
  }
  console.log(`Reported on ${environment('SHA').slice(0, 7)}.`);
});
