import { describe, expect, it } from 'vitest';
import { compareNumbers, isSectionNumber, parentNumber } from '../../../src/lib/content/numbering.ts';

describe('chapter numbers', () => {
  it('orders 1.10 after 1.9 and sections before their chapters', () => {
    const numbers = ['1.10', '2', '1.9', '1.3.10', '1.3.9', '1', '1.3', '10.1', '2.1'];
    expect([...numbers].sort(compareNumbers)).toEqual(['1', '1.3', '1.3.9', '1.3.10', '1.9', '1.10', '2', '2.1', '10.1']);
  });

  it('accepts dotted numbers and rejects anything else', () => {
    expect(['1', '1.3.4', '2.32'].every(isSectionNumber)).toBe(true);
    expect(['', '1.', '.1', '1..2', '01.2', '1.0', 'A.1', '1.3 '].some(isSectionNumber)).toBe(false);
  });

  it('finds the number a chapter sits under', () => {
    expect(parentNumber('1.3.4')).toBe('1.3');
    expect(parentNumber('2.15')).toBe('2');
    expect(parentNumber('5')).toBeUndefined();
  });
});
