import { describe, expect, it } from 'vitest';
import { editDistance, searchNames, suggestions } from '../../../src/lib/search/search-suggest.ts';

const names = searchNames([
  { term: 'strategy discussion', abbreviations: [], otherNames: ['strategy meeting'] },
  { term: 'local authority designated officer', abbreviations: ['LADO'], otherNames: [] },
  { term: 'initial child protection conference', abbreviations: ['ICPC'], otherNames: ['initial conference'] },
  { term: 'review child protection conference', abbreviations: ['RCPC'], otherNames: ['review conference'] },
  { term: 'child in need', abbreviations: ['CIN'], otherNames: [] },
]);

describe('the glossary names offered', () => {
  it('lists every term, abbreviation and other name with its term', () => {
    expect(names.slice(0, 4)).toEqual([
      { name: 'strategy discussion', term: 'strategy discussion' },
      { name: 'strategy meeting', term: 'strategy discussion' },
      { name: 'local authority designated officer', term: 'local authority designated officer' },
      { name: 'LADO', term: 'local authority designated officer' },
    ]);
  });

  it('offers names with a letter or two wrong, the closest first', () => {
    expect(suggestions('straegy meeting', names).map((s) => s.name)).toEqual(['strategy meeting']);
    expect(suggestions('what does the LADDO do', names).map((s) => s.name)).toEqual(['LADO']);
    expect(suggestions('inital conferance', names).map((s) => s.name)).toEqual(['initial conference']);
    expect(suggestions('reveiw conference', names).map((s) => s.name)).toEqual(['review conference']);
  });

  it('offers nothing typed exactly, nothing far from what was typed, and no short word changed', () => {
    expect(suggestions('strategy meeting', names)).toEqual([]);
    expect(suggestions('zebra crossing', names)).toEqual([]);
    expect(suggestions('CIM', names)).toEqual([]);
    expect(suggestions('what is it', names)).toEqual([]);
  });

  it('offers one name for each term, and at most three', () => {
    const many = searchNames(['alpha', 'alphb', 'alphc', 'alphd'].map((term) => ({ term, abbreviations: [], otherNames: [`${term}s`] })));
    expect(suggestions('alphz', many).map((s) => s.name)).toEqual(['alpha', 'alphb', 'alphc']);
  });
});

describe('edit distance', () => {
  it('counts letters added, removed, replaced and two swapped, up to a limit', () => {
    expect(editDistance('lado', 'lado', 1)).toBe(0);
    expect(editDistance('laddo', 'lado', 1)).toBe(1);
    expect(editDistance('icpc', 'icpc', 1)).toBe(0);
    expect(editDistance('iccp', 'icpc', 1)).toBe(1);
    expect(editDistance('conferance', 'conference', 2)).toBe(1);
    expect(editDistance('neglect', 'fostering', 2)).toBe(3);
  });
});
