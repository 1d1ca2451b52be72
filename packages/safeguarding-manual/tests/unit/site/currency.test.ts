import { describe, expect, it } from 'vitest';
import { currencyOf, versionStanding } from '../../../src/lib/site/currency.ts';
import { buildDocuments, type Version } from '../../../src/lib/content/versions.ts';

function v(chapterId: string, amended: string, change: Version['change'] = 'updated'): Version {
  return {
    chapterId,
    amended,
    section: '1.1',
    title: `${chapterId} title`,
    change,
    file: `${chapterId}/${amended}.mdx`,
    hash: 'ab'.repeat(32),
    keywords: [],
    seeAlso: [],
  };
}

const documents = buildDocuments(
  [
    v('referrals', '2020-01-06', 'new'),
    v('referrals', '2023-05-02'),
    v('referrals', '2024-09-01'),
    v('referrals', '2025-01-01'),
    v('old', '2020-01-06', 'new'),
    v('old', '2024-02-01', 'withdrawn'),
    v('later', '2025-01-01', 'new'),
  ],
  '2024-06-01',
);
const byId = new Map(documents.map((d) => [d.id, d]));
const referrals = byId.get('referrals')!;
const old = byId.get('old')!;

describe('where a version stands on the build date', () => {
  it('says a replaced version was replaced on the day its successor took effect, and in force until the day before', () => {
    expect(versionStanding(referrals, referrals.versions[0]!)).toEqual({ kind: 'replaced', from: '2020-01-06', until: '2023-05-01', on: '2023-05-02' });
  });

  it('says the version in force is in force, and versions to come are upcoming', () => {
    expect(versionStanding(referrals, referrals.versions[1]!)).toEqual({ kind: 'in-force', from: '2023-05-02' });
    expect(versionStanding(referrals, referrals.versions[2]!)).toEqual({ kind: 'upcoming', from: '2024-09-01' });
    expect(versionStanding(byId.get('later')!, byId.get('later')!.versions[0]!)).toEqual({ kind: 'upcoming', from: '2025-01-01' });
  });

  it('says the last version of a withdrawn document ended when the document was withdrawn', () => {
    expect(versionStanding(old, old.versions[0]!)).toEqual({ kind: 'withdrawn', from: '2020-01-06', until: '2024-01-31', on: '2024-02-01' });
  });
});

describe("the currency line of a document's page", () => {
  const planned = { name: 'Autumn 2024 update', date: '2024-10-07', suggestionsBy: '2024-08-30' };

  it('is up to date to the build date, lists the approved versions to come, soonest first, and the next round', () => {
    expect(currencyOf(referrals, '2024-06-01', planned)).toEqual({
      upTo: '2024-06-01',
      later: ['2024-09-01', '2025-01-01'],
      nextRound: { name: 'Autumn 2024 update', date: '2024-10-07' },
    });
  });

  it('has nothing to come for a document without later versions, and no round when none is planned or its date has passed', () => {
    expect(currencyOf(old, '2024-06-01', undefined)).toEqual({ upTo: '2024-06-01', later: [], nextRound: undefined });
    expect(currencyOf(old, '2024-10-07', planned).nextRound).toBeUndefined();
  });
});
