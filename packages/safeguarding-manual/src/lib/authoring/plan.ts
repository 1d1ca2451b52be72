// What a command plans, either a version file to write or every reason it refuses, and how the
// command tells board staff about it.
import type { Problem } from '../check/problems.ts';
import type { ManualDocument, Version } from '../content/versions.ts';

/** What a command is about to write: a new version file and what to tell the user. */
export interface Draft {
  /** The new version file, relative to the project root. */
  file: string;
  text: string;
  /** One line on what the file is. */
  summary: string;
  /** Other things the user must do, such as chapters that still point to a withdrawn one. */
  notes: string[];
}

/** A reason a command refuses, with one line on how to put it right. */
export interface Refusal {
  problem: string;
  fix: string;
}

export type Planned = { draft: Draft; refusals?: undefined } | { draft?: undefined; refusals: Refusal[] };

/** How a command names a chapter or an information page in what it prints. */
export function describe(chapter: ManualDocument, version: Pick<Version, 'section' | 'title'>): string {
  return chapter.collection === 'pages' ? `information page "${version.title}"` : `chapter ${version.section} ${version.title}`;
}

/** What a command prints once it has written `draft`: what it did, and what to do next. */
export function describeDraft(draft: Draft, chapterUrl: string): string {
  const lines = [`Created ${draft.file}: ${draft.summary}.`];
  if (draft.notes.length) lines.push('', 'Also needed:', ...draft.notes.map((n) => `  - ${n}`));
  lines.push(
    '',
    'Next:',
    `  1. Open ${draft.file} and edit it: the frontmatter between the --- lines, then the text.`,
    '  2. Run npm run check, and fix anything it reports.',
    `  3. Run npm start and open ${chapterUrl} to see it, its history and the amendments log.`,
    '  4. Commit the new file.',
  );
  return lines.join('\n');
}

/** The commands' words for the fields of a version file. */
const OPTIONS: Readonly<Record<string, string>> = {
  amended: '--date',
  section: '--section',
  title: '--title',
  summary: '--summary',
  id: '--id',
  approvedBy: '--approved-by',
  approvedOn: '--approved-on',
};

/** A problem the check finds in a drafted file, in the commands' words: the option that sets its field, where one does. */
export function refusalOf(problem: Pick<Problem, 'field' | 'message' | 'fix'>): Refusal {
  const option = OPTIONS[problem.field];
  if (!option) return { problem: `${problem.field}: ${problem.message}`, fix: problem.fix };
  // "add summary: followed by..." in a file is "add --summary followed by..." on the command line.
  return { problem: `${option} (${problem.field}): ${problem.message}`, fix: problem.fix.replaceAll(`${problem.field}:`, option) };
}

/** The message for a command that refuses, listing every reason at once. */
export function describeRefusals(refusals: readonly Refusal[]): string {
  return ['Nothing was written:', ...refusals.flatMap((r) => [`  - ${r.problem}`, `    fix: ${r.fix}`])].join('\n');
}
