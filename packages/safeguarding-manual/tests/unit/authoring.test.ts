import { describe, expect, it } from 'vitest';
import { planAmendment } from '../../src/lib/authoring/amend.ts';
import { chapterIdFromTitle } from '../../src/lib/authoring/chapter-id.ts';
import { authoringContext } from '../../src/lib/authoring/context.ts';
import { planNewChapter } from '../../src/lib/authoring/new-chapter.ts';
import { checkPlan } from '../../src/lib/authoring/check-plan.ts';
import { describeRefusals, type Planned } from '../../src/lib/authoring/plan.ts';
import { planWithdrawal } from '../../src/lib/authoring/withdraw.ts';
import { formatProblems } from '../../src/lib/check/problems.ts';
import { checkManual } from '../../src/lib/check/validate.ts';
import { first, firstPage, options, source, versionText } from './helpers.ts';

const files = {
  'referrals/2020-01-06.mdx': first('1.1.1', 'Referrals', '2020-01-06', { keywords: ['MASH', 'referral'], seeAlso: ['strategy'] }),
  'strategy/2020-01-06.mdx': first('1.1.2', 'Strategy Discussions'),
  'old/2020-01-06.mdx': first('2.1', 'Old Guidance'),
  'old/2023-01-09.mdx': versionText({ section: '2.1', title: 'Old Guidance', amended: '2023-01-09', change: 'withdrawn', summary: 'Superseded.' }),
  'later/2020-01-06.mdx': first('2.2', 'Later'),
  'later/2025-01-06.mdx': versionText({ section: '2.5', title: 'Later', amended: '2025-01-06', change: 'updated', summary: 'Renumbered.' }),
};
const src = source(files);
const ctx = authoringContext(src, checkManual(src, options).manual);

/** The refusals of a plan once its draft has been through the one check, as the command prints them. */
function refused(made: Planned): string {
  const planned = checkPlan(made, src, options);
  if (!planned.refusals) throw new Error(`expected a refusal, got ${planned.draft.file}`);
  return describeRefusals(planned.refusals);
}

/** Checks the manual with the drafted file added: the draft must be valid content. */
function checkWith(planned: Planned): string[] {
  if (!planned.draft) throw new Error(describeRefusals(planned.refusals));
  const path = planned.draft.file.slice('m/procedures/'.length);
  // Checked on the day the draft takes effect: a new version is never dated before the day it is first recorded.
  const today = /(\d{4}-\d{2}-\d{2})\.mdx$/.exec(path)![1]!;
  const { problems } = checkManual(source({ ...files, [path]: planned.draft.text }), { ...options, today });
  return problems.filter((p) => p.severity === 'error').map((p) => `${p.file}: ${p.message}`);
}

describe('chapter ids from titles', () => {
  it('makes lower-case words joined by hyphens', () => {
    expect(chapterIdFromTitle("Children's Homes & Care")).toBe('childrens-homes-and-care');
    expect(chapterIdFromTitle('  Section 47: Enquiries (Joint) ')).toBe('section-47-enquiries-joint');
    expect(chapterIdFromTitle('Protocole à suivre')).toBe('protocole-a-suivre');
  });
});

