// Every Welsh page of the bilingual example (examples/tawelan, built into .test-dist/tawelan) is
// in Welsh: no text a reader sees or hears on it (its words, and the labels, titles and
// alternative texts a screen reader speaks) is the English page's text at the same address. Names
// that are the same in both languages (places, addresses, commands, abbreviations) are listed below.
// Nor does any text hold English inside a Welsh sentence, as a setting written only in English would.
import { expect, test } from '@playwright/test';
import type { Element, Root, RootContent } from 'hast';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHtml } from '../../src/lib/import/html.ts';

const SITE = '.test-dist/tawelan';

/** Texts that are the same in Welsh: names, addresses, keys, commands and numbers. */
const SAME_IN_BOTH = [
  /^[\w.+-]+@[\w.-]+$/, // an email address
  /^(https?:\/\/|www\.)\S+$/, // a web address
  /^npm run\b/, // a command
  /^[\d\s:–-]+$/, // numbers, times, ranges
  /^[\s,;:(]*[A-Z][A-Za-z0-9]*(-[A-Za-z0-9]+)*[\s,;:).]*$/, // one name: Tawelan, MARAC, SHA-256, Shift
  /^[0-9a-f]{12,64}$/, // a hash
];

/** The visible and spoken texts of a page: each element's own text, and its labels, titles and alternatives. */
function texts(html: string): Set<string> {
  const found = new Set<string>();
  const add = (text: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (/[a-z]{3,}/i.test(clean) && !SAME_IN_BOTH.some((same) => same.test(clean))) found.add(clean);
  };
  const visit = (node: Root | RootContent, language = '') => {
    if (node.type === 'text') add(node.value);
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const element: Element = node;
      if (['script', 'style', 'template', 'head'].includes(element.tagName)) return;
      // Text marked as another language than the page's (the link to the other language's page,
      // a name in English) is meant.
      const lang = element.properties.lang;
      if (typeof lang === 'string') {
        if (language && lang !== language) return;
        language = lang;
      }
      for (const name of ['ariaLabel', 'title', 'alt', 'placeholder'] as const) {
        const value = element.properties[name];
        if (typeof value === 'string') add(value);
      }
    }
    for (const child of node.children) visit(child, language);
  };
  visit(parseHtml(html));
  return found;
}

/**
 * English function words. A Welsh text with three or more of them is English inside a Welsh
 * sentence (a setting's value, say), which no English page has word for word.
 */
const ENGLISH_WORDS = new Set([
  'the',
  'and',
  'with',
  'of',
  'to',
  'is',
  'are',
  'was',
  'for',
  'this',
  'that',
  'from',
  'by',
  'on',
  'it',
  'or',
  'not',
  'you',
  'your',
  'has',
  'have',
]);
const englishWithin = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-zâêîôûŵŷ’']+/)
    .filter((word) => ENGLISH_WORDS.has(word)).length >= 3;

function pages(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return ['_astro', 'pagefind'].includes(entry.name) ? [] : pages(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const welsh = existsSync(join(SITE, 'cy')) ? pages(join(SITE, 'cy')) : [];

test('the bilingual example is built with its Welsh pages', () => {
  expect(welsh.length, `${SITE}/cy holds the Welsh pages: build the example first (npm run test:e2e)`).toBeGreaterThan(30);
});

for (const file of welsh) {
  const address = `/${relative(SITE, file).split(sep).join('/')}`.replace(/index\.html$/, '');
  test(`${address} has no English page's words`, () => {
    const english = join(SITE, relative(join(SITE, 'cy'), file));
    expect(existsSync(english), `${address} has an English page`).toBe(true);
    const inEnglish = texts(readFileSync(english, 'utf8'));
    const inWelsh = [...texts(readFileSync(file, 'utf8'))];
    expect(
      inWelsh.filter((text) => inEnglish.has(text)),
      `English text on ${address}`,
    ).toEqual([]);
    expect(inWelsh.filter(englishWithin), `English words in Welsh text on ${address}`).toEqual([]);
  });
}
