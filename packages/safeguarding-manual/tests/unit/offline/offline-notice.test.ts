import { describe, expect, it } from 'vitest';
import {
  copyNotice,
  pageLanguage,
  parseSavedFrom,
  recordCheck,
  savedFromValue,
  servedBuild,
  withNotice,
  type CopyRecord,
  type NoticeInput,
} from '../../../src/lib/offline/offline-notice.ts';

const DAY = 86_400_000;
const build = { id: 'aaaa', built: '2026-11-22', staleDays: 7 };
const newer = { id: 'bbbb', built: '2026-11-29' };
// Saved at noon on 30 November 2026, and current then.
const savedAt = Date.parse('2026-11-30T12:00:00Z');
const saved: CopyRecord = { id: build.id, built: build.built, checkedAt: savedAt };
const page = (from: NoticeInput['from'], record: CopyRecord | undefined, now = savedAt + DAY) =>
  copyNotice({ from, build, record, now, href: '/procedures/section-47-enquiries/' });

describe('what a page from the offline worker says about the copy', () => {
  it('says nothing on a page from the network while the copy is current', () => {
    expect(page('network', saved)).toBeUndefined();
    expect(page('network', saved, savedAt + 30 * DAY)).toBeUndefined();
  });

  it('says how old the copy is on every page from it', () => {
    expect(page('copy', saved)).toMatchInlineSnapshot(`
      {
        "html": "You are reading the offline copy of this manual, from 30 November 2026.",
        "tone": "info",
      }
    `);
  });

  it('warns once the copy has gone more than the set number of days without a check', () => {
    expect(page('copy', saved, savedAt + 7 * DAY)?.tone).toBe('info');
    expect(page('copy', saved, savedAt + 7 * DAY + 1)).toMatchInlineSnapshot(`
      {
        "html": "<strong>Your offline copy is from 30 November 2026 and may be out of date; connect to update it.</strong>",
        "tone": "warning",
      }
    `);
  });

  it('counts from the build date when the copy was never checked', () => {
    expect(page('copy', undefined, Date.parse('2026-11-25T12:00:00Z'))?.html).toBe('You are reading the offline copy of this manual, from 22 November 2026.');
    expect(page('copy', undefined, Date.parse('2026-12-01T12:00:00Z'))?.tone).toBe('warning');
  });

  it('tells readers online that the manual was updated while the copy catches up', () => {
    const seen = recordCheck(build, saved, newer, savedAt + DAY);
    expect(page('network', seen)).toMatchInlineSnapshot(`
      {
        "html": "<strong>This manual was updated on 29 November 2026.</strong> Your offline copy is being updated.",
        "tone": "info",
      }
    `);
  });

  it('offers a refresh on a page from the copy when the site has a newer build', () => {
    expect(page('copy', recordCheck(build, saved, newer, savedAt + DAY))).toMatchInlineSnapshot(`
      {
        "html": "<strong>This manual was updated on 29 November 2026.</strong> This page is from your offline copy, which is older. <a href="/procedures/section-47-enquiries/">Refresh this page</a>",
        "tone": "warning",
      }
    `);
    // The newer build's worker has taken the copy over.
    expect(page('copy', { id: newer.id, built: newer.built, checkedAt: savedAt + DAY })?.html).toContain('updated on 29 November 2026');
  });

  it('escapes the address in the refresh link', () => {
    const notice = copyNotice({ from: 'copy', build, record: recordCheck(build, saved, newer, savedAt), now: savedAt, href: '/a"b<c>&/' });
    expect(notice?.html).toContain('href="/a&quot;b&lt;c&gt;&amp;/"');
  });
});

