// Review dates: a chapter or information page in force whose review date has passed is overdue.
// A warning, not an error: an overdue review does not stop the manual being published.
import { formatDate } from '../util/dates.ts';
import type { ProblemReport } from './problems.ts';
import { documentNoun, listedChapters } from '../content/versions.ts';
import { isReviewOverdue } from '../site/review.ts';
import type { ManualIndex } from './manual-index.ts';

export function checkReviewDates(index: ManualIndex, report: ProblemReport): void {
  const { today } = index.options;
  for (const chapter of listedChapters([...index.chapters, ...index.pages])) {
    const version = chapter.current!;
    if (!isReviewOverdue(version, today)) continue;
    const noun = documentNoun(chapter.collection);
    report.warning(
      version.file,
      index.at(version, 'reviewDue'),
      'reviewDue',
      `the ${noun} was due for review on ${formatDate(version.reviewDue!)}, and is overdue`,
      `review it, then publish the reviewed text with a later reviewDue: npm run amend -- ${chapter.id} --summary "Reviewed: ..."`,
    );
  }
}