describe('a new chapter', () => {
  it('drafts a first version with the section in double quotes, from a template', () => {
    const planned = planNewChapter(ctx, { title: 'Children Missing from Education', section: '2.3', date: '2024-06-03' });
    expect(planned.draft?.file).toBe('m/procedures/children-missing-from-education/2024-06-03.mdx');
    expect(planned.draft?.text).toMatchInlineSnapshot(`
      "---
      section: "2.3"
      title: Children Missing from Education
      amended: 2024-06-03
      change: new
      ---
      Say here who this chapter is for and what it covers, in a sentence or two.

      ## What to do

      Write the procedure here: short paragraphs, or numbered steps.
      "
    `);
    expect(checkWith(planned)).toEqual([]);
    // Until the author replaces the template's sentences, the check warns.
    const { problems } = checkManual(source({ ...files, 'children-missing-from-education/2024-06-03.mdx': planned.draft!.text }), options);
    expect(formatProblems(problems.filter((p) => p.severity === 'warning'))).toMatchInlineSnapshot(`
      "m/procedures/children-missing-from-education/2024-06-03.mdx
        warning line 7, body: still has the template's sentence "Say here who this chapter is for and what it covers, in a sentence or two."
          fix: replace it with the chapter's own text
        warning line 11, body: still has the template's sentence "Write the procedure here: short paragraphs, or numbered steps."
          fix: replace it with the chapter's own text

      0 errors, 2 warnings"
    `);
  });

  it('refuses a clashing id, a number in use, a number outside the structure and a bad date, all at once', () => {
    expect(refused(planNewChapter(ctx, { title: 'Referrals', section: '1.1.2', date: '2024-06-03' }))).toMatchInlineSnapshot(`
      "Nothing was written:
        - --id (id): there is already a chapter with the id referrals (1.1.1 Referrals)
          fix: give the new chapter another id; to change that chapter, add a new version to it
        - --section (section): number 1.1.2 is also used by strategy from 2024-06-03
          fix: give it a free number, such as 1.1.3"
    `);
    expect(refused(planNewChapter(ctx, { title: 'X', section: '2.5', date: '2024-06-03' }))).toMatchInlineSnapshot(`
      "Nothing was written:
        - --section (section): number 2.5 is also used by later from 2025-01-06
          fix: give it a free number, such as 2.6"
    `);
    expect(refused(planNewChapter(ctx, { title: 'X', section: '3.1', date: '2024-06-03' }))).toMatchInlineSnapshot(`
      "Nothing was written:
        - --section (section): number 3.1 does not sit under any section or sub-section in m/structure.yaml
          fix: add section 3 to m/structure.yaml, or use a number under one of: 1, 1.1, 2"
    `);
    expect(refused(planNewChapter(ctx, { title: 'X', section: '1', date: '2024-06-03' }))).toContain('fix: number the chapter inside it, such as 1.2');
    expect(refused(planNewChapter(ctx, { title: 'X', section: '1.1', date: '2024-06-03' }))).toMatchInlineSnapshot(`
      "Nothing was written:
        - --section (section): number 1.1 belongs to a section in m/structure.yaml
          fix: number the chapter inside it, such as 1.1.3"
    `);
    expect(refused(planNewChapter(ctx, { title: '???', section: '2.x', date: '2024-13-01' }))).toMatchInlineSnapshot(`
      "Nothing was written:
        - --date 2024-13-01 is not a real date
          fix: write it as YYYY-MM-DD, such as --date 2027-04-05
        - no chapter id can be made from the title "???"
          fix: give one with --id, in lower-case words joined by hyphens, such as --id children-missing-education"
    `);
  });

  it('never reuses the id of a withdrawn chapter', () => {
    expect(refused(planNewChapter(ctx, { title: 'Old', section: '2.4', date: '2024-06-03' }))).toContain(
      '--id (id): there is already a chapter with the id old (2.1 Old Guidance, withdrawn)',
    );
  });
});

