import { describe, expect, it } from 'vitest';
import { searchedPagesGlob } from '../../src/lib/pagefind-glob.ts';

describe('the pages Pagefind reads', () => {
  it('are the HTML pages at the top and in every folder but the manual on past dates', () => {
    const entries = [
      { name: 'index.html', isDirectory: false },
      { name: '404.html', isDirectory: false },
      { name: 'amendments.xml', isDirectory: false },
      { name: 'procedures', isDirectory: true },
      { name: 'as-at', isDirectory: true },
      { name: 'contacts', isDirectory: true },
      { name: 'pagefind', isDirectory: true },
    ];
    expect(searchedPagesGlob(entries)).toBe('{404.html,contacts/**/*.html,index.html,procedures/**/*.html}');
  });
});
