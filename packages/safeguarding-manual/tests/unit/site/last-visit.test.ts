// "Changed since your last visit": what the browser remembers between visits to the contents,
// and which chapters the contents marks.
import { describe, expect, it } from 'vitest';
import { changedSince, clearMarks, openContents, readMemory, type Listed } from '../../../src/lib/site/last-visit.ts';

const monday: Listed = { referrals: '2024-01-08', strategy: '2023-05-02', neglect: '2022-10-03' };
// By Friday: referrals has a new version, strategy is unchanged, neglect was withdrawn, and a chapter is new.
const friday: Listed = { referrals: '2024-01-12', strategy: '2023-05-02', 'county-lines': '2024-01-12' };

describe('the contents, visit after visit', () => {
  it('marks nothing on a first visit, and remembers what it listed', () => {
    const first = openContents(undefined, monday, '2024-01-08T09:00:00.000Z', true);
    expect(first).toEqual({ seen: monday, seenAt: '2024-01-08T09:00:00.000Z' });
    expect(changedSince(first, monday).size).toBe(0);
  });

  it('on the next visit, marks the chapters with a new version and the new chapters', () => {
    const first = openContents(undefined, monday, '2024-01-08T09:00:00.000Z', true);
    const next = openContents(first, friday, '2024-01-12T15:00:00.000Z', true);
    expect(next.beforeAt).toBe('2024-01-08T09:00:00.000Z');
    expect([...changedSince(next, friday)]).toEqual([
      ['referrals', 'changed'],
      ['county-lines', 'new'],
    ]);
  });

  it('keeps the marks while the reader moves between pages in the same visit', () => {
    const first = openContents(undefined, monday, '2024-01-08T09:00:00.000Z', true);
    const next = openContents(first, friday, '2024-01-12T15:00:00.000Z', true);
    const again = openContents(next, friday, '2024-01-12T15:05:00.000Z', false);
    expect([...changedSince(again, friday).keys()]).toEqual(['referrals', 'county-lines']);
    // The visit after compares with what this one saw last.
    const later = openContents(again, friday, '2024-01-19T10:00:00.000Z', true);
    expect(changedSince(later, friday).size).toBe(0);
    expect(later.beforeAt).toBe('2024-01-12T15:05:00.000Z');
  });

  it('clears the marks when asked, for the rest of the visit', () => {
    const first = openContents(undefined, monday, '2024-01-08T09:00:00.000Z', true);
    const cleared = clearMarks(openContents(first, friday, '2024-01-12T15:00:00.000Z', true));
    expect(changedSince(cleared, friday).size).toBe(0);
    expect(changedSince(openContents(cleared, friday, '2024-01-12T15:10:00.000Z', false), friday).size).toBe(0);
  });

  it('reads back what it stored, and forgets anything else', () => {
    const stored = openContents(openContents(undefined, monday, 'a', true), friday, 'b', true);
    expect(readMemory(JSON.stringify(stored))).toEqual(stored);
    expect(readMemory(null)).toBeUndefined();
    expect(readMemory('not json')).toBeUndefined();
    expect(readMemory('{"seen":{"a":1},"seenAt":"x"}')).toBeUndefined();
    expect(readMemory('{"seen":{"a":"2024-01-01"},"seenAt":"x","before":[]}')).toEqual({ seen: { a: '2024-01-01' }, seenAt: 'x' });
  });
});
