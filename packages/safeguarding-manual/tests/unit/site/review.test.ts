import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/lib/check/problems.ts';
import { isReviewOverdue, reviewCsv, reviewList, reviewText } from '../../../src/lib/site/review.ts';
import { checkManual } from '../../../src/lib/check/validate.ts';
import { first, firstPage, options, source, versionText } from '../helpers.ts';

// options.today is 2024-06-01.
const { manual, problems } = checkManual(
  source(
    {
      'overdue/2020-01-06.mdx': first('1.1.1', 'Overdue', '2020-01-06', { reviewDue: '2024-03-31', owner: "Children's social care" }),
      'due-today/2020-01-06.mdx': first('1.1.2', 'Due today', '2020-01-06', { reviewDue: '2024-06-01' }),
      'soon/2020-01-06.mdx': first('1.1.3', 'Soon', '2020-01-06', { reviewDue: '2024-08-30', owner: '=Police' }),
      'later/2020-01-06.mdx': first('1.1.4', 'Later', '2020-01-06', { reviewDue: '2024-12-31' }),
      'reviewed/2020-01-06.mdx': first('1.1.5', 'Reviewed', '2020-01-06', { reviewDue: '2022-01-01' }),
      'reviewed/2022-01-06.mdx': versionText({
        section: '1.1.5',
        title: 'Reviewed',
        amended: '2022-01-06',
        change: 'updated',
        summary: 'Reviewed.',
        reviewDue: '2025-01-01',
      }),
      'gone/2020-01-06.mdx': first('1.1.6', 'Gone', '2020-01-06', { reviewDue: '2021-01-01' }),
      'gone/2021-01-06.mdx': versionText({
        section: '1.1.6',
        title: 'Gone',
        amended: '2021-01-06',
        change: 'withdrawn',
        summary: 'No longer needed.',
        reviewDue: '2021-01-01',
      }),
    },
    { pages: { 'leaflet/2020-01-06.mdx': firstPage('Leaflet', ['public'], '2020-01-06', { reviewDue: '2024-05-01', owner: 'Business unit' }) } },
  ),
  options,
);

describe('review status', () => {
  it('counts a review as overdue from the day after it was due', () => {
    expect(isReviewOverdue({ reviewDue: '2024-05-31' }, '2024-06-01')).toBe(true);
    expect(isReviewOverdue({ reviewDue: '2024-06-01' }, '2024-06-01')).toBe(false);
    expect(isReviewOverdue({}, '2024-06-01')).toBe(false);
  });

  it('lists what is overdue or due within the window, most overdue first, leaving out withdrawn chapters and earlier versions', () => {
    const rows = reviewList([...manual.chapters, ...manual.pages], options.today, 90);
    expect(rows.map((r) => [r.reviewDue, r.number, r.title, r.overdue, r.owner])).toEqual([
      ['2024-03-31', '1.1.1', 'Overdue', true, "Children's social care"],
      ['2024-05-01', '', 'Leaflet', true, 'Business unit'],
      ['2024-06-01', '1.1.2', 'Due today', false, undefined],
      ['2024-08-30', '1.1.3', 'Soon', false, '=Police'],
    ]);
    expect(reviewList(manual.chapters, options.today, 300).map((r) => r.id)).toContain('later');
  });

  it('prints the list for a terminal and as CSV', () => {
    const rows = reviewList([...manual.chapters, ...manual.pages], options.today, 90);
    expect(reviewText(rows, options.today, 90)).toMatchInlineSnapshot(`
      "Review status on 1 June 2024: 2 overdue, 2 due within 90 days.

      OVERDUE since 31 March 2024    1.1.1 Overdue
                                     owner: Children's social care; last amended 6 January 2020; id overdue
      OVERDUE since 1 May 2024       Leaflet (information page)
                                     owner: Business unit; last amended 6 January 2020; id leaflet
      due 1 June 2024                1.1.2 Due today
                                     owner: not recorded; last amended 6 January 2020; id due-today
      due 30 August 2024             1.1.3 Soon
                                     owner: =Police; last amended 6 January 2020; id soon"
    `);
    expect(reviewCsv(rows)).toMatchInlineSnapshot(`
      ""status","review_due","owner","number","title","last_amended","id","collection"
      "overdue","2024-03-31","Children's social care","1.1.1","Overdue","2020-01-06","overdue","procedures"
      "overdue","2024-05-01","Business unit","","Leaflet","2020-01-06","leaflet","pages"
      "due","2024-06-01","","1.1.2","Due today","2020-01-06","due-today","procedures"
      "due","2024-08-30","'=Police","1.1.3","Soon","2020-01-06","soon","procedures"
      "
    `);
    expect(reviewText([], options.today, 30)).toMatchInlineSnapshot(`
      "Review status on 1 June 2024: 0 overdue, 0 due within 30 days.
      Nothing is overdue or due for review within 30 days."
    `);
  });

  it('makes npm run check warn about each overdue chapter and page in force', () => {
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "m/pages/leaflet/2020-01-06.mdx
        warning line 8, reviewDue: the page was due for review on 1 May 2024, and is overdue
          fix: review it, then publish the reviewed text with a later reviewDue: npm run amend -- leaflet --summary "Reviewed: ..."

      m/procedures/overdue/2020-01-06.mdx
        warning line 6, reviewDue: the chapter was due for review on 31 March 2024, and is overdue
          fix: review it, then publish the reviewed text with a later reviewDue: npm run amend -- overdue --summary "Reviewed: ..."

      0 errors, 2 warnings"
    `);
  });
});
