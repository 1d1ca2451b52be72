// The check of a partnership's local texts at the extension points of its chapters (check/local-texts.ts).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/lib/check/problems.ts';
import { checkManual } from '../../../src/lib/check/validate.ts';
import type { CheckOptions, ManualSource } from '../../../src/lib/content/manual.ts';
import { first, options, source, versionText } from '../helpers.ts';

const POINT_BODY =
  'Scope of the chapter.\n\n## How to refer\n\nPhone the front door.\n\n<Local name="referral-arrangements" />\n\n## Consent\n\nSeek consent.\n';
const chapter = first('1.1.1', 'Referrals', '2020-01-06', {}).replace(/\n---\n[\s\S]*$/, `\n---\n${POINT_BODY}`);
const localText = (fields: Record<string, unknown> = {}, body = 'In Test, send the referral form by secure email.\n') =>
  versionText({ amended: '2024-06-01', approvedBy: 'Procedures Sub-group', approvedOn: '2024-05-20', ...fields }, body);
const followsCore: CheckOptions = { ...options, settings: { ...options.settings, core: { from: '../core', name: 'Regional Core' } } };

/** The manual with a chapter that declares referral-arrangements, and the given local texts (by path under local/). */
function withLocal(local: Record<string, string>, chapters: Record<string, string> = { 'referrals/2020-01-06.mdx': chapter }): ManualSource {
  return { ...source(chapters), localFiles: Object.entries(local).map(([path, text]) => ({ file: `m/local/${path}`, text })) };
}

/** The problems about local texts and extension points (a manual that names a core also hears that it has taken none of its releases). */
function report(manual: ManualSource, given: CheckOptions = options): string {
  return formatProblems(checkManual(manual, given).problems.filter((p) => p.field !== 'core'));
}

