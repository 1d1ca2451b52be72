// Update rounds: which round a change belongs to, the log grouped by round, and the rules for releases.yaml.
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/lib/check/problems.ts';
import {
  entriesOfRound,
  findRound,
  groupByRound,
  latestRound,
  logGroups,
  plannedRound,
  roundFor,
  roundId,
  roundsOf,
} from '../../../src/lib/content/releases.ts';
import { checkManual } from '../../../src/lib/check/validate.ts';
import { first, options, source, versionText } from '../helpers.ts';

const releases = {
  rounds: [
    { name: 'Autumn 2023 update', date: '2023-10-02', notes: 'Autumn.' },
    { name: 'Spring 2023 update', date: '2023-04-03', notes: 'Spring.' },
  ],
  next: { name: 'Spring 2024 update', date: '2024-04-01', suggestionsBy: '2024-02-16' },
};

describe('update rounds', () => {
  const rounds = roundsOf(releases);

  it('are ordered by date, each covering the days after the round before up to its own date', () => {
    expect(rounds.map((r) => [r.id, r.from, r.date])).toEqual([
      ['spring-2023-update', undefined, '2023-04-03'],
      ['autumn-2023-update', '2023-04-04', '2023-10-02'],
    ]);
  });

  it('take each change dated on or before them, after the round before', () => {
    expect(roundFor('2020-01-06', rounds)?.name).toBe('Spring 2023 update');
    expect(roundFor('2023-04-03', rounds)?.name).toBe('Spring 2023 update');
    expect(roundFor('2023-04-04', rounds)?.name).toBe('Autumn 2023 update');
    expect(roundFor('2023-10-03', rounds)).toBeUndefined();
  });

  it('group the log newest round first, with changes after the last round at the top and empty rounds left out', () => {
    const entries = [{ date: '2023-11-01' }, { date: '2023-04-03' }, { date: '2023-01-10' }];
    expect(groupByRound(entries, rounds).map((g) => [g.round?.name, g.entries.map((e) => e.date)])).toEqual([
      [undefined, ['2023-11-01']],
      ['Spring 2023 update', ['2023-04-03', '2023-01-10']],
    ]);
    expect(entriesOfRound(entries, rounds[1]!)).toEqual([]);
    expect(entriesOfRound(entries, rounds[0]!)).toEqual([{ date: '2023-04-03' }, { date: '2023-01-10' }]);
  });

  it('head the amendments log where the manual has them; otherwise the log goes by month', () => {
    const entries = [{ date: '2023-11-01' }, { date: '2023-10-02' }, { date: '2023-04-03' }];
    expect(logGroups(entries, rounds).map((g) => [g.id, g.heading, g.entries.length, g.after?.name])).toEqual([
      ['round-since-last', 'Since the Autumn 2023 update', 1, 'Autumn 2023 update'],
      ['round-autumn-2023-update', 'Autumn 2023 update', 1, undefined],
      ['round-spring-2023-update', 'Spring 2023 update', 1, undefined],
    ]);
    expect(logGroups(entries).map((g) => [g.id, g.heading, g.entries.length])).toEqual([
      ['month-2023-11', 'November 2023', 1],
      ['month-2023-10', 'October 2023', 1],
      ['month-2023-04', 'April 2023', 1],
    ]);
  });

  it('are found by name in any case, or by id', () => {
    expect(findRound(rounds, 'spring 2023 UPDATE')?.date).toBe('2023-04-03');
    expect(findRound(rounds, 'autumn-2023-update')?.date).toBe('2023-10-02');
    expect(findRound(rounds, 'Summer')).toBeUndefined();
    expect(roundId('Spring 2026 update')).toBe('spring-2026-update');
  });

  it('show the planned round only while its date is to come, and the latest round published', () => {
    expect(plannedRound(releases, '2024-03-31')?.name).toBe('Spring 2024 update');
    expect(plannedRound(releases, '2024-04-01')).toBeUndefined();
    expect(plannedRound(undefined, '2024-03-31')).toBeUndefined();
    expect(latestRound(rounds, '2023-10-01')?.name).toBe('Spring 2023 update');
    expect(latestRound(rounds, '2023-01-01')).toBeUndefined();
  });
});

