import { describe, expect, it } from 'vitest';
import { addressFor, summaryText, termFromAddress } from '../../../src/lib/search/search-query.ts';
import { phrasesOf, rankByWords, rankedWords, type ScoredResult } from '../../../src/lib/search/search-rank.ts';
import { isCommonWord, matchingForm, matchingQuery, matchingText, queryWords, searchTerm, sharedBeginning } from '../../../src/lib/search/search-words.ts';
import {
  excerptParts,
  resultView,
  safeHref,
  sortFilterValues,
  unionFilterCounts,
  withMatchingForms,
  withoutFilter,
  type PagefindApi,
} from '../../../src/lib/search/search-results.ts';

/**
 * A small index as Pagefind answers it: a page matches when it has every word of the query (or
 * the phrase, in quotes); its score adds up each word's weight on the page (a title word weighs
 * more than a word in the text). Words on no page are ignored, as Pagefind ignores them.
 */
function index(pages: Record<string, Record<string, number>>, phrases: Record<string, string[]> = {}) {
  const searched: string[] = [];
  const search = async (query: string): Promise<ScoredResult[]> => {
    searched.push(query);
    if (query.startsWith('"')) return (phrases[query.slice(1, -1)] ?? []).map((id) => ({ id, score: 1 }));
    const known = query.split(' ').filter((w) => Object.values(pages).some((p) => w in p));
    if (known.length === 0) return [];
    return Object.entries(pages)
      .filter(([, p]) => known.every((w) => w in p))
      .map(([id, p]) => ({ id, score: known.reduce((sum, w) => sum + p[w]!, 0) }))
      .sort((x, y) => y.score - x.score);
  };
  return { search, searched };
}

const manual = index(
  {
    substanceMisuse: { mum: 5, drinking: 5, parents: 10, night: 1 },
    domesticAbuse: { violence: 5, mum: 1, night: 1 },
    outOfHours: { night: 10, team: 10 },
    onlineAbuse: { nudes: 5, images: 10, teenager: 1 },
    fostering: { teenager: 1, stranger: 1, sent: 1 },
    glossary: { team: 1, images: 1, young: 2, person: 2 },
    selfHarm: { cutting: 5, young: 1 },
    teenagers: { young: 1, person: 2 },
  },
  { 'young person': ['teenagers'] },
);
const rank = async (query: string, index = manual) => {
  const ranked = await rankByWords(query, index.search);
  return { ids: ranked.results.map((r) => r.id), relaxed: ranked.relaxed };
};

describe('the query searched for', () => {
  it('leaves out the common words, unless nothing else is left or the query is in quotes', () => {
    expect(searchTerm('What to do if MY mum is drinking? ')).toBe('mum drinking');
    expect(searchTerm('what to do')).toBe('what to do');
    expect(searchTerm('"child in need"')).toBe('"child in need"');
  });
});

describe('the words of a question that are not its topic', () => {
  it('leaves out what a question asks with, and keeps what it is about', () => {
    expect(searchTerm('what happens when a baby dies unexpectedly')).toBe('baby dies unexpectedly');
    expect(searchTerm('is it ok to tell someone without asking')).toBe('without');
    expect(searchTerm('do I have to know the procedure for neglect')).toBe('neglect');
    expect(searchTerm('what happens to a child in need')).toBe('child need');
    expect(searchTerm('worried about a child who needs help')).toBe('worried child needs help');
  });

  it('leaves out the everyday verbs a situation is told with, and keeps what happened', () => {
    expect(searchTerm('dad comes home drunk')).toBe('dad home drunk');
    expect(searchTerm('nobody has seen him for weeks')).toBe('weeks');
    expect(searchTerm('found her crying every night')).toBe('crying night');
    // "never" says what happened, as "not" would.
    expect(searchTerm('never came back to school')).toBe('never back school');
  });

  it('searches for the filler when nothing else was typed', () => {
    expect(searchTerm('what happens')).toBe('what happens');
  });
});

