// A partnership's own text at an extension point of a core chapter is a change to the manual like
// any other: each version is an entry of the amendments log, its feeds and exports, and of the
// editions as at any date, and says which point of which chapter it fills (docs/regional-manuals.md).
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { buildDocuments, type Version } from '../../../src/lib/content/versions.ts';
import { amendmentPath, collectAmendments, collectUpcoming, localTextAmendments } from '../../../src/lib/site/amendments.ts';
import { amendmentsAtom, amendmentsCsv, exportRows } from '../../../src/lib/site/feeds.ts';
import { editionView, indexEditions } from '../../../src/lib/history/as-at.ts';
import type { LocalText } from '../../../src/lib/region/local-text.ts';
import { settings } from '../helpers.ts';

const version = (amended: string, section: string, change: Version['change']): Version => ({
  chapterId: 'making-a-referral',
  amended,
  section,
  title: 'Making a Referral',
  change,
  file: `content/procedures/making-a-referral/${amended}.mdx`,
  hash: amended.replace(/-/g, '').padEnd(64, 'c'),
  keywords: [],
  seeAlso: [],
});
const chapters = buildDocuments([version('2026-07-13', '1.1', 'new'), version('2026-10-01', '1.2', 'updated')], '2026-12-07');

const text = (point: string, amended: string, summary?: string): LocalText => ({
  chapterId: 'making-a-referral',
  point,
  amended,
  summary,
  approvedBy: 'Northmoor Procedures Sub-group',
  approvedOn: '2026-07-01',
  file: `content/local/making-a-referral/${point}/${amended}.mdx`,
  hash: amended.replace(/-/g, '').padEnd(64, '0'),
  contactIds: ['front-door'],
  resourceIds: [],
});
const texts = [
  text('referral-arrangements', '2026-08-01', 'Schools refer through the portal.'),
  text('referral-arrangements', '2026-11-20', 'The portal closes; schools email the front door.'),
  text('out-of-hours', '2026-11-20'),
  text('referral-arrangements', '2027-01-04', 'A new form.'),
];
const today = '2026-12-07';
const local = localTextAmendments(chapters, texts, today, 'published');
const core = { ...settings, core: { from: '../core', name: 'Marlow Vale Regional Procedures' } };

describe("a partnership's own texts in the records", () => {
  it('are amendments to their chapter: new at a point the first time, updated after, numbered as the chapter was on their date', () => {
    expect(local.map((a) => [a.date, a.kind, a.local?.point, a.section, a.summary, a.version.hash.slice(0, 8)])).toEqual([
      ['2026-08-01', 'New', 'referral-arrangements', '1.1', 'Schools refer through the portal.', '20260801'],
      ['2026-11-20', 'Updated', 'referral-arrangements', '1.2', 'The portal closes; schools email the front door.', '20261120'],
      ['2026-11-20', 'New', 'out-of-hours', '1.2', '', '20261120'],
    ]);
    expect(local[0]!.version).toMatchObject({ file: texts[0]!.file, approvedBy: 'Northmoor Procedures Sub-group', approvedOn: '2026-07-01' });
    expect(amendmentPath(local[1]!)).toBe('procedures/making-a-referral/local/referral-arrangements/2026-11-20/');
    expect(amendmentPath(collectAmendments(chapters).at(-1)!)).toBe('procedures/making-a-referral/2026-07-13/');
  });

  it('come after their date in the log, and before it among the changes to come', () => {
    const log = collectAmendments(chapters, [], local);
    expect(log.map((a) => `${a.date} ${a.local ? 'local' : 'chapter'}`)).toEqual([
      '2026-11-20 local',
      '2026-11-20 local',
      '2026-10-01 chapter',
      '2026-08-01 local',
      '2026-07-13 chapter',
    ]);
    const upcoming = collectUpcoming(chapters, localTextAmendments(chapters, texts, today, 'upcoming'));
    expect(upcoming.map((a) => [a.date, a.kind, a.local?.point])).toEqual([['2027-01-04', 'Updated', 'referral-arrangements']]);
  });

  it('say in the exports which rows are local texts, at which point, and where to read them', () => {
    const rows = exportRows(collectAmendments(chapters, [], local), core);
    expect(rows[0]).toMatchObject({
      source: 'local',
      local_point: 'referral-arrangements',
      chapter_id: 'making-a-referral',
      number: '1.2',
      kind: 'Updated',
      url: 'https://example.org/procedures/making-a-referral/local/referral-arrangements/2026-11-20/',
      changes_url: '',
      sha256: texts[1]!.hash,
      approved_by: 'Northmoor Procedures Sub-group',
    });
    expect(rows.find((r) => r.date === '2026-10-01')).toMatchObject({ local_point: '', url: expect.stringMatching(/making-a-referral\/2026-10-01\/$/) });
    expect(amendmentsCsv(collectAmendments(chapters, [], local), core).split('\n')[0]).toContain('"local_point"');

    const feed = new XMLParser().parse(amendmentsAtom(collectAmendments(chapters, [], local), core, today)) as {
      feed: { entry: { title: string; id: string }[] };
    };
    expect(feed.feed.entry[0]).toMatchObject({
      title: 'Updated: 1.2 Making a Referral (local arrangements)',
      id: 'https://example.org/procedures/making-a-referral/local/referral-arrangements/2026-11-20/',
    });
  });

  it('make editions of the manual, each listing the local texts that took effect and those in force', () => {
    const index = indexEditions(chapters, today, local);
    expect(index.editions).toEqual(['2026-07-13', '2026-08-01', '2026-10-01', '2026-11-20']);
    const manual = { structure: { sections: [{ number: '1', title: 'One', subsections: [] }] }, chapters, pages: [], contactChanges: [] };
    const august = editionView(index, manual, '2026-08-01');
    expect(august.changed.map((a) => [a.kind, a.local?.point])).toEqual([['New', 'referral-arrangements']]);
    expect(august.local.map((a) => [a.local?.point, a.date])).toEqual([['referral-arrangements', '2026-08-01']]);
    expect(august.changesSince).toBe(3);
    const october = editionView(index, manual, '2026-10-01');
    expect(october.local.map((a) => [a.local?.point, a.date])).toEqual([['referral-arrangements', '2026-08-01']]);
    expect(editionView(index, manual, '2026-11-20').local.map((a) => [a.local?.point, a.date])).toEqual([
      ['out-of-hours', '2026-11-20'],
      ['referral-arrangements', '2026-11-20'],
    ]);
  });
});
