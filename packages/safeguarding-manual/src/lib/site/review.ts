// Review status for board staff: the chapters and information pages in force that are overdue
// for review, or due within a window of days, with who owns them. The same list feeds /review/,
// npm run review and the check's warnings.
import { stringify } from 'csv-stringify/sync';
import { daysBetween, formatDate } from '../util/dates.ts';
import { compareNumbers } from '../content/numbering.ts';
import { documentNoun, listedChapters, type ManualDocument, type Collection, type Version } from '../content/versions.ts';

/** True when the version's review date has passed on `today` (a review due today is not overdue yet). */
export function isReviewOverdue(version: Pick<Version, 'reviewDue'>, today: string): boolean {
  return version.reviewDue !== undefined && version.reviewDue < today;
}

/** One chapter or information page due for review. */
export interface ReviewRow {
  id: string;
  collection: Collection;
  owner: string | undefined;
  /** The chapter number; empty for an information page. */
  number: string;
  title: string;
  /** The date the version in force took effect. */
  amended: string;
  reviewDue: string;
  overdue: boolean;
}

/**
 * The documents in force on `today` whose review is overdue or due within `withinDays` days,
 * soonest (most overdue) first, then by number and title.
 */
export function reviewList(documents: readonly ManualDocument[], today: string, withinDays: number): ReviewRow[] {
  return listedChapters(documents)
    .map((chapter) => ({ chapter, version: chapter.current! }))
    .filter(({ version }) => version.reviewDue !== undefined && daysBetween(today, version.reviewDue) <= withinDays)
    .map(({ chapter, version }) => ({
      id: chapter.id,
      collection: chapter.collection,
      owner: version.owner,
      number: version.section,
      title: version.title,
      amended: version.amended,
      reviewDue: version.reviewDue!,
      overdue: isReviewOverdue(version, today),
    }))
    .sort(
      (a, b) =>
        a.reviewDue.localeCompare(b.reviewDue) ||
        Number(!a.number) - Number(!b.number) ||
        compareNumbers(a.number || '0', b.number || '0') ||
        a.title.localeCompare(b.title),
    );
}

/** The list as CSV for a spreadsheet (a cell that starts like a formula stays text). */
export function reviewCsv(rows: readonly ReviewRow[]): string {
  return stringify(
    rows.map((r) => ({
      status: r.overdue ? 'overdue' : 'due',
      review_due: r.reviewDue,
      owner: r.owner ?? '',
      number: r.number,
      title: r.title,
      last_amended: r.amended,
      id: r.id,
      collection: r.collection,
    })),
    { header: true, quoted_string: true, escape_formulas: true },
  );
}

/** The list as text for a terminal: a heading line, then one line per document. */
export function reviewText(rows: readonly ReviewRow[], today: string, withinDays: number): string {
  const overdue = rows.filter((r) => r.overdue).length;
  const heading = `Review status on ${formatDate(today)}: ${overdue} overdue, ${rows.length - overdue} due within ${withinDays} days.`;
  if (!rows.length) return `${heading}\nNothing is overdue or due for review within ${withinDays} days.`;
  return [
    heading,
    '',
    ...rows.map((r) => {
      const what = r.number ? `${r.number} ${r.title}` : `${r.title} (information ${documentNoun(r.collection)})`;
      const when = r.overdue ? `OVERDUE since ${formatDate(r.reviewDue)}` : `due ${formatDate(r.reviewDue)}`;
      return `${when.padEnd(30)} ${what}\n${''.padEnd(31)}owner: ${r.owner ?? 'not recorded'}; last amended ${formatDate(r.amended)}; id ${r.id}`;
    }),
  ].join('\n');
}
