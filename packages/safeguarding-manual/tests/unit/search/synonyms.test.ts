import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/lib/check/problems.ts';
import { checkSynonyms, stems, synonymsFor } from '../../../src/lib/search/synonyms.ts';
import { checkManual } from '../../../src/lib/check/validate.ts';
import { EXAMPLE_ROOT } from '../../example.ts';
import { options, source } from '../helpers.ts';

const FILE = 'content/synonyms.yaml';
const check = (text: string) => checkSynonyms({ file: FILE, text });
const report = (text: string) => formatProblems(check(text).problems);

describe('the synonyms file', () => {
  it('is optional: without it no page has synonyms', () => {
    expect(checkSynonyms(undefined)).toEqual({ problems: [], synonyms: [] });
  });

  it('gives the groups in lower case', () => {
    expect(check('groups:\n  - [Mum, mother, parent]\n  - [drinking, alcohol]\n')).toEqual({
      problems: [],
      synonyms: [
        ['mum', 'mother', 'parent'],
        ['drinking', 'alcohol'],
      ],
    });
  });

  it("the example manual's file has no problems", () => {
    const result = check(readFileSync(join(EXAMPLE_ROOT, FILE), 'utf8'));
    expect(result.problems).toEqual([]);
    expect(result.synonyms.length).toBeGreaterThan(20);
    expect(result.synonyms).toContainEqual(expect.arrayContaining(['mum', 'mother', 'parent']));
  });

  it('reports every mistake at once, with its line and a fix', () => {
    expect(
      report(
        [
          'groups:',
          '  - [mum, mother, parent]',
          '  - [drinking]',
          '  - [nudes, "images (shared)"]',
          '  - [parent, parents]',
          '  - [dad, dad]',
          '  - [mother, mum, parent]',
          '  - word',
        ].join('\n'),
      ),
    ).toMatchInlineSnapshot(`
      "content/synonyms.yaml
        error line 3, the second group: must list at least two words that mean the same, such as [mum, mother]
          fix: write the group as words in square brackets, such as - [mum, mother, parent]
        error line 4, the second word of the third group: must be words of letters and digits only, such as domestic abuse (no commas, brackets or other signs)
          fix: write a word or a phrase of letters and digits, such as domestic abuse
        error line 8, the seventh group: must be a list of words in square brackets, such as [mum, mother]
          fix: write the group as words in square brackets, such as - [mum, mother, parent]

      3 errors, 0 warnings"
    `);
    expect(report('groups:\n  - [mum, mother, parent]\n  - [parent, parents]\n  - [dad, dad]\n  - [mother, mum, parent]\n')).toMatchInlineSnapshot(`
      "content/synonyms.yaml
        error line 3, the second word of the second group: parents is the same word to search as parent, earlier in this group
          fix: remove parents from this group
        error line 4, the second word of the third group: dad is in this group twice
          fix: remove dad from this group
        error line 5, the fourth group: has the same words as group 1 (line 2)
          fix: remove one of the two groups

      3 errors, 0 warnings"
    `);
  });

  it('reports a file that is not YAML, or has no groups', () => {
    expect(report('groups: [mum, mother\n')).toMatch(/^content\/synonyms\.yaml\n {2}error line \d+, yaml: the YAML cannot be read/);
    expect(report('words: [mum]\n')).toMatchInlineSnapshot(`
      "content/synonyms.yaml
        error line 1, groups: is missing
          fix: add groups: (a list of groups, each such as [mum, mother, parent])
        error line 1, words: is not a field this file can have
          fix: remove it, or see docs/files.md for the fields this file can have

      2 errors, 0 warnings"
    `);
  });

  it('is checked with the rest of the manual, and its groups are part of the manual', () => {
    const manual = source({});
    manual.synonymsFile = { file: 'm/synonyms.yaml', text: 'groups:\n  - [mum, mum]\n  - [drinking, alcohol]\n' };
    const { problems, manual: checked } = checkManual(manual, options);
    expect(problems.filter((p) => p.file === 'm/synonyms.yaml').map((p) => `${p.line} ${p.field}: ${p.message}`)).toEqual([
      '2 the second word of the first group: mum is in this group twice',
    ]);
    expect(checked.synonyms).toContainEqual(['drinking', 'alcohol']);
  });
});

describe('other names for what a page is about', () => {
  const groups = [
    ['mum', 'mother', 'parent'],
    ['dad', 'father', 'parent'],
    ['drinking', 'alcohol'],
    ['nudes', 'indecent images', 'sexting'],
    ['ran away', 'runaway', 'missing from home'],
  ];

  it('adds the other words of each group one of whose words the title, keywords or headings use', () => {
    expect(synonymsFor(['Children of Parents who Misuse Drugs or Alcohol', 'substance misuse'], groups)).toEqual([
      'mum',
      'mother',
      'dad',
      'father',
      'drinking',
    ]);
  });

  it('matches a word in any of its forms, and a phrase only when its words are together in one text', () => {
    expect(synonymsFor(["A mother's worries"], groups)).toEqual(['mum', 'parent']);
    expect(synonymsFor(['Indecent or other images'], groups)).toEqual([]);
    expect(synonymsFor(['indecent', 'images'], groups)).toEqual([]);
    expect(synonymsFor(['Sharing indecent images'], groups)).toEqual(['nudes', 'sexting']);
    expect(synonymsFor(['Children Missing from Home or Care'], groups)).toEqual(['ran away', 'runaway']);
  });

  it('adds nothing to a page none of whose words are in a group', () => {
    expect(synonymsFor(['Section 47 Enquiries', 's47'], groups)).toEqual([]);
    expect(synonymsFor([], groups)).toEqual([]);
  });

  it('compares words as search does: lower case, without a possessive, by stem', () => {
    expect(stems("The Child's Parents, self-harm and DRINKING")).toEqual(['the', 'child', 'parent', 'self', 'harm', 'and', 'drink']);
  });
});
