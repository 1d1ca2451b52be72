// The YAML mistakes board staff make most often, as the check reports them: in words, with the line written well.
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/lib/check/problems.ts';
import { parseYaml } from '../../../src/lib/content/yaml-source.ts';

const report = (yaml: string) => formatProblems(parseYaml(yaml, 'x.mdx', 2).problems);

describe('YAML mistakes in words', () => {
  it('a colon inside text', () => {
    expect(report('title: Strategy Discussions\nsummary: Timescale changed: now 15 working days.\n')).toMatchInlineSnapshot(`
      "x.mdx
        error line 3, yaml: the text of summary holds a colon followed by a space, which YAML reads as the start of another field
          fix: put the text in double quotes: summary: "Timescale changed: now 15 working days."

      1 error, 0 warnings"
    `);
  });

  it('a quote that is never closed', () => {
    expect(report('title: "Section 47 Enquiries\nsummary: Clearer steps.\n')).toMatchInlineSnapshot(`
      "x.mdx
        error line 2, yaml: the text of title opens a quote (") that is never closed
          fix: close it at the end of the text, on the same line: title: "Section 47 Enquiries"

      1 error, 0 warnings"
    `);
  });

  it('a tab used to indent', () => {
    expect(report('title: A\nkeywords:\n\t- s47\n')).toMatchInlineSnapshot(`
      "x.mdx
        error line 4, yaml: this line is indented with a tab, and YAML needs spaces
          fix: indent it with spaces instead:   - s47

      1 error, 0 warnings"
    `);
  });

  it('text that starts with a dash', () => {
    expect(report('summary: - new wording for step 2\n')).toMatchInlineSnapshot(`
      "x.mdx
        error line 2, yaml: the text of summary starts with "- ", which YAML reads as a list
          fix: put the text in double quotes: summary: "- new wording for step 2"

      1 error, 0 warnings"
    `);
  });

  it("anything else keeps the parser's own words, with the usual causes in the fix", () => {
    expect(report('title: A\n  summary: b\n')).toMatchInlineSnapshot(`
      "x.mdx
        error line 2, yaml: the YAML cannot be read: Nested mappings are not allowed in compact mappings
          fix: check the indentation (spaces, not tabs) and put text that holds a colon or starts with a quote in double quotes

      1 error, 0 warnings"
    `);
  });
});
