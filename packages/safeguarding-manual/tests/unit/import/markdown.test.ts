// HTML to MDX, read back with the parser the check and the build use (Sätteri): what went in
// as a list, a table, a heading or a link comes out as one, and the text survives MDX.
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { describe, expect, it } from 'vitest';
import { convertHtml } from '../../../src/lib/import/markdown.ts';
import { htmlToMdx } from './fragment.ts';
import { parseHtml } from '../../../src/lib/import/html.ts';
import { inspectBody, parseBody } from '../../../src/lib/content/mdx-body.ts';

/** The Markdown and the tree MDX reads from it; fails the test if MDX cannot read it. */
function roundTrip(html: string): { mdx: string; tree: MdastRoot } {
  const mdx = htmlToMdx(html);
  const report = inspectBody(mdx, 1);
  expect(report.syntaxError).toBeUndefined();
  expect(report.tags).toEqual([]);
  expect(report.code).toEqual([]);
  return { mdx, tree: parseBody(mdx) };
}

function words(node: MdastNodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as MdastNodes[]).map(words).join('');
  return '';
}

/** A compact outline of the tree: lists as nested arrays of item text, tables as rows of cell text. */
function outline(node: MdastNodes): unknown {
  switch (node.type) {
    case 'root':
      return node.children.map(outline);
    case 'heading':
      return { [`h${node.depth}`]: words(node) };
    case 'paragraph':
      return words(node);
    case 'list':
      return { [node.ordered ? 'ol' : 'ul']: node.children.map((item) => item.children.map(outline)) };
    case 'table':
      return { table: node.children.map((row) => row.children.map((cell) => words(cell))) };
    case 'blockquote':
      return { quote: node.children.map(outline) };
    default:
      return node.type;
  }
}

describe('lists', () => {
  it('keeps bulleted, numbered and nested lists', () => {
    const { mdx, tree } = roundTrip(
      '<ul><li>Tell your manager;</li><li>Record it:<ul><li>what was said</li><li>when</li></ul></li></ul><ol><li>Ask</li><li>Act</li></ol>',
    );
    expect(outline(tree)).toEqual([{ ul: [['Tell your manager;'], ['Record it:', { ul: [['what was said'], ['when']] }]] }, { ol: [['Ask'], ['Act']] }]);
    expect(mdx).toMatchInlineSnapshot(`
      "- Tell your manager;
      - Record it:
        - what was said
        - when

      1. Ask
      2. Act
      "
    `);
  });

  it('drops bullet characters typed inside real list items', () => {
    const { tree } = roundTrip('<ul><li>· Take no further action;</li><li>•&nbsp;Offer advice and help;</li></ul>');
    expect(outline(tree)).toEqual([{ ul: [['Take no further action;'], ['Offer advice and help;']] }]);
  });
});

describe('bullet paragraphs', () => {
  it('turns paragraphs that start with • or · into one list, as pasted from documents', () => {
    const { tree } = roundTrip(
      '<p>It can include:</p><p>· Physical abuse;</p><p>Neglect;</p><p>• Emotional abuse;</p><p>•&nbsp;Sexual abuse.</p><p>Enquiries follow.</p>',
    );
    // "Neglect;" lost its bullet on the way: a short line between two bullets is one of them.
    expect(outline(tree)).toEqual([
      'It can include:',
      { ul: [['Physical abuse;'], ['Neglect;'], ['Emotional abuse;'], ['Sexual abuse.']] },
      'Enquiries follow.',
    ]);
  });

  it('leaves ordinary paragraphs between bullets alone when they are sentences', () => {
    const { tree } = roundTrip('<p>• One;</p><p>This paragraph explains something at length and ends with a full stop, so it is not an item.</p><p>• Two.</p>');
    expect(outline(tree)).toEqual([
      { ul: [['One;']] },
      'This paragraph explains something at length and ends with a full stop, so it is not an item.',
      { ul: [['Two.']] },
    ]);
  });

  it("reads Word list paragraphs, with their levels and numbers, and drops Word's markup", () => {
    const word = (level: number, list: number, marker: string, words: string) =>
      `<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l${list} level${level} lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>${words}<o:p></o:p></p>`;
    const html = [
      '<p class=MsoNormal><font face=Arial size=2>Agencies should:<o:p></o:p></font></p>',
      word(1, 0, '·', 'listen to the family;'),
      word(2, 0, 'o', 'in their own words;'),
      word(1, 0, '·', 'agree a lead practitioner.'),
      '<p class=MsoNormal><o:p>&nbsp;</o:p></p>',
      word(1, 1, '1.', 'Ask for consent.'),
      word(1, 1, '2.', 'Record it.'),
    ].join('\n');
    const { tree } = roundTrip(html);
    expect(outline(tree)).toEqual([
      'Agencies should:',
      { ul: [['listen to the family;', { ul: [['in their own words;']] }], ['agree a lead practitioner.']] },
      { ol: [['Ask for consent.'], ['Record it.']] },
    ]);
  });
});