describe('an amendment', () => {
  it('copies the version in force, keeping its layout, and renumbers and retitles', () => {
    const planned = planAmendment(ctx, 'referrals', { summary: 'Renumbered: now 1.1.3.', date: '2024-06-03', section: '1.1.3', title: 'Making a Referral' });
    expect(planned.draft?.text).toMatchInlineSnapshot(`
      "---
      section: "1.1.3"
      title: Making a Referral
      amended: 2024-06-03
      change: updated
      summary: "Renumbered: now 1.1.3."
      keywords:
        - MASH
        - referral
      seeAlso:
        - strategy
      ---
      Scope of the chapter.

      ## Steps

      Do this.
      "
    `);
    expect(planned.draft?.summary).toBe(
      'a new version of chapter 1.1.3 Making a Referral, in force from 3 June 2024, copied from the version of 2020-01-06 and renumbered 1.1.1 to 1.1.3 and retitled "Making a Referral"',
    );
    expect(checkWith(planned)).toEqual([]);
  });

  it('changes only the lines it must, keeping folded text, flow lists and comments as written', () => {
    const text =
      '---\nsection: "1.1.1"\ntitle: Referrals\namended: 2020-01-06\nchange: new\ndescription: >-\n  How to refer,\n  and when.\n# Reviewed by the board in 2019.\nkeywords: [MASH, referral]\n---\nBody.\n';
    const own = source({ 'referrals/2020-01-06.mdx': text });
    const planned = planAmendment(authoringContext(own, checkManual(own, options).manual), 'referrals', { summary: 'Clarified.', date: '2024-06-03' });
    expect(planned.draft?.text).toBe(text.replace('amended: 2020-01-06\nchange: new\n', 'amended: 2024-06-03\nchange: updated\nsummary: Clarified.\n'));
  });

  it('warns when a later version will not carry the change', () => {
    const planned = planAmendment(ctx, 'later', { summary: 'Clarified.', date: '2024-06-03' });
    expect(planned.draft?.notes).toEqual([
      'a later version, m/procedures/later/2025-01-06.mdx, already exists: it does not include this change, so make the change there too if it should last',
    ]);
    expect(checkWith(planned)).toEqual([]);
  });

  it('refuses an unknown, withdrawn or not yet started chapter, a taken date and a missing summary', () => {
    expect(refused(planAmendment(ctx, 'referral', { summary: 'x', date: '2024-06-03' }))).toMatchInlineSnapshot(`
      "Nothing was written:
        - there is no chapter referral
          fix: did you mean referrals?"
    `);
    expect(refused(planAmendment(ctx, 'old', { summary: 'x', date: '2024-06-03' }))).toMatchInlineSnapshot(`
      "Nothing was written:
        - chapter old is withdrawn from 2023-01-09
          fix: a withdrawn chapter cannot be amended: write a new chapter with npm run new-chapter"
    `);
    expect(refused(planAmendment(ctx, 'strategy', { summary: ' ', date: '2020-01-06', section: '1.1.1' }))).toMatchInlineSnapshot(`
      "Nothing was written:
        - --date (amended): chapter strategy already has a version dated 2020-01-06 (the chapter with this id starts then)
          fix: choose another date; to change that version, open it instead (a version the public site has recorded is changed with a correction)"
    `);
    expect(refused(planAmendment(ctx, 'strategy', { summary: 'x', date: '2019-01-01' }))).toContain('chapter strategy starts on 2020-01-06, after 2019-01-01');
  });

  it('refuses a date before a version already published, which would rewrite what the chapter said', () => {
    const published = ctx.manual.chapters.find((c) => c.published.length > 1)!;
    const between = published.published.at(-1)!.amended.replace(/^(\d{4})/, (y) => String(Number(y) - 1));
    expect(refused(planAmendment(ctx, published.id, { summary: 'x', date: between }))).toContain(
      `--date (amended): this new version is dated ${between}, before today (${options.today}), the day it is first recorded: it would change what the chapter said on days already past`,
    );
    // A withdrawal must come after every version, published or not.
    expect(refused(planWithdrawal(ctx, published.id, { summary: 'x', date: between }))).toContain(
      `has a later version dated ${published.published.at(-1)!.amended}`,
    );
  });
});

