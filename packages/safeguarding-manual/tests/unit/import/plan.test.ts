// Planning an import of the fixtures' saved pages: the files a manual needs, and every warning.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readSavedFolder } from '../../../src/lib/import/folder.ts';
import { savedPage } from '../../../src/lib/import/site.ts';
import { planImport, type ImportOptions, type ImportPlan } from '../../../src/lib/import/plan.ts';
import { countWarnings } from '../../../src/lib/import/report.ts';
import { inspectBody } from '../../../src/lib/content/mdx-body.ts';

const procedures = readSavedFolder('tests/fixtures/import/procedures-online');
const trix = readSavedFolder('tests/fixtures/import/trixonline');
const options: ImportOptions = { date: '2026-12-01', contentDir: 'm', publicDir: 'public', existing: new Set() };

function plan(site = procedures, extra: Partial<ImportOptions> = {}): ImportPlan {
  const planned = planImport(site, { ...options, ...extra });
  if ('refusals' in planned) throw new Error(JSON.stringify(planned.refusals));
  return planned;
}

function versions(planned: ImportPlan) {
  return planned.writes
    .filter((w) => w.path.startsWith('m/procedures/'))
    .map((w) => {
      const [, yaml, body] = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(w.text)!;
      return {
        path: w.path,
        id: w.path.split('/')[2]!,
        frontmatter: parse(yaml!) as Record<string, unknown>,
        body: body!,
        bodyLine: yaml!.split('\n').length + 2,
      };
    });
}

