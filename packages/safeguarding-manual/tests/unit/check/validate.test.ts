import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/lib/check/problems.ts';
import { checkManual } from '../../../src/lib/check/validate.ts';
import { first, options, source, versionText } from '../helpers.ts';

const check = (...args: Parameters<typeof source>) => checkManual(source(...args), options);
const report = (...args: Parameters<typeof source>) => formatProblems(check(...args).problems);

describe('a valid manual', () => {
  it('has no problems and builds its chapters', () => {
    const { problems, manual } = check({
      'referrals/2020-01-06.mdx': first('1.1.1', 'Referrals', '2020-01-06', { seeAlso: ['strategy'] }),
      'referrals/2023-05-02.mdx': versionText({
        section: '1.1.1',
        title: 'Referrals',
        amended: '2023-05-02',
        change: 'updated',
        summary: 'Timescale changed.',
      }),
      'strategy/2020-01-06.mdx': first('1.1.2', 'Strategy Discussions', '2020-01-06', {}),
    });
    expect(problems).toEqual([]);
    expect(manual.chapters.map((c) => [c.id, c.current?.amended])).toEqual([
      ['referrals', '2023-05-02'],
      ['strategy', '2020-01-06'],
    ]);
    expect(manual.chapters[0]!.current!.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('problems in one file', () => {
  it('reports a bad date, an unquoted number and an unknown field together, with lines', () => {
    const text = '---\nsection: 2.10\ntitle: Referrals\namended: 2020-02-30\nchange: new\nsumary: oops\n---\nBody.\n';
    expect(report({ 'referrals/2020-02-30.mdx': text })).toMatchInlineSnapshot(`
      "m/procedures/referrals/2020-02-30.mdx
        error file, file name: 2020-02-30.mdx is not named by a date
          fix: name the file by the date the version took effect, such as 2024-03-25.mdx

      1 error, 0 warnings"
    `);
    expect(report({ 'referrals/2020-02-03.mdx': text })).toMatchInlineSnapshot(`
      "m/procedures/referrals/2020-02-03.mdx
        error line 2, section: must be in double quotes, like "2.1": without quotes a number such as 2.10 is read as 2.1
          fix: write it as section: "1.3.4"
        error line 4, amended: must be a real date written as YYYY-MM-DD, such as 2024-03-25
          fix: write it as amended: 2024-03-25 (the same date as the file name)
        error line 6, sumary: is not a field this file can have
          fix: rename it to summary

      3 errors, 0 warnings"
    `);
  });

  it('says which fields are missing', () => {
    expect(report({ 'referrals/2020-01-06.mdx': '---\namended: 2020-01-06\n---\nBody.\n' })).toMatchInlineSnapshot(`
      "m/procedures/referrals/2020-01-06.mdx
        error line 2, change: is missing
          fix: add change: updated
        error line 2, section: is missing
          fix: add section: "1.3.4"
        error line 2, title: is missing
          fix: add title: Section 47 Enquiries

      3 errors, 0 warnings"
    `);
  });

  it('requires the file name to equal amended', () => {
    expect(report({ 'referrals/2020-01-06.mdx': first('1.1.1', 'Referrals', '2020-01-07') })).toMatchInlineSnapshot(`
      "m/procedures/referrals/2020-01-06.mdx
        error line 4, amended: is 2020-01-07 but the file is named 2020-01-06.mdx
          fix: make them the same: amended: 2020-01-06, or rename the file to 2020-01-07.mdx

      1 error, 0 warnings"
    `);
  });

  it('reports unreadable YAML and MDX with their lines', () => {
    const yaml = '---\nsection: "1.1.1"\ntitle: Referrals: how\namended: 2020-01-06\nchange: new\n---\nBody.\n';
    const mdx = first('1.1.2', 'Strategy').replace('Scope of the chapter.', 'Children <5 years old.');
    const problems = check({ 'referrals/2020-01-06.mdx': yaml, 'strategy/2020-01-06.mdx': mdx }).problems;
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      ['m/procedures/referrals/2020-01-06.mdx', 3, 'yaml'],
      ['m/procedures/strategy/2020-01-06.mdx', 7, 'body'],
    ]);
  });
});

describe('rules that span files', () => {
  it('reports a duplicate number on both chapters and a number outside the structure', () => {
    expect(
      report({
        'a/2020-01-06.mdx': first('1.1.1', 'A'),
        'b/2020-01-06.mdx': first('1.1.1', 'B'),
        'c/2020-01-06.mdx': first('3.1', 'C'),
      }),
    ).toMatchInlineSnapshot(`
      "m/procedures/a/2020-01-06.mdx
        error line 2, section: number 1.1.1 is also used by b
          fix: give one of the chapters another number; renumbering is an amendment: npm run amend -- a --section <new number> --summary "Renumbered."

      m/procedures/b/2020-01-06.mdx
        error line 2, section: number 1.1.1 is also used by a
          fix: give one of the chapters another number; renumbering is an amendment: npm run amend -- b --section <new number> --summary "Renumbered."

      m/procedures/c/2020-01-06.mdx
        error line 2, section: number 3.1 does not sit under any section or sub-section in m/structure.yaml
          fix: add section 3 to m/structure.yaml, or use a number under one of: 1, 1.1, 2 (in a new version: npm run amend -- c --section <number> --summary "Renumbered.")

      3 errors, 0 warnings"
    `);
  });

  it('requires a summary after the first version and new only on the first', () => {
    expect(
      report({
        'a/2020-01-06.mdx': first('1.1.1', 'A'),
        'a/2021-01-06.mdx': versionText({ section: '1.1.1', title: 'A', amended: '2021-01-06', change: 'new' }),
      }),
    ).toMatchInlineSnapshot(`
      "m/procedures/a/2021-01-06.mdx
        error line 5, change: only the first version is new (the chapter started on 2020-01-06)
          fix: this version is published, so make the change in a new version: npm run amend -- a --summary "...", then in the new file: write change: updated
        error line 5, summary: is missing: every version after the first must say what changed and why
          fix: this version is published, so make the change in a new version: npm run amend -- a --summary "...", then in the new file: add summary: followed by one or two sentences

      2 errors, 0 warnings"
    `);
  });

  it('checks see-also, replacements, contacts and links to chapters', () => {
    const body = 'Call <Contact id="nobody" />.\n\nSee [B](/procedures/missing/) and <Widget />.\n\n# Big heading\n';
    expect(
      report({
        'a/2020-01-06.mdx': first('1.1.1', 'A', '2020-01-06', { seeAlso: ['a', 'ghost'] }),
        'a/2021-01-06.mdx': versionText({ section: '1.1.1', title: 'A', amended: '2021-01-06', change: 'updated', summary: 'Edited.', seeAlso: ['b'] }, body),
        'b/2020-01-06.mdx': first('1.1.2', 'B'),
        'b/2021-01-06.mdx': versionText({ section: '1.1.2', title: 'B', amended: '2021-01-06', change: 'withdrawn', summary: 'Gone.', replacedBy: 'nope' }),
      }),
    ).toMatchInlineSnapshot(`
      "m/procedures/a/2020-01-06.mdx
        error line 7, the first see-also entry: names the chapter itself
          fix: this version is published, so make the change in a new version: npm run amend -- a --summary "...", then in the new file: remove a from seeAlso
        error line 8, the second see-also entry: chapter ghost does not exist
          fix: this version is published, so make the change in a new version: npm run amend -- a --summary "...", then in the new file: use the folder name of an existing chapter, or remove it

      m/procedures/a/2021-01-06.mdx
        warning line 8, the first see-also entry: chapter b has been withdrawn: the page leaves it out
          fix: to change the list, publish a new version: npm run amend -- a --summary "Updated the related chapters."
        error line 10, body: <Contact id="nobody"> names a contact that does not exist
          fix: this version is published, so make the change in a new version: npm run amend -- a --summary "...", then in the new file: use the name of a file in m/contacts, without .yaml
        error line 12, body: <Widget> is not allowed in content
          fix: this version is published, so make the change in a new version: npm run amend -- a --summary "...", then in the new file: use Markdown, <Contact id="..." /> for phone numbers, or <Resource id="..." /> for a form or document
        error line 12, body: the link /procedures/missing/ does not lead to a chapter
          fix: this version is published, so make the change in a new version: npm run amend -- a --summary "...", then in the new file: link to /procedures/<chapter-id>/ using an existing chapter id
        error line 14, body: the heading "Big heading" is a top-level heading, which only the chapter title may be
          fix: this version is published, so make the change in a new version: npm run amend -- a --summary "...", then in the new file: use ## for headings in the body

      m/procedures/b/2021-01-06.mdx
        error line 7, replacedBy: chapter nope does not exist
          fix: this version is published, so make the change in a new version: npm run amend -- b --summary "...", then in the new file: use the folder name of an existing chapter

      7 errors, 1 warning"
    `);
  });

  it('refuses imports, expressions and scripts in content', () => {
    const body = 'import X from "./x.js";\n\nText {1 + 1}.\n\n<script>alert(1)</script>\n';
    const fields = check({ 'a/2020-01-06.mdx': first('1.1.1', 'A').replace(/---\n[^-]*$/, `---\n${body}`) }).problems.map((p) => p.message);
    expect(fields).toEqual([
      'content may not import anything',
      'content may not contain an expression in braces',
      '<script> is not allowed in content: chapters cannot run scripts',
    ]);
  });

  it('catches a number clash that starts with a future version', () => {
    const { problems } = check({
      'a/2020-01-06.mdx': first('1.1.1', 'A'),
      'b/2020-01-06.mdx': first('1.1.2', 'B'),
      'b/2025-01-06.mdx': versionText({ section: '1.1.1', title: 'B', amended: '2025-01-06', change: 'updated', summary: 'Renumbered.' }),
    });
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'm/procedures/a/2020-01-06.mdx: number 1.1.1 is also used by b from 2025-01-06',
      'm/procedures/b/2025-01-06.mdx: number 1.1.1 is also used by a from 2025-01-06',
    ]);
  });

  it('checks the structure file and contacts', () => {
    const structure = 'sections:\n  - number: "1"\n    title: One\n    subsections:\n      - number: "2.1"\n        title: Wrong\n';
    const contact =
      'organisation: X\nservice: Y\ncategory: referral\nareas: [southtown]\nphones:\n  - label: Office\n    number: "01632 960123"\n    hours: office-hours\nemail: not-an-email\nverified: 2024-01-01\n';
    expect(report({}, { structure, contacts: { 'front-door': contact } })).toMatchInlineSnapshot(`
      "m/contacts/front-door.yaml
        error line 7, number of the first phone: is not a valid UK phone number; check every digit (for example "0116 496 0100")
          fix: write it as number: "0116 496 0100"
        error line 9, email: is not a valid email address, such as frontdoor@tamsford.example
          fix: write it as email: frontdoor@tamsford.example

      m/procedures
        warning file, folder: the manual has no chapters yet
          fix: create <chapter-id>/<YYYY-MM-DD>.mdx for the first chapter

      m/structure.yaml
        error line 5, number of the first sub-section of the first section: sub-section 2.1 does not belong to section 1
          fix: number it 1.N, or move it under section 2

      3 errors, 1 warning"
    `);
  });
});

describe('links to headings', () => {
  const withHeading = (heading: string) => `Scope.\n\n## ${heading}\n\nText.\n`;
  const link = (url: string) => `See [the steps](${url}).\n\n## Own heading\n`;
  const updated = (section: string, title: string, date: string, body: string) =>
    versionText({ section, title, amended: date, change: 'updated', summary: 'Edited.' }, body);

  it('checks the current and upcoming versions against the heading in force when they are read', () => {
    const { problems } = check({
      // b's heading "Old steps" became "New steps" in 2023, and becomes "Later steps" in 2025.
      'b/2020-01-06.mdx': versionText({ section: '1.1.2', title: 'B', amended: '2020-01-06', change: 'new' }, withHeading('Old steps')),
      'b/2023-01-09.mdx': updated('1.1.2', 'B', '2023-01-09', withHeading('New steps')),
      'b/2025-01-06.mdx': updated('1.1.2', 'B', '2025-01-06', withHeading("Later steps: what's next?")),
      // a's superseded version may keep its old link; its current one may not; its upcoming one reads b of 2025.
      'a/2020-01-06.mdx': versionText({ section: '1.1.1', title: 'A', amended: '2020-01-06', change: 'new' }, link('/procedures/b/#old-steps')),
      'a/2023-01-09.mdx': updated('1.1.1', 'A', '2023-01-09', link('/procedures/b/#old-steps')),
      'a/2025-01-06.mdx': updated('1.1.1', 'A', '2025-01-06', link('/procedures/b/#later-steps-whats-next')),
      'c/2020-01-06.mdx': versionText({ section: '1.1.3', title: 'C', amended: '2020-01-06', change: 'new' }, link('#own-heading')),
    });
    expect(problems.map((p) => `${p.file}:${p.line} ${p.message} (${p.fix})`)).toEqual([
      'm/procedures/a/2023-01-09.mdx:8 the link /procedures/b/#old-steps leads to no heading in chapter b (this version is published, so make the change in a new version: npm run amend -- a --summary "...", then in the new file: use one of #new-steps)',
    ]);
  });
});