describe('releases.yaml', () => {
  const chapters = {
    'referrals/2020-01-06.mdx': first('1.1.1', 'Referrals'),
    'referrals/2023-05-02.mdx': versionText({ section: '1.1.1', title: 'Referrals', amended: '2023-05-02', change: 'updated', summary: 'Clarified.' }),
  };
  const check = (yaml: string) => {
    const manual = { ...source(chapters), releasesFile: { file: 'm/releases.yaml', text: yaml } };
    return checkManual(manual, options);
  };

  it('is optional, and read into the manual when there is one', () => {
    expect(checkManual(source(chapters), options).manual.releases).toBeUndefined();
    const { problems, manual } = check(
      'rounds:\n  - name: Spring 2023 update\n    date: 2023-05-02\n    notes: Referrals clarified.\nnext:\n  name: Autumn 2024 update\n  date: 2024-10-07\n  suggestionsBy: 2024-08-30\n',
    );
    expect(formatProblems(problems)).toBe('0 errors, 0 warnings');
    expect(manual.releases).toEqual({
      rounds: [{ name: 'Spring 2023 update', date: '2023-05-02', notes: 'Referrals clarified.' }],
      next: { name: 'Autumn 2024 update', date: '2024-10-07', suggestionsBy: '2024-08-30' },
    });
  });

  it('reports a date that is not real, a missing note and an unknown field, with their lines', () => {
    expect(
      formatProblems(
        check(
          'rounds:\n  - name: Spring 2023 update\n    date: 2023-02-30\n  - name: Autumn\n    date: 2023-10-02\n    notes: Autumn.\n    summary: x\nnxt: {}\n',
        ).problems,
      ),
    ).toMatchInlineSnapshot(`
      "m/releases.yaml
        error line 2, notes of the first round: is missing
          fix: add notes: Brings the conference chapters into line with Working Together 2023.
        error line 3, date of the first round: must be a real date written as YYYY-MM-DD, such as 2024-03-25
          fix: write it as date: 2024-03-25
        error line 7, summary of the second round: is not a field this file can have
          fix: remove it, or see docs/files.md for the fields this file can have
        error line 8, nxt: is not a field this file can have
          fix: rename it to next

      4 errors, 0 warnings"
    `);
  });

  it('refuses two rounds with one name or one date, and a name whose address another log page has', () => {
    const yaml = `rounds:
  - name: Spring 2023 update
    date: 2023-05-02
    notes: One.
  - name: spring 2023 Update
    date: 2023-05-02
    notes: Two.
  - name: "2022"
    date: 2022-01-10
    notes: Three.
  - name: Section 1
    date: 2021-01-11
    notes: Four.
`;
    expect(formatProblems(check(yaml).problems)).toMatchInlineSnapshot(`
      "m/releases.yaml
        error line 5, name of the second round: the name "spring 2023 Update" is used twice (also "Spring 2023 update"), and each round has a page of its own
          fix: give each round its own name, such as Spring 2026 update
        error line 6, date of the second round: "spring 2023 Update" has the same date as "Spring 2023 update", so no amendment could belong to one of them
          fix: give each round the day it was published
        error line 8, name of the third round: the round "2022" would have the address /amendments/2022/, which is the log of the year 2022
          fix: name it in words with its season or month, such as Spring 2026 update
        error line 11, name of the fourth round: the round "Section 1" would have the address /amendments/section-1/, which belongs to the logs of the sections
          fix: name it in words with its season or month, such as Spring 2026 update

      4 errors, 0 warnings"
    `);
  });

  it('warns about a round nothing belongs to, and a planned round whose date has passed', () => {
    const yaml = `rounds:
  - name: Spring 2020 update
    date: 2020-01-06
    notes: First.
  - name: Autumn 2021 update
    date: 2021-10-04
    notes: Nothing.
next:
  name: Spring 2024 update
  date: 2024-04-01
  suggestionsBy: 2024-02-16
`;
    expect(
      formatProblems(checkManual({ ...source(chapters), releasesFile: { file: 'm/releases.yaml', text: yaml } }, { ...options, today: '2024-06-01' }).problems),
    ).toMatchInlineSnapshot(`
      "m/releases.yaml
        warning line 6, date of the second round: no version or contact change is dated from 7 January 2020 to 4 October 2021, so "Autumn 2021 update" lists nothing
          fix: check the date: a round holds what is dated on or before it, after the round before
        warning line 10, date of next: the planned round "Spring 2024 update" was due on 1 April 2024, which has passed, so the site no longer shows it
          fix: move it into rounds once it is published, with its notes, and plan the next one

      0 errors, 2 warnings"
    `);
  });

  it('refuses a planned round before the last round, and suggestions due after the round', () => {
    const yaml = `rounds:
  - name: Spring 2023 update
    date: 2023-05-02
    notes: One.
next:
  name: Spring 2023 extra
  date: 2023-04-03
  suggestionsBy: 2023-04-03
  suggestionsTo: not an address
`;
    expect(formatProblems(check(yaml).problems)).toMatchInlineSnapshot(`
      "m/releases.yaml
        error line 9, suggestionsTo of next: must be an email address, such as procedures@example.org
          fix: write it as suggestionsTo: procedures@example.org

      1 error, 0 warnings"
    `);
    expect(formatProblems(check(yaml.replace('  suggestionsTo: not an address\n', '')).problems)).toMatchInlineSnapshot(`
      "m/releases.yaml
        error line 7, date of next: the planned round is dated 3 April 2023, not after the last round, "Spring 2023 update" (2 May 2023)
          fix: give the date the next round is planned for, or move a round that has been published into rounds
        error line 8, suggestionsBy of next: suggestions are due on 3 April 2023, which is not before the round itself (3 April 2023)
          fix: give a date before the round, leaving the board time to consider them

      2 errors, 0 warnings"
    `);
  });
});
