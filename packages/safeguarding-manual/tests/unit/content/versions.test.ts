import { describe, expect, it } from 'vitest';
import { buildContents } from '../../../src/lib/site/contents.ts';
import { badgeFor, buildDocuments, inForceUntil, listedChapters, type Version } from '../../../src/lib/content/versions.ts';

function v(chapterId: string, amended: string, section: string, change: Version['change'] = 'updated'): Version {
  return { chapterId, amended, section, title: `${chapterId} title`, change, file: `${chapterId}/${amended}.mdx`, hash: '', keywords: [], seeAlso: [] };
}

describe('chapters and their versions', () => {
  const versions = [
    v('referrals', '2023-05-02', '1.1.1'),
    v('referrals', '2020-01-06', '1.1.1', 'new'),
    v('referrals', '2025-01-01', '1.1.1'),
    v('old', '2020-01-06', '2.1', 'new'),
    v('old', '2024-02-01', '2.1', 'withdrawn'),
    v('later', '2025-01-01', '2.2', 'new'),
  ];
  const chapters = buildDocuments(versions, '2024-06-01');
  const byId = new Map(chapters.map((c) => [c.id, c]));

  it('puts versions in date order and picks the one in force on the build date', () => {
    const referrals = byId.get('referrals')!;
    expect(referrals.versions.map((x) => x.amended)).toEqual(['2020-01-06', '2023-05-02', '2025-01-01']);
    expect(referrals.current?.amended).toBe('2023-05-02');
    expect(referrals.upcoming.map((x) => x.amended)).toEqual(['2025-01-01']);
  });

  it('says until when a superseded version was in force', () => {
    const referrals = byId.get('referrals')!;
    expect(inForceUntil(referrals, referrals.versions[0]!)).toBe('2023-05-01');
    expect(inForceUntil(referrals, referrals.current!)).toBeUndefined();
  });

  it('takes withdrawn and not-yet-published chapters out of the contents', () => {
    expect(byId.get('old')!.withdrawn).toBe(true);
    expect(byId.get('later')!.current).toBeUndefined();
    expect(listedChapters(chapters).map((c) => c.id)).toEqual(['referrals']);
  });

  it('marks a chapter New, then Updated, only inside the window', () => {
    const chapter = (dates: string[]) =>
      buildDocuments(
        dates.map((d, i) => v('c', d, '1.1.1', i ? 'updated' : 'new')),
        '2024-06-01',
      )[0]!;
    expect(badgeFor(chapter(['2024-05-01']), '2024-06-01', 90)).toBe('new');
    expect(badgeFor(chapter(['2020-01-01', '2024-05-01']), '2024-06-01', 90)).toBe('updated');
    expect(badgeFor(chapter(['2020-01-01', '2024-01-01']), '2024-06-01', 90)).toBeUndefined();
    expect(badgeFor(byId.get('old')!, '2024-03-01', 90)).toBeUndefined();
  });
});

describe('the contents', () => {
  it('sorts sections, sub-sections and chapters by number', () => {
    const chapters = buildDocuments(
      [v('b', '2020-01-01', '1.1.10', 'new'), v('a', '2020-01-01', '1.1.9', 'new'), v('c', '2020-01-01', '2.1', 'new'), v('d', '2020-01-01', '1.2.1', 'new')],
      '2024-01-01',
    );
    const structure = {
      sections: [
        { number: '2', title: 'Two', subsections: [] },
        {
          number: '1',
          title: 'One',
          subsections: [
            { number: '1.2', title: 'One two' },
            { number: '1.1', title: 'One one' },
          ],
        },
      ],
    };
    const contents = buildContents(structure, chapters);
    expect(contents.map((s) => s.number)).toEqual(['1', '2']);
    expect(contents[0]!.subsections.map((s) => [s.number, s.chapters.map((c) => c.current!.section)])).toEqual([
      ['1.1', ['1.1.9', '1.1.10']],
      ['1.2', ['1.2.1']],
    ]);
    expect(contents[1]!.chapters.map((c) => c.id)).toEqual(['c']);
  });
});
