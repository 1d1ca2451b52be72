import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSavedFolder } from '../../../src/lib/import/folder.ts';
import { MAX_NESTING, parseHtml, TooDeeplyNested } from '../../../src/lib/import/html.ts';
import { htmlToMdx } from './fragment.ts';
import { planImport } from '../../../src/lib/import/plan.ts';

const nest = (tags: string[], depth: number, inside = 'words') => {
  let html = inside;
  for (let i = 0; i < depth; i++) html = `<${tags[i % tags.length]}>${html}</${tags[i % tags.length]}>`;
  return html;
};

/** A saved folder with a contents page and three chapters, the second of them `deep`. */
function folderWith(deep: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'saved-deep-'));
  const chapter = (title: string, body: string) => `<html><body><main>\n<h1>${title}</h1>\n${body}\n</main></body></html>`;
  writeFileSync(
    join(dir, 'contents.html'),
    '<html><body><ul><li><a href="a.html">1.1 Referrals</a></li><li><a href="b.html">1.2 Enquiries</a></li><li><a href="c.html">1.3 Conferences</a></li></ul></body></html>',
  );
  writeFileSync(join(dir, 'a.html'), chapter('Referrals', '<p>Make a referral.</p>'));
  writeFileSync(join(dir, 'b.html'), chapter('Enquiries', deep));
  writeFileSync(join(dir, 'c.html'), chapter('Conferences', '<p>Hold a conference.</p>'));
  return dir;
}

describe('a saved page nested too deeply', () => {
  for (const [what, deep] of [
    ['10,000 nested <div>s', nest(['div'], 10_000)],
    ['400 levels of <i> and <b> in turn', `<p>${nest(['i', 'b'], 400)}</p>`],
    ['lists inside lists, 3,000 deep', nest(['ul', 'li'], 3_000)],
    ['tables inside tables', nest(['td', 'tr', 'tbody', 'table'], 400)],
  ] as const) {
    it(`is set aside with its page and line, and the others are imported: ${what}`, () => {
      const site = readSavedFolder(folderWith(deep));
      expect(site.setAside).toEqual([
        {
          file: 'b.html',
          line: 3,
          message: `its elements are nested more than ${MAX_NESTING} levels deep from line 3, more than a page of the manual needs: it was not read (simplify the page, or copy its chapter into a new file)`,
        },
      ]);
      const planned = planImport(site, { date: '2026-12-01', contentDir: 'm', publicDir: 'public', existing: new Set() });
      if ('refusals' in planned) throw new Error(JSON.stringify(planned.refusals));
      expect(planned.chapters.map((c) => c.title)).toEqual(['Referrals', 'Conferences']);
      expect(planned.warnings.filter((w) => w.kind === 'unreadable').map((w) => `${w.file} line ${w.line}`)).toEqual(['b.html line 3']);
    });
  }

  it('is measured without recursion, so no depth exhausts the stack', () => {
    expect(() => parseHtml(nest(['span'], 200_000))).toThrow(TooDeeplyNested);
  });
});

describe('nesting within the limit', () => {
  it('keeps emphasis two deep at most, however it was nested', () => {
    expect(htmlToMdx(`<p>${nest(['i', 'b'], 90)}</p>`)).toBe('**_words_**\n');
    expect(htmlToMdx('<p><strong>a <b>b <strong>c</strong></b> d</strong></p>')).toBe('**a b c d**\n');
    expect(htmlToMdx('<p><del>a <s>b</s></del> <em>c <i>d</i></em></p>')).toBe('~~a b~~ *c d*\n');
  });
});