describe('tables', () => {
  it('keeps a table, its header row and every cell, escaping | in a cell', () => {
    const { tree } = roundTrip(
      '<table><thead><tr><th>Level</th><th>Who helps</th></tr></thead><tbody><tr><td>Early help</td><td>Schools | health visitors</td></tr><tr><td><strong>Protection</strong></td><td>Children’s social care</td></tr></tbody></table>',
    );
    expect(outline(tree)).toEqual([
      {
        table: [
          ['Level', 'Who helps'],
          ['Early help', 'Schools | health visitors'],
          ['Protection', 'Children’s social care'],
        ],
      },
    ]);
  });

  it('makes the first row the header when a table has none', () => {
    const { mdx } = roundTrip('<table><tr><td><b>Service</b></td><td><b>Phone</b></td></tr><tr><td>LADO</td><td>0116 496 0555</td></tr></table>');
    expect(mdx).toMatchInlineSnapshot(`
      "| Service | Phone         |
      | ------- | ------------- |
      | LADO    | 0116 496 0555 |
      "
    `);
  });

  it('keeps rows on the grid under merged cells, and reports the table with its line', () => {
    const root = parseHtml(
      '<p>Who attends:</p>\n<table>\n<tr><th>Agency</th><th>Who</th></tr>\n<tr><td rowspan="2">Social care</td><td>Social worker</td></tr>\n<tr><td>Manager</td></tr>\n<tr><td colspan="2">Everyone else by invitation</td></tr>\n</table>',
    );
    const { mdx, findings } = convertHtml(root);
    expect(outline(parseBody(mdx))).toEqual([
      'Who attends:',
      {
        table: [
          ['Agency', 'Who'],
          ['Social care', 'Social worker'],
          ['', 'Manager'],
          ['Everyone else by invitation', ''],
        ],
      },
    ]);
    expect(findings).toEqual([{ kind: 'merged-cells', line: 2, message: expect.stringContaining('merged cells') }]);
  });

  it('writes a table inside a cell into the cell as text, and reports it', () => {
    const root = parseHtml(
      '<table><tr><th>Role</th><th>Tasks</th></tr><tr><td>Lead</td><td><p>Coordinates:</p><table><tr><td>10 days</td><td>First meeting</td></tr><tr><td>12 weeks</td><td>Review</td></tr></table></td></tr></table>',
    );
    const { mdx, findings } = convertHtml(root);
    expect(outline(parseBody(mdx))).toEqual([
      {
        table: [
          ['Role', 'Tasks'],
          ['Lead', 'Coordinates: 10 days: First meeting; 12 weeks: Review'],
        ],
      },
    ]);
    expect(findings.map((f) => f.kind)).toEqual(['nested-table']);
  });

  it('unwraps boxes drawn with one-cell or one-column tables, and numbered-paragraph tables', () => {
    const { tree } = roundTrip(
      '<table class="scope-box"><tr><td><p>This chapter applies to everyone.</p></td></tr></table>' +
        '<table class="numbered-paragraphs"><tr><td>1.1</td><td><p>Anyone can refer.</p></td></tr><tr><td>1.2</td><td>Ask your lead first.</td></tr></table>' +
        '<table><caption>Timescales</caption><tr><th>Step</th><th>Within</th></tr><tr><td>Strategy discussion</td><td>1 day</td></tr></table>',
    );
    expect(outline(tree)).toEqual([
      'This chapter applies to everyone.',
      '1.1 Anyone can refer.',
      '1.2 Ask your lead first.',
      'Timescales',
      {
        table: [
          ['Step', 'Within'],
          ['Strategy discussion', '1 day'],
        ],
      },
    ]);
  });
});

