// Taking a chapter's own content out of a saved page, and leaving the platform's furniture behind.
import { describe, expect, it } from 'vitest';
import { extractChapter } from '../../../src/lib/import/chapter.ts';
import { readSavedFolder } from '../../../src/lib/import/folder.ts';
import { parseHtml, textOf } from '../../../src/lib/import/html.ts';

const procedures = readSavedFolder('tests/fixtures/import/procedures-online');
const trix = readSavedFolder('tests/fixtures/import/trixonline');
const chapter = (site: typeof procedures, file: string) => extractChapter(structuredClone(site.pages.find((p) => p.file === file)!.tree));

const FURNITURE = [
  'Report Abuse',
  'We use cookies',
  'Skip to content',
  'Accept cookies',
  'Back to top',
  'Was this page useful',
  'Using this Manual',
  'Register for Updates',
  'Date of last review',
  '(Jump to)',
  'Print this chapter',
  'Example content written for testing',
  'SCOPE OF THIS CHAPTER',
  'AMENDMENT',
  'RELATED CHAPTERS',
  'Related Chapters',
  'Scope of this chapter',
];

describe('extractChapter', () => {
  it("keeps a Procedures Online chapter's text and scope, and sets the furniture aside", () => {
    const s47 = chapter(procedures, 'Section 47 Enquiries.html');
    const words = textOf(s47.content);
    for (const furniture of FURNITURE) expect(words).not.toContain(furniture);
    expect(s47.title).toBe('Section 47 Enquiries');
    expect(words.startsWith('This chapter sets out how children’s social care')).toBe(true);
    expect(words).toContain('Enquiries end within 15 working days');
    expect(words).toContain('Appendix 1: Body Map (PDF)');
    expect(s47.scope).toBe('This chapter sets out how children’s social care and partner agencies make enquiries under section 47 of the Children Act 1989.');
    expect(s47.amendment).toBe('This chapter was updated in November 2026 to add the flowchart and a link to the body map.');
    expect(s47.related.map((r) => r.text)).toEqual(['Strategy Discussions', 'Bruising in Babies who are not Independently Mobile']);
    // The chapter's own contents box goes: the site makes its own "On this page".
    expect(words).not.toContain('Duty to Make Enquiries Seeing the Child Outcomes');
  });

  it('reports the scripts, embedded pages and forms it leaves out, with their lines', () => {
    expect(chapter(procedures, 'Section 47 Enquiries.html').leftOut).toMatchInlineSnapshot(`
      [
        {
          "line": 62,
          "message": "an embedded page (https://www.video.example/embed/joint-visits) was left out: if readers need it, add a link to it",
        },
        {
          "line": 63,
          "message": "a script (written in the page) was left out: chapters cannot run scripts",
        },
      ]
    `);
    expect(chapter(procedures, 'Referrals to Children’s Social Care.html').leftOut.map((l) => l.message)).toEqual([
      "a form (sending to https://brackenshirescp.proceduresonline.example/feedback.php) was left out: chapters cannot hold forms; link to the form's page if readers need it",
    ]);
  });

  it('reads boxes labelled in bold paragraphs, as Word writes them', () => {
    const earlyHelp = chapter(procedures, 'Early Help Assessment.html');
    expect(earlyHelp.scope).toBe(
      'This chapter is for any practitioner who thinks a family would benefit from early help and wants to start an Early Help Assessment.',
    );
    expect(earlyHelp.amendment).toBe('In November 2026 this chapter was updated to describe the new single assessment form.');
    expect(textOf(earlyHelp.content)).not.toContain('SCOPE');
  });

  it("keeps a tri.x chapter's content, moves related guidance to the end and drops the page's furniture", () => {
    const referral = chapter(trix, 'brackenshirescp.trixonline.example/chapter/making-a-referral');
    const words = textOf(referral.content);
    for (const furniture of FURNITURE) expect(words).not.toContain(furniture);
    expect(referral.title).toBe('Making a Referral');
    expect(referral.related.map((r) => r.href)).toEqual(['child-protection-conferences', 'https://brackenshirescp.trixonline.example/chapter/county-lines']);
    expect(words.endsWith('Related guidance Working Together to Safeguard Children')).toBe(true);
    expect(referral.leftOut).toEqual([]);
  });

  it("falls back to the page's body when nothing marks the content, still without navigation", () => {
    const plain = extractChapter(
      parseHtml('<html><body><nav><a href="/">Home</a></nav><h1>2.4 Forced Marriage</h1><p>You may have one chance.</p><footer>Footer</footer></body></html>'),
    );
    expect(plain.title).toBe('Forced Marriage');
    expect(textOf(plain.content)).toBe('You may have one chance.');
  });
});