describe('word forms', () => {
  it('finds the beginning a word shares with the forms the stemmer leaves apart: -ant and -ancy, -ent and -ence', () => {
    expect(sharedBeginning('pregnant')).toBe('pregnan');
    expect(sharedBeginning('pregnancy')).toBe('pregnan');
    expect(sharedBeginning('violent')).toBe('violen');
    expect(sharedBeginning('Violence')).toBe('violen');
    expect(sharedBeginning('dependency')).toBe('dependen');
  });

  it('leaves other words alone: short ones, and -ment', () => {
    expect(sharedBeginning('parent')).toBeUndefined();
    expect(sharedBeginning('agent')).toBeUndefined();
    expect(sharedBeginning('assessment')).toBeUndefined();
    expect(sharedBeginning('neglect')).toBeUndefined();
  });

  it('gives the irregular forms of verbs as the verb', () => {
    expect(matchingForm('drunk')).toBe('drink');
    expect(matchingForm('Drank')).toBe('drink');
    expect(matchingForm('hidden')).toBe('hide');
    expect(matchingForm('pregnant')).toBe('pregnant');
    expect(['left', 'broken', 'fed', 'told'].map(matchingForm)).toEqual(['leave', 'break', 'feed', 'tell']);
  });

  it('gives a synonym or keyword to the index in the form the query is given in', () => {
    expect(matchingText('left alone')).toBe('leave alone');
    expect(matchingText('hidden harm')).toBe('hide harm');
    // Words with other signs, and the spaces between words, stay as they are.
    expect(matchingText("mum's  boyfriend, co-sleeping")).toBe("mum's  boyfriend, co-sleeping");
  });

  it('changes a query word by word, but never a quoted phrase or a number', () => {
    expect(matchingQuery('mum drunk pregnant')).toBe('mum drink pregnant');
    expect(matchingQuery('section 47')).toBe('section 47');
    expect(matchingQuery('"drunk partner"')).toBe('"drunk partner"');
  });

  it('is what Pagefind is given, on every search the page makes', async () => {
    const asked: (string | null)[] = [];
    const api: PagefindApi = {
      options: async () => {},
      filters: async () => ({}),
      search: async (term) => {
        asked.push(term);
        return { results: [], filters: {} };
      },
    };
    await withMatchingForms(api).search('drunk mum');
    await withMatchingForms(api).search(null);
    expect(asked).toEqual(['drink mum', null]);
  });

  it('searches a word and the beginning it shares with its other forms, each page with its better score', async () => {
    const forms = index({ concealed: { pregnancy: 10, pregnan: 8 }, prebirth: { pregnant: 6, pregnan: 5 }, other: { pregnan: 1 } });
    expect((await rank('pregnant', forms)).ids).toEqual(['concealed', 'prebirth', 'other']);
    expect(forms.searched).toEqual(['pregnant', 'pregnan']);
  });
});

