// The site's addresses are a public contract: partnerships link to them from elsewhere.
import { describe, expect, it } from 'vitest';
import { absoluteUrl, contentHref, isDocumentAddress, parseDocumentLink, paths, withBase } from '../../../src/lib/site/urls.ts';

describe('the site addresses', () => {
  it('puts chapters under /procedures/ and information pages under /information/', () => {
    expect(paths.chapter('section-47-enquiries')).toBe('procedures/section-47-enquiries/');
    expect(paths.chapter('worried-about-a-child', 'pages')).toBe('information/worried-about-a-child/');
    expect(paths.history('x')).toBe('procedures/x/history/');
    expect(paths.version('x', '2024-03-25')).toBe('procedures/x/2024-03-25/');
    expect(paths.changes('x', '2024-03-25', 'pages')).toBe('information/x/2024-03-25/changes/');
    expect(paths.amendmentsYear('2024')).toBe('amendments/2024/');
    expect(paths.amendmentsSection('1')).toBe('amendments/section-1/');
    expect(paths.amendmentsRound('spring-2026-update')).toBe('amendments/spring-2026-update/');
    expect(paths.updates).toBe('updates/');
    expect([paths.home, paths.contents, paths.amendments, paths.contacts, paths.search, paths.accessibility]).toEqual([
      '',
      'contents/',
      'amendments/',
      'contacts/',
      'search/',
      'accessibility/',
    ]);
    expect([paths.atom, paths.json, paths.csv]).toEqual(['amendments.xml', 'amendments.json', 'amendments.csv']);
    expect(paths.searchNames).toBe('search/names.json');
    expect(paths.feed('section-47-enquiries')).toBe('procedures/section-47-enquiries/history.xml');
    expect(paths.feed('worried-about-a-child', 'pages')).toBe('information/worried-about-a-child/history.xml');
    expect(paths.sectionFeed('4')).toBe('amendments/section-4.xml');
  });

  it('joins a base path, with or without its trailing slash', () => {
    expect(withBase('/', paths.contents)).toBe('/contents/');
    expect(withBase('/manual', paths.contents)).toBe('/manual/contents/');
    expect(withBase('/manual/', '/contents/')).toBe('/manual/contents/');
    expect(absoluteUrl('https://procedures.example.org', '/manual', paths.atom)).toBe('https://procedures.example.org/manual/amendments.xml');
  });

  it('moves root-relative links written in content under the base, and leaves other links alone', () => {
    expect(contentHref('/manual/', '/procedures/x/')).toBe('/manual/procedures/x/');
    expect(contentHref('/manual/', 'https://www.gov.uk/')).toBe('https://www.gov.uk/');
    expect(contentHref('/manual/', '//elsewhere.example/')).toBe('//elsewhere.example/');
    expect(contentHref('/manual/', '#steps')).toBe('#steps');
  });

  it('reads the links content writes to chapters and information pages, with their #heading', () => {
    expect(parseDocumentLink('/procedures/section-47-enquiries/')).toEqual({ collection: 'procedures', id: 'section-47-enquiries', fragment: undefined });
    expect(parseDocumentLink('/procedures/x#timescales')).toEqual({ collection: 'procedures', id: 'x', fragment: 'timescales' });
    expect(parseDocumentLink('/information/worried/#')).toEqual({ collection: 'pages', id: 'worried', fragment: '' });
    expect(parseDocumentLink('/procedures/x/history/')).toBeUndefined();
    expect(parseDocumentLink('/contacts/')).toBeUndefined();
    expect(parseDocumentLink('https://example.org/procedures/x/')).toBeUndefined();
    expect(isDocumentAddress('/information/x/')).toBe(true);
    // Under /procedures/ but naming no chapter: the check reports it as a link that leads to no chapter.
    expect(isDocumentAddress('/procedures/')).toBe(true);
    expect(isDocumentAddress('/search/')).toBe(false);
  });
});
