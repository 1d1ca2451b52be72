// Problems found in the manual's files, and how they are printed for board staff.

export interface Problem {
  severity: 'error' | 'warning';
  /** The file, relative to the project root. */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number | undefined;
  /** The frontmatter field or part of the file, such as `summary` or `body`. */
  field: string;
  /** What is wrong. */
  message: string;
  /** One line on how to put it right. */
  fix: string;
}

/** Orders problems by file, then line, so that each file's problems print together. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field));
}

/** Renders problems grouped by file, one per line with its fix, and (unless `counts` is false) a closing count. */
export function formatProblems(problems: readonly Problem[], { counts = true } = {}): string {
  const lines: string[] = [];
  let file: string | undefined;
  for (const problem of sortProblems(problems)) {
    if (problem.file !== file) {
      if (file !== undefined) lines.push('');
      file = problem.file;
      lines.push(file);
    }
    const where = problem.line ? `line ${problem.line}` : 'file';
    lines.push(`  ${problem.severity} ${where}, ${problem.field}: ${problem.message}`);
    lines.push(`    fix: ${problem.fix}`);
  }
  if (!counts) return lines.join('\n');
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (lines.length) lines.push('');
  lines.push(`${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  return lines.join('\n');
}

/** Collects the problems the validator's rules find, so that every rule reports the same way. */
export class ProblemReport {
  readonly problems: Problem[] = [];

  error(file: string, line: number | undefined, field: string, message: string, fix: string): void {
    this.problems.push({ severity: 'error', file, line, field, message, fix });
  }

  warning(file: string, line: number | undefined, field: string, message: string, fix: string): void {
    this.problems.push({ severity: 'warning', file, line, field, message, fix });
  }

  add(problems: readonly Problem[]): void {
    this.problems.push(...problems);
  }

  get errorCount(): number {
    return this.problems.filter((p) => p.severity === 'error').length;
  }
}
