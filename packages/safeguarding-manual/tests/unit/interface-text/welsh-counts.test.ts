import { describe, expect, it } from 'vitest';
import { andBefore, countedCy, joinWithA, softMutation } from '../../../src/lib/interface-text/welsh-counts.ts';
import { RECORDS_TEXT } from '../../../src/lib/interface-text/records.ts';

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

  it('counts the changes page and the amendments log in both languages', () => {
    const counts = { changed: 2, added: 1, removed: 0, unchanged: 9, wordsInserted: 43, wordsDeleted: 1 };
    expect([RECORDS_TEXT.en.changes.blocks(counts), RECORDS_TEXT.en.changes.words(counts)]).toEqual([
      '2 blocks changed, 1 block added, 0 blocks removed, 9 unchanged',
      '43 words inserted, 1 word deleted',
    ]);
    expect([RECORDS_TEXT.cy.changes.blocks(counts), RECORDS_TEXT.cy.changes.words(counts)]).toEqual([
      'Newidiwyd 2 floc, ychwanegwyd 1 bloc, dilëwyd 0 bloc, 9 heb eu newid',
      'Ychwanegwyd 43 gair, dilëwyd 1 gair',
    ]);
    const log = { amendments: 8, contactChanges: 0, resourceChanges: 1, glossaryChanges: 2 };
    expect(RECORDS_TEXT.en.amendments.count(log)).toBe('8 amendments, 1 change to resources and 2 changes to the glossary');
    expect(RECORDS_TEXT.cy.amendments.count(log)).toBe('8 diwygiad, 1 newid i’r adnoddau a 2 newid i’r eirfa');
  });
});
