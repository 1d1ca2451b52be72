import { describe, expect, it } from 'vitest';
import { inspectBody } from '../../../src/lib/content/mdx-body.ts';

describe('inspectBody', () => {
  it('reports a syntax error with its line in the file and a message without parser codes', () => {
    expect(inspectBody('Fine.\n\nChildren <18 are seen alone.\n', 10).syntaxError).toMatchInlineSnapshot(`
      {
        "line": 12,
        "message": "Unexpected character after \`<\`, expected a valid JSX tag (note: to create a link in MDX, use \`[text](url)\`)",
      }
    `);
    expect(inspectBody('<Contact id="lado">\n\nNo closing tag.\n', 7).syntaxError).toMatchInlineSnapshot(`
      {
        "line": 7,
        "message": "Expected a closing tag for \`<Contact>\` (1:1)",
      }
    `);
  });

  it('lists tags, links, headings and code with their lines in the file', () => {
    const report = inspectBody(
      '## Steps\n\n| Step | Who |\n|---|---|\n| Call <Contact id="lado" inline /> | [Referrals](/procedures/referrals/) |\n\n{1 + 1}\n',
      5,
    );
    expect(report).toMatchInlineSnapshot(`
      {
        "code": [
          {
            "kind": "expression in braces",
            "line": 11,
          },
        ],
        "controlCharacters": [],
        "headings": [
          {
            "depth": 2,
            "id": "steps",
            "line": 5,
            "text": "Steps",
            "within": [],
          },
        ],
        "images": [],
        "links": [
          {
            "line": 9,
            "url": "/procedures/referrals/",
          },
        ],
        "tags": [
          {
            "attributes": {
              "id": "lado",
              "inline": true,
            },
            "expressions": [],
            "hasChildren": false,
            "inline": true,
            "line": 9,
            "name": "Contact",
            "within": [],
          },
        ],
      }
    `);
  });
});
