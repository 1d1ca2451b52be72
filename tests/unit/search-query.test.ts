import { describe, expect, it } from 'vitest';
import { addressFor, isCommonWord, queryWords, relaxQuery, searchTerm, summaryText, termFromAddress, type SearchOutcome } from '../../src/lib/search-query.ts';
import { excerptParts, resultView, safeHref, sortFilterValues, withoutFilter } from '../../src/lib/search-results.ts';

/**
 * A small index as Pagefind answers it: a page matches when it has every word of the query;
 * its score adds up each word's weight on the page (a title word weighs more than a word in
 * the text). Words on no page are ignored, as Pagefind ignores them.
 */
function index(pages: Record<string, Record<string, number>>) {
  const searched: string[] = [];
  const search = async (query: string): Promise<SearchOutcome> => {
    searched.push(query);
    const known = query.split(' ').filter((w) => Object.values(pages).some((p) => w in p));
    if (known.length === 0) return { count: 0, topScore: 0 };
    const scores = Object.values(pages)
      .filter((p) => known.every((w) => w in p))
      .map((p) => known.reduce((sum, w) => sum + p[w]!, 0));
    return { count: scores.length, topScore: Math.max(0, ...scores) };
  };
  return { search, searched };
}

const manual = index({
  substanceMisuse: { mum: 5, drinking: 5, parents: 10, night: 1 },
  domesticAbuse: { violence: 5, mum: 1, night: 1 },
  outOfHours: { night: 10, team: 10 },
  onlineAbuse: { nudes: 5, images: 10, teenager: 1 },
  fostering: { teenager: 1, stranger: 1, sent: 1 },
  glossary: { team: 1, images: 1, young: 2, person: 2 },
  selfHarm: { cutting: 5, young: 1 },
});
const PAGES = 7;
const relax = (query: string, index = manual) => relaxQuery(query, PAGES, index.search);

describe('the query searched for', () => {
  it('leaves out the common words, unless nothing else is left or the query is in quotes', () => {
    expect(searchTerm('What to do if MY mum is drinking? ')).toBe('mum drinking');
    expect(searchTerm('what to do')).toBe('what to do');
    expect(searchTerm('"child in need"')).toBe('"child in need"');
  });
});

describe('relaxing a query that finds nothing', () => {
  it('keeps the words that some page has together and matches best', async () => {
    // "night" is on three pages; "mum drinking" is what one chapter is about.
    expect(await relax('mum drinking violence night')).toEqual({ query: 'mum drinking night', dropped: ['violence'] });
    // A rare word that happens to be on some page does not keep out the words a chapter is about.
    expect(await relax('teenager sent nudes stranger')).toEqual({ query: 'teenager nudes', dropped: ['sent', 'stranger'] });
  });

  it('does not let everyday words that match well win over the word that says what is wanted', async () => {
    // "young person" is on one page in full, but "cutting" is what the query is about.
    expect(await relax('young person cutting arms')).toEqual({ query: 'young cutting', dropped: ['person', 'arms'] });
  });

  it('searches one word alone only when no two words meet on a page', async () => {
    expect(await relax('violence images')).toEqual({ query: 'images', dropped: ['violence'] });
  });

  it('leaves out words no page has, and gives up when there is nothing to leave out', async () => {
    expect(await relax('mum zebra violence')).toEqual({ query: 'mum violence', dropped: ['zebra'] });
    expect(await relax('neglect')).toBeUndefined();
    expect(await relax('zebra giraffe')).toBeUndefined();
  });

  it('leaves out common words, and relaxes a query of common words only among all its words', async () => {
    expect(await relax('what if mum violence images')).toEqual({ query: 'mum violence', dropped: ['images'] });
    const small = index({ a: { what: 1, to: 1 }, b: { do: 1 } });
    expect(await relax('what to do', small)).toEqual({ query: 'what to', dropped: ['do'] });
  });

  it('weighs at most seven words against each other, so a long query stays quick', async () => {
    const long = index({ a: { one: 1, two: 1, three: 1, four: 1, five: 1, six: 1, seven: 1, eight: 1 }, b: { eight: 5, nine: 5 } });
    const relaxed = await relax('one two three four five six seven eight nine', long);
    expect(relaxed).toEqual({ query: 'one two three four five six seven', dropped: ['eight', 'nine'] });
    expect(long.searched.length).toBeLessThanOrEqual(9 + 2 ** 7);
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
