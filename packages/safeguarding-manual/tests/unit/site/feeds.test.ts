// The feeds a reader follows: one per chapter or information page, one per section, and the
// whole log; each valid Atom (RFC 4287) that lists exactly its own versions.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectAmendments } from '../../../src/lib/site/amendments.ts';
import { amendmentsAtom, documentAtom, sectionAtom } from '../../../src/lib/site/feeds.ts';
import { buildDocuments, type Version } from '../../../src/lib/content/versions.ts';
import { atomEntries, atomProblems } from '../atom.ts';
import { settings } from '../helpers.ts';

function v(chapterId: string, amended: string, section: string, change: Version['change'], more: Partial<Version> = {}): Version {
  return {
    chapterId,
    amended,
    section,
    title: `${chapterId} title`,
    change,
    file: `m/procedures/${chapterId}/${amended}.mdx`,
    hash: 'a'.repeat(64),
    keywords: [],
    seeAlso: [],
    ...more,
  };
}

const today = '2024-01-01';
const documents = [
  ...buildDocuments(
    [
      v('referrals', '2020-01-06', '1.1.1', 'new'),
      v('referrals', '2023-05-02', '1.1.1', 'updated', { summary: 'Confirmation within 48 hours.' }),
      v('referrals', '2030-01-01', '1.1.1', 'updated', { summary: 'Not yet in force.' }),
      v('strategy', '2021-02-01', '1.2', 'new', { title: 'Strategy <script>alert(1)</script> & more' }),
      v('old', '2020-02-03', '2.1', 'new'),
      v('old', '2023-05-20', '2.1', 'withdrawn', { summary: 'Replaced by 2.2.' }),
    ],
    today,
  ),
  ...buildDocuments(
    [v('worried', '2022-03-07', '', 'new', { collection: 'pages', title: 'If you are worried', file: 'm/pages/worried/2022-03-07.mdx' })],
    today,
  ),
];
const log = collectAmendments(documents);
const byId = (id: string) => documents.find((d) => d.id === id)!;

describe('the feed of one chapter', () => {
  const xml = documentAtom(byId('referrals'), log, settings, today);

  it("is valid Atom, at the chapter's history.xml, naming the chapter", () => {
    expect(atomProblems(xml)).toEqual([]);
    expect(xml).toContain('<link rel="self" href="https://example.org/procedures/referrals/history.xml"/>');
    expect(xml).toContain('<link rel="alternate" href="https://example.org/procedures/referrals/"/>');
    expect(xml).toContain('<title>1.1.1 referrals title: changes</title>');
    expect(xml).toContain('<updated>2023-05-02T00:00:00.000Z</updated>');
  });

  it('lists every published version of that chapter and nothing else, newest first', () => {
    expect(atomEntries(xml).map((e) => [e.title, e.link])).toEqual([
      ['Updated: 1.1.1 referrals title', 'https://example.org/procedures/referrals/2023-05-02/'],
      ['New: 1.1.1 referrals title', 'https://example.org/procedures/referrals/2020-01-06/'],
    ]);
  });

  it('keeps a title written with markup as text', () => {
    const strategy = documentAtom(byId('strategy'), log, settings, today);
    expect(atomProblems(strategy)).toEqual([]);
    expect(atomEntries(strategy)[0]!.title).toBe('New: 1.2 Strategy &lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
  });

  it('works the same for an information page, under /information/', () => {
    const page = documentAtom(byId('worried'), log, settings, today);
    expect(atomProblems(page)).toEqual([]);
    expect(page).toContain('<link rel="self" href="https://example.org/information/worried/history.xml"/>');
    expect(atomEntries(page).map((e) => e.title)).toEqual(['New: If you are worried']);
  });
});

describe('the feeds of a manual built in Welsh', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("words the chapter's feed, its entries and the section's feed in Welsh", () => {
    vi.stubEnv('MANUAL_LANGUAGE', 'cy');
    const xml = documentAtom(byId('referrals'), log, settings, today);
    expect(atomProblems(xml)).toEqual([]);
    expect(xml).toContain('<title>1.1.1 referrals title: newidiadau</title>');
    expect(xml).toContain(`SHA-256 ffeil y fersiwn: ${'a'.repeat(64)}.`);
    expect(atomEntries(xml).map((e) => e.title)).toEqual(['Diweddarwyd: 1.1.1 referrals title', 'Newydd: 1.1.1 referrals title']);
    const two = sectionAtom({ number: '2', title: 'Amgylchiadau Penodol' }, log, settings, today);
    expect(two).toContain('<subtitle>Pob newid i benodau adran 2, Amgylchiadau Penodol, y diweddaraf yn gyntaf.</subtitle>');
    expect(atomEntries(two).map((e) => e.title)).toEqual(['Tynnwyd yn ôl: 2.1 old title', 'Newydd: 2.1 old title']);
  });
});

describe('the feed of a section', () => {
  it('lists the versions of the chapters numbered in it, withdrawals included, and no information page', () => {
    const one = sectionAtom({ number: '1', title: 'Assessing Need' }, log, settings, today);
    expect(atomProblems(one)).toEqual([]);
    expect(one).toContain('<link rel="self" href="https://example.org/amendments/section-1.xml"/>');
    expect(atomEntries(one).map((e) => e.title)).toEqual([
      'Updated: 1.1.1 referrals title',
      'New: 1.2 Strategy &lt;script&gt;alert(1)&lt;/script&gt; &amp; more',
      'New: 1.1.1 referrals title',
    ]);
    const two = sectionAtom({ number: '2', title: 'Specific Circumstances' }, log, settings, today);
    expect(atomEntries(two).map((e) => e.title)).toEqual(['Withdrawn: 2.1 old title', 'New: 2.1 old title']);
  });

  it('is valid when nothing has changed in the section yet', () => {
    const empty = sectionAtom({ number: '3', title: 'Nothing yet' }, log, settings, today);
    expect(atomProblems(empty)).toEqual([]);
    expect(atomEntries(empty)).toEqual([]);
  });
});

describe('the Atom check', () => {
  it("passes the whole log's feed", () => {
    expect(atomProblems(amendmentsAtom(log, settings, today))).toEqual([]);
  });

  it('finds what a feed reader would stumble on', () => {
    const broken =
      '<feed xmlns="http://www.w3.org/2005/Atom"><id>/relative</id><title>T</title><updated>1 May 2024</updated><entry><id>https://x/1</id><title>A</title><updated>2024-05-01T00:00:00Z</updated></entry></feed>';
    expect(atomProblems(broken)).toEqual([
      'the feed has an id that is not an absolute IRI: /relative',
      'the feed has an updated date that is not RFC 3339: 1 May 2024',
      'the feed has no rel="self" link',
      'entry 1 has no author, and neither has the feed',
      'entry 1 has neither content nor an alternate link',
    ]);
    expect(atomProblems('<feed><title>')).toEqual([expect.stringMatching(/^not well-formed XML/)]);
  });
});
