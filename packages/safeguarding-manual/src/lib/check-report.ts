// The check's report as data (npm run check -- --json), and what the workflow makes of it for a
// proposed change: the commit status GitHub shows on the pull request (and the browser editor
// on the draft), and the run's summary that lists every problem.
import { z } from 'astro/zod';
import { counted } from './plural.ts';
import { sortProblems, type Problem } from './problems.ts';

/** The name of the commit status: what the CMS's preview_context and branch protection name. */
export const CHECK_STATUS_CONTEXT = 'Manual check';

/** GitHub keeps the first 140 characters of a status's description. */
export const STATUS_DESCRIPTION_LIMIT = 140;

const problemSchema = z.object({
  severity: z.enum(['error', 'warning']),
  file: z.string(),
  line: z.number().int().positive().optional(),
  field: z.string(),
  message: z.string(),
  fix: z.string(),
});

const reportSchema = z.object({
  /** The day the manual was checked for. */
  today: z.string(),
  /** The check's line of counts, such as "Checked 120 version files (...) for 2026-11-22: 0 errors, 1 warning." */
  summary: z.string(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  problems: z.array(problemSchema),
});

/** What npm run check -- --json prints. */
export type CheckReport = z.infer<typeof reportSchema>;

/** The report of a check that found `problems`. */
export function checkReport(today: string, summary: string, problems: readonly Problem[]): CheckReport {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    today,
    summary,
    errors,
    warnings: problems.length - errors,
    problems: sortProblems(problems).map(({ severity, file, line, field, message, fix }) => ({
      severity,
      file,
      ...(line ? { line } : {}),
      field,
      message,
      fix,
    })),
  };
}

/** Reads a report back; undefined when `text` is not one (the check did not run to the end). */
export function parseCheckReport(text: string): CheckReport | undefined {
  try {
    const parsed = reportSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** A commit status as GitHub's API takes it (POST /repos/{owner}/{repo}/statuses/{sha}). */
export interface CommitStatus {
  state: 'success' | 'failure' | 'error';
  context: string;
  description: string;
  target_url?: string | undefined;
}

/** A file as a status names it: its folder and name, such as strategy-discussions/2026-12-07.mdx. */
function shortFile(file: string): string {
  return file.split('/').slice(-2).join('/');
}

function clip(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1).trimEnd()}\u2026`;
}

/**
 * The commit status of a check: failure with the number of errors and the first of them (file,
 * field and what is wrong), success with the warnings counted, error when the check did not
 * run. `targetUrl` is the run, whose summary lists every problem.
 */
export function commitStatus(report: CheckReport | undefined, targetUrl?: string): CommitStatus {
  const status = (state: CommitStatus['state'], description: string): CommitStatus => ({
    state,
    context: CHECK_STATUS_CONTEXT,
    description: clip(description, STATUS_DESCRIPTION_LIMIT),
    ...(targetUrl ? { target_url: targetUrl } : {}),
  });
  if (!report) return status('error', 'The check did not run to the end: open the details for what stopped it.');
  const first = report.problems.find((p) => p.severity === 'error');
  if (!first) return status('success', `No errors${report.warnings ? `, ${counted(report.warnings, 'warning')}` : ''}: the change may be published.`);
  return status('failure', `${counted(report.errors, 'error')}. ${shortFile(first.file)}, ${first.field}: ${first.message}`);
}

/** Markdown text on one line, with nothing that would start a table cell, a tag or code. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_<>|[\]]/g, (c) => `\\${c}`);
}

/** The run's summary (GitHub's step summary, in Markdown): the counts, then every problem with its fix. */
export function statusSummary(report: CheckReport | undefined): string {
  if (!report) return `## ${CHECK_STATUS_CONTEXT}\n\nThe check did not run to the end: the step's log says what stopped it.\n`;
  const lines = [`## ${CHECK_STATUS_CONTEXT}`, '', inline(report.summary), ''];
  let file: string | undefined;
  for (const p of report.problems) {
    if (p.file !== file) {
      file = p.file;
      lines.push('', `### ${inline(p.file)}`, '');
    }
    lines.push(`- **${p.severity}** ${p.line ? `line ${p.line}` : 'file'}, ${inline(p.field)}: ${inline(p.message)}`, `  - fix: ${inline(p.fix)}`);
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
