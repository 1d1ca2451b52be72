// The version lock: what it records, what it catches, and the rules the check applies with it.
import { describe, expect, it } from 'vitest';
import { collectCorrections } from '../../../src/lib/site/amendments.ts';
import { exportRows } from '../../../src/lib/site/feeds.ts';
import { lockContacts } from '../../../src/lib/history/lock-notes.ts';
import { checkLock, extendLock, recordCorrection, serializeLock } from '../../../src/lib/history/lock.ts';
import { formatProblems } from '../../../src/lib/check/problems.ts';
import { checkManual } from '../../../src/lib/check/validate.ts';
import { buildDocuments, type Version } from '../../../src/lib/content/versions.ts';
import { first, options, settings, source, versionText } from '../helpers.ts';

function v(chapterId: string, amended: string, section: string, change: Version['change'], summary?: string): Version {
  return {
    chapterId,
    amended,
    section,
    title: `${chapterId} title`,
    change,
    summary,
    file: `m/procedures/${chapterId}/${amended}.mdx`,
    hash: amended.replace(/-/g, '').padEnd(64, 'a'),
    keywords: [],
    seeAlso: [],
  };
}

const chapters = buildDocuments(
  [
    v('referrals', '2020-01-06', '1.1.1', 'new'),
    v('referrals', '2023-05-02', '1.1.1', 'updated', 'Confirmation within 48 hours.'),
    v('referrals', '2030-01-01', '1.1.1', 'updated', 'Online form.'),
    v('historic', '2020-01-06', '1.1.3', 'new'),
    v('historic', '2023-05-02', '1.1.2', 'updated', 'Renumbered.'),
    v('old', '2020-02-03', '2.1', 'new'),
    v('old', '2023-05-20', '2.1', 'withdrawn', 'Replaced by 2.2.'),
  ],
  '2024-01-01',
);

describe('the version lock', () => {
  const { lock, added } = extendLock({ format: 2, files: {} }, chapters, 'm', '9999-12-31');
  const files = new Set(chapters.flatMap((c) => c.versions.map((x) => x.file)));

  it('locks every published version and nothing in the future', () => {
    expect(added).toHaveLength(6);
    expect(Object.keys(lock.files)).not.toContain('procedures/referrals/2030-01-01.mdx');
    expect(checkLock(lock, chapters, 'm', files)).toEqual([]);
  });

  it('catches an edited and a deleted published version', () => {
    const edited = structuredClone(lock);
    edited.files['procedures/referrals/2020-01-06.mdx']!.sha256 = 'f'.repeat(64);
    edited.files['procedures/gone/2020-01-06.mdx'] = { sha256: 'e'.repeat(64) };
    expect(checkLock(edited, chapters, 'm', files).map((p) => `${p.file}: ${p.message}`)).toEqual([
      'm/procedures/referrals/2020-01-06.mdx: this version was published on 2020-01-06 and has been edited since (its SHA-256 no longer matches versions.lock.json)',
      'm/versions.lock.json: the published version procedures/gone/2020-01-06.mdx is missing: it was deleted or renamed',
    ]);
  });

  it('records a correction, which the log shows', () => {
    const corrected = recordCorrection(lock, 'procedures/referrals/2020-01-06.mdx', 'b'.repeat(64), '2024-02-01', 'Fixed a typing error.');
    expect(corrected.files['procedures/referrals/2020-01-06.mdx']).toEqual({
      sha256: 'b'.repeat(64),
      corrections: [{ date: '2024-02-01', reason: 'Fixed a typing error.', previous: '20200106'.padEnd(64, 'a') }],
    });
    const [entry] = collectCorrections(chapters, corrected, 'm');
    expect(entry).toMatchObject({ date: '2024-02-01', kind: 'Corrected', summary: 'Correction to the version of 6 January 2020: Fixed a typing error.' });
    // The export links to the corrected version, not to the date of the correction.
    expect(exportRows([entry!], settings)[0]!.url).toBe('https://example.org/procedures/referrals/2020-01-06/');
    expect(() => recordCorrection(lock, 'procedures/nope.mdx', 'b'.repeat(64), '2024-02-01', 'x')).toThrow('is not a published version');
  });
});