describe('planImport', () => {
  it('plans the first version of every saved chapter, numbered as in the contents, and structure.yaml', () => {
    const planned = plan();
    expect(planned.contentsFile).toBe('Contents.html');
    expect(planned.chapters.map((c) => `${c.number} ${c.id}`)).toEqual([
      '1.1.1 thresholds-for-help-in-tamsford-brackenshire-and-wyvern-vale',
      '1.1.2 early-help-assessment',
      '1.2.1 referrals-to-childrens-social-care',
      '1.2.2 strategy-discussions',
      '1.2.3 section-47-enquiries',
      '2.1 safeguarding-disabled-children',
      '2.2 domestic-abuse',
      '2.3 children-missing-from-education',
      '2.4 honour-based-abuse-and-forced-marriage',
      '3.1 resolving-professional-disagreements',
      '4.1 local-contacts',
    ]);
    expect(planned.writes.find((w) => w.path === 'm/structure.yaml')!.text).toMatchInlineSnapshot(`
      "sections:
        - number: "1"
          title: Assessing Need and Providing Help
          subsections:
            - number: "1.1"
              title: Thresholds and Early Help
            - number: "1.2"
              title: Referral, Investigation and Assessment
        - number: "2"
          title: Children in Specific Circumstances
          note: "NOTE: Read every chapter in this Section alongside Hearing the Voice of the Child."
        - number: "3"
          title: Partnership Arrangements
        - number: "4"
          title: Appendices
      "
    `);
    expect(planned.createsManual).toBe(true);
    expect(planned.copies).toEqual([{ from: 'Section 47 Enquiries_files/s47_flowchart.png', to: 'public/imported/s47-flowchart.png' }]);
  });

  it('writes each version as a first version: quoted number, the date, change new, where it came from, seeAlso from the related chapters', () => {
    const s47 = versions(plan()).find((v) => v.id === 'section-47-enquiries')!;
    expect(s47.frontmatter).toEqual({
      section: '1.2.3',
      title: 'Section 47 Enquiries',
      amended: '2026-12-01',
      change: 'new',
      summary:
        'Imported from the previous online manual (https://brackenshirescp.proceduresonline.example/chapters/p_sec_47_enq.html). Its last amendment note there: This chapter was updated in November 2026 to add the flowchart and a link to the body map.',
      description: 'This chapter sets out how children’s social care and partner agencies make enquiries under section 47 of the Children Act 1989.',
      seeAlso: ['strategy-discussions'],
    });
    expect(
      plan()
        .writes.find((w) => w.path.includes('section-47'))!
        .text.split('\n')[1],
    ).toBe('section: "1.2.3"');
  });

  it.each([
    ['Procedures Online', procedures],
    ['tri.x', trix],
  ] as const)('writes %s bodies that pass the content rules, with links to chapters and their headings that exist', (_, site) => {
    const all = versions(plan(site));
    const headings = new Map(all.map((v) => [v.id, inspectBody(v.body, 1).headings.map((h) => h.id)]));
    let chapterLinks = 0;
    for (const v of all) {
      const report = inspectBody(v.body, v.bodyLine);
      expect(report.syntaxError, v.path).toBeUndefined();
      expect(report.tags, v.path).toEqual([]);
      expect(report.code, v.path).toEqual([]);
      expect(
        report.headings.filter((h) => h.depth === 1),
        v.path,
      ).toEqual([]);
      for (const link of report.links) {
        const local = /^#(.+)$/.exec(link.url);
        const chapter = /^\/procedures\/([^/]+)\/(?:#(.+))?$/.exec(link.url);
        if (local) {
          chapterLinks++;
          expect(headings.get(v.id), `${v.path} ${link.url}`).toContain(local[1]);
        }
        if (chapter) {
          chapterLinks++;
          expect(headings.has(chapter[1]!), `${v.path} ${link.url}`).toBe(true);
          if (chapter[2]) expect(headings.get(chapter[1]!), `${v.path} ${link.url}`).toContain(chapter[2]);
        }
        expect(link.url, v.path).toMatch(/^(#|\/procedures\/|\/imported\/|https:\/\/|mailto:)/);
      }
    }
    expect(chapterLinks).toBeGreaterThan(1);
  });

  it('rewrites links between chapters to /procedures/<id>/, to the heading they pointed at', () => {
    const bodies = Object.fromEntries(versions(plan()).map((v) => [v.id, v.body]));
    expect(bodies['referrals-to-childrens-social-care']).toContain(
      '[when a strategy discussion is held](/procedures/strategy-discussions/#1-when-to-hold-one)',
    );
    expect(bodies['strategy-discussions']).toContain('[Section 2, Who Attends](#2-who-attends)');
    expect(bodies['resolving-professional-disagreements']).toContain(
      '(/procedures/thresholds-for-help-in-tamsford-brackenshire-and-wyvern-vale/#3-if-you-disagree)',
    );
    const trixBodies = Object.fromEntries(versions(plan(trix)).map((v) => [v.id, v.body]));
    expect(trixBodies['child-exploitation']).toContain('[Online Safety: Reporting](/procedures/online-safety/#1-reporting)');
    expect(trixBodies['making-a-referral']).toContain('[referral form](/imported/referral-form.docx)');
  });

  it('finds the phone numbers in the fixtures, by chapter and line, and drafts contacts for them', () => {
    const planned = plan();
    expect(planned.numbers.map((n) => `${n.file.split('/')[2]}:${n.line} ${n.number}`)).toEqual([
      'thresholds-for-help-in-tamsford-brackenshire-and-wyvern-vale:29 0116 496 0100',
      'early-help-assessment:37 0113 496 0250',
      'referrals-to-childrens-social-care:16 999',
      'referrals-to-childrens-social-care:30 0116 496 0100',
      'referrals-to-childrens-social-care:31 0113 496 0300',
      'referrals-to-childrens-social-care:32 020 7946 0400',
      'referrals-to-childrens-social-care:34 0808 157 0100',
      'section-47-enquiries:29 0116 496 0777',
      'domestic-abuse:36 0808 800 5000',
      'domestic-abuse:36 0800 1111',
      'domestic-abuse:36 0808 157 0200',
      'honour-based-abuse-and-forced-marriage:19 0113 496 0444',
      'honour-based-abuse-and-forced-marriage:19 999',
      'local-contacts:13 0116 496 0100',
      'local-contacts:13 0808 157 0100',
      'local-contacts:14 0113 496 0300',
      'local-contacts:14 0808 157 0100',
      'local-contacts:15 020 7946 0401',
      'local-contacts:15 0808 157 0100',
      'local-contacts:21 0116 496 0555',
      'local-contacts:22 101',
      'local-contacts:23 0113 496 0999',
    ]);
    // The lines are the lines of the version files, where the numbers stay as they were typed.
    const referrals = planned.writes.find((w) => w.path.includes('referrals-to'))!.text.split('\n');
    expect(referrals[31 - 1]).toBe('- Brackenshire: (0113) 496 0300');
    const draft = parse(planned.contactsDraft!) as { number: string }[];
    expect(draft.map((d) => d.number)).toHaveLength(15);
    expect(planned.writes.map((w) => w.path)).toContain('m/imported-contacts-draft.yaml');
  });

  it('names the contact a number already belongs to, and leaves it out of the draft', () => {
    const planned = plan(trix, { contactNumbers: new Map([['0116 496 0888', 'private-fostering-team']]) });
    expect(planned.warnings.filter((w) => w.kind === 'phone').map((w) => w.message)).toContain(
      '0116 496 0888 is a number of contacts/private-fostering-team.yaml: write <Contact id="private-fostering-team" inline /> in its place',
    );
    expect(planned.contactsDraft).not.toContain('0116 496 0888');
  });

  it('reports every problem, by kind', () => {
    expect(Object.fromEntries(countWarnings(plan().warnings))).toEqual({
      'not-saved': 2,
      link: 6,
      phone: 22,
      'left-out': 3,
      'merged-cells': 2,
      'nested-table': 1,
      image: 1,
      document: 2,
    });
    expect(Object.fromEntries(countWarnings(plan(trix).warnings))).toEqual({ 'not-saved': 1, 'not-listed': 2, link: 4, phone: 3, image: 1, document: 2 });
  });

  it('never plans over an existing file: existing chapters and copies are left as they were, and structure.yaml gains what it lacks', () => {
    const existing = new Set(['m/structure.yaml', 'm/procedures/strategy-discussions/2019-01-01.mdx', 'public/imported/s47-flowchart.png']);
    const structure =
      '# The sections of the manual.\nsections:\n  - number: "1"\n    title: Assessing Need and Providing Help\n    subsections:\n      - number: "1.2"\n        title: Referral, Investigation and Assessment\n';
    const planned = plan(procedures, { existing, existingStructure: structure, existingChapters: [{ number: '1.2.2', title: 'Strategy Discussions' }] });
    expect(planned.writes.map((w) => w.path)).not.toContain('m/structure.yaml');
    expect(planned.writes.some((w) => w.path.includes('strategy-discussions'))).toBe(false);
    expect(planned.chapters.find((c) => c.id === 'strategy-discussions')!.written).toBe(false);
    expect(planned.chapters.map((c) => c.number)).toContain('1.2.3');
    expect(planned.copies).toEqual([]);
    expect(planned.createsManual).toBe(false);
    expect(planned.updates).toEqual([
      {
        path: 'm/structure.yaml',
        text: `# The sections of the manual.
sections:
  - number: "1"
    title: Assessing Need and Providing Help
    subsections:
      - number: "1.2"
        title: Referral, Investigation and Assessment
      - number: "1.1"
        title: Thresholds and Early Help
  - number: "2"
    title: Children in Specific Circumstances
    note: "NOTE: Read every chapter in this Section alongside Hearing the Voice of the Child."
  - number: "3"
    title: Partnership Arrangements
  - number: "4"
    title: Appendices
`,
      },
    ]);
    expect(planned.warnings.filter((w) => w.kind === 'exists' || w.kind === 'contents' || w.kind === 'renumbered').map((w) => `${w.file}: ${w.message}`))
      .toMatchInlineSnapshot(`
        [
          "m/procedures/strategy-discussions: chapter 1.2.2 Strategy Discussions already has a folder: nothing was written for it",
          "public/imported/s47-flowchart.png: already exists: left as it was",
        ]
      `);
  });

  it("says when a page's own title is not the one the contents gives it, which may mean the contents links to the wrong page", () => {
    const site = {
      pages: [
        savedPage(
          'contents.html',
          '<h2>1. Help</h2><p><a href="a.html">1.1 Early Help Assessment</a></p><p><a href="b.html">1.2 Referrals to Children’s Social Care</a></p>',
        ),
        savedPage('a.html', '<h1>1.1 Early help assessment</h1><p>Text.</p>'),
        savedPage('b.html', '<h1>Private Fostering</h1><p>Text.</p>'),
      ],
      files: new Set(['contents.html', 'a.html', 'b.html']),
    };
    expect(plan(site).warnings.filter((w) => w.kind === 'contents')).toEqual([
      {
        kind: 'contents',
        file: 'b.html',
        line: 1,
        message:
          'the page\'s own title is "Private Fostering", but the contents lists it as 1.2 Referrals to Children’s Social Care: the contents\' title was used; check the contents links to the right page',
      },
    ]);
  });

  it('plans the same files every time, without changing the saved pages it reads', () => {
    expect(plan().writes).toEqual(plan().writes);
  });

  it('refuses, saying why, when there are no pages, no contents page, or the contents named does not exist', () => {
    expect(planImport({ pages: [], files: new Set() }, options)).toMatchInlineSnapshot(`
      {
        "refusals": [
          {
            "fix": "save the manual's contents page and its chapters into the folder, with a browser ("Save page as", "Webpage, Complete") or wget --mirror",
            "problem": "the folder has no saved web pages (.html, .htm, or pages wget saved without an extension)",
          },
        ],
      }
    `);
    const chaptersOnly = { pages: procedures.pages.filter((p) => p.file !== 'Contents.html'), files: procedures.files };
    expect(planImport(chaptersOnly, options)).toMatchInlineSnapshot(`
      {
        "refusals": [
          {
            "fix": "save the contents page into the folder too, or name it with --contents <file>",
            "problem": "no saved page looks like the manual's contents: none lists numbered chapters (such as "1.3.4 Section 47 Enquiries") with links",
          },
        ],
      }
    `);
    expect(planImport(procedures, { ...options, contentsFile: 'contents.htm' })).toMatchInlineSnapshot(`
      {
        "refusals": [
          {
            "fix": "give its path inside the folder, such as --contents Children Missing from Education.html",
            "problem": "--contents contents.htm is not a saved page in the folder",
          },
        ],
      }
    `);
    expect(planImport(procedures, { ...options, contentsFile: 'Domestic Abuse.html' })).toMatchInlineSnapshot(`
      {
        "refusals": [
          {
            "fix": "name the contents page with --contents <file>",
            "problem": "Domestic Abuse.html lists no numbered chapters",
          },
        ],
      }
    `);
  });
});
