// The email digest of a period or an update round: exactly the versions dated in it, by section,
// as HTML for email clients and as plain text; and the command's period, from its options.
import { describe, expect, it } from 'vitest';
import { buildDigest, digestPeriod } from '../../src/lib/digest/build.ts';
import { digestHtml, digestText } from '../../src/lib/digest/email.ts';
import { roundsOf } from '../../src/lib/content/releases.ts';
import { defineManual } from '../../src/lib/manual/settings.ts';
import { checkManual } from '../../src/lib/check/validate.ts';
import { EMERGENCY, first, firstPage, options, settings, source, versionText } from './helpers.ts';

const updated = (section: string, title: string, amended: string, summary: string, more: Record<string, unknown> = {}) =>
  versionText({ section, title, amended, change: 'updated', summary, ...more });

const checked = checkManual(
  source(
    {
      'referrals/2020-01-06.mdx': first('1.1.1', 'Referrals'),
      'referrals/2024-03-04.mdx': updated('1.1.1', 'Referrals', '2024-03-04', 'Written confirmation within 48 hours.'),
      'referrals/2024-05-31.mdx': updated('1.1.1', 'Referrals', '2024-05-31', 'Feedback to referrers within 3 days.'),
      'strategy/2024-03-01.mdx': first('1.1.2', 'Strategy <Discussions>', '2024-03-01', { summary: 'New chapter on strategy discussions & meetings.' }),
      'neglect/2020-01-06.mdx': first('2.1', 'Neglect'),
      'neglect/2024-02-29.mdx': updated('2.1', 'Neglect', '2024-02-29', 'Before the period.'),
      'neglect/2024-04-15.mdx': versionText({ section: '2.1', title: 'Neglect', amended: '2024-04-15', change: 'withdrawn', summary: 'Now part of 2.2.' }),
      'exploitation/2024-04-15.mdx': first('2.3', 'Exploitation', '2024-04-15', { summary: 'Replaces 2.1.' }),
      'referrals/2024-06-03.mdx': updated('1.1.1', 'Referrals', '2024-06-03', 'Online referral form from June.'),
    },
    {
      pages: { 'worried/2024-03-11.mdx': firstPage('If you are worried', ['public'], '2024-03-11', { summary: 'New page.' }) },
      contacts: { emergency: `${EMERGENCY}changes:\n  - date: 2024-04-02\n    summary: New text service.\n  - date: 2023-01-01\n    summary: Before.\n` },
    },
  ),
  { ...options, today: '2024-06-01' },
);
const { manual } = checked;
const input = { documents: [...manual.chapters, ...manual.pages], contacts: manual.contacts, structure: manual.structure, settings, today: '2024-06-01' };