describe('ranking a query of several words', () => {
  it('puts the page about the words first, whether or not it has every word', async () => {
    // No page has all four words; the chapter about mum drinking beats pages that have "night".
    expect(await rank('mum drinking violence night')).toEqual({
      ids: ['substanceMisuse', 'domesticAbuse', 'outOfHours'],
      relaxed: { query: 'mum drinking night', dropped: ['violence'] },
    });
    // A word that happens to be on another page does not push out the words a chapter is about.
    expect((await rank('teenager sent nudes stranger')).ids.slice(0, 2)).toEqual(['onlineAbuse', 'fostering']);
  });

  it('weighs a page by the share of the words it has', async () => {
    // The night team's page matches "night" best, but has half the words.
    expect(await rank('mum night')).toEqual({ ids: ['substanceMisuse', 'outOfHours', 'domesticAbuse'], relaxed: undefined });
  });

  it('lifts a page that has two words next to each other as typed', async () => {
    expect((await rank('young person')).ids).toEqual(['teenagers', 'glossary', 'selfHarm']);
    expect(phrasesOf('what if a young person is at risk of harm')).toEqual([
      '"young person"',
      '"young people"',
      '"person is at risk"',
      '"people is at risk"',
      '"risk of harm"',
    ]);
    // Two common words between two words still make a phrase; three do not.
    expect(phrasesOf('team around the family')).toEqual(['"team around the family"']);
    expect(phrasesOf('team and all of the family')).toEqual([]);
    // A phrase is searched with child and children, which the stemmer leaves apart.
    expect(phrasesOf('missing child')).toEqual(['"missing child"', '"missing children"']);
  });

  it('gives Pagefind the query as it is when there is one word, or a phrase in quotes', async () => {
    expect((await rank('what about night')).ids).toEqual(['outOfHours', 'substanceMisuse', 'domesticAbuse']);
    expect(rankedWords('"young person" cutting')).toEqual(['"young person" cutting']);
    expect(await rank('zebra giraffe')).toEqual({ ids: [], relaxed: undefined });
  });

  it('says how each page was ranked: its score for each word, its phrase and its rank, best first', async () => {
    const { results, explained } = await rankByWords('mum night', manual.search);
    expect(explained.map((page) => page.id)).toEqual(results.map((result) => result.id));
    expect(explained[0]).toEqual({ id: 'substanceMisuse', words: { mum: 5, night: 1 }, phrase: false, rank: 6 });
    // The night team's page has one word of two: its score counts half.
    expect(explained[1]).toEqual({ id: 'outOfHours', words: { night: 10 }, phrase: false, rank: 5 });
    expect((await rankByWords('young person', manual.search)).explained[0]).toMatchObject({ id: 'teenagers', phrase: true });
    // One word is Pagefind's own answer: its score is the rank.
    expect((await rankByWords('night', manual.search)).explained[0]).toEqual({ id: 'outOfHours', words: { night: 10 }, phrase: false, rank: 10 });
  });

  it('ranks by at most seven words, each once, so a long query stays quick', async () => {
    expect(rankedWords('one two three four five six seven eight nine')).toEqual(['one', 'two', 'three', 'four', 'five', 'six', 'seven']);
    expect(rankedWords('Mum and mum')).toEqual(['mum']);
  });
});

describe('the words of a query', () => {
  it('splits on spaces and drops quotes and punctuation around words', () => {
    expect(queryWords('  "mum drinking",  every night? ')).toEqual(['mum', 'drinking', 'every', 'night']);
    expect(queryWords("child's self-harm")).toEqual(["child's", 'self-harm']);
  });

  it('knows the common words, whatever their case', () => {
    expect(['The', 'what', 'is', 'my'].every(isCommonWord)).toBe(true);
    expect(['mum', 'child', 'abuse', 'Prevent'].some(isCommonWord)).toBe(false);
  });
});

describe('the summary line', () => {
  it('says how many results, for what, and which words a relaxed search left out', () => {
    expect(summaryText(0, 'Amendments feed')).toMatchInlineSnapshot(`"No results for Amendments feed"`);
    expect(summaryText(1, 'LADO')).toMatchInlineSnapshot(`"1 result for LADO"`);
    expect(summaryText(12, '')).toMatchInlineSnapshot(`"12 results with the filters chosen"`);
    expect(summaryText(3, 'what if mum drinks at night', { query: 'mum drinks', dropped: ['night'] })).toMatchInlineSnapshot(
      `"No chapter has all of these words. Showing chapters with most of them. 3 results for mum drinks, without night."`,
    );
    expect(summaryText(1, 'mum dad zebra', { query: 'zebra', dropped: ['mum', 'dad'] })).toMatchInlineSnapshot(
      `"No chapter has all of these words. Showing chapters with most of them. 1 result for zebra, without mum and dad."`,
    );
    expect(summaryText(2, 'mum zebra', { query: 'mum', dropped: ['zebra'] })).toMatchInlineSnapshot(
      `"No chapter has all of these words. Showing chapters with most of them. 2 results for mum, without zebra."`,
    );
  });
});

describe('the address', () => {
  const at = (search: string, hash = '') => ({ pathname: '/search/', search, hash });

  it('follows what is typed, keeping other parameters and the fragment', () => {
    expect(addressFor(at(''), 'private fostering')).toBe('/search/?q=private+fostering');
    expect(addressFor(at('?q=LADO&x=1', '#results'), 'FGM')).toBe('/search/?q=FGM&x=1#results');
    expect(addressFor(at('?q=LADO'), '')).toBe('/search/');
  });

  it('is left alone when it already says the query', () => {
    expect(addressFor(at('?q=private+fostering'), 'private fostering')).toBeUndefined();
    expect(addressFor(at(''), '')).toBeUndefined();
  });

  it('gives the query a link asks for', () => {
    expect(termFromAddress('?q=section%2047')).toBe('section 47');
    expect(termFromAddress('')).toBe('');
  });
});