describe('headings', () => {
  it("starts the body's headings at ## and keeps their order and text, without emphasis", () => {
    const { mdx, tree } = roundTrip(
      '<h3><strong>1. Duty to Make Enquiries</strong></h3><p>Text.</p><h4>Medical assessment</h4><p>More.</p><h3>2. Outcomes</h3>',
    );
    expect(outline(tree)).toEqual([{ h2: '1. Duty to Make Enquiries' }, 'Text.', { h3: 'Medical assessment' }, 'More.', { h2: '2. Outcomes' }]);
    expect(mdx).toContain('## 1. Duty to Make Enquiries\n');
  });

  it('never writes a top-level heading, which only the title may be', () => {
    const { tree } = roundTrip('<h1>Section 47 Enquiries</h1><h2>Scope</h2>');
    expect(inspectBody(htmlToMdx('<h1>Section 47 Enquiries</h1><h2>Scope</h2>'), 1).headings.map((h) => h.depth)).toEqual([2, 3]);
    expect(outline(tree)).toEqual([{ h2: 'Section 47 Enquiries' }, { h3: 'Scope' }]);
  });

  it('says which heading each id or <a name> on the page points to', () => {
    const root = parseHtml(
      '<p><a name="top"></a>Intro</p><p><a name="who"></a></p><h2>Who Attends</h2><p id="note">A note.</p><section id="record"><h2>Recording <a id="rec"></a></h2></section>',
    );
    const { anchors, mdx } = convertHtml(root);
    // "top" marks a place in text before any heading: the top of the chapter, so it points to no heading.
    expect(Object.fromEntries(anchors)).toEqual({ who: 0, note: 0, record: 1, rec: 1 });
    expect(mdx).not.toContain('[]');
  });
});

describe('links and emphasis', () => {
  it('keeps links, bold and italic, and never writes an autolink (MDX has none)', () => {
    const { mdx, tree } = roundTrip(
      '<p>See <a href="https://www.gov.example/wt">https://www.gov.example/wt</a> and <a href="/procedures/strategy-discussions/#timing">strategy <em>discussions</em></a>; <b>always</b> <i>record</i>.</p>',
    );
    expect(mdx).toMatchInlineSnapshot(`
      "See [https://www.gov.example/wt](https://www.gov.example/wt) and [strategy *discussions*](/procedures/strategy-discussions/#timing); **always** *record*.
      "
    `);
    expect(inspectBody(mdx, 1).links.map((l) => l.url)).toEqual(['https://www.gov.example/wt', '/procedures/strategy-discussions/#timing']);
    expect(words(tree)).toBe('See https://www.gov.example/wt and strategy discussions; always record.');
  });
});

describe('text that MDX would read as code or tags', () => {
  it.each([
    'Babies aged <6 months are seen by a paediatrician.',
    'The letter starts “Dear {name of parent}”: replace the words in braces.',
    'A stray } brace, a <b>bold</b> written as text, and a <Contact id="x" /> typed out.',
    'Stars * and under_scores_ and [brackets] and `backticks` and # hashes & ampersands &amp; stay.',
    'Under 18s < adults > children; 1. not a list; - not a list either.',
  ])('keeps "%s" as text', (sentence) => {
    const html = `<p>${sentence.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`;
    const { tree } = roundTrip(html);
    expect(words(tree)).toBe(sentence);
  });

  it("drops comments (Word's conditional comments among them), which MDX cannot read", () => {
    const { tree } = roundTrip('<p><!--[if !supportLists]-->Text<!--[endif]--> here.</p><!-- a comment -->');
    expect(words(tree)).toBe('Text here.');
  });

  it('drops empty paragraphs and makes non-breaking spaces ordinary ones', () => {
    const { mdx } = roundTrip('<p>&nbsp;</p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p>Section&nbsp;17&nbsp;&nbsp;help.</p><p><br></p>');
    expect(mdx).toBe('Section 17 help.\n');
  });

  it('keeps the text of pictures it cannot place, and of footnote marks', () => {
    const { tree } = roundTrip('<p>Children who<sup>1</sup>:</p><p><img src="data:image/png;base64,AAAA" alt="Body map"></p>');
    expect(outline(tree)).toEqual(['Children who (1):', 'Image: Body map']);
  });
});
