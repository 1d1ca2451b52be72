import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chapterSearchEntry,
  MAIN_KEYWORDS,
  glossaryNamesFor,
  keywordWeight,
  searchablePagesGlob,
  SEARCH_RANKING,
  searchFields,
  searchFilterWords,
  sectionHeading,
} from '../../../src/lib/search/search-index.ts';
import type { Structure } from '../../../src/lib/schemas/structure.ts';
import { buildDocuments, type Version } from '../../../src/lib/content/versions.ts';

function v(chapterId: string, amended: string, section: string, change: Version['change'] = 'updated'): Version {
  return { chapterId, amended, section, title: `${chapterId} title`, change, file: `${chapterId}/${amended}.mdx`, hash: '', keywords: [], seeAlso: [] };
}

const structure = {
  sections: [
    { number: '1', title: 'Assessing Need', subsections: [{ number: '1.1', title: 'Referral' }] },
    { number: '2', title: 'Specific Circumstances', subsections: [] },
  ],
} satisfies Structure;

describe('search index fields', () => {
  it('records kind, section and recent change as filters, and the result details as metadata', () => {
    expect(
      searchFields({
        kind: 'Procedure',
        title: 'Section 47  Enquiries',
        number: '1.3.4',
        section: '1 Assessing Need',
        amended: '2026-10-05',
        amendedText: '5 October 2026',
        badge: 'updated',
      }),
    ).toMatchInlineSnapshot(`
      {
        "filters": [
          [
            "Kind",
            "Procedure",
          ],
          [
            "Section",
            "1 Assessing Need",
          ],
          [
            "Recently changed",
            "Updated",
          ],
        ],
        "meta": [
          [
            "title",
            "Section 47 Enquiries",
          ],
          [
            "kind",
            "Procedure",
          ],
          [
            "number",
            "1.3.4",
          ],
          [
            "amended",
            "5 October 2026",
          ],
        ],
      }
    `);
  });

  it('leaves out what a page does not have, such as the number and section of the contacts page', () => {
    expect(searchFields({ kind: 'Contact', title: 'Contacts' })).toEqual({
      filters: [['Kind', 'Contact']],
      meta: [
        ['title', 'Contacts'],
        ['kind', 'Contact'],
      ],
    });
  });

  it('names the filters and their values in the language of the pages, so that a Welsh reader filters in Welsh', () => {
    const welsh = searchFilterWords('cy');
    expect(searchFields({ kind: 'Procedure', title: 'Gwneud Atgyfeiriad', section: '1 Ymateb i Bryderon', badge: 'updated' }, welsh).filters).toEqual([
      ['Math', 'Gweithdrefn'],
      ['Adran', '1 Ymateb i Bryderon'],
      ['Newidiwyd yn ddiweddar', 'Diweddarwyd'],
    ]);
    expect(searchFields({ kind: 'Contact', title: 'Cysylltiadau' }, welsh).meta).toEqual([
      ['title', 'Cysylltiadau'],
      ['kind', 'Cyswllt'],
    ]);
    expect(searchFilterWords('en').names).toEqual({ section: 'Section', kind: 'Kind', recent: 'Recently changed' });
  });

  it('refuses an empty title, which Pagefind would read as a selector', () => {
    expect(() => searchFields({ kind: 'Information', title: '  ' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: A search filter or result detail may not be empty.]`,
    );
  });
});

describe('which chapters are indexed', () => {
  const chapters = new Map(
    buildDocuments(
      [
        v('referrals', '2020-01-06', '1.1.1', 'new'),
        v('referrals', '2024-05-02', '1.1.1'),
        v('fresh', '2024-05-20', '2.3', 'new'),
        v('old', '2020-01-06', '2.1', 'new'),
        v('old', '2024-02-01', '2.1', 'withdrawn'),
        v('later', '2025-01-01', '2.2', 'new'),
      ],
      '2024-06-01',
    ).map((c) => [c.id, c]),
  );

  it('indexes a chapter in force with its current version, its section and its badge', () => {
    expect(chapterSearchEntry(chapters.get('referrals')!, structure, '2024-06-01', 90)).toEqual({
      kind: 'Procedure',
      title: 'referrals title',
      number: '1.1.1',
      section: '1 Assessing Need',
      amended: '2024-05-02',
      amendedText: '2 May 2024',
      badge: 'updated',
    });
    expect(chapterSearchEntry(chapters.get('fresh')!, structure, '2024-06-01', 90)?.badge).toBe('new');
  });

  it('gives a chapter the other names of what its title and keywords speak of, and apart, of what its headings speak of', () => {
    const synonyms = [
      ['mum', 'mother', 'parent'],
      ['drinking', 'alcohol'],
      ['ran away', 'runaway'],
      ['referral', 'reporting'],
    ];
    const referrals = chapters.get('referrals')!;
    const entry = chapterSearchEntry(referrals, structure, '2024-06-01', 90, { headings: ['Talking to parents', 'When a child runs away'], synonyms });
    // The title, "referrals title", speaks of referrals; a heading speaks of parents.
    expect(entry?.synonyms).toEqual(['reporting']);
    expect(entry?.headingSynonyms).toEqual(['mum', 'mother']);
    expect(searchFields(entry!).meta).toContainEqual(['synonyms', 'reporting']);
    expect(searchFields(entry!).meta).toContainEqual(['subtopics', 'mum, mother']);
    // A page with none of the words has no synonyms, and no such details in the index.
    const plain = chapterSearchEntry(referrals, structure, '2024-06-01', 90, { headings: ['Timescales'], synonyms: synonyms.slice(0, 3) });
    expect(plain?.synonyms).toEqual([]);
    expect(plain?.headingSynonyms).toEqual([]);
    expect(searchFields(plain!).meta.map(([name]) => name)).not.toContain('synonyms');
    expect(searchFields(plain!).meta.map(([name]) => name)).not.toContain('subtopics');
  });

  it('gives the other names of what its later keywords speak of the weight of a heading, not of the title', () => {
    const growth = buildDocuments(
      [{ ...v('growth', '2024-05-02', '2.4', 'new'), keywords: ['faltering growth', 'weight', 'feeding', 'neglect'] }],
      '2024-06-01',
    )[0]!;
    const synonyms = [
      ['weight', 'underweight'],
      ['feeding', 'bottle'],
      ['neglect', 'no food', 'dirty nappy'],
    ];
    const entry = chapterSearchEntry(growth, structure, '2024-06-01', 90, { headings: ['Talking to parents'], synonyms });
    // The first MAIN_KEYWORDS keywords count like the title; the third and fourth like a heading.
    expect(MAIN_KEYWORDS).toBe(2);
    expect(entry?.synonyms).toEqual(['underweight']);
    expect(entry?.headingSynonyms).toEqual(['bottle', 'no food', 'dirty nappy']);
  });

  it('holds the other names in the form the query is given in, so that an irregular form meets the verb', () => {
    const fields = searchFields({ kind: 'Procedure', title: 'Neglect', synonyms: ['left alone', 'drunk'], headingSynonyms: ['broken arm'] });
    expect(fields.meta).toContainEqual(['synonyms', 'leave alone, drink']);
    expect(fields.meta).toContainEqual(['subtopics', 'break arm']);
  });

  it('weighs the other names of what a heading speaks of below those of the title and keywords', () => {
    expect(SEARCH_RANKING.metaWeights.subtopics).toBeGreaterThan(0);
    expect(SEARCH_RANKING.metaWeights.subtopics).toBeLessThan(SEARCH_RANKING.metaWeights.synonyms);
  });

  it("gives a chapter the glossary's names for what it says most about, after its synonyms", () => {
    const glossary = [
      { id: 'emergency-duty-team', term: 'emergency duty team', abbreviations: ['EDT'], otherNames: [], definition: 'd', chapters: ['referrals'] },
      { id: 'front-door', term: 'front door', abbreviations: [], otherNames: ['MASH', 'EDT'], definition: 'd', chapters: ['referrals', 'fresh'] },
      { id: 'lado', term: 'local authority designated officer', abbreviations: ['LADO'], otherNames: [], definition: 'd', chapters: ['fresh'] },
    ];
    expect(glossaryNamesFor('referrals', glossary)).toEqual(['emergency duty team', 'EDT', 'front door', 'MASH']);
    const entry = chapterSearchEntry(chapters.get('referrals')!, structure, '2024-06-01', 90, {
      headings: ['Talking to parents'],
      synonyms: [['referral', 'reporting']],
      glossary,
    });
    expect(entry?.synonyms).toEqual(['reporting', 'emergency duty team', 'EDT', 'front door', 'MASH']);
    expect(glossaryNamesFor('old', glossary)).toEqual([]);
  });

  it('leaves out withdrawn chapters and chapters not in force yet', () => {
    expect(chapterSearchEntry(chapters.get('old')!, structure, '2024-06-01', 90)).toBeUndefined();
    expect(chapterSearchEntry(chapters.get('later')!, structure, '2024-06-01', 90)).toBeUndefined();
  });

  it('names the top-level section of a number', () => {
    expect(sectionHeading(structure, '1.1.4')).toBe('1 Assessing Need');
    expect(sectionHeading(structure, '2.15')).toBe('2 Specific Circumstances');
    expect(sectionHeading(structure, '9.1')).toBeUndefined();
  });
});

describe('the pages handed to Pagefind', () => {
  it('are the current page of each chapter, information page and resource, the contacts page and the glossary', () => {
    expect(searchablePagesGlob()).toBe('{procedures/*/index.html,information/*/index.html,resources/*/index.html,contacts/index.html,glossary/index.html}');
    const searchable = [
      'procedures/neglect/index.html',
      'information/worried-about-a-child/index.html',
      'resources/referral-form/index.html',
      'contacts/index.html',
      'glossary/index.html',
    ];
    const others = [
      'index.html',
      'procedures/neglect/history/index.html',
      'procedures/neglect/2024-03-25/index.html',
      'procedures/neglect/2024-03-25/changes/index.html',
      'amendments/index.html',
      'search/index.html',
      'resources/index.html',
      'as-at/2024-03-25/index.html',
    ];
    const isSearchablePage = (file: string) => matchesGlob(file, searchablePagesGlob());
    expect(searchable.filter((file) => !isSearchablePage(file))).toEqual([]);
    expect(others.filter(isSearchablePage)).toEqual([]);
  });
});

describe('keyword weights', () => {
  it('weights the first keyword most, within Pagefind range, and never below twice the text', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map(keywordWeight)).toEqual([10, 8, 6, 4, 2, 2, 2]);
  });
});