describe('a withdrawal', () => {
  it('drafts a withdrawn version naming its replacement, and lists the chapters that still point to it', () => {
    const planned = planWithdrawal(ctx, 'strategy', { summary: 'Merged into Referrals.', date: '2024-06-03', replacedBy: 'referrals' });
    expect(planned.draft?.text).toMatchInlineSnapshot(`
      "---
      section: "1.1.2"
      title: Strategy Discussions
      amended: 2024-06-03
      change: withdrawn
      summary: Merged into Referrals.
      replacedBy: referrals
      ---
      This chapter has been withdrawn. It is replaced by [1.1.1 Referrals](/procedures/referrals/).
      "
    `);
    expect(planned.draft?.notes).toEqual([
      'referrals (1.1.1 Referrals) lists strategy under seeAlso: its page will show the chapter that replaces it, or leave it out; to change the list, run npm run amend -- referrals --summary "..."',
    ]);
    // The see-also entry in the published version of referrals cannot be edited: the withdrawal leaves no error behind.
    expect(checkWith(planned)).toEqual([]);
  });

  it('refuses a chapter already withdrawn, one with later versions, and a replacement that is missing or withdrawn', () => {
    expect(refused(planWithdrawal(ctx, 'old', { summary: 'x', date: '2024-06-03' }))).toContain('chapter old is already withdrawn from 2023-01-09');
    expect(refused(planWithdrawal(ctx, 'later', { summary: 'x', date: '2024-06-03', replacedBy: 'old' }))).toMatchInlineSnapshot(`
      "Nothing was written:
        - chapter later has a later version dated 2025-01-06
          fix: date the withdrawal after it, with --date on or after 2025-01-06
        - --replaced-by: chapter old is withdrawn itself
          fix: name a chapter that is in force"
    `);
    expect(refused(planWithdrawal(ctx, 'strategy', { summary: undefined, date: '2024-06-03', replacedBy: 'strategy' }))).toMatchInlineSnapshot(`
      "Nothing was written:
        - --replaced-by names the chapter being withdrawn
          fix: name the chapter that replaces it, or leave out --replaced-by"
    `);
    expect(refused(planWithdrawal(ctx, 'strategy', { summary: 'x', date: '2024-06-03', replacedBy: 'nothing' }))).toContain(
      '--replaced-by: there is no chapter nothing',
    );
  });
});

describe('information pages', () => {
  const pages = {
    'worried/2020-01-06.mdx': firstPage('If you are worried', ['public'], '2020-01-06', { seeAlso: ['about'] }),
    'about/2020-01-06.mdx': firstPage('About us', ['public']),
  };
  const pageSrc = source(files, { pages });
  const pageCtx = authoringContext(pageSrc, checkManual(pageSrc, options).manual);
  const checkPagesWith = (planned: Planned) => {
    if (!planned.draft) throw new Error(describeRefusals(planned.refusals));
    const path = planned.draft.file.slice('m/pages/'.length);
    const { problems } = checkManual(source(files, { pages: { ...pages, [path]: planned.draft.text } }), { ...options, today: path.slice(-14, -4) });
    return problems.filter((p) => p.severity === 'error').map((p) => `${p.file}: ${p.message}`);
  };

  it('are amended like chapters, in their own folder and without a number', () => {
    const planned = planAmendment(pageCtx, 'worried', { summary: 'Says what happens after a call.', date: '2024-06-03', title: 'Worried about a child?' });
    expect(planned.draft?.file).toBe('m/pages/worried/2024-06-03.mdx');
    expect(planned.draft?.text).not.toContain('section:');
    expect(planned.draft?.summary).toBe(
      'a new version of information page "Worried about a child?", in force from 3 June 2024, copied from the version of 2020-01-06 and retitled "Worried about a child?"',
    );
    expect(checkPagesWith(planned)).toEqual([]);
    expect(refused(planAmendment(pageCtx, 'worried', { summary: 'x', date: '2024-06-03', section: '1.1.9' }))).toContain(
      'worried is an information page, which has no number',
    );
  });

  it('are withdrawn like chapters, replaced only by another information page', () => {
    const planned = planWithdrawal(pageCtx, 'about', { summary: 'Merged.', date: '2024-06-03', replacedBy: 'worried' });
    expect(planned.draft?.text).toContain('This page has been withdrawn. It is replaced by [If you are worried](/information/worried/).');
    expect(planned.draft?.notes).toEqual([
      'worried (If you are worried) lists about under seeAlso: its page will show the page that replaces it, or leave it out; to change the list, run npm run amend -- worried --summary "..."',
    ]);
    expect(checkPagesWith(planned)).toEqual([]);
    expect(refused(planWithdrawal(pageCtx, 'about', { summary: 'x', date: '2024-06-03', replacedBy: 'referrals' }))).toContain(
      '--replaced-by: referrals is a chapter, not an information page',
    );
  });
});