describe('what a build locks', () => {
  it('locks only versions in force by the calendar, whatever date the build is for', () => {
    const future = buildDocuments(
      [v('referrals', '2020-01-06', '1.1.1', 'new'), v('referrals', '2030-01-01', '1.1.1', 'updated', 'Online form.')],
      '2031-01-01',
    );
    expect(extendLock({ format: 2, files: {} }, future, 'm', '2026-11-30').added).toEqual(['procedures/referrals/2020-01-06.mdx']);
    expect(extendLock({ format: 2, files: {} }, future, 'm', '2030-01-01').added).toHaveLength(2);
  });

  it("records each contact's details, and says when they changed", () => {
    const contact = {
      id: 'front-door',
      organisation: 'Council',
      service: 'Front door',
      category: 'referral' as const,
      areas: ['all'],
      phones: [{ label: 'Office', number: '0116 496 0100', hours: 'office-hours' as const }],
      verified: '2024-01-01',
      changes: [],
    };
    const { lock, changed } = lockContacts({ format: 2, files: {} }, [contact]);
    expect(changed).toBe(true);
    expect(lock.contacts?.['front-door']?.notes).toEqual([]);
    expect(lockContacts(lock, [contact]).changed).toBe(false);
    expect(serializeLock(lock)).toMatch(/^\{\n {2}"format": 2,\n/);
  });
});

describe('the check with the lock', () => {
  const files = {
    'a/2020-01-06.mdx': first('1.1.1', 'A'),
    'a/2023-05-02.mdx': versionText({ section: '1.1.1', title: 'A', amended: '2023-05-02', change: 'updated', summary: 'Clearer.' }),
  };

  it('refuses published versions with no lock, or a lock that records none, naming how to start one', () => {
    expect(formatProblems(checkManual(source(files, { lock: null }), options).problems)).toMatchInlineSnapshot(`
      "m/versions.lock.json
        error file, file: there is no version lock, but 2 versions are published: without it, an edited published version would pass unnoticed
          fix: restore it from version control (git checkout -- m/versions.lock.json); only for a new or imported manual, start one with npm run lock -- --start

      1 error, 0 warnings"
    `);
    const emptied = { ...source(files), lockFile: { file: 'm/versions.lock.json', text: '{"format":1,"files":{}}' } };
    expect(checkManual(emptied, options).problems.map((p) => p.message)).toEqual([
      'the version lock records no versions, but 2 versions are published: without it, an edited published version would pass unnoticed',
    ]);
    // A new manual with nothing published yet needs no lock.
    const future = { 'a/2030-01-06.mdx': first('1.1.1', 'A', '2030-01-06') };
    expect(checkManual(source(future, { lock: null }), options).problems).toEqual([]);
  });

  it('refuses a new version dated before today, the day it is first recorded', () => {
    const locked = source(files);
    const backdated = {
      ...files,
      'a/2021-02-01.mdx': versionText({ section: '1.1.1', title: 'A', amended: '2021-02-01', change: 'updated', summary: 'Slipped in.' }),
      'a/2024-05-01.mdx': versionText({ section: '1.1.1', title: 'A', amended: '2024-05-01', change: 'updated', summary: 'New.' }),
    };
    const withNew = { ...source(backdated), lockFile: locked.lockFile };
    expect(formatProblems(checkManual(withNew, options).problems)).toMatchInlineSnapshot(`
      "m/procedures/a/2021-02-01.mdx
        error line 4, amended: this new version is dated 2021-02-01, before today (2024-06-01), the day it is first recorded: it would change what the chapter said on days already past
          fix: date it 2024-06-01 or later (rename the file to 2024-06-01.mdx and change amended to match); to correct what a published version said, edit that version and run npm run correct -- <its file> --reason "..."

      m/procedures/a/2024-05-01.mdx
        error line 4, amended: this new version is dated 2024-05-01, before today (2024-06-01), the day it is first recorded: it would change what the chapter said on days already past
          fix: date it 2024-06-01 or later (rename the file to 2024-06-01.mdx and change amended to match); to correct what a published version said, edit that version and run npm run correct -- <its file> --reason "..."

      2 errors, 0 warnings"
    `);
  });
});
