import { describe, expect, it } from 'vitest';
import { RECORDS_TEXT } from '../../../src/lib/interface-text/records.ts';

describe("the record pages' counts", () => {
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
