// Fitting an imported contents into the structure.yaml a manual already has.
import { describe, expect, it } from 'vitest';
import type { ListedChapter, ListedSection } from '../../../src/lib/import/contents.ts';
import { mergeStructure } from '../../../src/lib/import/merge-structure.ts';

const STARTER = '# The manual\'s sections.\nsections:\n  - number: "1"\n    title: Introduction\n';
const WELCOME = { number: '1.1', title: 'Welcome to these procedures' };

const section = (number: string, title: string, subsections: [string, string][] = []): ListedSection => ({
  number,
  title,
  line: undefined,
  subsections: subsections.map(([n, t]) => ({ number: n, title: t, line: undefined })),
});
const chapter = (number: string, title: string): ListedChapter => ({ number, title, href: `${title}.html`, flag: undefined, seeAlso: [], line: undefined });

const CONTENTS = [section('1', 'Assessing Need', [['1.1', 'Referral']]), section('2', 'Children in Specific Circumstances')];
const CHAPTERS = [chapter('1.1.1', 'Referrals'), chapter('1.2', 'Early Help'), chapter('2.1', 'Domestic Abuse')];

describe('mergeStructure', () => {
  it("numbers the contents' sections after the manual's own, with their sub-sections and chapters, keeping the file's comments", () => {
    const merged = mergeStructure(STARTER, CONTENTS, CHAPTERS, [WELCOME])!;
    expect(merged.chapters.map((c) => `${c.number} ${c.title}`)).toEqual(['2.1.1 Referrals', '2.2 Early Help', '3.1 Domestic Abuse']);
    expect(merged.sections.map((s) => [s.number, s.subsections.map((sub) => sub.number)])).toEqual([
      ['2', ['2.1']],
      ['3', []],
    ]);
    expect(merged.renumbered).toEqual([
      { from: '1', to: '2', title: 'Assessing Need' },
      { from: '2', to: '3', title: 'Children in Specific Circumstances' },
    ]);
    expect(merged.text).toMatchInlineSnapshot(`
      "# The manual's sections.
      sections:
        - number: "1"
          title: Introduction
        - number: "2"
          title: Assessing Need
          subsections:
            - number: "2.1"
              title: Referral
        - number: "3"
          title: Children in Specific Circumstances
      "
    `);
  });

  it('keeps the numbers of sections that are free, and changes nothing when the manual has every section already', () => {
    const free = mergeStructure('sections:\n  - number: "5"\n    title: Appendices\n', CONTENTS, CHAPTERS, [])!;
    expect(free.chapters.map((c) => c.number)).toEqual(['1.1.1', '1.2', '2.1']);
    expect(free.renumbered).toEqual([]);
    const again = mergeStructure(free.text!, CONTENTS, CHAPTERS, [])!;
    expect(again.text).toBeUndefined();
    expect(again.chapters.map((c) => c.number)).toEqual(['1.1.1', '1.2', '2.1']);
  });

  it("merges a section with the title of one the manual has, and moves its chapters past the manual's own", () => {
    const merged = mergeStructure(STARTER, [section('1', 'introduction')], [chapter('1.1', 'About these procedures'), chapter('1.2', 'Glossary')], [WELCOME])!;
    expect(merged.chapters.map((c) => c.number)).toEqual(['1.2', '1.3']);
    expect(merged.text).toBeUndefined();
    expect(merged.renumbered).toEqual([]);
  });

  it('leaves a structure.yaml it cannot read to the check', () => {
    expect(mergeStructure('sections: [oops', CONTENTS, CHAPTERS, [])).toBeUndefined();
    expect(mergeStructure('sections:\n  - title: No number\n', CONTENTS, CHAPTERS, [])).toBeUndefined();
  });
});
