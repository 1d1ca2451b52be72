// History that cannot be rewritten: every way of changing the past of the manual, its contacts
// and its notes is refused by the check, naming the file and what to do; every legitimate path
// (a future-dated version, a genuine correction today, an import's first lock) still passes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planAmendment } from '../../../src/lib/authoring/amend.ts';
import { authoringContext } from '../../../src/lib/authoring/context.ts';
import { planNewChapter } from '../../../src/lib/authoring/new-chapter.ts';
import { checkPlan } from '../../../src/lib/authoring/check-plan.ts';
import { describeRefusals } from '../../../src/lib/authoring/plan.ts';
import { lockContacts, noteHash, recordNotesCorrection, contactNoted } from '../../../src/lib/history/lock-notes.ts';
import { extendLock, recordCorrection, type Lock } from '../../../src/lib/history/lock.ts';
import type { ManualSource, SourceFile } from '../../../src/lib/content/manual.ts';
import { nextRecord, readRecords, serializeRecord, sha256Of } from '../../../src/lib/history/release-records.ts';
import { readSourceFile } from '../../../src/lib/content/source.ts';
import { checkManual } from '../../../src/lib/check/validate.ts';
import { first, options, source, versionText } from '../helpers.ts';

const TODAY = options.today; // 2024-06-01
const A1 = 'a/2020-01-06.mdx';
const A2 = 'a/2023-05-02.mdx';
const A2_TEXT = versionText({ section: '1.1.1', title: 'A', amended: '2023-05-02', change: 'updated', summary: 'Clearer steps.' });
const files = { [A1]: first('1.1.1', 'A'), [A2]: A2_TEXT };
const NOTE_1 = '  - date: 2023-02-01\n    summary: New number.\n';
const NOTE_2 = '  - date: 2024-01-10\n    summary: New email.\n';
const FRONT_DOOR = `organisation: Northtown Council
service: Children's Front Door
category: referral
areas: [all]
phones:
  - label: Office hours
    number: "0116 496 0100"
    hours: office-hours
email: frontdoor@northtown.example
verified: 2024-03-01
changes:
${NOTE_1}${NOTE_2}`;

/** The manual as published: its lock (format 2, as the build writes it) and one release record of 2024-03-01. */
function published() {
  const src = source(files, { contacts: { 'front-door': FRONT_DOOR } });
  const { manual } = checkManual(src, options);
  const lock = lockContacts(extendLock({ format: 2, files: {} }, manual.chapters, 'm', TODAY).lock, manual.contacts).lock;
  const record = nextRecord([], lock, '2024-03-01')!;
  const text = serializeRecord(record);
  return { lock, records: [{ file: 'm/release-records/1.json', text, sha256: sha256Of(text) }] as SourceFile[] };
}

interface World {
  files: Record<string, string>;
  contact: string;
  lock: Lock;
  records: SourceFile[];
  /** Replaces a version file's source, such as one read from disk with its bytes. */
  raw?: SourceFile;
}

function check(world: World): string[] {
  const src: ManualSource = source(world.files, { contacts: { 'front-door': world.contact } });
  src.lockFile = { file: 'm/versions.lock.json', text: JSON.stringify(world.lock) };
  src.releaseRecordFiles = world.records;
  if (world.raw) src.procedureFiles = [...src.procedureFiles.filter((f) => f.file !== world.raw!.file), world.raw];
  return checkManual(src, options)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => `${p.file} ${p.field}: ${p.message} | ${p.fix}`);
}

const sha = (text: string) => sha256Of(text);
const edited = A2_TEXT.replace('Do this.', 'Do this at once.');
/** A second record, as a later build would have written it. */
const secondRecord = (w: World, date: string): SourceFile => {
  const { records } = readRecords(w.records);
  const next = nextRecord(records, w.lock, date)!;
  const text = serializeRecord(next);
  return { file: `m/release-records/${next.release}.json`, text, sha256: sha(text) };
};

const MAY = 'a/2024-05-20.mdx';
const MAY_TEXT = versionText({ section: '1.1.1', title: 'A', amended: '2024-05-20', change: 'updated', summary: 'Approved in April.' });
/** The manual with a version of 20 May that a build of `on` showed ahead of its date, and no build since. */
const announced = (w: World, on: string): World => {
  const { records } = readRecords(w.records);
  const next = nextRecord(records, w.lock, on, new Map([[`procedures/${MAY}`, sha(MAY_TEXT)]]))!;
  const text = serializeRecord(next);
  return { ...w, files: { ...w.files, [MAY]: MAY_TEXT }, records: [...w.records, { file: `m/release-records/${next.release}.json`, text, sha256: sha(text) }] };
};

