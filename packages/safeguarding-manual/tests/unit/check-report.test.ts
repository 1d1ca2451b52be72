import { describe, expect, it } from 'vitest';
import { checkReport, commitStatus, parseCheckReport, STATUS_DESCRIPTION_LIMIT, statusSummary } from '../../src/lib/check-report.ts';
import type { Problem } from '../../src/lib/problems.ts';

const RUN = 'https://github.com/bscp/procedures/actions/runs/42';
const SUMMARY = 'Checked 120 version files (96 chapters and 10 contacts) for 2026-11-22: 2 errors, 1 warning.';
const problems: Problem[] = [
  {
    severity: 'warning',
    file: 'src/content/contacts/lado.yaml',
    field: 'verified',
    message: 'was last checked more than a year ago',
    fix: 'check the details and set verified to today',
  },
  {
    severity: 'error',
    file: 'src/content/procedures/strategy-discussions/2026-12-07.mdx',
    line: 114,
    field: 'body',
    message: 'the heading "Another | title" is a top-level heading, which only the chapter title may be',
    fix: 'use ## for headings in the body',
  },
  {
    severity: 'error',
    file: 'src/content/procedures/strategy-discussions/2026-12-07.mdx',
    line: 6,
    field: 'approvedOn',
    message: 'is 2026-12-09, after the version takes effect on 2026-12-07: a version is approved before it takes effect',
    fix: 'correct approvedOn',
  },
];

describe('the check report', () => {
  it('counts errors and warnings, orders problems by file and line, and reads back', () => {
    const report = checkReport('2026-11-22', SUMMARY, problems);
    expect(report).toMatchObject({ today: '2026-11-22', errors: 2, warnings: 1 });
    expect(report.problems.map((p) => `${p.file.split('/').pop()} ${p.line ?? '-'}`)).toEqual(['lado.yaml -', '2026-12-07.mdx 6', '2026-12-07.mdx 114']);
    expect(parseCheckReport(JSON.stringify(report))).toEqual(report);
  });

  it('is not read from output that is not a report', () => {
    expect(parseCheckReport('')).toBeUndefined();
    expect(parseCheckReport('MANUAL_TODAY is "soon", which is not a date')).toBeUndefined();
    expect(parseCheckReport('{"today": "2026-11-22"}')).toBeUndefined();
  });
});

describe('the commit status of a proposed change', () => {
  it('fails with the number of errors and the first one: file, field and what is wrong', () => {
    const status = commitStatus(checkReport('2026-11-22', SUMMARY, problems), RUN);
    expect(status).toEqual({
      state: 'failure',
      context: 'Manual check',
      description:
        '2 errors. strategy-discussions/2026-12-07.mdx, approvedOn: is 2026-12-09, after the version takes effect on 2026-12-07: a version is approv\u2026',
      target_url: RUN,
    });
    expect(status.description.length).toBe(STATUS_DESCRIPTION_LIMIT);
  });

  it('succeeds without errors, counting the warnings', () => {
    expect(commitStatus(checkReport('2026-11-22', SUMMARY, problems.slice(0, 1)), RUN)).toEqual({
      state: 'success',
      context: 'Manual check',
      description: 'No errors, 1 warning: the change may be published.',
      target_url: RUN,
    });
    expect(commitStatus(checkReport('2026-11-22', SUMMARY, [])).description).toBe('No errors: the change may be published.');
  });

  it('is an error when the check did not run to the end', () => {
    expect(commitStatus(undefined, RUN)).toMatchObject({
      state: 'error',
      description: 'The check did not run to the end: open the details for what stopped it.',
    });
  });
});

describe("the run's summary", () => {
  it('lists every problem under its file, with its fix, in Markdown that the text cannot break', () => {
    expect(statusSummary(checkReport('2026-11-22', SUMMARY, problems))).toMatchInlineSnapshot(`
      "## Manual check

      Checked 120 version files (96 chapters and 10 contacts) for 2026-11-22: 2 errors, 1 warning.

      ### src/content/contacts/lado.yaml

      - **warning** file, verified: was last checked more than a year ago
        - fix: check the details and set verified to today

      ### src/content/procedures/strategy-discussions/2026-12-07.mdx

      - **error** line 6, approvedOn: is 2026-12-09, after the version takes effect on 2026-12-07: a version is approved before it takes effect
        - fix: correct approvedOn
      - **error** line 114, body: the heading "Another \\| title" is a top-level heading, which only the chapter title may be
        - fix: use ## for headings in the body
      "
    `);
  });
});