describe('filters', () => {
  it('counts the pages with any of the words, each page once', async () => {
    // a: pages 1, 2; b: pages 2, 3; both: page 2. Of the section: 1 and 3 in "1", 2 in "2".
    const counts: Record<string, Record<string, Record<string, number>>> = {
      a: { Section: { '1': 1, '2': 1 } },
      b: { Section: { '1': 1, '2': 1 } },
      'a b': { Section: { '1': 0, '2': 1 } },
      zebra: { Section: { '1': 0, '2': 0 } },
      // Pagefind ignores a word no page has.
      'a zebra': { Section: { '1': 1, '2': 1 } },
      'b zebra': { Section: { '1': 1, '2': 1 } },
      'a b zebra': { Section: { '1': 0, '2': 1 } },
    };
    expect(await unionFilterCounts(['a', 'b', 'zebra'], async (query) => counts[query]!)).toEqual({ Section: { '1': 2, '2': 1 } });
  });

  it('counts a filter against the others only, and sorts section numbers as numbers', () => {
    expect(withoutFilter({ Kind: { any: ['Procedure'] }, Section: { any: ['2 Children'] } }, 'Kind')).toEqual({ Section: { any: ['2 Children'] } });
    expect(sortFilterValues(['10 Partnership', '2 Children', '1 Assessing'])).toEqual(['1 Assessing', '2 Children', '10 Partnership']);
  });
});

describe('a result as shown', () => {
  it('keeps only the text of an excerpt and which words matched: no other markup survives', () => {
    expect(excerptParts('Call <mark>999</mark> &amp; the &lt;front door&gt; <b>now</b><script>x()</script>')).toEqual([
      { text: 'Call ', mark: false },
      { text: '999', mark: true },
      { text: ' & the <front door> nowx()', mark: false },
    ]);
    expect(excerptParts('<mark>unclosed &#39;mark')).toEqual([{ text: "unclosed 'mark", mark: true }]);
    expect(excerptParts('')).toEqual([]);
  });

  it('links only to paths and web addresses', () => {
    expect(safeHref('/procedures/neglect/')).toBe('/procedures/neglect/');
    expect(safeHref('https://example.org/')).toBe('https://example.org/');
    expect(safeHref('javascript:alert(1)')).toBe('#');
  });

  it('shows the details, the excerpt and the three headings that match most, in page order', () => {
    const sub = (id: string, score: number) => ({
      title: `Heading ${id}`,
      url: `/procedures/neglect/#${id}`,
      anchor: { id },
      excerpt: `about <mark>${id}</mark>`,
      weighted_locations: [{ balanced_score: score }],
    });
    const view = resultView({
      url: '/procedures/neglect/',
      excerpt: 'Signs of <mark>neglect</mark>',
      meta: { title: 'Neglect', kind: 'Procedure', number: '2.1.1', amended: '5 October 2026', synonyms: 'dirty' },
      sub_results: [{ title: 'Neglect', url: '/procedures/neglect/', excerpt: 'top' }, sub('a', 1), sub('b', 9), sub('c', 5), sub('d', 7)],
    });
    expect(view).toMatchObject({ kind: 'Procedure', number: '2.1.1', title: 'Neglect', href: '/procedures/neglect/', amended: '5 October 2026' });
    expect(view.excerpt).toEqual([
      { text: 'Signs of ', mark: false },
      { text: 'neglect', mark: true },
    ]);
    expect(view.headings.map((h) => h.title)).toEqual(['Heading b', 'Heading c', 'Heading d']);
    expect(view.headings[0]).toEqual({
      title: 'Heading b',
      href: '/procedures/neglect/#b',
      excerpt: [
        { text: 'about ', mark: false },
        { text: 'b', mark: true },
      ],
    });
  });

  it('falls back to the address when a page has no title', () => {
    expect(resultView({ url: '/contacts/' })).toMatchObject({ title: '/contacts/', href: '/contacts/', excerpt: [], headings: [] });
  });
});