const refused: [string, (w: World) => World, RegExp[]][] = [
  [
    'a version a record names as coming only after its date had passed',
    (w) => announced(w, '2024-05-25'),
    [/^m\/procedures\/a\/2024-05-20\.mdx amended: this new version is dated 2024-05-20, before today/],
  ],
  [
    'a new version dated in the past',
    (w) => ({
      ...w,
      files: { ...w.files, 'a/2024-05-01.mdx': versionText({ section: '1.1.1', title: 'A', amended: '2024-05-01', change: 'updated', summary: 'Backdated.' }) },
    }),
    [/^m\/procedures\/a\/2024-05-01\.mdx amended: this new version is dated 2024-05-01, before today \(2024-06-01\).*npm run correct/],
  ],
  [
    'a ghost chapter that supposedly existed since 2019',
    (w) => ({ ...w, files: { ...w.files, 'ghost/2019-01-01.mdx': first('1.1.2', 'Ghost', '2019-01-01') } }),
    [/^m\/procedures\/ghost\/2019-01-01\.mdx amended: this new version is dated 2019-01-01, before today/],
  ],
  [
    'a published note rewritten with a new date and words',
    (w) => ({ ...w, contact: w.contact.replace(NOTE_1, '  - date: 2020-01-01\n    summary: Number unchanged.\n') }),
    [
      /^m\/contacts\/front-door\.yaml changes: change note 1 of front-door \(now dated 2020-01-01\) is not the note published.*npm run correct -- m\/contacts\/front-door\.yaml/,
    ],
  ],
  [
    'published notes reordered',
    (w) => ({ ...w, contact: w.contact.replace(`${NOTE_1}${NOTE_2}`, `${NOTE_2}${NOTE_1}`) }),
    [/^m\/contacts\/front-door\.yaml changes: change note 1 of front-door .* rewritten, reordered or removed/],
  ],
  [
    'a published note removed',
    (w) => ({ ...w, contact: w.contact.replace(NOTE_1, '') }),
    [/^m\/contacts\/front-door\.yaml changes: .*rewritten, reordered or removed|lists 1 of the 2 change notes/],
  ],
  [
    'a new note dated in the past',
    (w) => ({ ...w, contact: `${w.contact.replace('0116 496 0100', '0116 496 0199')}  - date: 2024-05-01\n    summary: New number.\n` }),
    [/^m\/contacts\/front-door\.yaml changes: change note 3 of front-door is new and dated 2024-05-01, before today/],
  ],
  [
    'a published version edited, its lock hash replaced, and a correction dated before the release that still showed the old text',
    (w) => ({ ...w, files: { ...w.files, [A2]: edited }, lock: recordCorrection(w.lock, `procedures/${A2}`, sha(edited), '2024-01-02', 'Typing error.') }),
    [/^m\/procedures\/a\/2023-05-02\.mdx file: .*correction dated 2024-01-02, but release 1 of 2024-03-01 still published the text it says it replaced/],
  ],
  [
    'a published version edited and its lock hash replaced without a correction',
    (w) => ({ ...w, files: { ...w.files, [A2]: edited }, lock: { ...w.lock, files: { ...w.lock.files, [`procedures/${A2}`]: { sha256: sha(edited) } } } }),
    [/^m\/procedures\/a\/2023-05-02\.mdx file: was published in release 1 \(2024-03-01\).*no correction recorded since that release.*npm run correct/],
  ],
  [
    'a lock entry deleted, then the version edited',
    (w) => {
      const { [`procedures/${A2}`]: _gone, ...rest } = w.lock.files;
      return { ...w, files: { ...w.files, [A2]: edited }, lock: { ...w.lock, files: rest } };
    },
    [
      /^m\/versions\.lock\.json procedures\/a\/2023-05-02\.mdx: was published in release 1 \(2024-03-01\), but the version lock has no entry for it.*git checkout/,
    ],
  ],
  [
    'a ghost chapter added to the lock by hand as well',
    (w) => ({
      ...w,
      files: { ...w.files, 'ghost/2019-01-01.mdx': first('1.1.2', 'Ghost', '2019-01-01') },
      lock: { ...w.lock, files: { ...w.lock.files, 'procedures/ghost/2019-01-01.mdx': { sha256: sha(first('1.1.2', 'Ghost', '2019-01-01')) } } },
    }),
    [/^m\/versions\.lock\.json procedures\/ghost\/2019-01-01\.mdx: is recorded in the version lock, but no release record published it.*git checkout/],
  ],
  [
    'a release record changed after it was published',
    (w) => {
      const second = secondRecord({ ...w, lock: lockContacts(w.lock, []).lock }, '2024-04-01');
      const forged = w.records[0]!.text.replace('"2024-03-01"', '"2024-02-01"');
      return { ...w, lock: lockContacts(w.lock, []).lock, contact: '', records: [{ ...w.records[0]!, text: forged, sha256: sha(forged) }, second] };
    },
    [/^m\/release-records\/1\.json file: the record of release 1 was changed after it was published.*git checkout/],
  ],
  [
    'a version file that is not valid UTF-8',
    (w) => {
      const dir = mkdtempSync(join(tmpdir(), 'history-'));
      const path = join(dir, '2024-07-01.mdx');
      writeFileSync(
        path,
        Buffer.concat([
          Buffer.from(versionText({ section: '1.1.1', title: 'A', amended: '2024-07-01', change: 'updated', summary: 'Caf' })),
          Buffer.from([0xe9]),
        ]),
      );
      return { ...w, raw: { ...readSourceFile(path, dir), file: 'm/procedures/a/2024-07-01.mdx' } };
    },
    [/^m\/procedures\/a\/2024-07-01\.mdx file: the file is not valid UTF-8 text \(byte \d+ is not part of a UTF-8 character\)/],
  ],
];

