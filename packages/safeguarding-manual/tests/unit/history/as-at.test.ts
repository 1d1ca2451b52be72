import { describe, expect, it } from 'vitest';
import { changesSince, documentsInForce, editionsByYear, editionView, indexEditions, manualAsAt } from '../../../src/lib/history/as-at.ts';
import { editionDates, editionOn, resolveEdition } from '../../../src/lib/content/editions.ts';
import { buildDocuments, chapterAsAt, versionOn, type Version } from '../../../src/lib/content/versions.ts';
import type { ContactChange } from '../../../src/lib/content/contacts.ts';

function v(chapterId: string, amended: string, section: string, change: Version['change'] = 'updated', title = `${chapterId} title`): Version {
  return { chapterId, amended, section, title, change, file: `${chapterId}/${amended}.mdx`, hash: '', keywords: [], seeAlso: [] };
}

function page(chapterId: string, amended: string, title: string, change: Version['change'] = 'updated'): Version {
  return { ...v(chapterId, amended, '', change, title), collection: 'pages' };
}

const TODAY = '2024-06-01';
const structure = {
  sections: [
    { number: '1', title: 'One', subsections: [{ number: '1.1', title: 'One one' }] },
    { number: '2', title: 'Two', subsections: [] },
  ],
};
const chapters = buildDocuments(
  [
    v('referrals', '2020-01-06', '1.1.1', 'new', 'Referrals'),
    v('referrals', '2022-03-01', '1.1.2', 'updated', 'Referrals to Social Care'),
    v('referrals', '2025-01-01', '1.1.2', 'updated', 'Referrals to Social Care'),
    v('strategy', '2020-01-06', '1.1.2', 'new', 'Strategy'),
    v('strategy', '2022-03-01', '1.1.1', 'updated', 'Strategy'),
    v('gangs', '2020-01-06', '2.1', 'new', 'Gangs'),
    v('gangs', '2023-02-27', '2.1', 'withdrawn', 'Gangs'),
    v('exploitation', '2023-02-27', '2.2', 'new', 'Exploitation'),
    v('later', '2025-01-01', '2.3', 'new', 'Later'),
  ],
  TODAY,
);
const pages = buildDocuments(
  [
    page('worried', '2021-04-07', 'Worried?', 'new'),
    page('worried', '2023-10-12', 'Worried about a child?'),
    page('old-leaflet', '2020-01-06', 'Old leaflet', 'new'),
    page('old-leaflet', '2022-01-01', 'Old leaflet', 'withdrawn'),
  ],
  TODAY,
);
const byId = new Map([...chapters, ...pages].map((c) => [c.id, c]));
const numbered = (date: string) =>
  documentsInForce(manualAsAt(structure, chapters, pages, date)).map(({ chapter, version }) => `${version.section || '-'} ${chapter.id} ${version.amended}`);

describe('what is in force on a date', () => {
  it('takes a version into force on its own date and keeps the one before it until the day before', () => {
    const referrals = byId.get('referrals')!;
    expect(versionOn(referrals, '2022-02-28')?.amended).toBe('2020-01-06');
    expect(versionOn(referrals, '2022-03-01')?.amended).toBe('2022-03-01');
    expect(versionOn(referrals, '2020-01-05')).toBeUndefined();
    expect(versionOn(referrals, '2020-01-06')?.amended).toBe('2020-01-06');
  });

  it('gives the numbers of the day: before a renumbering the old ones, from its first day the new ones', () => {
    expect(numbered('2022-02-28')).toEqual(['1.1.1 referrals 2020-01-06', '1.1.2 strategy 2020-01-06', '2.1 gangs 2020-01-06', '- worried 2021-04-07']);
    expect(numbered('2022-03-01')).toEqual(['1.1.1 strategy 2022-03-01', '1.1.2 referrals 2022-03-01', '2.1 gangs 2020-01-06', '- worried 2021-04-07']);
  });

  it('leaves out a chapter from the day it is withdrawn, and one not yet created', () => {
    expect(versionOn(byId.get('gangs')!, '2023-02-26')).toMatchObject({ amended: '2020-01-06', change: 'new' });
    expect(versionOn(byId.get('gangs')!, '2023-02-27')?.change).toBe('withdrawn');
    expect(numbered('2023-02-27')).toEqual(['1.1.1 strategy 2022-03-01', '1.1.2 referrals 2022-03-01', '2.2 exploitation 2023-02-27', '- worried 2021-04-07']);
    expect(numbered('2019-12-31')).toEqual([]);
  });

  it('shows a version published in advance only from the day it takes effect', () => {
    expect(numbered(TODAY)).not.toContain('2.3 later 2025-01-01');
    expect(numbered('2025-01-01')).toEqual([
      '1.1.1 strategy 2022-03-01',
      '1.1.2 referrals 2025-01-01',
      '2.2 exploitation 2023-02-27',
      '2.3 later 2025-01-01',
      '- worried 2023-10-12',
    ]);
    const asAt = chapterAsAt(byId.get('referrals')!, TODAY);
    expect(asAt.versions.map((x) => x.amended)).toEqual(['2020-01-06', '2022-03-01']);
    expect(asAt.upcoming).toEqual([]);
  });

  it('takes information pages into force and out the same way, with the title of the day, listed by title', () => {
    expect(manualAsAt(structure, chapters, pages, '2021-12-31').pages.map((p) => p.current!.title)).toEqual(['Old leaflet', 'Worried?']);
    expect(manualAsAt(structure, chapters, pages, '2023-10-12').pages.map((p) => p.current!.title)).toEqual(['Worried about a child?']);
  });

  it('keeps a chapter whose number of the day sits under a section no longer in the structure', () => {
    const renumbered = buildDocuments([v('moved', '2020-01-06', '3.1', 'new'), v('moved', '2021-01-06', '2.5')], TODAY);
    const asAt = manualAsAt(structure, renumbered, [], '2020-06-01');
    expect(asAt.unplaced.map((c) => c.current!.section)).toEqual(['3.1']);
    expect(documentsInForce(asAt).map((d) => d.version.section)).toEqual(['3.1']);
  });
});

