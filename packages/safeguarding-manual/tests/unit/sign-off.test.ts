import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/check/problems.ts';
import { checkManual } from '../../src/lib/check/validate.ts';
import { first, firstPage, options, settings, source, versionText } from './helpers.ts';

const required = { ...options, settings: { ...settings, signOffRequiredFrom: '2023-01-01' } };
const update = (date: string, more: Record<string, unknown> = {}) =>
  versionText({ section: '1.1.1', title: 'A', amended: date, change: 'updated', summary: 'Changed.', ...more });

describe('sign-off', () => {
  it('is optional, and carried into the manual when given', () => {
    const { problems, manual } = checkManual(
      source({
        'a/2020-01-06.mdx': first('1.1.1', 'A', '2020-01-06', { approvedBy: 'Policy and Procedures Group', approvedOn: '2019-12-10' }),
        'a/2022-01-06.mdx': update('2022-01-06'),
      }),
      options,
    );
    expect(problems).toEqual([]);
    expect(manual.chapters[0]!.versions.map((v) => [v.approvedBy, v.approvedOn])).toEqual([
      ['Policy and Procedures Group', '2019-12-10'],
      [undefined, undefined],
    ]);
  });

  it('needs both who and when, and an approval on or before the day the version takes effect', () => {
    const problems = checkManual(
      source({
        'a/2020-01-06.mdx': first('1.1.1', 'A', '2020-01-06', { approvedBy: 'Policy and Procedures Group' }),
        'a/2021-01-06.mdx': update('2021-01-06', { approvedOn: '2021-01-01' }),
        'a/2022-01-06.mdx': update('2022-01-06', { approvedBy: 'Policy and Procedures Group', approvedOn: '2022-01-07' }),
      }),
      options,
    ).problems;
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "m/procedures/a/2020-01-06.mdx
        error line 6, approvedOn: is missing: an approval needs its date
          fix: this version is published, so make the change in a new version: npm run amend -- a --summary "...", then in the new file: add approvedOn: followed by the date Policy and Procedures Group approved it, on or before 2020-01-06

      m/procedures/a/2021-01-06.mdx
        error line 7, approvedBy: is missing: an approval date needs the group or person that approved the version
          fix: this version is published, so make the change in a new version: npm run amend -- a --summary "...", then in the new file: add approvedBy: followed by who approved it, such as Policy and Procedures Group

      m/procedures/a/2022-01-06.mdx
        error line 8, approvedOn: is 2022-01-07, after the version takes effect on 2022-01-06: a version is approved before it takes effect
          fix: this version is published, so make the change in a new version: npm run amend -- a --summary "...", then in the new file: write the date it was approved, on or before 2022-01-06, or date the version later

      3 errors, 0 warnings"
    `);
  });

  it('is required from the date the settings name, for new chapters and information pages, and not before it', () => {
    const problems = checkManual(
      source(
        {
          'a/2020-01-06.mdx': first('1.1.1', 'A'),
          'a/2023-01-01.mdx': update('2023-01-01'),
          'a/2024-01-01.mdx': update('2024-01-01', { approvedBy: 'Chair of the partnership', approvedOn: '2023-12-01' }),
        },
        {
          pages: {
            'leaflet/2022-12-31.mdx': firstPage('Leaflet', ['public'], '2022-12-31'),
            'leaflet/2024-05-01.mdx': versionText({
              title: 'Leaflet',
              amended: '2024-05-01',
              change: 'updated',
              summary: 'Clearer.',
              audience: ['public'],
              description: 'What it covers.',
            }),
          },
          unlocked: ['procedures/a/2023-01-01.mdx', 'procedures/a/2024-01-01.mdx', 'pages/leaflet/2024-05-01.mdx'],
        },
      ),
      required,
      // The versions not yet locked are new, dated before today: only the sign-off is this test's concern.
    ).problems.filter((p) => p.field !== 'amended');
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "m/pages/leaflet/2024-05-01.mdx
        error line 3, approvedBy: is missing: every version taking effect on or after 1 January 2023 must say who approved it and when (signOffRequiredFrom in manual.config.ts)
          fix: add approvedBy: Policy and Procedures Group and approvedOn: 2024-05-01 (the group or person that approved the page, and the date, on or before 2024-05-01)

      m/procedures/a/2023-01-01.mdx
        error line 4, approvedBy: is missing: every version taking effect on or after 1 January 2023 must say who approved it and when (signOffRequiredFrom in manual.config.ts)
          fix: add approvedBy: Policy and Procedures Group and approvedOn: 2023-01-01 (the group or person that approved the chapter, and the date, on or before 2023-01-01)

      2 errors, 0 warnings"
    `);
  });

  it('leaves alone a version published before sign-off was required: it cannot change', () => {
    const { problems } = checkManual(source({ 'a/2020-01-06.mdx': first('1.1.1', 'A'), 'a/2023-01-01.mdx': update('2023-01-01') }), required);
    expect(problems).toEqual([]);
  });

  it('reports a sign-off that is not text or not a date', () => {
    const problems = checkManual(
      source({ 'a/2020-01-06.mdx': first('1.1.1', 'A', '2020-01-06', { approvedBy: '', approvedOn: '10/12/2019' }) }),
      options,
    ).problems;
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "m/procedures/a/2020-01-06.mdx
        error line 6, approvedBy: must not be empty; write, for example, Policy and Procedures Group
          fix: write it as approvedBy: Policy and Procedures Group
        error line 7, approvedOn: must be a real date written as YYYY-MM-DD, such as 2024-03-25
          fix: write it as approvedOn: 2024-03-11

      2 errors, 0 warnings"
    `);
  });
});
