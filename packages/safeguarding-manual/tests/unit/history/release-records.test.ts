// Release records: one per build that publishes something new, each naming the SHA-256 of the one before.
import { describe, expect, it } from 'vitest';
import type { Lock } from '../../../src/lib/history/lock.ts';
import { nextRecord, readRecords, releaseRecordSchema, serializeRecord, sha256Of, type ReadRecord } from '../../../src/lib/history/release-records.ts';

const h = (c: string) => c.repeat(64);
const lock: Lock = {
  format: 2,
  files: { 'procedures/a/2020-01-06.mdx': { sha256: h('1') }, 'procedures/a/2023-05-02.mdx': { sha256: h('2') }, 'pages/b/2021-01-04.mdx': { sha256: h('3') } },
  contacts: { 'front-door': { sha256: h('4'), notes: [h('5')] } },
  glossary: { sha256: h('6'), notes: [] },
};
const asRead = (text: string, n: number): ReadRecord => ({
  file: `m/release-records/${n}.json`,
  sha256: sha256Of(text),
  record: releaseRecordSchema.parse(JSON.parse(text)),
});

describe('release records', () => {
  it('record every version by document and date, each item’s notes, and the record before', () => {
    const first = nextRecord([], lock, '2024-03-01')!;
    expect(first).toMatchObject({ format: 1, release: 1, date: '2024-03-01', previous: null });
    expect(first.versions).toEqual({ 'pages/b': { '2021-01-04': h('3') }, 'procedures/a': { '2020-01-06': h('1'), '2023-05-02': h('2') } });
    expect(Object.keys(first.notes)).toEqual(['contacts/front-door', 'glossary']);
    expect(first.notes['contacts/front-door']![0]).toBe(1);
    const text = serializeRecord(first);
    // One line per document: a record stays small and a difference between two is easy to read.
    expect(text.split('\n').filter((l) => l.startsWith('    "procedures/a"'))).toHaveLength(1);
    expect(releaseRecordSchema.parse(JSON.parse(text))).toEqual(first);

    // A build that publishes nothing new writes no record; one that does names the last record's SHA-256.
    expect(nextRecord([asRead(text, 1)], lock, '2024-04-01')).toBeUndefined();
    const more: Lock = { ...lock, files: { ...lock.files, 'procedures/a/2024-04-01.mdx': { sha256: h('7') } } };
    const second = nextRecord([asRead(text, 1)], more, '2024-04-01')!;
    expect(second).toMatchObject({ release: 2, previous: sha256Of(text) });
    // A build for a date before the last release still publishes after it.
    expect(nextRecord([asRead(text, 1)], more, '2024-02-01')!.date).toBe('2024-03-01');
  });

  it('are read in order, and a gap, a misnamed, damaged or changed record is named with what to do', () => {
    const one = serializeRecord(nextRecord([], lock, '2024-03-01')!);
    const more: Lock = { ...lock, files: { ...lock.files, 'procedures/a/2024-04-01.mdx': { sha256: h('7') } } };
    const two = serializeRecord(nextRecord([asRead(one, 1)], more, '2024-04-01')!);
    const file = (n: string, text: string) => ({ file: `m/release-records/${n}.json`, text, sha256: sha256Of(text) });
    expect(readRecords([file('2', two), file('1', one)]).problems).toEqual([]);
    expect(readRecords([file('2', two), file('1', one)]).records.map((r) => r.record.release)).toEqual([1, 2]);
    const messages = (files: ReturnType<typeof file>[]) => readRecords(files).problems.map((p) => `${p.file}: ${p.message}; ${p.fix}`);
    expect(messages([file('2', two)])).toEqual([
      'm/release-records/2.json: release 1 has no record, before release 2; restore it from version control (git checkout -- m/release-records/1.json); a release record is never changed once published',
    ]);
    expect(messages([file('1', one.replace('2024-03-01', '2024-02-01')), file('2', two)])[0]).toMatch(
      /^m\/release-records\/1\.json: the record of release 1 was changed after it was published: its SHA-256 is not the one the record of release 2 gives/,
    );
    expect(messages([file('3', one)])[0]).toBe(
      'm/release-records/3.json: the record of release 1 is in a file named 3.json; restore it from version control (git checkout -- m/release-records/3.json); a release record is never changed once published',
    );
    expect(messages([file('1', '{')])[0]).toMatch(/^m\/release-records\/1\.json: the release record cannot be read: /);
  });
});
