import { describe, expect, it } from 'vitest';
import { buildDocuments, type Version } from '../../../src/lib/content/versions.ts';
import { localPointsIn, localTextDateFor, localTextDocuments, localTextOn, type LocalText } from '../../../src/lib/region/local-text.ts';

const text = (point: string, amended: string): LocalText => ({
  chapterId: 'making-a-referral',
  point,
  amended,
  file: `content/local/making-a-referral/${point}/${amended}.mdx`,
  hash: amended.replace(/-/g, '').padEnd(64, '0'),
  contactIds: [],
  resourceIds: [],
});
const texts = [text('referral-arrangements', '2026-07-13'), text('referral-arrangements', '2026-12-05'), text('out-of-hours', '2026-12-05')];

describe('local texts at extension points', () => {
  it('reads the points a body declares, once each, in order', () => {
    expect(localPointsIn('Text.\n\n<Local name="b-point" />\n\nMore.\n\n<Local  name="a-point"/>\n\n<Local name="b-point" />\n')).toEqual([
      'b-point',
      'a-point',
    ]);
    expect(localPointsIn('<Area name="north">\n\nText.\n\n</Area>\n')).toEqual([]);
  });

  it('finds the version of a point in force on a date', () => {
    expect(localTextOn(texts, 'making-a-referral', 'referral-arrangements', '2026-07-12')).toBeUndefined();
    expect(localTextOn(texts, 'making-a-referral', 'referral-arrangements', '2026-12-04')?.amended).toBe('2026-07-13');
    expect(localTextOn(texts, 'making-a-referral', 'referral-arrangements', '2026-12-05')?.amended).toBe('2026-12-05');
    expect(localTextOn(texts, 'strategy-discussions', 'referral-arrangements', '2026-12-05')).toBeUndefined();
  });

  it('shows on a version’s page the local texts of its last day in force, or of today while it is in force', () => {
    const version = (amended: string) => ({ chapterId: 'making-a-referral', amended, file: `${amended}.mdx` }) as Version;
    const [chapter] = buildDocuments([version('2026-03-02'), version('2026-12-05'), version('2027-01-04')], '2026-12-07');
    expect(localTextDateFor(chapter!, chapter!.versions[0]!, '2026-12-07')).toBe('2026-12-04');
    // The version to come is not in force yet: the one before it still is.
    expect(localTextDateFor(chapter!, chapter!.versions[1]!, '2026-12-07')).toBe('2026-12-07');
  });

  it('gives the lock one document per point, its versions oldest first', () => {
    const documents = localTextDocuments(texts, '2026-12-05');
    expect(documents.map((d) => [d.id, d.versions.map((v) => `${v.amended} ${v.change}`)])).toEqual([
      ['making-a-referral/out-of-hours', ['2026-12-05 new']],
      ['making-a-referral/referral-arrangements', ['2026-07-13 new', '2026-12-05 updated']],
    ]);
    expect(documents[1]!.versions[1]!.file).toBe('content/local/making-a-referral/referral-arrangements/2026-12-05.mdx');
  });
});
