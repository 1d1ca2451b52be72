// Following links between the pages of a saved folder, as a browser or wget saved them.
import { describe, expect, it } from 'vitest';
import { readSavedFolder } from '../../../src/lib/import/folder.ts';
import { SiteLinks } from '../../../src/lib/import/site.ts';

const procedures = new SiteLinks(readSavedFolder('tests/fixtures/import/procedures-online'));
const trix = new SiteLinks(readSavedFolder('tests/fixtures/import/trixonline'));

const where = (links: SiteLinks, from: string, href: string) => {
  const target = links.resolve(from, href);
  return target.kind === 'page'
    ? `page ${target.page.file}${target.fragment ? `#${target.fragment}` : ''}`
    : target.kind === 'file'
      ? `file ${target.file}`
      : target.kind === 'fragment'
        ? `#${target.fragment}`
        : `${target.kind} ${target.url}`;
};

describe('SiteLinks.resolve', () => {
  it("follows a browser-saved page's links by the addresses the pages were saved from", () => {
    const from = 'Section 47 Enquiries.html';
    expect(where(procedures, from, 'https://brackenshirescp.proceduresonline.example/chapters/p_strategy_disc.html#timing')).toBe(
      'page Strategy Discussions.html#timing',
    );
    expect(where(procedures, from, 'http://brackenshirescp.proceduresonline.example/chapters/p_strategy_disc')).toBe('page Strategy Discussions.html');
    expect(where(procedures, from, 'p_referrals.html')).toBe('page Referrals to Children’s Social Care.html');
    expect(where(procedures, from, './Section 47 Enquiries_files/s47_flowchart.png')).toBe('file Section 47 Enquiries_files/s47_flowchart.png');
    expect(where(procedures, from, 'https://brackenshirescp.proceduresonline.example/amendments.html')).toBe(
      'missing https://brackenshirescp.proceduresonline.example/amendments.html',
    );
    expect(where(procedures, from, 'https://www.gov.example/working-together')).toBe('external https://www.gov.example/working-together');
    expect(where(procedures, from, '#duty')).toBe('#duty');
    expect(where(procedures, from, 'mailto:lado@brackenshire-scp.example')).toBe('mail mailto:lado@brackenshire-scp.example');
    expect(where(procedures, from, ' JavaScript:window.print()')).toBe('script JavaScript:window.print()');
  });

  it("follows wget --mirror's relative links to pages saved without .html, and knows the saved host", () => {
    const from = 'brackenshirescp.trixonline.example/chapter/making-a-referral';
    expect(where(trix, from, 'child-protection-conferences')).toBe('page brackenshirescp.trixonline.example/chapter/child-protection-conferences');
    expect(where(trix, from, 'online-safety#reporting')).toBe('page brackenshirescp.trixonline.example/chapter/online-safety#reporting');
    expect(where(trix, from, '../amendments')).toBe('page brackenshirescp.trixonline.example/amendments');
    expect(where(trix, from, '../index.html')).toBe('page brackenshirescp.trixonline.example/index.html');
    expect(where(trix, from, '../files/referral-form.docx')).toBe('file brackenshirescp.trixonline.example/files/referral-form.docx');
    expect(where(trix, from, 'https://brackenshirescp.trixonline.example/chapter/online-safety')).toBe(
      'page brackenshirescp.trixonline.example/chapter/online-safety',
    );
    expect(where(trix, from, 'https://brackenshirescp.trixonline.example/chapter/county-lines')).toBe(
      'missing https://brackenshirescp.trixonline.example/chapter/county-lines',
    );
    expect([...trix.hosts]).toEqual(['brackenshirescp.trixonline.example']);
  });
});