describe('history that cannot be rewritten', () => {
  const base = (): World => ({ files, contact: FRONT_DOOR, ...published() });

  it('accepts the manual as published', () => {
    expect(check(base())).toEqual([]);
  });

  it.each(refused)('refuses %s, naming the file and what to do', (_name, change, expected) => {
    const errors = check(change(base()));
    for (const pattern of expected)
      expect(
        errors.some((e) => pattern.test(e)),
        `${pattern}\n${errors.join('\n')}`,
      ).toBe(true);
  });

  const accepted: [string, (w: World) => World][] = [
    // Shown as coming into effect on 20 May by a build of 1 May; no build ran on 20 May itself.
    ['a version published ahead of its date, checked after it with no build on the day', (w) => announced(w, '2024-05-01')],
    [
      'a future-dated version',
      (w) => ({
        ...w,
        files: {
          ...w.files,
          'a/2024-07-01.mdx': versionText({ section: '1.1.1', title: 'A', amended: '2024-07-01', change: 'updated', summary: 'Next month.' }),
        },
      }),
    ],
    [
      'a version dated today',
      (w) => ({
        ...w,
        files: { ...w.files, 'a/2024-06-01.mdx': versionText({ section: '1.1.1', title: 'A', amended: '2024-06-01', change: 'updated', summary: 'Today.' }) },
      }),
    ],
    [
      'a genuine correction recorded today',
      (w) => ({ ...w, files: { ...w.files, [A2]: edited }, lock: recordCorrection(w.lock, `procedures/${A2}`, sha(edited), TODAY, 'Typing error.') }),
    ],
    [
      'a genuine correction of a published note recorded today',
      (w) => {
        const contact = w.contact.replace('New email.', 'New email address.');
        const src = source(files, { contacts: { 'front-door': contact } });
        const item = contactNoted(checkManual(src, options).manual.contacts).find((c) => c.id === 'front-door')!;
        return { ...w, contact, lock: recordNotesCorrection(w.lock, 'contacts', item, TODAY, 'Misspelt summary.') };
      },
    ],
    [
      'a new note dated today',
      (w) => ({ ...w, contact: `${w.contact.replace('0116 496 0100', '0116 496 0199')}  - date: ${TODAY}\n    summary: New number.\n` }),
    ],
    ["an import's first lock, which records history from before the day it was started", (w) => ({ ...w, lock: { ...w.lock, startedOn: TODAY }, records: [] })],
    [
      'a lock in format 1, read and upgraded',
      (w) => ({
        ...w,
        lock: { format: 1, files: w.lock.files, contacts: { 'front-door': { sha256: w.lock.contacts!['front-door']!.sha256, changes: 2 } } } as unknown as Lock,
        records: [],
      }),
    ],
  ];
  it.each(accepted)('accepts %s', (_name, change) => {
    expect(check(change(base()))).toEqual([]);
  });

  it('records each note by the SHA-256 of its fields, whatever their order', () => {
    expect(noteHash({ date: '2024-01-10', summary: 'New email.' })).toBe(noteHash({ summary: 'New email.', date: '2024-01-10' }));
    expect(published().lock.contacts!['front-door']!.notes).toHaveLength(2);
  });

  it('the commands refuse a date before today, naming npm run correct', () => {
    const src = source(files);
    const ctx = authoringContext(src, checkManual(src, options).manual, undefined, TODAY);
    const checkOptions = { ...options, today: TODAY };
    const amended = checkPlan(planAmendment(ctx, 'a', { summary: 'Backdated.', date: '2024-05-01' }), src, checkOptions);
    expect(describeRefusals(amended.refusals!)).toContain('--date (amended): this new version is dated 2024-05-01, before today (2024-06-01)');
    expect(describeRefusals(amended.refusals!)).toContain('npm run correct');
    const ghost = checkPlan(planNewChapter(ctx, { title: 'Ghost', section: '1.1.2', date: '2019-01-01' }), src, checkOptions);
    expect(describeRefusals(ghost.refusals!)).toContain('this new version is dated 2019-01-01, before today');
    expect(checkPlan(planAmendment(ctx, 'a', { summary: 'Next month.', date: '2024-07-01' }), src, checkOptions).draft).toBeDefined();
  });
});
