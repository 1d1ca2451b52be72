import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayBefore, daysBetween, formatDate, formatMonth, isIsoDate, todayInLondon } from '../../../src/lib/util/dates.ts';

describe('dates', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('24-01-01')).toBe(false);
  });

  it('counts days and finds the day before across month ends', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });

  it('formats dates the British way', () => {
    expect(formatDate('2018-03-12')).toBe('12 March 2018');
  });

  it('writes Welsh dates in Welsh, even where Intl has no Welsh, as in Chromium', async () => {
    expect([formatDate('2026-12-04', 'cy'), formatMonth('2026-06-04', 'cy')]).toEqual(['4 Rhagfyr 2026', 'Mehefin 2026']);
    // A browser's Intl without Welsh answers in its own language.
    const Real = Intl.DateTimeFormat;
    class WithoutWelsh extends Real {
      constructor(_tag: string, options: Intl.DateTimeFormatOptions) {
        super('en-US', options);
      }
    }
    vi.stubGlobal('Intl', { ...Intl, DateTimeFormat: WithoutWelsh });
    vi.resetModules();
    const withoutWelsh = await import('../../../src/lib/util/dates.ts');
    expect([withoutWelsh.formatDate('2026-12-04', 'cy'), withoutWelsh.formatDate('2026-01-31', 'cy'), withoutWelsh.formatMonth('2026-06-04', 'cy')]).toEqual([
      '4 Rhagfyr 2026',
      '31 Ionawr 2026',
      'Mehefin 2026',
    ]);
  });

  it('takes today from UK time, not UTC', () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    expect(todayInLondon(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });
});