describe('local texts at extension points', () => {
  it('accepts a local text at a point its chapter declares, and hands it on with the manual', () => {
    const { problems, manual } = checkManual(withLocal({ 'referrals/referral-arrangements/2024-06-01.mdx': localText() }), followsCore);
    expect(problems.filter((p) => p.field !== 'core')).toEqual([]);
    expect(manual.localTexts?.map((t) => [t.chapterId, t.point, t.amended, t.approvedBy])).toEqual([
      ['referrals', 'referral-arrangements', '2024-06-01', 'Procedures Sub-group'],
    ]);
    expect(manual.chapters[0]?.current?.localPoints).toEqual(['referral-arrangements']);
  });

  it('refuses a local text for a point the chapter does not declare, naming the points it does', () => {
    expect(report(withLocal({ 'referrals/referral-hub/2024-06-01.mdx': localText() }))).toMatchInlineSnapshot(`
      "m/local/referrals/referral-hub/2024-06-01.mdx
        error file, extension point: the chapter referrals declares no extension point referral-hub: it declares referral-arrangements
          fix: move the file into the folder of the point it fills: m/local/referrals/referral-arrangements/

      1 error, 0 warnings"
    `);
    const plain = { 'strategy/2020-01-06.mdx': first('1.1.2', 'Strategy', '2020-01-06', {}) };
    expect(report(withLocal({ 'strategy/referral-arrangements/2024-06-01.mdx': localText(), 'nowhere/x/2024-06-01.mdx': localText() }, plain)))
      .toMatchInlineSnapshot(`
        "m/local/nowhere/x/2024-06-01.mdx
          error file, chapter id: this local text is for the chapter nowhere, which the manual does not have
            fix: move it into the folder of an existing chapter (local/<chapter-id>/<extension-point>/<YYYY-MM-DD>.mdx), or delete it

        m/local/strategy/referral-arrangements/2024-06-01.mdx
          error file, extension point: the chapter strategy declares no extension point referral-arrangements: it declares none, so it has no place for local text
            fix: write the local arrangements in a local chapter instead, or ask the core to declare a point with <Local name="..." />

        2 errors, 0 warnings"
      `);
  });

  it('warns about a declared point without local text in a manual that follows a core, and not in the core itself', () => {
    expect(report(withLocal({}), followsCore)).toMatchInlineSnapshot(`
      "m/local/referrals/referral-arrangements
        warning file, extension point: the chapter referrals has a place for local text, <Local name="referral-arrangements" />, and this manual has none in force there: readers see the core's text alone
          fix: write the partnership's arrangements in m/local/referrals/referral-arrangements/2024-06-01.mdx (with amended: 2024-06-01, approvedBy and approvedOn), or leave the point empty if the core's text is enough here

      0 errors, 1 warning"
    `);
    // A local text that takes effect later does not fill the point today.
    expect(report(withLocal({ 'referrals/referral-arrangements/2024-07-01.mdx': localText({ amended: '2024-07-01' }) }), followsCore)).toContain(
      'warning file, extension point',
    );
    expect(report(withLocal({}))).toBe('0 errors, 0 warnings');
  });

  it('checks a local text’s body by the rules of every chapter body, and its file and sign-off', () => {
    const body = '# Local arrangements\n\nPhone <Contact id="nobody" inline />.\n\n<Local name="inner" />\n';
    const signOff: CheckOptions = { ...options, settings: { ...options.settings, signOffRequiredFrom: '2024-01-01' } };
    expect(
      report(
        withLocal({
          'referrals/referral-arrangements/2024-06-01.mdx': localText({}, body),
          'referrals/referral-arrangements/2024-06-02.mdx': localText({ amended: '2024-06-02', approvedBy: undefined, approvedOn: undefined }),
          'referrals/referral-arrangements/notes.mdx': localText(),
          'referrals/stray.mdx': localText(),
        }),
        signOff,
      ),
    ).toMatchInlineSnapshot(`
      "m/local/referrals/referral-arrangements/2024-06-01.mdx
        error line 6, body: the heading "Local arrangements" is a top-level heading, which only the chapter title may be
          fix: use ## for headings in the body
        error line 8, body: <Contact id="nobody"> names a contact that does not exist
          fix: use the name of a file in m/contacts, without .yaml
        error line 10, body: <Local> declares an extension point, which only a chapter can: a local text fills one
          fix: delete the <Local> tag and write the text itself

      m/local/referrals/referral-arrangements/2024-06-02.mdx
        error line 2, approvedBy: is missing: every version taking effect on or after 1 January 2024 must say who approved it and when (signOffRequiredFrom in manual.config.ts)
          fix: add approvedBy: Policy and Procedures Group and approvedOn: 2024-06-02 (the group or person that approved the local text, and the date, on or before 2024-06-02)
        error line 2, summary: is missing: every version of a local text after the first must say what changed and why
          fix: add summary: followed by one or two sentences

      m/local/referrals/referral-arrangements/notes.mdx
        error file, file name: notes.mdx is not named by a date
          fix: name the file by the date the local text took effect, such as 2026-12-07.mdx

      m/local/referrals/stray.mdx
        error file, file name: only local texts may sit in the local folder: local/<chapter-id>/<extension-point>/<YYYY-MM-DD>.mdx
          fix: move or rename the file, or delete it if it is not part of the manual

      7 errors, 0 warnings"
    `);
  });

  it('refuses an extension point written inside a sentence, holding text, inside an area, badly named or twice', () => {
    const body =
      'Scope. See <Local name="inline-point" /> here.\n\n<Local name="held">\n\nText.\n\n</Local>\n\n<Area name="northtown">\n\n<Local name="in-area" />\n\n</Area>\n\n<Local name="Bad_Name" />\n\n<Local name="twice" />\n\n<Local name="twice" />\n';
    const text = first('1.1.1', 'Referrals', '2020-01-06', {}).replace(/\n---\n[\s\S]*$/, `\n---\n${body}`);
    expect(report(withLocal({}, { 'referrals/2020-01-06.mdx': text }))).toMatchInlineSnapshot(`
      "m/procedures/referrals/2020-01-06.mdx
        error line 7, body: <Local> is inside a sentence: a partnership's local text is whole paragraphs
          fix: this version is published, so make the change in a new version: npm run amend -- referrals --summary "...", then in the new file: put <Local name="referral-arrangements" /> on a line of its own, with an empty line before and after
        error line 9, body: <Local> holds text: it marks where each partnership's own text goes, and holds none itself
          fix: this version is published, so make the change in a new version: npm run amend -- referrals --summary "...", then in the new file: write <Local name="referral-arrangements" />, and put the text before or after it
        error line 17, body: <Local> is inside <Area>
          fix: this version is published, so make the change in a new version: npm run amend -- referrals --summary "...", then in the new file: put the extension point outside the area's block
        error line 21, body: <Local name="Bad_Name"> is not a valid name for an extension point
          fix: this version is published, so make the change in a new version: npm run amend -- referrals --summary "...", then in the new file: write the name in lower-case words joined by hyphens, such as <Local name="referral-arrangements" />
        error line 25, body: <Local name="twice"> is declared twice in this body: each extension point has one place
          fix: this version is published, so make the change in a new version: npm run amend -- referrals --summary "...", then in the new file: give each <Local> its own name, or delete the second one

      5 errors, 0 warnings"
    `);
  });

  it('locks a local text as it locks a version: an edited published local text is refused', () => {
    const text = localText();
    const manual = withLocal({ 'referrals/referral-arrangements/2024-06-01.mdx': text });
    const lock = JSON.parse(manual.lockFile!.text) as { files: Record<string, { sha256: string }> };
    const hash = (t: string) => createHash('sha256').update(t).digest('hex');
    lock.files['local/referrals/referral-arrangements/2024-06-01.mdx'] = { sha256: hash(text) };
    const locked = { ...manual, lockFile: { file: 'm/versions.lock.json', text: JSON.stringify(lock) } };
    const withHashes = { ...locked, localFiles: locked.localFiles!.map((f) => ({ ...f, sha256: hash(f.text) })) };
    expect(checkManual(withHashes, options).problems).toEqual([]);
    expect(checkManual(withHashes, options).unlocked).toEqual([]);
    const edited = { ...withHashes, localFiles: [{ file: withHashes.localFiles[0]!.file, text: text.replace('secure email', 'post'), sha256: hash('x') }] };
    expect(report(edited)).toContain('this version was published on 2024-06-01 and has been edited since');
    const gone = { ...withHashes, localFiles: [] };
    expect(report(gone)).toContain('the published version local/referrals/referral-arrangements/2024-06-01.mdx is missing');
    // A new local text is recorded by the next build, and may not be dated before it.
    expect(checkManual(withLocal({ 'referrals/referral-arrangements/2024-06-01.mdx': text }), options).unlocked).toEqual([
      'local/referrals/referral-arrangements/2024-06-01.mdx',
    ]);
    expect(report(withLocal({ 'referrals/referral-arrangements/2024-05-01.mdx': localText({ amended: '2024-05-01', approvedOn: '2024-04-01' }) }))).toContain(
      'this new version is dated 2024-05-01, before today (2024-06-01)',
    );
  });
});