describe('the digest of a period', () => {
  it('is made from a valid manual', () => {
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  const digest = buildDigest({ ...input, since: '2024-03-01', until: '2024-06-03', round: undefined });

  it('holds exactly the versions dated in the period, first and last days included, by section then number', () => {
    expect(digest.groups.map((g) => [g.heading, g.entries.map((e) => `${e.date} ${e.kind} ${e.label}`)])).toEqual([
      [
        '1. Assessing Need',
        [
          '2024-03-04 Updated 1.1.1 Referrals',
          '2024-05-31 Updated 1.1.1 Referrals',
          '2024-06-03 Updated 1.1.1 Referrals',
          '2024-03-01 New 1.1.2 Strategy <Discussions>',
        ],
      ],
      ['2. Specific Circumstances', ['2024-04-15 Withdrawn 2.1 Neglect', '2024-04-15 New 2.3 Exploitation']],
      ['Information pages', ['2024-03-11 New If you are worried']],
    ]);
    expect(digest.versions).toBe(7);
    expect(digest.contactChanges.map((c) => [c.date, c.summary, c.link])).toEqual([
      ['2024-04-02', 'New text service.', 'https://example.org/contacts/#emergency'],
    ]);
    expect(digest.subject).toBe('Changes from 1 March 2024 to 3 June 2024: Test Procedures');
  });

  it("links each chapter's page and its changes, or a version still to come itself", () => {
    const referrals = digest.groups[0]!.entries;
    expect(referrals[1]).toMatchObject({
      upcoming: false,
      link: 'https://example.org/procedures/referrals/',
      changes: 'https://example.org/procedures/referrals/2024-05-31/changes/',
    });
    expect(referrals[2]).toMatchObject({ upcoming: true, link: 'https://example.org/procedures/referrals/2024-06-03/' });
    expect(referrals[3]).toMatchObject({ changes: undefined });
  });

  it('is an email: inline styles, no script, no image, no stylesheet, every link absolute, text escaped', () => {
    const html = digestHtml(digest, settings);
    expect(html).not.toMatch(/<script|<img|<link|<style|\son[a-z]+=/i);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(html).toContain('<title>Changes from 1 March 2024 to 3 June 2024: Test Procedures</title>');
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((h) => !h.startsWith('https://example.org/'))).toEqual([]);
    expect(html).toContain('>1.1.2 Strategy &lt;Discussions&gt;</a>');
    expect(html).toContain('New chapter on strategy discussions &amp; meetings.');
    expect(html).toContain('Updated, comes into effect on 3 June 2024</p>');
    expect(html).toContain('>What changed in 1.1.1 Referrals</a>');
    expect(html).not.toContain('Example content');
  });

  it('reads as plain text, with the same entries and addresses', () => {
    const text = digestText(digest, settings);
    expect(text).toContain('CHANGES FROM 1 MARCH 2024 TO 3 JUNE 2024\n========================================\n');
    expect(text).toContain('7 changes to chapters and information pages and 1 change to contact\ndetails, dated from 1 March 2024 to 3 June 2024.');
    expect(text).toContain(`Withdrawn, 15 April 2024: 2.1 Neglect
  Now part of 2.2.
  Read it: https://example.org/procedures/neglect/
  What changed: https://example.org/procedures/neglect/2024-04-15/changes/
`);
    expect(text).toContain('Information pages\n-----------------\n\nNew, 11 March 2024: If you are worried\n');
    expect(text).toContain(
      'Contact changed, 2 April 2024: Police, ambulance and fire, Emergency\nservices\n  New text service.\n  https://example.org/contacts/#emergency\n',
    );
    expect(text.split('\n').filter((line) => line.length > 72 && !line.includes('https://'))).toEqual([]);
    expect(text).not.toMatch(/&amp;|&lt;/);
  });

  it('says so when nothing changed, and marks example content', () => {
    const empty = buildDigest({ ...input, since: '2021-01-01', until: '2021-12-31', round: undefined });
    const example = defineManual({ ...settings, exampleContent: true });
    expect(digestText(empty, example)).toContain('EXAMPLE CONTENT: this digest describes a fictional partnership.');
    expect(digestText(empty, example)).toContain('Nothing in the manual changed in this period.');
    expect(digestHtml(empty, example)).toContain('<strong>Example content:</strong>');
  });
});

describe('the period of an update round', () => {
  const rounds = roundsOf({
    rounds: [
      { name: 'Winter 2023 update', date: '2023-12-04', notes: 'Winter.' },
      { name: 'Spring 2024 update', date: '2024-04-15', notes: 'Spring: exploitation and strategy discussions.' },
    ],
  });

  it("runs from the day after the round before to the round's date, and takes its name and notes", () => {
    const period = digestPeriod({ release: 'spring 2024 update' }, rounds, '2024-06-01', 'm/releases.yaml');
    expect(period).toMatchObject({ since: '2023-12-05', until: '2024-04-15', name: 'spring-2024-update' });
    const digest = buildDigest({ ...input, ...period });
    expect(digest.title).toBe('Spring 2024 update');
    expect(digest.notes).toBe('Spring: exploitation and strategy discussions.');
    expect(digest.period).toBe('dated from 5 December 2023 to 15 April 2024');
    expect(digest.groups.flatMap((g) => g.entries.map((e) => e.date))).toEqual([
      '2024-03-04',
      '2024-03-01',
      '2024-02-29',
      '2024-04-15',
      '2024-04-15',
      '2024-03-11',
    ]);
    expect(digestPeriod({ release: 'Winter 2023 update' }, rounds, '2024-06-01', 'm/releases.yaml')).toMatchObject({ since: undefined, until: '2023-12-04' });
    expect(digestPeriod({ release: 'Winter 2023 update', since: '2023-06-01' }, rounds, '2024-06-01', 'm/releases.yaml')).toMatchObject({
      since: '2023-06-01',
      until: '2023-12-04',
      name: 'changes-2023-06-01-to-2023-12-04',
    });
  });

  it('runs to the build date when only --since is given', () => {
    expect(digestPeriod({ since: '2024-05-01' }, [], '2024-06-01', 'm/releases.yaml')).toEqual({
      since: '2024-05-01',
      until: '2024-06-01',
      round: undefined,
      name: 'changes-2024-05-01-to-2024-06-01',
    });
  });

  it('explains what is missing or wrong', () => {
    const period =
      (o: Parameters<typeof digestPeriod>[0], r = rounds) =>
      () =>
        digestPeriod(o, r, '2024-06-01', 'm/releases.yaml');
    expect(period({})).toThrowErrorMatchingInlineSnapshot(
      `[UserError: Say which changes the digest is for: --since YYYY-MM-DD (the first day; the last is --until, or today), or --release "Spring 2026 update".]`,
    );
    expect(period({ since: '2024-02-30' })).toThrowErrorMatchingInlineSnapshot(
      `[UserError: --since is "2024-02-30", which is not a date: write it as YYYY-MM-DD, such as --since 2026-03-01.]`,
    );
    expect(period({ since: '2024-05-01', until: '2024-04-01' })).toThrowErrorMatchingInlineSnapshot(
      `[UserError: The period starts on 1 May 2024, after it ends (1 April 2024): give a --since on or before --until.]`,
    );
    expect(period({ release: 'Summer' })).toThrowErrorMatchingInlineSnapshot(
      `[UserError: There is no update round "Summer" in m/releases.yaml: the rounds are "Winter 2023 update", "Spring 2024 update".]`,
    );
    expect(period({ release: 'Summer' }, [])).toThrowErrorMatchingInlineSnapshot(
      `[UserError: The manual has no update rounds: name them in m/releases.yaml, or give the period with --since YYYY-MM-DD.]`,
    );
  });
});