describe('the editions of the manual', () => {
  const documents = [...chapters, ...pages];
  const index = indexEditions(documents, TODAY);

  it('are the dates on which anything took effect, up to the build date', () => {
    expect(editionDates(documents, TODAY)).toEqual(['2020-01-06', '2021-04-07', '2022-01-01', '2022-03-01', '2023-02-27', '2023-10-12']);
    expect(index.editions).toEqual(editionDates(documents, TODAY));
  });

  it('resolve a date to the latest edition on or before it, and say when a date is before the first', () => {
    expect(editionOn(index.editions, '2022-02-28')).toBe('2022-01-01');
    expect(resolveEdition(index.editions, '2022-03-01')).toEqual({ kind: 'edition', edition: '2022-03-01' });
    expect(resolveEdition(index.editions, '2023-03-01')).toEqual({ kind: 'edition', edition: '2023-02-27' });
    expect(resolveEdition(index.editions, '2030-01-01')).toEqual({ kind: 'edition', edition: '2023-10-12' });
    expect(resolveEdition(index.editions, '2019-12-31')).toEqual({ kind: 'before-first', first: '2020-01-06' });
    expect(resolveEdition([], '2019-12-31')).toEqual({ kind: 'no-editions' });
  });

  it('count the changes that took effect after a date, up to the build date', () => {
    expect(changesSince(index, '2023-10-12')).toBe(0);
    expect(changesSince(index, '2023-02-26')).toBe(3);
    expect(changesSince(index, '2019-01-01')).toBe(11);
  });

  it('are listed by year, newest first, with the number of versions each brought', () => {
    expect(editionsByYear(index)).toEqual([
      {
        year: '2023',
        editions: [
          { date: '2023-10-12', changes: 1 },
          { date: '2023-02-27', changes: 2 },
        ],
      },
      {
        year: '2022',
        editions: [
          { date: '2022-03-01', changes: 2 },
          { date: '2022-01-01', changes: 1 },
        ],
      },
      { year: '2021', editions: [{ date: '2021-04-07', changes: 1 }] },
      { year: '2020', editions: [{ date: '2020-01-06', changes: 4 }] },
    ]);
  });

  it('each have a page: the dated contents, what changed that day, and what has changed since', () => {
    const contactChanges: ContactChange[] = [
      { contactId: 'front-door', date: '2023-05-01', service: 'Front door', organisation: 'Council', summary: 'New number.' },
      { contactId: 'front-door', date: '2021-01-01', service: 'Front door', organisation: 'Council', summary: 'New email.' },
    ];
    const view = editionView(index, { structure, chapters, pages, contactChanges }, '2022-03-01');
    expect(view).toMatchObject({
      date: '2022-03-01',
      until: '2023-02-26',
      previous: '2022-01-01',
      next: '2023-02-27',
      changesSince: 3,
      contactChangesSince: 1,
    });
    expect(view.sections[0]!.groups[1]!.items).toEqual([
      { id: 'strategy', number: '1.1.1', title: 'Strategy', badge: undefined, amended: '2022-03-01', date: '2022-03-01' },
      { id: 'referrals', number: '1.1.2', title: 'Referrals to Social Care', badge: undefined, amended: '2022-03-01', date: '2022-03-01' },
    ]);
    expect(view.pages.map((p) => [p.title, p.date])).toEqual([['Worried?', '2021-04-07']]);
    expect(view.changed.map((a) => `${a.kind} ${a.section} ${a.title}`)).toEqual(['Renumbered 1.1.1 Strategy', 'Renumbered 1.1.2 Referrals to Social Care']);
    expect(view.contactChanges.map((c) => c.summary)).toEqual(['New email.']);
    expect(editionView(index, { structure, chapters, pages, contactChanges }, '2023-10-12')).toMatchObject({
      until: undefined,
      next: undefined,
      changesSince: 0,
    });
    expect(() => editionView(index, { structure, chapters, pages, contactChanges }, '2022-03-02')).toThrow('2022-03-02 is not an edition of the manual');
  });
});
