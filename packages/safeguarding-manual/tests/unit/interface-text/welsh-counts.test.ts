import { describe, expect, it } from 'vitest';
import { andBefore, countedCy, joinWithA, softMutation } from '../../../src/lib/interface-text/welsh-counts.ts';

const pennod = { word: 'pennod', gender: 'f' } as const;
const diwygiad = { word: 'diwygiad', gender: 'm' } as const;
const cais = { word: 'cais', gender: 'm' } as const;
const rhestr = { word: 'rhestr', gender: 'f' } as const;

describe('counted nouns in Welsh', () => {
  it('keeps the noun singular after a figure, mutated as the last spoken numeral requires', () => {
    expect([0, 1, 2, 3, 5, 6, 11, 12, 20, 21].map((n) => countedCy(n, pennod))).toEqual([
      '0 pennod',
      '1 bennod',
      '2 bennod',
      '3 pennod',
      '5 pennod',
      '6 phennod',
      '11 bennod',
      '12 bennod',
      '20 pennod',
      '21 bennod',
    ]);
    expect([1, 2, 3, 5, 6].map((n) => countedCy(n, diwygiad))).toEqual(['1 diwygiad', '2 ddiwygiad', '3 diwygiad', '5 diwygiad', '6 diwygiad']);
    expect([1, 2, 3, 6].map((n) => countedCy(n, cais))).toEqual(['1 cais', '2 gais', '3 chais', '6 chais']);
    // "un" leaves a feminine noun in ll or rh as it is; "dwy" does not.
    expect([countedCy(1, rhestr), countedCy(2, rhestr)]).toEqual(['1 rhestr', '2 restr']);
    expect(['gair', 'bloc', 'llyfr', 'mis', 'newid', 'chwaer'].map(softMutation)).toEqual(['air', 'floc', 'lyfr', 'fis', 'newid', 'chwaer']);
  });

  it('joins a list with "a", and with "ac" before a vowel as the figures are spoken', () => {
    expect(joinWithA(['5 diwygiad'])).toBe('5 diwygiad');
    expect(joinWithA(['5 diwygiad', '2 newid i’r eirfa'])).toBe('5 diwygiad a 2 newid i’r eirfa');
    expect(joinWithA(['5 diwygiad', '3 newid', '1 newid i’r eirfa'])).toBe('5 diwygiad, 3 newid ac 1 newid i’r eirfa');
    expect(['1', '8', '11', '18', '80', '100', '800', '1000', '8000', '2', 'adnodd', 'newid'].map(andBefore)).toEqual([
      'ac',
      'ac',
      'ac',
      'ac',
      'ac',
      'a',
      'ac',
      'a',
      'ac',
      'a',
      'ac',
      'a',
    ]);
  });
});
