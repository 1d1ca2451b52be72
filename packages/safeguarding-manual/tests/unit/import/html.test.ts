// Reading saved pages: their encoding and the address they were saved from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHtml, parseHtml, savedFromUrl } from '../../../src/lib/import/html.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeHtml', () => {
  it('reads a page Word exported in windows-1252, with its curly quotes, dashes and bullets', () => {
    const text = decodeHtml(readFileSync('tests/fixtures/import/procedures-online/Early Help Assessment.html'));
    expect(text).toContain('at any point in a child’s life – from');
    expect(text).toContain('starts “Dear {name of parent or carer}”');
    expect(text).toContain("mso-list:Ignore'>·<span");
  });

  it('reads UTF-8 by default, after a byte order mark, and when a page re-saved as UTF-8 still declares windows-1252', () => {
    expect(decodeHtml(bytes('<p>Children’s</p>'))).toBe('<p>Children’s</p>');
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('<p>é</p>')]))).toBe('<p>é</p>');
    expect(decodeHtml(bytes('<meta charset="windows-1252"><p>Children’s</p>'))).toBe('<meta charset="windows-1252"><p>Children’s</p>');
    expect(decodeHtml(new Uint8Array([...bytes('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>'), 0x93, 0x41, 0x94]))).toContain(
      '<p>“A”',
    );
  });
});

describe('savedFromUrl', () => {
  it('finds the address in Chrome\'s "saved from" mark, a canonical link or og:url, and nowhere else', () => {
    const address = (html: string) => savedFromUrl(html, parseHtml(html));
    expect(address('<!DOCTYPE html>\n<!-- saved from url=(0041)https://manual.example/chapters/p_x.html -->\n<html></html>')).toBe(
      'https://manual.example/chapters/p_x.html',
    );
    expect(address('<link rel="canonical" href="https://manual.example/chapter/x">')).toBe('https://manual.example/chapter/x');
    expect(address('<meta property="og:url" content="https://manual.example/y">')).toBe('https://manual.example/y');
    expect(address('<link rel="canonical" href="/relative">')).toBeUndefined();
    expect(address('<p>No address</p>')).toBeUndefined();
  });
});
