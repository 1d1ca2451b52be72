// Text fields hold text: the feed and email writers drop what XML forbids and keep headers on one
// line, whatever the check let through (a second line of defence behind the check).
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { collectAmendments } from '../../src/lib/site/amendments.ts';
import { findControlCharacter, findLineBreak, oneLine, xmlSafe } from '../../src/lib/check/control-characters.ts';
import { buildDigest } from '../../src/lib/digest/build.ts';
import { digestHtml, digestText } from '../../src/lib/digest/email.ts';
import { amendmentsAtom, documentAtom, sectionAtom } from '../../src/lib/site/feeds.ts';
import { buildDocuments, type Version } from '../../src/lib/content/versions.ts';
import { settings } from './helpers.ts';

/** The first reason an XML parser that checks every character (saxes) refuses `xml`, or undefined. */
function xmlError(xml: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | undefined;
  parser.on('error', (e) => (error ??= e.message));
  parser.write(xml).close();
  return error;
}

const HOSTILE = ['\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\u0001', '\u001B[31m', '\u007F'];

function version(more: Partial<Version>): Version {
  return {
    chapterId: 'referrals',
    amended: '2024-02-01',
    section: '1.1',
    title: 'Referrals',
    change: 'updated',
    file: 'm/procedures/referrals/2024-02-01.mdx',
    hash: 'a'.repeat(64),
    keywords: [],
    seeAlso: [],
    ...more,
  };
}

describe('characters XML forbids', () => {
  it('are found by the check, each one', () => {
    for (const c of HOSTILE) expect(findControlCharacter(`a${c}b`), JSON.stringify(c)).toMatchObject({ index: 1 });
    expect(findControlCharacter('a 😀 b\tc\nd')).toBeUndefined();
    expect(findLineBreak('one\u2029two')).toEqual({ code: 'U+2029', index: 3 });
  });

  it('never reach a feed: every feed is well-formed whatever the titles and summaries hold', () => {
    for (const c of HOSTILE) {
      const documents = buildDocuments(
        [
          version({ amended: '2020-01-06', change: 'new', file: 'm/procedures/referrals/2020-01-06.mdx', title: `Refer${c}rals` }),
          version({ summary: `Timescale${c} changed.`, title: `Refer${c}rals\r\nX: y` }),
        ],
        '2024-06-01',
      );
      const log = collectAmendments(documents);
      const feeds = [amendmentsAtom(log, settings, '2024-06-01'), documentAtom(documents[0]!, log, settings, '2024-06-01')];
      for (const xml of feeds) expect(xmlError(xml), JSON.stringify(c)).toBeUndefined();
      expect(xmlError(sectionAtom({ number: '1', title: `Assess${c}ment` }, log, settings, '2024-06-01'))).toBeUndefined();
    }
  });

  it('are dropped by xmlSafe, which keeps pairs, tabs, line breaks and emoji', () => {
    expect(xmlSafe('a\uFFFEb\uD800c\u0000d\te\nf😀')).toBe('abcd\te\nf😀');
  });
});

describe('the digest', () => {
  it('keeps its subject on one line, whatever a round name or the manual title holds', () => {
    for (const name of [
      'Spring\r\nBcc: everyone@example.org',
      'Spring\nContent-Type: text/html',
      'Spring\u2028update\u0085now',
      'Spring\u000d\u000aSubject: urgent',
    ]) {
      const digest = buildDigest({
        documents: [],
        contacts: [],
        structure: { sections: [] },
        settings: { ...settings, manualTitle: 'Test\r\nX-Priority: 1' },
        today: '2024-06-01',
        since: '2024-01-01',
        until: '2024-04-15',
        round: { id: 'spring', name, date: '2024-04-15', from: '2024-01-01', notes: 'Spring.' },
      });
      expect(digest.subject, JSON.stringify(name)).not.toMatch(/[\r\n\u0085\u2028\u2029]/);
      expect(digest.subject).toMatch(/^Spring.*: Test X-Priority: 1$/);
      expect(
        digestText(digest, settings)
          .split('\n')
          .filter((l) => /^(Bcc|Content-Type|Subject):/.test(l)),
      ).toEqual([]);
      expect(digestHtml(digest, settings)).not.toMatch(/\n(Bcc|Content-Type|Subject):/);
    }
    expect(oneLine('a\r\n  b\u2028c')).toBe('a b c');
  });

  it('drops what XML forbids from both emails, whatever a summary holds', () => {
    for (const c of HOSTILE) {
      const digest = buildDigest({
        documents: buildDocuments([version({ amended: '2024-03-01', change: 'new', title: `Refer${c}rals`, summary: `New${c} chapter.` })], '2024-06-01'),
        contacts: [],
        structure: { sections: [{ number: '1', title: 'Referral', subsections: [] }] },
        settings,
        today: '2024-06-01',
        since: '2024-01-01',
        until: '2024-04-15',
        round: undefined,
      });
      for (const email of [digestText(digest, settings), digestHtml(digest, settings)]) {
        expect(email).toContain('1.1 Refer');
        expect(findControlCharacter(email), JSON.stringify(c)).toBeUndefined();
      }
    }
  });
});
