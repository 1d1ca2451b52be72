import { describe, expect, it } from 'vitest';
import { checkCode, checkTag, isScriptUrl } from '../../../src/lib/check/content-safety.ts';
import type { BodyTag } from '../../../src/lib/content/mdx-body.ts';

const tag = (name: string, attributes: Record<string, string | true> = {}): BodyTag => ({
  name,
  attributes,
  expressions: [],
  line: 1,
  inline: false,
  within: [],
  hasChildren: false,
});
const messages = (t: BodyTag) => checkTag(t, ['Contact']).map((f) => f.message);

describe('content safety', () => {
  it('allows the project components with plain attributes', () => {
    expect(checkTag(tag('Contact', { id: 'lado', inline: true }), ['Contact'])).toEqual([]);
  });

  it('refuses styles, frames and embedded objects, whatever their case', () => {
    expect(messages(tag('STYLE'))).toEqual(["<STYLE> is not allowed in content: the site's own styles and settings apply to every chapter"]);
    expect(messages(tag('embed'))).toEqual(['<embed> is not allowed in content: chapters cannot show pages from other sites']);
    expect(messages(tag(''))).toEqual(['an empty tag <> is not allowed in content']);
  });

  it('reports each handler and script address on a tag as well as the tag itself', () => {
    expect(messages(tag('a', { href: ' java\tscript:alert(1)', onmouseover: 'x()' }))).toEqual([
      '<a> is an HTML tag, which content may not use',
      '<a> has a javascript: address in href, which content may not use',
      '<a> has an inline event handler, onmouseover, which content may not use',
    ]);
  });

  it('recognises script addresses as browsers read them', () => {
    expect(['JAVASCRIPT:x', '\u0000javascript:x', 'java\nscript:x'].map(isScriptUrl)).toEqual([true, true, true]);
    expect(['https://example.org/javascript:', '/procedures/x/', 'mailto:a@b.example'].map(isScriptUrl)).toEqual([false, false, false]);
  });

  it('says how to remove exports and braces', () => {
    expect(checkCode('export')).toEqual({
      message: 'content may not export anything',
      fix: 'delete the export: chapter settings go in the frontmatter between the --- lines',
    });
    expect(checkCode('expression in braces').fix).toBe(
      'remove the { and }, or write \\{ for a brace that is part of the text; a note for editors is written {/* like this */}',
    );
  });
});