describe('a page kept from an earlier build', () => {
  const older = { id: '1111', built: '2026-11-15' };
  const kept = (savedFrom: NoticeInput['savedFrom'], record: CopyRecord | undefined = saved, from: NoticeInput['from'] = 'copy') =>
    copyNotice({ from, savedFrom, build, record, now: savedAt + DAY, href: '/procedures/neglect/history/' });

  it('says which release it is from, offline, whether the copy is current, stale or behind the site', () => {
    const warning = {
      tone: 'warning',
      html: '<strong>This page is from the manual as it was on 15 November 2026</strong>, before your offline copy was updated to the manual of 22 November 2026, and may be out of date. It is updated the next time you open it online.',
    };
    expect(kept(older)).toEqual(warning);
    expect(copyNotice({ from: 'copy', savedFrom: older, build, record: saved, now: savedAt + 30 * DAY, href: '/' })).toEqual(warning);
    expect(kept(older, { ...saved, newer })).toEqual(warning);
  });

  it('reads like the rest of the copy when it is from the same build, and needs no notice online', () => {
    expect(kept({ id: build.id, built: build.built })?.html).toBe('You are reading the offline copy of this manual, from 30 November 2026.');
    expect(kept(older, saved, 'network')).toBeUndefined();
    expect(kept(undefined)?.html).toBe('You are reading the offline copy of this manual, from 30 November 2026.');
  });

  it('is tagged with the build the site served it from, and the tag reads back', () => {
    expect(servedBuild(build, saved)).toEqual({ id: build.id, built: build.built });
    expect(servedBuild(build, { ...saved, newer })).toEqual(newer);
    expect(servedBuild(build, { id: newer.id, built: newer.built, checkedAt: savedAt })).toEqual(newer);
    expect(servedBuild(build, undefined)).toEqual({ id: build.id, built: build.built });
    expect(parseSavedFrom(savedFromValue(newer))).toEqual(newer);
    expect([null, '', 'bbbb', 'bbbb 29 November', '<b> 2026-11-29'].map(parseSavedFrom)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('a notice in Welsh', () => {
  it("is written in the page's language, with the dates in Welsh", () => {
    const welsh = (input: Partial<NoticeInput>) =>
      copyNotice({ from: 'copy', build, record: saved, now: savedAt + DAY, href: '/cy/procedures/neglect/', language: 'cy', ...input })?.html;
    expect(welsh({})).toBe('Rydych chi’n darllen copi all-lein y llawlyfr hwn, sy’n dyddio o 30 Tachwedd 2026.');
    expect(welsh({ now: savedAt + 8 * DAY })).toBe(
      '<strong>Mae eich copi all-lein yn dyddio o 30 Tachwedd 2026 a gall fod yn hen; cysylltwch â’r rhyngrwyd i’w ddiweddaru.</strong>',
    );
    expect(welsh({ record: recordCheck(build, saved, newer, savedAt + DAY) })).toBe(
      '<strong>Diweddarwyd y llawlyfr hwn ar 29 Tachwedd 2026.</strong> Daw’r dudalen hon o’ch copi all-lein, sy’n hŷn. <a href="/cy/procedures/neglect/">Adnewyddu’r dudalen hon</a>',
    );
    expect(welsh({ from: 'network', record: recordCheck(build, saved, newer, savedAt + DAY) })).toBe(
      '<strong>Diweddarwyd y llawlyfr hwn ar 29 Tachwedd 2026.</strong> Mae eich copi all-lein yn cael ei ddiweddaru.',
    );
    expect(welsh({ savedFrom: { id: '1111', built: '2026-11-15' } })).toBe(
      '<strong>Daw’r dudalen hon o’r llawlyfr fel yr oedd ar 15 Tachwedd 2026</strong>, cyn i’ch copi all-lein gael ei ddiweddaru i’r llawlyfr fel yr oedd ar 22 Tachwedd 2026, a gall fod yn hen. Caiff ei diweddaru y tro nesaf y byddwch yn ei hagor ar-lein.',
    );
  });

  it("takes a page's language from its folder: the Welsh pages under the English worker's scope, and the Welsh worker's own", () => {
    expect(pageLanguage('https://example.org/procedures/neglect/', 'https://example.org/', 'en')).toBe('en');
    expect(pageLanguage('https://example.org/cy/procedures/neglect/', 'https://example.org/', 'en')).toBe('cy');
    expect(pageLanguage('https://example.org/manual/cy/', 'https://example.org/manual/', 'en')).toBe('cy');
    expect(pageLanguage('https://example.org/cy/procedures/neglect/', 'https://example.org/cy/', 'cy')).toBe('cy');
  });
});

describe('checking the copy against the site', () => {
  it('records the check when the site still has the build of the copy, and forgets a newer build once the copy holds it', () => {
    expect(recordCheck(build, { ...saved, newer }, build, savedAt + 3 * DAY)).toEqual({ id: build.id, built: build.built, checkedAt: savedAt + 3 * DAY });
  });

  it('keeps the date of the last good check when the site has a newer build', () => {
    expect(recordCheck(build, saved, newer, savedAt + 3 * DAY)).toEqual({ ...saved, newer });
    expect(recordCheck(build, undefined, newer, savedAt)).toEqual({ id: build.id, built: build.built, checkedAt: 0, newer });
  });

  it("leaves alone a record that a newer build's worker has written", () => {
    const theirs: CopyRecord = { id: newer.id, built: newer.built, checkedAt: savedAt };
    expect(recordCheck(build, theirs, newer, savedAt + DAY)).toBe(theirs);
  });
});

describe('putting the notice into a page', () => {
  it('puts it first in the main content, in the site notice styles', () => {
    const html = '<body><header class="site-header">…</header><main id="main" tabindex="-1" class="wrap"><h1>Title</h1></main></body>';
    expect(withNotice(html, { tone: 'warning', html: '<strong>Old.</strong>' })).toBe(
      '<body><header class="site-header">…</header><main id="main" tabindex="-1" class="wrap"><div class="notice notice-old offline-notice" role="note"><p><strong>Old.</strong></p></div><h1>Title</h1></main></body>',
    );
    expect(withNotice(html, { tone: 'info', html: 'Offline.' })).toContain('<div class="notice offline-notice" role="note"><p>Offline.</p></div><h1>');
  });

  it('leaves a page without main content as it is', () => {
    expect(withNotice('<p>plain</p>', { tone: 'info', html: 'x' })).toBe('<p>plain</p>');
  });
});
