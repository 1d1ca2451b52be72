import { describe, expect, it } from 'vitest';
import { exampleSettings as settings } from '../../example.ts';
import {
  changesPageKey,
  documentPageKey,
  editionPageKey,
  historyFeedKey,
  historyPageKey,
  keyOf,
  versionPageKey,
  type SiteInputs,
} from '../../../src/lib/build/cache-keys.ts';
import { amendmentsTo, collectAmendments } from '../../../src/lib/site/amendments.ts';
import { documentPage } from '../../../src/lib/site/document-page.ts';
import { roundsOf } from '../../../src/lib/content/releases.ts';
import { readManualSource } from '../../../src/lib/content/source.ts';
import { checkManual } from '../../../src/lib/check/validate.ts';
import { buildDocuments, previousVersion, type ManualDocument, type Version } from '../../../src/lib/content/versions.ts';
import type { Manual } from '../../../src/lib/content/manual.ts';

const TODAY = '2024-03-01';

/** The small fixture manual, checked afresh: a second call gives equal data in new objects, as a second build does. */
function fixture(today = TODAY): { manual: Manual; site: SiteInputs } {
  const { manual } = checkManual(readManualSource('tests/fixtures/small'), { today, settings, settingsFile: 'manual.config.ts', checkBodies: false });
  const { structure, contacts, glossary, resources } = manual;
  return { manual, site: { today, settings, structure, contacts, glossary, resources, rounds: roundsOf(manual.releases) } };
}

/** The manual with one version's file changed (its hash and title), the documents rebuilt as the build does. */
function withChangedVersion(manual: Manual, chapterId: string, today = TODAY): Manual {
  const versions = manual.chapters
    .flatMap((c) => c.versions)
    .map((v): Version =>
      v.chapterId === chapterId && v === manual.chapters.find((c) => c.id === chapterId)!.versions.at(-1)
        ? { ...v, hash: 'f'.repeat(64), title: 'Changed Title' }
        : v,
    );
  return { ...manual, chapters: buildDocuments(versions, today) };
}

const chapter = (manual: Manual, id: string): ManualDocument => manual.chapters.find((c) => c.id === id)!;
const byId = (manual: Manual) => new Map(manual.chapters.map((c) => [c.id, c]));
const pageKey = (manual: Manual, site: SiteInputs, id: string) =>
  documentPageKey(site, chapter(manual, id), documentPage(chapter(manual, id), byId(manual)), manual.synonyms);

