import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { collectAmendments, collectUpcoming, groupByMonth } from '../../../src/lib/site/amendments.ts';
import { amendmentsAtom, amendmentsCsv, amendmentsJson } from '../../../src/lib/site/feeds.ts';
import { buildDocuments, type Version } from '../../../src/lib/content/versions.ts';
import { settings } from '../helpers.ts';

function v(chapterId: string, amended: string, section: string, change: Version['change'], summary?: string, title = `${chapterId} title`): Version {
  return {
    chapterId,
    amended,
    section,
    title,
    change,
    summary,
    file: `m/procedures/${chapterId}/${amended}.mdx`,
    hash: amended.replace(/-/g, '').padEnd(64, 'a'),
    keywords: [],
    seeAlso: [],
  };
}

const chapters = buildDocuments(
  [
    v('referrals', '2020-01-06', '1.1.1', 'new'),
    {
      ...v('referrals', '2023-05-02', '1.1.1', 'updated', 'Confirmation within 48 hours, "not 24".'),
      approvedBy: 'Policy & Procedures <Group>',
      approvedOn: '2023-04-18',
    },
    v('referrals', '2030-01-01', '1.1.1', 'updated', 'Online form.'),
    v('historic', '2020-01-06', '1.1.3', 'new'),
    v('historic', '2023-05-02', '1.1.2', 'updated', 'Renumbered.', 'Non-recent abuse'),
    v('old', '2020-02-03', '2.1', 'new'),
    v('old', '2023-05-20', '2.1', 'withdrawn', 'Replaced by 2.2.'),
  ],
  '2024-01-01',
);

describe('the amendments log', () => {
  const log = collectAmendments(chapters);

  it('lists published versions newest first with kinds derived from the data', () => {
    expect(log.map((a) => `${a.date} ${a.section} ${a.kind}`)).toEqual([
      '2023-05-20 2.1 Withdrawn',
      '2023-05-02 1.1.1 Updated',
      '2023-05-02 1.1.2 Renumbered',
      '2020-02-03 2.1 New',
      '2020-01-06 1.1.1 New',
      '2020-01-06 1.1.3 New',
    ]);
    expect(log[2]!.previous).toEqual({ section: '1.1.3', title: 'historic title' });
  });

  it('keeps versions that are not yet in force apart', () => {
    expect(collectUpcoming(chapters).map((a) => `${a.date} ${a.chapterId}`)).toEqual(['2030-01-01 referrals']);
  });

  it('groups entries by month', () => {
    expect(groupByMonth(log).map((g) => [g.label, g.entries.length])).toEqual([
      ['May 2023', 3],
      ['February 2020', 1],
      ['January 2020', 2],
    ]);
  });

  it('exports CSV with one quoted row per version', () => {
    const csv = amendmentsCsv(log, settings).trim().split('\n');
    expect(csv[0]).toBe('"chapter_id","number","title","date","kind","summary","url","changes_url","sha256","collection","approved_by","approved_on"');
    expect(csv[2]).toBe(
      `"referrals","1.1.1","referrals title","2023-05-02","Updated","Confirmation within 48 hours, ""not 24"".","https://example.org/procedures/referrals/2023-05-02/","https://example.org/procedures/referrals/2023-05-02/changes/","${'20230502'.padEnd(64, 'a')}","procedures","Policy & Procedures <Group>","2023-04-18"`,
    );
    expect(csv[3]).toMatch(/"procedures","",""$/);
    expect(csv).toHaveLength(7);
  });

  it('exports JSON and a valid Atom feed', () => {
    expect(JSON.parse(amendmentsJson(log, settings, '2024-01-01')).versions).toHaveLength(6);
    const atom = new XMLParser({ ignoreAttributes: false }).parse(amendmentsAtom(log, settings, '2024-01-01'));
    expect(atom.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(atom.feed.entry).toHaveLength(6);
    expect(atom.feed.entry[0].title['#text']).toBe('Withdrawn: 2.1 old title');
    expect(atom.feed.updated).toBe('2023-05-20T00:00:00.000Z');
    // The sign-off is text in the entry, never markup.
    expect(atom.feed.entry[1].content['#text']).toContain('Approved by Policy &amp; Procedures &lt;Group&gt; on 18 April 2023.');
    const updated = JSON.parse(amendmentsJson(log, settings, '2024-01-01')).versions[1];
    expect([updated.approved_by, updated.approved_on]).toEqual(['Policy & Procedures <Group>', '2023-04-18']);
  });
});