describe('sign-off', () => {
  const signed = {
    ...files,
    'strategy/2022-02-07.mdx': versionText({
      section: '1.1.2',
      title: 'Strategy Discussions',
      amended: '2022-02-07',
      change: 'updated',
      summary: 'Police attend.',
      approvedBy: 'Policy and Procedures Group',
      approvedOn: '2022-01-20',
      reviewDue: '2025-01-01',
    }),
  };
  const signedSource = source(signed);
  const required = authoringContext(signedSource, checkManual(signedSource, options).manual, { signOffRequiredFrom: '2024-01-01' });

  it('is written into an amendment, and never copied from the version it copies', () => {
    const planned = planAmendment(required, 'strategy', {
      summary: 'Reviewed.',
      date: '2024-06-03',
      approvedBy: ' Chair of the partnership ',
      approvedOn: '2024-05-28',
    });
    expect(planned.draft?.text.split('---')[1]).toMatchInlineSnapshot(`
      "
      section: "1.1.2"
      title: Strategy Discussions
      amended: 2024-06-03
      change: updated
      summary: Reviewed.
      approvedBy: Chair of the partnership
      approvedOn: 2024-05-28
      reviewDue: 2025-01-01
      "
    `);
    expect(planned.draft?.notes).toEqual([]);
    const unsigned = planAmendment(authoringContext(signedSource, checkManual(signedSource, options).manual), 'strategy', {
      summary: 'Reviewed.',
      date: '2024-06-03',
    });
    expect(unsigned.draft?.text).not.toContain('approved');
  });

  it('is written into a new chapter and a withdrawal', () => {
    const chapter = planNewChapter(ctx, {
      title: 'Private Fostering',
      section: '2.3',
      date: '2024-06-03',
      approvedBy: 'Policy and Procedures Group',
      approvedOn: '2024-05-01',
    });
    expect(chapter.draft?.text).toContain('change: new\napprovedBy: Policy and Procedures Group\napprovedOn: 2024-05-01\n---');
    expect(checkWith(chapter)).toEqual([]);
    const withdrawal = planWithdrawal(ctx, 'strategy', {
      summary: 'Merged.',
      date: '2024-06-03',
      replacedBy: 'referrals',
      approvedBy: 'Policy and Procedures Group',
      approvedOn: '2024-05-01',
    });
    expect(withdrawal.draft?.text).toContain('replacedBy: referrals\napprovedBy: Policy and Procedures Group\napprovedOn: 2024-05-01\n---');
  });

  it('asks for it when the settings require it, and refuses a sign-off that is incomplete or later than the version', () => {
    const draft = planAmendment(required, 'strategy', { summary: 'Reviewed.', date: '2024-06-03' }).draft!;
    expect(draft.notes).toEqual([
      'versions taking effect from 2024-01-01 must say who approved them: add approvedBy: and approvedOn: to m/procedures/strategy/2024-06-03.mdx once the version is approved (npm run check reports it until then), or give --approved-by and --approved-on',
    ]);
    expect(refused(planAmendment(ctx, 'referrals', { summary: 'X.', date: '2024-06-03', approvedBy: 'Group' }))).toMatchInlineSnapshot(`
      "Nothing was written:
        - --approved-on is missing: an approval needs its date
          fix: add --approved-on YYYY-MM-DD, the day Group approved it"
    `);
    expect(refused(planNewChapter(ctx, { title: 'X', section: '2.3', date: '2024-06-03', approvedOn: '2024-06-04' }))).toMatchInlineSnapshot(`
      "Nothing was written:
        - --approved-on 2024-06-04 is after the version takes effect on 2024-06-03
          fix: give the date it was approved, on or before 2024-06-03
        - --approved-by is missing: an approval date needs who approved the version
          fix: add --approved-by "Policy and Procedures Group""
    `);
    expect(refused(planWithdrawal(ctx, 'referrals', { summary: 'X.', date: '2024-06-03', approvedBy: '', approvedOn: '3 June' }))).toMatchInlineSnapshot(`
      "Nothing was written:
        - --approved-by is empty
          fix: add --approved-by "Policy and Procedures Group" (who approved the version)
        - --approved-on 3 June is not a real date
          fix: write it as YYYY-MM-DD, such as --approved-on 2027-03-15"
    `);
  });
});