describe('the cache key of a page', () => {
  it('is the same for the same inputs, and different when any input differs', () => {
    expect(keyOf('page', { a: 1, b: ['x'] })).toBe(keyOf('page', { a: 1, b: ['x'] }));
    expect(keyOf('page', { a: 1, b: ['x'] })).not.toBe(keyOf('page', { a: 1, b: ['y'] }));
    expect(keyOf('page', { a: 1 })).not.toBe(keyOf('other', { a: 1 }));
    expect(keyOf('page', { a: new Map([['k', 1]]) })).not.toBe(keyOf('page', { a: new Map([['k', 2]]) }));
  });

  it('fails closed: an input that is missing or is not data leaves the page without a key', () => {
    expect(keyOf('page', { a: 1, b: undefined })).toBeUndefined();
    expect(keyOf('page', { a: { render: () => 'x' } })).toBeUndefined();
    const { manual, site } = fixture();
    const alpha = chapter(manual, 'alpha-referrals');
    expect(versionPageKey({ ...site, today: undefined as unknown as string }, alpha, alpha.versions[0]!)).toBeUndefined();
    expect(versionPageKey(site, alpha, { ...alpha.versions[0]!, hash: undefined as unknown as string })).toBeUndefined();
  });

  it('is the same in a second build of an unchanged manual', () => {
    const a = fixture();
    const b = fixture();
    const alpha = [chapter(a.manual, 'alpha-referrals'), chapter(b.manual, 'alpha-referrals')] as const;
    expect(versionPageKey(a.site, alpha[0], alpha[0].versions[1]!)).toBe(versionPageKey(b.site, alpha[1], alpha[1].versions[1]!));
    expect(pageKey(a.manual, a.site, 'alpha-referrals')).toBe(pageKey(b.manual, b.site, 'alpha-referrals'));
    expect(historyPageKey(a.site, alpha[0], [])).toBe(historyPageKey(b.site, alpha[1], []));
    expect(editionPageKey(a.site, a.manual.chapters, [], TODAY)).toBe(editionPageKey(b.site, b.manual.chapters, [], TODAY));
  });

  it("of a chapter's pages changes when a version of it changes, and of other chapters' pages only when they show it", () => {
    const { manual, site } = fixture();
    const changed = withChangedVersion(manual, 'beta-strategy');
    // beta-strategy's own pages.
    const [before, after] = [chapter(manual, 'beta-strategy'), chapter(changed, 'beta-strategy')];
    expect(versionPageKey(site, after, after.versions[0]!)).not.toBe(versionPageKey(site, before, before.versions[0]!));
    expect(historyPageKey(site, after, [])).not.toBe(historyPageKey(site, before, []));
    // gamma-old's pages show nothing of beta-strategy.
    const [g1, g2] = [chapter(manual, 'gamma-old'), chapter(changed, 'gamma-old')];
    expect(versionPageKey(site, g2, g2.versions[1]!)).toBe(versionPageKey(site, g1, g1.versions[1]!));
    expect(changesPageKey(site, g2, g2.versions[0]!, g2.versions[1]!)).toBe(changesPageKey(site, g1, g1.versions[0]!, g1.versions[1]!));
    expect(pageKey(changed, site, 'gamma-old')).toBe(pageKey(manual, site, 'gamma-old'));
    // alpha-referrals lists beta-strategy, by title, under "See also": its page changes, its dated versions do not.
    expect(chapter(manual, 'alpha-referrals').current!.seeAlso).toContain('beta-strategy');
    const [a1, a2] = [chapter(manual, 'alpha-referrals'), chapter(changed, 'alpha-referrals')];
    expect(pageKey(changed, site, 'alpha-referrals')).not.toBe(pageKey(manual, site, 'alpha-referrals'));
    expect(versionPageKey(site, a2, a2.versions[1]!)).toBe(versionPageKey(site, a1, a1.versions[1]!));
    // Every edition lists every chapter.
    expect(editionPageKey(site, changed.chapters, [], '2020-01-06')).not.toBe(editionPageKey(site, manual.chapters, [], '2020-01-06'));
  });

  it("of a chapter's page stays when another chapter changes in what the page does not show", () => {
    const { manual, site } = fixture();
    const versions = manual.chapters
      .flatMap((c) => c.versions)
      .map((v) => (v.chapterId === 'beta-strategy' ? { ...v, hash: 'e'.repeat(64), summary: 'Other.' } : v));
    const changed = { ...manual, chapters: buildDocuments(versions, TODAY) };
    expect(pageKey(changed, site, 'alpha-referrals')).toBe(pageKey(manual, site, 'alpha-referrals'));
  });

  it("of a changes page is its two versions' (with their hashes), whatever else the chapter has", () => {
    const { manual, site } = fixture();
    const gamma = chapter(manual, 'gamma-old');
    const [first, second] = [gamma.versions[0]!, gamma.versions[1]!];
    expect(previousVersion(gamma, second)).toBe(first);
    const key = changesPageKey(site, gamma, first, second);
    expect(changesPageKey(site, gamma, { ...first, hash: '0'.repeat(64) }, second)).not.toBe(key);
    expect(changesPageKey(site, gamma, first, { ...second, hash: '0'.repeat(64) })).not.toBe(key);
  });

  it('of every page changes with the build date, the settings, a contact, the glossary, the resources or the update rounds', () => {
    const { manual, site } = fixture();
    const alpha = chapter(manual, 'alpha-referrals');
    const key = (s: SiteInputs) => versionPageKey(s, alpha, alpha.versions[0]!);
    const [contact, ...others] = site.contacts;
    const variants: SiteInputs[] = [
      { ...site, today: '2024-03-02' },
      { ...site, settings: { ...settings, shortName: 'Other SCP' } },
      { ...site, contacts: [{ ...contact!, notes: 'Changed.' }, ...others] },
      { ...site, glossary: { ...site.glossary, entries: [] } },
      { ...site, resources: [...site.resources, { id: 'x' } as unknown as Manual['resources'][number]] },
      { ...site, structure: { sections: [] } },
      { ...site, rounds: [{ name: 'Spring 2027', date: '2027-04-12' }] },
    ];
    const keys = new Set([key(site), ...variants.map(key)]);
    expect(keys.size).toBe(variants.length + 1);
  });

  it("of a chapter's feed changes with the entries it lists", () => {
    const { manual, site } = fixture();
    const alpha = chapter(manual, 'alpha-referrals');
    const entries = amendmentsTo(collectAmendments(manual.chapters, []), alpha);
    expect(entries.length).toBe(2);
    expect(historyFeedKey(site, alpha, entries)).toBe(historyFeedKey(site, alpha, [...entries]));
    expect(historyFeedKey(site, alpha, entries.slice(1))).not.toBe(historyFeedKey(site, alpha, entries));
  });

  it("of a chapter's history changes with the corrections recorded to its versions", () => {
    const { manual, site } = fixture();
    const alpha = chapter(manual, 'alpha-referrals');
    const version = alpha.versions[0]!;
    const correction = { ...amendmentsTo(collectAmendments(manual.chapters, []), alpha)[0]!, version, kind: 'Corrected' as const, reason: 'A typing error.' };
    expect(historyPageKey(site, alpha, [correction])).not.toBe(historyPageKey(site, alpha, []));
    expect(historyPageKey(site, alpha, [{ ...correction, reason: 'A broken link.' }])).not.toBe(historyPageKey(site, alpha, [correction]));
  });

  it('of a version published ahead of its date changes when the date passes it', () => {
    const { manual } = fixture();
    const ahead = withChangedVersion(manual, 'alpha-referrals');
    // The same versions on two build dates, either side of a version dated 2024-03-10.
    const versions = ahead.chapters.flatMap((c) => c.versions).map((v) => (v.hash === 'f'.repeat(64) ? { ...v, amended: '2024-03-10' } : v));
    const [early, late] = [buildDocuments(versions, '2024-03-09'), buildDocuments(versions, '2024-03-10')];
    const alpha = (docs: ManualDocument[]) => docs.find((c) => c.id === 'alpha-referrals')!;
    const site = fixture().site;
    expect(alpha(early).upcoming).toHaveLength(1);
    expect(alpha(late).upcoming).toHaveLength(0);
    // Even with the build date itself left out of the comparison, the chapter's key tells the two apart.
    expect(historyPageKey(site, alpha(late), [])).not.toBe(historyPageKey(site, alpha(early), []));
  });
});
