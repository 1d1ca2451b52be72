// Reading the contents page of a hosted manual: sections, sub-sections, chapters and their numbers.
import { describe, expect, it } from 'vitest';
import { readSavedFolder } from '../../../src/lib/import/folder.ts';
import { parseHtml } from '../../../src/lib/import/html.ts';
import { contentsScore, splitFlag } from '../../../src/lib/import/contents-lines.ts';
import { parseContents } from '../../../src/lib/import/contents.ts';

const procedures = readSavedFolder('tests/fixtures/import/procedures-online');
const trix = readSavedFolder('tests/fixtures/import/trixonline');
const page = (site: typeof procedures, file: string) => site.pages.find((p) => p.file === file)!;

describe('parseContents', () => {
  it('reads a Procedures Online contents page: numbered sections, unnumbered sub-section headings, chapters in table rows, flags and See also lines', () => {
    const contents = parseContents(page(procedures, 'Contents.html').tree);
    expect(contents.sections).toMatchInlineSnapshot(`
      [
        {
          "line": 47,
          "number": "1",
          "subsections": [
            {
              "line": 49,
              "number": "1.1",
              "title": "Thresholds and Early Help",
            },
            {
              "line": 57,
              "number": "1.2",
              "title": "Referral, Investigation and Assessment",
            },
          ],
          "title": "Assessing Need and Providing Help",
        },
        {
          "line": 69,
          "note": "NOTE: Read every chapter in this Section alongside Hearing the Voice of the Child.",
          "number": "2",
          "subsections": [],
          "title": "Children in Specific Circumstances",
        },
        {
          "line": 83,
          "number": "3",
          "subsections": [],
          "title": "Partnership Arrangements",
        },
        {
          "line": 91,
          "number": "4",
          "subsections": [],
          "title": "Appendices",
        },
      ]
    `);
    expect(contents.chapters.map((c) => `${c.number} ${c.title}${c.flag ? ` [${c.flag}]` : ''}`)).toEqual([
      '1.1.1 Thresholds for Help in Tamsford, Brackenshire and Wyvern Vale',
      '1.1.2 Early Help Assessment [updated]',
      '1.2.1 Referrals to Children’s Social Care',
      '1.2.2 Strategy Discussions',
      '1.2.3 Section 47 Enquiries [updated]',
      '1.2.4 Bruising in Babies who are not Independently Mobile [new]',
      '2.1 Safeguarding Disabled Children',
      '2.2 Domestic Abuse [updated]',
      '2.3 Children Missing from Education',
      '2.4 Honour Based Abuse and Forced Marriage',
      '3.1 Resolving Professional Disagreements',
      '4.1 Local Contacts [updated]',
      '4.2 Working Together to Safeguard Children',
    ]);
    const s47 = contents.chapters.find((c) => c.number === '1.2.3')!;
    expect(s47.href).toBe('https://brackenshirescp.proceduresonline.example/chapters/p_sec_47_enq.html');
    expect(s47.seeAlso).toEqual([
      { title: 'Strategy Discussions', href: 'https://brackenshirescp.proceduresonline.example/chapters/p_strategy_disc.html', line: 63 },
    ]);
    expect(contents.problems).toEqual([]);
  });

  it('reads a tri.x contents page: numbered sub-section headings and chapters as list links', () => {
    const contents = parseContents(page(trix, 'brackenshirescp.trixonline.example/contents').tree);
    expect(contents.sections.map((s) => [s.number, s.title, s.subsections.map((sub) => `${sub.number} ${sub.title}`)])).toEqual([
      ['1', 'Working Together', ['1.1 Referral and Assessment', '1.2 Children Living Away from Home']],
      ['2', 'Exploitation and Online Harm', []],
    ]);
    expect(contents.chapters.map((c) => [c.number, c.title, c.href, c.flag])).toEqual([
      ['1.1.1', 'Making a Referral', 'chapter/making-a-referral', 'updated'],
      ['1.1.2', 'Child Protection Conferences', 'chapter/child-protection-conferences', undefined],
      ['1.2.1', 'Private Fostering', 'chapter/private-fostering', 'new'],
      ['2.1', 'Child Exploitation', 'chapter/child-exploitation', undefined],
      ['2.2', 'Online Safety', 'chapter/online-safety', undefined],
      ['2.3', 'County Lines', 'https://brackenshirescp.trixonline.example/chapter/county-lines', undefined],
    ]);
    expect(contents.chapters[3]!.seeAlso.map((s) => s.title)).toEqual(['Online Safety']);
  });

  it('reads contents written as plain lines, as in a manual that numbers chapters in the text', () => {
    const contents = parseContents(
      parseHtml(`
      <p>Section 1 - Policy Framework</p>
      <p><a href="intro.html">1.1 Introduction</a> (Updated)</p>
      <p><a href="values.html">1.2 Underlying Policy, Principles and Values</a></p>
      <p>See also <a href="sharing.html">Information Sharing</a></p>
      <h2>2. The Partnership</h2>
      <p><a href="role.html">2.1 Role and Function</a></p>`),
    );
    expect(contents.sections.map((s) => `${s.number} ${s.title}`)).toEqual(['1 Policy Framework', '2 The Partnership']);
    expect(contents.chapters.map((c) => `${c.number} ${c.title} ${c.href} ${c.flag ?? ''}`)).toEqual([
      '1.1 Introduction intro.html updated',
      '1.2 Underlying Policy, Principles and Values values.html ',
      '2.1 Role and Function role.html ',
    ]);
    expect(contents.chapters[1]!.seeAlso.map((s) => s.href)).toEqual(['sharing.html']);
  });

  it('says what it could not read: a chapter before its section, a sub-section without a title, a number listed twice, numbers four levels deep', () => {
    const contents = parseContents(
      parseHtml(`
      <p><a href="a.html">3.1 Early Chapter</a></p>
      <h2>1. Assessing Need</h2>
      <p><a href="b.html">1.2.1 Untitled Group Chapter</a></p>
      <p><a href="c.html">1.2.1 Same Number Again</a></p>
      <h2>2. Specific Circumstances</h2>
      <p><a href="d.html">2.1.1.1 Too Deep</a></p>`),
    );
    expect(contents.problems.map((p) => p.message)).toMatchInlineSnapshot(`
      [
        "chapter 3.1 comes before any heading for section 3: the section is called "Section 3"; give it its title in structure.yaml",
        "sub-section 1.2 has no title in the contents: it is called "Sub-section 1.2"; give it its title in structure.yaml",
        "1.2.1 is listed twice; only the first, "Untitled Group Chapter", was imported",
        "2.1.1.1 Too Deep is numbered four levels deep, and a chapter's number has at most three parts (such as 1.3.4): it was not imported; give it a number such as 2.1.1 and add it with npm run new-chapter",
      ]
    `);
  });
});

describe('contentsScore', () => {
  it('scores the contents page above the chapters and the home page', () => {
    const scores = Object.fromEntries(trix.pages.map((p) => [p.file, contentsScore(p.tree)]));
    expect(scores['brackenshirescp.trixonline.example/contents']).toBe(6);
    expect(
      Math.max(
        ...Object.entries(scores)
          .filter(([f]) => !f.endsWith('/contents'))
          .map(([, s]) => s),
      ),
    ).toBeLessThan(2);
  });
});

describe('splitFlag', () => {
  it('splits New and Updated off a title, in brackets or not, and leaves other titles alone', () => {
    expect(splitFlag('Domestic Abuse Updated')).toEqual({ title: 'Domestic Abuse', flag: 'updated' });
    expect(splitFlag('Sexual Abuse (New)')).toEqual({ title: 'Sexual Abuse', flag: 'new' });
    expect(splitFlag('New')).toEqual({ title: 'New', flag: undefined });
    expect(splitFlag('Children Renewed')).toEqual({ title: 'Children Renewed', flag: undefined });
  });
});
