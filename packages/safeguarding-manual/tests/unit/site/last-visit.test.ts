// "Changed since your last visit": what the browser remembers between visits to the contents,
// and which chapters the contents marks.
import { describe, expect, it } from 'vitest';
import { changedSince, clearMarks, openContents, readMemory, visitDate, type Listed } from '../../../src/lib/site/last-visit.ts';
import { REFERENCE_TEXT } from '../../../src/lib/interface-text/reference.ts';
import { countedText, countedTexts } from '../../../src/lib/site/script-words.ts';

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

  it('says what changed in the words the page hands its script, in English or Welsh', () => {
    const english = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const welsh = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
    expect(visitDate('2026-11-02T12:00:00.000Z', english)).toBe('2 November 2026');
    expect(visitDate('2026-11-02T12:00:00.000Z', welsh)).toBe('2 Tachwedd 2026');
    const says = (language: 'en' | 'cy', count: number) =>
      countedText(
        countedTexts((n) => REFERENCE_TEXT[language].lastVisit.changed(n, '{date}')),
        count,
      ).replace('{date}', '2 Tachwedd 2026');
    expect([1, 2, 3, 6, 14].map((count) => says('cy', count))).toEqual([
      'Ers eich ymweliad diwethaf ar 2 Tachwedd 2026, mae 1 bennod wedi newid. Mae wedi’i marcio yn y cynnwys isod:',
      'Ers eich ymweliad diwethaf ar 2 Tachwedd 2026, mae 2 bennod wedi newid. Maent wedi’u marcio yn y cynnwys isod:',
      'Ers eich ymweliad diwethaf ar 2 Tachwedd 2026, mae 3 pennod wedi newid. Maent wedi’u marcio yn y cynnwys isod:',
      'Ers eich ymweliad diwethaf ar 2 Tachwedd 2026, mae 6 phennod wedi newid. Maent wedi’u marcio yn y cynnwys isod:',
      'Ers eich ymweliad diwethaf ar 2 Tachwedd 2026, mae 14 pennod wedi newid. Maent wedi’u marcio yn y cynnwys isod:',
    ]);
    expect(says('en', 14)).toBe('Since your last visit on 2 Tachwedd 2026, 14 chapters have changed. They are marked in the contents below:');
  });
});
