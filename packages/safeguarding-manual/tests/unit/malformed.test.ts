// Malformed content: each case is one small mistake made in the valid fixture manual in
// tests/fixtures/small, and must be reported on its own, in the right file and line, with its fix.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exampleSettings as settings } from '../example.ts';
import { formatProblems } from '../../src/lib/check/problems.ts';
import { readManualSource } from '../../src/lib/content/source.ts';
import type { ManualSource } from '../../src/lib/content/manual.ts';
import { checkManual } from '../../src/lib/check/validate.ts';

const DIR = 'tests/fixtures/small';
const TODAY = '2024-03-01';
const original = readManualSource(DIR);

/** The fixture's files by path inside it, such as procedures/beta-strategy/2020-01-06.mdx. */
type Files = Map<string, string>;

function filesOf(source: ManualSource): Files {
  const all = [...source.procedureFiles, ...source.contactFiles, ...(source.structureFile ? [source.structureFile] : [])];
  return new Map(all.map((f) => [f.file.slice(DIR.length + 1), f.text]));
}

/** A lock of every published version in `files`, as a build would have written it. */
function lockOf(files: Files): string {
  const locked = [...files]
    .filter(([path]) => /^(procedures|pages)\//.test(path) && (/(\d{4}-\d{2}-\d{2})\.mdx$/.exec(path)?.[1] ?? '9999') <= TODAY)
    .map(([path, text]) => [path, { sha256: createHash('sha256').update(text).digest('hex') }]);
  return JSON.stringify({ format: 2, files: Object.fromEntries(locked) });
}

/** Replaces `from` (which must be there) with `to` in one file. */
function edit(files: Files, path: string, from: string | RegExp, to: string): void {
  const text = files.get(path);
  if (text === undefined || !(typeof from === 'string' ? text.includes(from) : from.test(text))) throw new Error(`${path} does not contain ${String(from)}`);
  files.set(path, text.replace(from, to));
}

/**
 * The report for the fixture manual after `mutate`. The lock is the valid manual's, without the
 * files the mutation changed or added: those are new versions being written, not yet locked.
 * `lockBefore` keeps every entry, as when a published version is edited in place.
 */
function reportAfter(mutate: (files: Files) => void, { lockBefore = false } = {}): string {
  const files = filesOf(original);
  const before = new Map(files);
  mutate(files);
  // A version edited or added by the mutation is locked as it is now, as the build that published it would have locked it:
  // a new version dated in the past would be refused as backdated. With lockBefore, an edited version keeps its entry from
  // before the edit; a deleted version keeps its entry either way.
  const lock = lockOf(lockBefore ? new Map([...files, ...before]) : new Map([...before, ...files]));
  const under = (folder: string) =>
    [...files]
      .filter(([p]) => p.startsWith(folder))
      .map(([p, text]) => ({ file: `${DIR}/${p}`, text }))
      .sort((a, b) => a.file.localeCompare(b.file));
  const source: ManualSource = {
    contentDir: DIR,
    procedureFiles: under('procedures/'),
    pageFiles: under('pages/'),
    contactFiles: under('contacts/'),
    // The site's own images, in public/.
    publicFiles: new Set(['/images/referral-steps.png']),
    structureFile: files.has('structure.yaml') ? { file: `${DIR}/structure.yaml`, text: files.get('structure.yaml')! } : undefined,
    lockFile: { file: `${DIR}/versions.lock.json`, text: lock },
  };
  return formatProblems(checkManual(source, { today: TODAY, settings, settingsFile: 'manual.config.ts' }).problems);
}

const ALPHA = 'procedures/alpha-referrals/2023-05-02.mdx';
const ALPHA_FIRST = 'procedures/alpha-referrals/2020-01-06.mdx';
const BETA = 'procedures/beta-strategy/2020-01-06.mdx';
const DELTA = 'procedures/delta-guide/2024-02-01.mdx';
const GAMMA_WITHDRAWN = 'procedures/gamma-old/2024-02-01.mdx';
const body = (files: Files, path: string, text: string) => edit(files, path, /\n---\n[\s\S]*$/, `\n---\n${text}`);

describe('the valid fixture manual', () => {
  it('has no problems', () => {
    expect(reportAfter(() => {})).toBe('0 errors, 0 warnings');
  });

  it('accepts links to headings that exist, in another chapter and in the same one', () => {
    const links = '(/procedures/alpha-referrals/#how-to-refer). Who is there: [below](#who-takes-part)';
    expect(reportAfter((f) => edit(f, BETA, '(/procedures/alpha-referrals/)', links))).toBe('0 errors, 0 warnings');
  });
});

describe('mistakes in frontmatter', () => {
  it('an unquoted section number', () => {
    expect(reportAfter((f) => edit(f, DELTA, 'section: "2.2"', 'section: 2.20'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/delta-guide/2024-02-01.mdx
        error line 2, section: must be in double quotes, like "2.2": without quotes a number such as 2.10 is read as 2.1
          fix: write it as section: "1.3.4"

      1 error, 0 warnings"
    `);
  });

  it('a missing title', () => {
    expect(reportAfter((f) => edit(f, BETA, 'title: Strategy Discussions\n', ''))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/beta-strategy/2020-01-06.mdx
        error line 2, title: is missing
          fix: add title: Section 47 Enquiries

      1 error, 0 warnings"
    `);
  });

  it('a misspelt field', () => {
    expect(reportAfter((f) => edit(f, ALPHA, 'summary:', 'sumary:'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/alpha-referrals/2023-05-02.mdx
        error line 6, sumary: is not a field this file can have
          fix: rename it to summary

      1 error, 0 warnings"
    `);
  });

  it('an unknown kind of change', () => {
    expect(reportAfter((f) => edit(f, ALPHA, 'change: updated', 'change: amended'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/alpha-referrals/2023-05-02.mdx
        error line 5, change: must be one of new, updated or withdrawn
          fix: write it as change: updated

      1 error, 0 warnings"
    `);
  });

  it('a date that does not exist', () => {
    expect(reportAfter((f) => edit(f, ALPHA, 'amended: 2023-05-02', 'amended: 2023-02-30'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/alpha-referrals/2023-05-02.mdx
        error line 4, amended: must be a real date written as YYYY-MM-DD, such as 2024-03-25
          fix: write it as amended: 2024-03-25 (the same date as the file name)

      1 error, 0 warnings"
    `);
  });

  it('a date that differs from the file name', () => {
    expect(reportAfter((f) => edit(f, ALPHA, 'amended: 2023-05-02', 'amended: 2023-05-03'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/alpha-referrals/2023-05-02.mdx
        error line 4, amended: is 2023-05-03 but the file is named 2023-05-02.mdx
          fix: make them the same: amended: 2023-05-02, or rename the file to 2023-05-03.mdx

      1 error, 0 warnings"
    `);
  });

  it('a review date written the British way', () => {
    expect(reportAfter((f) => edit(f, BETA, 'change: new\n', 'change: new\nreviewDue: 31/03/2025\n'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/beta-strategy/2020-01-06.mdx
        error line 6, reviewDue: must be a real date written as YYYY-MM-DD, such as 2024-03-25
          fix: write it as reviewDue: 2027-03-31

      1 error, 0 warnings"
    `);
  });

  it('keywords that are not a list', () => {
    expect(reportAfter((f) => edit(f, BETA, 'keywords: [strategy meeting]', 'keywords: strategy meeting'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/beta-strategy/2020-01-06.mdx
        error line 6, keywords: must be a list, such as [s47, ICPC]
          fix: write it as keywords: [s47, child protection enquiry]

      1 error, 0 warnings"
    `);
  });

  it('YAML that cannot be read', () => {
    expect(reportAfter((f) => edit(f, BETA, 'title: Strategy Discussions', 'title: Strategy: Discussions'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/beta-strategy/2020-01-06.mdx
        error line 3, yaml: the text of title holds a colon followed by a space, which YAML reads as the start of another field
          fix: put the text in double quotes: title: "Strategy: Discussions"

      1 error, 0 warnings"
    `);
  });

  it('a file without frontmatter', () => {
    expect(reportAfter((f) => edit(f, DELTA, /^---\n[\s\S]*?\n---\n/, ''))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/delta-guide/2024-02-01.mdx
        error line 1, frontmatter: the file does not start with frontmatter between two --- lines
          fix: start the file with ---, the fields, then --- on its own line

      1 error, 0 warnings"
    `);
  });
});

describe('mistakes in file and folder names', () => {
  it('a version file not named by its date', () => {
    expect(
      reportAfter((f) => {
        f.set('procedures/delta-guide/2024-02-01-draft.mdx', f.get(DELTA)!);
        f.delete(DELTA);
      }),
    ).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/delta-guide/2024-02-01-draft.mdx
        error file, file name: 2024-02-01-draft.mdx is not named by a date
          fix: name the file by the date the version took effect, such as 2024-03-25.mdx

      tests/fixtures/small/versions.lock.json
        error file, procedures/delta-guide/2024-02-01.mdx: the published version procedures/delta-guide/2024-02-01.mdx is missing: it was deleted or renamed
          fix: restore it from version control (git checkout -- tests/fixtures/small/procedures/delta-guide/2024-02-01.mdx); published versions never change or disappear: publish a new version instead

      2 errors, 0 warnings"
    `);
  });

  it('a chapter folder that is not a chapter id', () => {
    expect(
      reportAfter((f) => {
        f.set('procedures/Delta_Guide/2024-02-01.mdx', f.get(DELTA)!);
        f.delete(DELTA);
      }),
    ).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/Delta_Guide/2024-02-01.mdx
        error file, chapter id: the folder name Delta_Guide is not a valid chapter id
          fix: rename the folder in lower-case words joined by hyphens, such as section-47-enquiries

      tests/fixtures/small/procedures/gamma-old/2024-02-01.mdx
        error line 7, replacedBy: chapter delta-guide does not exist
          fix: this version is published, so make the change in a new version: npm run amend -- gamma-old --summary "...", then in the new file: use the folder name of an existing chapter

      tests/fixtures/small/versions.lock.json
        error file, procedures/delta-guide/2024-02-01.mdx: the published version procedures/delta-guide/2024-02-01.mdx is missing: it was deleted or renamed
          fix: restore it from version control (git checkout -- tests/fixtures/small/procedures/delta-guide/2024-02-01.mdx); published versions never change or disappear: publish a new version instead

      3 errors, 0 warnings"
    `);
  });

  it('a stray file in a chapter folder', () => {
    expect(reportAfter((f) => f.set('procedures/delta-guide/notes.txt', 'Draft notes.'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/delta-guide/notes.txt
        error file, file name: only version files may sit in a chapter folder: procedures/<chapter-id>/<YYYY-MM-DD>.mdx
          fix: move or rename the file, or delete it if it is not part of the manual

      1 error, 0 warnings"
    `);
  });
});

describe('mistakes across files', () => {
  it('two chapters with the same number', () => {
    expect(reportAfter((f) => edit(f, BETA, 'section: "1.1.2"', 'section: "1.1.1"'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/alpha-referrals/2023-05-02.mdx
        error line 2, section: number 1.1.1 is also used by beta-strategy
          fix: give one of the chapters another number; renumbering is an amendment: npm run amend -- alpha-referrals --section <new number> --summary "Renumbered."

      tests/fixtures/small/procedures/beta-strategy/2020-01-06.mdx
        error line 2, section: number 1.1.1 is also used by alpha-referrals
          fix: give one of the chapters another number; renumbering is an amendment: npm run amend -- beta-strategy --section <new number> --summary "Renumbered."

      2 errors, 0 warnings"
    `);
  });

  it('a number outside the structure', () => {
    expect(reportAfter((f) => edit(f, DELTA, 'section: "2.2"', 'section: "7.2"'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/delta-guide/2024-02-01.mdx
        error line 2, section: number 7.2 does not sit under any section or sub-section in tests/fixtures/small/structure.yaml
          fix: add section 7 to tests/fixtures/small/structure.yaml, or use a number under one of: 1, 1.1, 2 (in a new version: npm run amend -- delta-guide --section <number> --summary "Renumbered.")

      1 error, 0 warnings"
    `);
  });

  it('a chapter numbered as a sub-section', () => {
    expect(reportAfter((f) => edit(f, DELTA, 'section: "2.2"', 'section: "1.1"'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/delta-guide/2024-02-01.mdx
        error line 2, section: number 1.1 belongs to a section in tests/fixtures/small/structure.yaml
          fix: number the chapter inside it, such as 1.1.3 (in a new version: npm run amend -- delta-guide --section <number> --summary "Renumbered.")

      1 error, 0 warnings"
    `);
  });

  it('a first version that is not new', () => {
    expect(reportAfter((f) => edit(f, BETA, 'change: new', 'change: updated\nsummary: Revised.'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/beta-strategy/2020-01-06.mdx
        error line 5, change: the first version of a chapter must be new, not updated
          fix: this version is published, so make the change in a new version: npm run amend -- beta-strategy --summary "...", then in the new file: write change: new

      1 error, 0 warnings"
    `);
  });

  it('a later version marked new', () => {
    expect(reportAfter((f) => edit(f, ALPHA, 'change: updated', 'change: new'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/alpha-referrals/2023-05-02.mdx
        error line 5, change: only the first version is new (the chapter started on 2020-01-06)
          fix: this version is published, so make the change in a new version: npm run amend -- alpha-referrals --summary "...", then in the new file: write change: updated

      1 error, 0 warnings"
    `);
  });

  it('a later version without a summary', () => {
    expect(reportAfter((f) => edit(f, ALPHA, /summary: .*\n/, ''))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/alpha-referrals/2023-05-02.mdx
        error line 5, summary: is missing: every version after the first must say what changed and why
          fix: this version is published, so make the change in a new version: npm run amend -- alpha-referrals --summary "...", then in the new file: add summary: followed by one or two sentences

      1 error, 0 warnings"
    `);
  });

  it('a version after a withdrawal', () => {
    expect(
      reportAfter((f) =>
        f.set(
          'procedures/gamma-old/2024-02-20.mdx',
          f
            .get(GAMMA_WITHDRAWN)!
            .replace('amended: 2024-02-01', 'amended: 2024-02-20')
            .replace('change: withdrawn', 'change: updated')
            .replace('replacedBy: delta-guide\n', ''),
        ),
      ),
    ).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/gamma-old/2024-02-20.mdx
        error line 4, amended: the chapter was withdrawn on 2024-02-01, so it cannot have a later version
          fix: this version is published, so make the change in a new version: npm run amend -- gamma-old --summary "...", then in the new file: delete this file; to bring the chapter back, write a new chapter with npm run new-chapter

      1 error, 0 warnings"
    `);
  });

  it('a replacement named on a version that does not withdraw', () => {
    expect(reportAfter((f) => edit(f, ALPHA, 'change: updated', 'change: updated\nreplacedBy: delta-guide'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/alpha-referrals/2023-05-02.mdx
        error line 6, replacedBy: is only for a version that withdraws the chapter
          fix: this version is published, so make the change in a new version: npm run amend -- alpha-referrals --summary "...", then in the new file: remove replacedBy, or write change: withdrawn

      1 error, 0 warnings"
    `);
  });

  it('a replacement that does not exist', () => {
    expect(reportAfter((f) => edit(f, GAMMA_WITHDRAWN, 'replacedBy: delta-guide', 'replacedBy: delta-guidance'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/gamma-old/2024-02-01.mdx
        error line 7, replacedBy: chapter delta-guidance does not exist
          fix: this version is published, so make the change in a new version: npm run amend -- gamma-old --summary "...", then in the new file: use the folder name of an existing chapter

      1 error, 0 warnings"
    `);
  });

  it('a chapter replaced by itself', () => {
    expect(reportAfter((f) => edit(f, GAMMA_WITHDRAWN, 'replacedBy: delta-guide', 'replacedBy: gamma-old'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/gamma-old/2024-02-01.mdx
        error line 7, replacedBy: names the chapter itself
          fix: this version is published, so make the change in a new version: npm run amend -- gamma-old --summary "...", then in the new file: name the chapter that replaces this one, or remove replacedBy

      1 error, 0 warnings"
    `);
  });

  it('see also naming a chapter that does not exist', () => {
    expect(reportAfter((f) => edit(f, BETA, 'seeAlso: [alpha-referrals]', 'seeAlso: [alpha-referral]'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/beta-strategy/2020-01-06.mdx
        error line 7, the first see-also entry: chapter alpha-referral does not exist
          fix: this version is published, so make the change in a new version: npm run amend -- beta-strategy --summary "...", then in the new file: use the folder name of an existing chapter, or remove it

      1 error, 0 warnings"
    `);
  });

  it('see also naming the chapter itself', () => {
    expect(reportAfter((f) => edit(f, BETA, 'seeAlso: [alpha-referrals]', 'seeAlso: [beta-strategy]'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/beta-strategy/2020-01-06.mdx
        error line 7, the first see-also entry: names the chapter itself
          fix: this version is published, so make the change in a new version: npm run amend -- beta-strategy --summary "...", then in the new file: remove beta-strategy from seeAlso

      1 error, 0 warnings"
    `);
  });

  it('see also naming a withdrawn chapter', () => {
    expect(reportAfter((f) => edit(f, BETA, 'seeAlso: [alpha-referrals]', 'seeAlso: [gamma-old]'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/beta-strategy/2020-01-06.mdx
        warning line 7, the first see-also entry: chapter gamma-old has been withdrawn: the page shows its replacement, delta-guide, instead
          fix: to change the list, publish a new version: npm run amend -- beta-strategy --summary "Updated the related chapters."

      0 errors, 1 warning"
    `);
  });
});

describe('mistakes in the text of a chapter', () => {
  it('a link to a chapter that does not exist', () => {
    expect(reportAfter((f) => edit(f, BETA, '(/procedures/alpha-referrals/)', '(/procedures/alpha-referral/)'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/beta-strategy/2020-01-06.mdx
        error line 9, body: the link /procedures/alpha-referral/ does not lead to a chapter
          fix: this version is published, so make the change in a new version: npm run amend -- beta-strategy --summary "...", then in the new file: link to /procedures/<chapter-id>/ using an existing chapter id

      1 error, 0 warnings"
    `);
  });

  it('a link to a heading that another chapter does not have', () => {
    expect(reportAfter((f) => edit(f, BETA, '(/procedures/alpha-referrals/)', '(/procedures/alpha-referrals/#how-to-reffer)'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/beta-strategy/2020-01-06.mdx
        error line 9, body: the link /procedures/alpha-referrals/#how-to-reffer leads to no heading in chapter alpha-referrals
          fix: this version is published, so make the change in a new version: npm run amend -- beta-strategy --summary "...", then in the new file: use one of #when-to-refer, #how-to-refer

      1 error, 0 warnings"
    `);
  });

  it('a link to a heading that the same chapter does not have', () => {
    expect(reportAfter((f) => edit(f, BETA, '(/procedures/alpha-referrals/)', '(#who-takes-parts)'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/beta-strategy/2020-01-06.mdx
        error line 9, body: the link #who-takes-parts leads to no heading in this version
          fix: this version is published, so make the change in a new version: npm run amend -- beta-strategy --summary "...", then in the new file: use one of #who-takes-part

      1 error, 0 warnings"
    `);
  });

  it('a link that ends in an empty #', () => {
    expect(reportAfter((f) => edit(f, BETA, '(/procedures/alpha-referrals/)', '(/procedures/alpha-referrals/#)'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/beta-strategy/2020-01-06.mdx
        error line 9, body: the link /procedures/alpha-referrals/# ends in an empty #
          fix: this version is published, so make the change in a new version: npm run amend -- beta-strategy --summary "...", then in the new file: remove the #, or use one of #when-to-refer, #how-to-refer

      1 error, 0 warnings"
    `);
  });

  it('an import', () => {
    expect(reportAfter((f) => body(f, DELTA, 'import Contact from "../../components/Contact.astro";\n\nThe new guide.\n'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/delta-guide/2024-02-01.mdx
        error line 8, body: content may not import anything
          fix: this version is published, so make the change in a new version: npm run amend -- delta-guide --summary "...", then in the new file: delete the import line: <Contact id="tamsford-front-door" /> works without one

      1 error, 0 warnings"
    `);
  });

  it('an expression in braces', () => {
    expect(reportAfter((f) => edit(f, DELTA, 'The new guide.', 'The new guide for {year}.'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/delta-guide/2024-02-01.mdx
        error line 8, body: content may not contain an expression in braces
          fix: this version is published, so make the change in a new version: npm run amend -- delta-guide --summary "...", then in the new file: remove the { and }, or write \\{ for a brace that is part of the text; a note for editors is written {/* like this */}

      1 error, 0 warnings"
    `);
  });

  it('a script', () => {
    expect(reportAfter((f) => edit(f, DELTA, 'The new guide.', 'The new guide.\n\n<script>document.title = "x"</script>'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/delta-guide/2024-02-01.mdx
        error line 10, body: <script> is not allowed in content: chapters cannot run scripts
          fix: this version is published, so make the change in a new version: npm run amend -- delta-guide --summary "...", then in the new file: remove the <script> element and everything inside it

      1 error, 0 warnings"
    `);
  });

  it('an inline event handler', () => {
    expect(reportAfter((f) => edit(f, ALPHA, '<Contact id="tamsford-front-door" />', '<Contact id="tamsford-front-door" onClick="track()" />')))
      .toMatchInlineSnapshot(`
        "tests/fixtures/small/procedures/alpha-referrals/2023-05-02.mdx
          error line 19, body: <Contact> has an inline event handler, onClick, which content may not use
            fix: this version is published, so make the change in a new version: npm run amend -- alpha-referrals --summary "...", then in the new file: remove onClick="..." from the tag

        1 error, 0 warnings"
      `);
  });

  it('a javascript: link', () => {
    expect(reportAfter((f) => edit(f, BETA, '(/procedures/alpha-referrals/)', '(javascript:alert(1))'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/beta-strategy/2020-01-06.mdx
        error line 9, body: javascript: links are not allowed
          fix: this version is published, so make the change in a new version: npm run amend -- beta-strategy --summary "...", then in the new file: link to a web page or a chapter instead

      1 error, 0 warnings"
    `);
  });

  it('a javascript: address in an attribute', () => {
    expect(reportAfter((f) => edit(f, ALPHA, '<Contact id="tamsford-front-door" />', '<Contact id="tamsford-front-door" href="JavaScript:alert(1)" />')))
      .toMatchInlineSnapshot(`
        "tests/fixtures/small/procedures/alpha-referrals/2023-05-02.mdx
          error line 19, body: <Contact> has a javascript: address in href, which content may not use
            fix: this version is published, so make the change in a new version: npm run amend -- alpha-referrals --summary "...", then in the new file: remove href="..." from the tag

        1 error, 0 warnings"
      `);
  });

  it('an iframe', () => {
    expect(reportAfter((f) => edit(f, DELTA, 'The new guide.', '<iframe src="https://video.example/embed/1" />'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/delta-guide/2024-02-01.mdx
        error line 8, body: <iframe> is not allowed in content: chapters cannot show pages from other sites
          fix: this version is published, so make the change in a new version: npm run amend -- delta-guide --summary "...", then in the new file: remove it and link to the page instead: [what it is](https://...)

      1 error, 0 warnings"
    `);
  });

  it('an HTML tag', () => {
    expect(reportAfter((f) => edit(f, DELTA, 'The new guide.', 'The <b>new</b> guide.'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/delta-guide/2024-02-01.mdx
        error line 8, body: <b> is an HTML tag, which content may not use
          fix: this version is published, so make the change in a new version: npm run amend -- delta-guide --summary "...", then in the new file: write bold text as **text**

      1 error, 0 warnings"
    `);
  });

  it('a component the manual does not have', () => {
    expect(reportAfter((f) => edit(f, DELTA, 'The new guide.', '<Warning>The new guide.</Warning>'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/delta-guide/2024-02-01.mdx
        error line 8, body: <Warning> is not allowed in content
          fix: this version is published, so make the change in a new version: npm run amend -- delta-guide --summary "...", then in the new file: use Markdown, <Contact id="..." /> for phone numbers, or <Resource id="..." /> for a form or document

      1 error, 0 warnings"
    `);
  });

  it('a contact that does not exist', () => {
    expect(reportAfter((f) => edit(f, ALPHA, '<Contact id="tamsford-front-door" />', '<Contact id="tamsford-frontdoor" />'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/alpha-referrals/2023-05-02.mdx
        error line 19, body: <Contact id="tamsford-frontdoor"> names a contact that does not exist
          fix: this version is published, so make the change in a new version: npm run amend -- alpha-referrals --summary "...", then in the new file: use the name of a file in tests/fixtures/small/contacts, without .yaml

      1 error, 0 warnings"
    `);
  });

  it('a contact without its id', () => {
    expect(reportAfter((f) => edit(f, ALPHA, '<Contact id="tamsford-front-door" />', '<Contact />'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/alpha-referrals/2023-05-02.mdx
        error line 19, body: <Contact> needs id="..."
          fix: this version is published, so make the change in a new version: npm run amend -- alpha-referrals --summary "...", then in the new file: write <Contact id="..." />

      1 error, 0 warnings"
    `);
  });

  it('a second top-level heading', () => {
    expect(reportAfter((f) => edit(f, DELTA, '## Steps', '# Steps'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/delta-guide/2024-02-01.mdx
        error line 10, body: the heading "Steps" is a top-level heading, which only the chapter title may be
          fix: this version is published, so make the change in a new version: npm run amend -- delta-guide --summary "...", then in the new file: use ## for headings in the body

      1 error, 0 warnings"
    `);
  });

  it('a stray < that stops the MDX being read', () => {
    expect(reportAfter((f) => edit(f, DELTA, 'The new guide.', 'For children <5 years old.'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/delta-guide/2024-02-01.mdx
        error line 8, body: the MDX cannot be read: Unexpected character after \`<\`, expected a valid JSX tag (note: to create a link in MDX, use \`[text](url)\`)
          fix: this version is published, so make the change in a new version: npm run amend -- delta-guide --summary "...", then in the new file: check for a stray < or { in the text (write "under 18", not "<18"), or an unclosed tag

      1 error, 0 warnings"
    `);
  });
});

describe('mistakes in the structure, contacts and published versions', () => {
  it('a sub-section under the wrong section', () => {
    expect(reportAfter((f) => edit(f, 'structure.yaml', 'number: "1.1"', 'number: "2.1"'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/alpha-referrals/2023-05-02.mdx
        error line 2, section: number 1.1.1 does not sit under any section or sub-section in tests/fixtures/small/structure.yaml
          fix: add section 1.1 to tests/fixtures/small/structure.yaml, or use a number under one of: 1, 2, 2.1 (in a new version: npm run amend -- alpha-referrals --section <number> --summary "Renumbered.")

      tests/fixtures/small/procedures/beta-strategy/2020-01-06.mdx
        error line 2, section: number 1.1.2 does not sit under any section or sub-section in tests/fixtures/small/structure.yaml
          fix: add section 1.1 to tests/fixtures/small/structure.yaml, or use a number under one of: 1, 2, 2.1 (in a new version: npm run amend -- beta-strategy --section <number> --summary "Renumbered.")

      tests/fixtures/small/structure.yaml
        error line 5, number of the first sub-section of the first section: sub-section 2.1 does not belong to section 1
          fix: number it 1.N, or move it under section 2

      3 errors, 0 warnings"
    `);
  });

  it('a phone number that is not a UK number', () => {
    expect(reportAfter((f) => edit(f, 'contacts/lado.yaml', 'number: "0113 496 0600"', 'number: "0113 496 060"'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/contacts/lado.yaml
        error line 7, number of the first phone: is not a valid UK phone number; check every digit (for example "0116 496 0100")
          fix: write it as number: "0116 496 0100"

      1 error, 0 warnings"
    `);
  });

  it('a contact for an area the manual does not cover', () => {
    expect(reportAfter((f) => edit(f, 'contacts/lado.yaml', 'areas: [tamsford, brackenshire, wyvern-vale]', 'areas: [tamsford, brackenshire, wyvernvale]')))
      .toMatchInlineSnapshot(`
      "tests/fixtures/small/contacts/lado.yaml
        error line 4, the third area: area wyvernvale is not one of the areas in manual.config.ts
          fix: use one of all, tamsford, brackenshire, wyvern-vale

      1 error, 0 warnings"
    `);
  });

  it('a published version edited in place', () => {
    expect(
      reportAfter((f) => edit(f, ALPHA_FIRST, 'Written confirmation follows within 24 hours.', 'Written confirmation follows within 48 hours.'), {
        lockBefore: true,
      }),
    ).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/alpha-referrals/2020-01-06.mdx
        error file, file: this version was published on 2020-01-06 and has been edited since (its SHA-256 no longer matches versions.lock.json)
          fix: undo the edit (git checkout -- tests/fixtures/small/procedures/alpha-referrals/2020-01-06.mdx) and make the change in a new version with npm run amend -- alpha-referrals --summary "..."; for a genuine correction run npm run correct -- tests/fixtures/small/procedures/alpha-referrals/2020-01-06.mdx --reason "..."

      1 error, 0 warnings"
    `);
  });

  it('a published version deleted', () => {
    expect(reportAfter((f) => f.delete(ALPHA_FIRST), { lockBefore: true })).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/alpha-referrals/2023-05-02.mdx
        error line 5, change: the first version of a chapter must be new, not updated
          fix: this version is published, so make the change in a new version: npm run amend -- alpha-referrals --summary "...", then in the new file: write change: new

      tests/fixtures/small/versions.lock.json
        error file, procedures/alpha-referrals/2020-01-06.mdx: the published version procedures/alpha-referrals/2020-01-06.mdx is missing: it was deleted or renamed
          fix: restore it from version control (git checkout -- tests/fixtures/small/procedures/alpha-referrals/2020-01-06.mdx); published versions never change or disappear: publish a new version instead

      2 errors, 0 warnings"
    `);
  });
});

describe('careless and hostile input', () => {
  it('images from anywhere but the site, written relative to the file, missing or without a description', () => {
    const images = [
      '![Steps](javascript:alert(1))',
      '![Steps](data:image/png;base64,iVBORw0KGgo=)',
      '![Steps](https://tracker.example/pixel.png)',
      '![Steps](//tracker.example/pixel.png)',
      '![Steps](./pic.png)',
      '![Steps](/images/none.png)',
      '![](/images/referral-steps.png)',
      '![Referral steps as a flowchart](/images/referral-steps.png)',
    ].join('\n\n');
    expect(reportAfter((f) => edit(f, DELTA, 'The new guide.', `The new guide.\n\n${images}`))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/delta-guide/2024-02-01.mdx
        error line 10, body: the image javascript:alert(1) is not on this site: images may come only from the site itself
          fix: this version is published, so make the change in a new version: npm run amend -- delta-guide --summary "...", then in the new file: save the image in public/images/ and write ![description](/images/name.png)
        error line 12, body: the image data:image/png;base64,iVBORw0KGgo= is not on this site: images may come only from the site itself
          fix: this version is published, so make the change in a new version: npm run amend -- delta-guide --summary "...", then in the new file: save the image in public/images/ and write ![description](/images/name.png)
        error line 14, body: the image https://tracker.example/pixel.png is not on this site: images may come only from the site itself
          fix: this version is published, so make the change in a new version: npm run amend -- delta-guide --summary "...", then in the new file: save the image in public/images/ and write ![description](/images/name.png)
        error line 16, body: the image //tracker.example/pixel.png is not on this site: images may come only from the site itself
          fix: this version is published, so make the change in a new version: npm run amend -- delta-guide --summary "...", then in the new file: save the image in public/images/ and write ![description](/images/name.png)
        error line 18, body: the image ./pic.png is written relative to the chapter's file
          fix: this version is published, so make the change in a new version: npm run amend -- delta-guide --summary "...", then in the new file: save it in public/images/ and write ![description](/images/pic.png)
        error line 20, body: the image /images/none.png does not exist: there is no file public/images/none.png
          fix: this version is published, so make the change in a new version: npm run amend -- delta-guide --summary "...", then in the new file: save the image as public/images/none.png, or correct the address
        error line 22, body: the image /images/referral-steps.png has no description
          fix: this version is published, so make the change in a new version: npm run amend -- delta-guide --summary "...", then in the new file: describe it between the brackets, for people who cannot see it: ![Flowchart of the referral steps](/images/referral.png)

      7 errors, 0 warnings"
    `);
  });

  it('links that run code or carry their own content, however they are written', () => {
    const links = '[a](vbscript:msgbox(1)) [b](data:text/html;base64,PHNjcmlwdD4=) [c]( JavaScript:alert(1)) [d](java\tscript:alert(1))';
    expect(reportAfter((f) => edit(f, DELTA, 'The new guide.', `The new guide. ${links}`))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/delta-guide/2024-02-01.mdx
        error line 8, body: vbscript: links are not allowed
          fix: this version is published, so make the change in a new version: npm run amend -- delta-guide --summary "...", then in the new file: link to a web page or a chapter instead
        error line 8, body: data: links are not allowed
          fix: this version is published, so make the change in a new version: npm run amend -- delta-guide --summary "...", then in the new file: link to a web page or a chapter instead
        error line 8, body: javascript: links are not allowed
          fix: this version is published, so make the change in a new version: npm run amend -- delta-guide --summary "...", then in the new file: link to a web page or a chapter instead

      3 errors, 0 warnings"
    `);
  });

  it('lists and quotes nested deeper than anyone reads, and nesting deep enough to exhaust a parser', () => {
    const list = Array.from({ length: 12 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    expect(reportAfter((f) => edit(f, DELTA, 'The new guide.', `The new guide.\n\n${list}`))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/delta-guide/2024-02-01.mdx
        error line 21, body: lists or quotes are nested 12 levels deep here; at most 10 are allowed
          fix: this version is published, so make the change in a new version: npm run amend -- delta-guide --summary "...", then in the new file: flatten the list: use headings, or separate lists, instead of deeper levels

      1 error, 0 warnings"
    `);
    expect(reportAfter((f) => edit(f, DELTA, 'The new guide.', `The new guide.\n\n${'>'.repeat(20_000)} deep`))).toContain(
      'lists or quotes are nested 20000 levels deep here; at most 10 are allowed',
    );
    const fine = Array.from({ length: 6 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    expect(reportAfter((f) => edit(f, DELTA, 'The new guide.', `The new guide.\n\n> ${fine.replace(/\n/g, '\n> ')}`))).toBe('0 errors, 0 warnings');
  });

  it('a note for editors: an MDX comment is accepted, an HTML comment is explained', () => {
    expect(reportAfter((f) => edit(f, DELTA, 'The new guide.', 'The new guide. {/* Checked with the LADO, March 2024. */}'))).toBe('0 errors, 0 warnings');
    expect(reportAfter((f) => edit(f, DELTA, 'The new guide.', 'The new guide.\n\n<!-- Checked with the LADO. -->'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/delta-guide/2024-02-01.mdx
        error line 10, body: an HTML comment (<!-- -->) cannot be used in a chapter
          fix: this version is published, so make the change in a new version: npm run amend -- delta-guide --summary "...", then in the new file: write a note for editors as {/* note */}, or delete it

      1 error, 0 warnings"
    `);
  });

  it('invisible control characters left by Word, in a field and in the text', () => {
    expect(
      reportAfter((f) => {
        edit(f, DELTA, 'title: New Guide', 'title: New\u000bGuide');
        edit(f, ALPHA, 'This chapter applies', 'This\u000c chapter applies');
      }),
    ).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/alpha-referrals/2023-05-02.mdx
        error line 11, body: this line holds an invisible control character (U+000C), often left by copying from Word, which breaks the feeds
          fix: this version is published, so make the change in a new version: npm run amend -- alpha-referrals --summary "...", then in the new file: retype the line, or delete and re-add the spaces and line breaks in it

      tests/fixtures/small/procedures/delta-guide/2024-02-01.mdx
        error line 3, title: holds an invisible control character (U+000B) after "New", often left by copying from Word, which would break the feeds
          fix: retype that part of the text (deleting and re-adding the spaces and line breaks around it)

      2 errors, 0 warnings"
    `);
  });

  it('characters XML forbids, in a summary, a contact note and a name, whatever is around them', () => {
    const report = reportAfter((f) => {
      edit(f, DELTA, 'summary: New chapter replacing 2.1.', 'summary: "New chapter\\uFFFE replacing 2.1."');
      edit(f, 'contacts/lado.yaml', 'notes: For allegations', 'notes: "For\\uFFFF allegations');
      edit(f, 'contacts/lado.yaml', 'works or volunteers with children.', 'works or volunteers with children."');
      edit(f, 'contacts/lado.yaml', 'organisation: Brackenshire', 'organisation: "Brackenshire\\uD800');
      edit(f, 'contacts/lado.yaml', ' Safeguarding Children Partnership\nservice', ' Safeguarding Children Partnership"\nservice');
    });
    expect(report).toMatchInlineSnapshot(`
      "tests/fixtures/small/contacts/lado.yaml
        error line 1, organisation: holds an invisible control character (U+D800) after "Brackenshire", often left by copying from Word, which would break the feeds
          fix: retype that part of the text (deleting and re-adding the spaces and line breaks around it)
        error line 11, notes: holds an invisible control character (U+FFFF) after "For", often left by copying from Word, which would break the feeds
          fix: retype that part of the text (deleting and re-adding the spaces and line breaks around it)

      tests/fixtures/small/procedures/delta-guide/2024-02-01.mdx
        error line 6, summary: holds an invisible control character (U+FFFE) after "New chapter", often left by copying from Word, which would break the feeds
          fix: retype that part of the text (deleting and re-adding the spaces and line breaks around it)

      3 errors, 0 warnings"
    `);
  });

  it('line breaks in single-line fields: a title, a service name and a section title', () => {
    const report = reportAfter((f) => {
      edit(f, DELTA, 'title: New Guide', 'title: "New Guide\\r\\nBcc: everyone@example.org"');
      edit(f, 'contacts/lado.yaml', 'service: Allegations Management Service (LADO)', 'service: "Allegations Management\\u2028Service (LADO)"');
      edit(f, 'structure.yaml', /title: (.*)/, 'title: |\n      $1\n      Content-Type: text/html');
    });
    expect(report).toMatchInlineSnapshot(`
      "tests/fixtures/small/contacts/lado.yaml
        error line 2, service: must be on one line, but has a line break (U+2028) after "legations Management"
          fix: write it on one line (in YAML, a | keeps line breaks: write the text after the colon, or use > to fold the lines into one)

      tests/fixtures/small/procedures/delta-guide/2024-02-01.mdx
        error line 3, title: must be on one line, but has a line break (U+000D) after "New Guide"
          fix: write it on one line (in YAML, a | keeps line breaks: write the text after the colon, or use > to fold the lines into one)

      tests/fixtures/small/structure.yaml
        error line 3, title of the first section: must be on one line, but has a line break (U+000A) after "Assessing Need"
          fix: write it on one line (in YAML, a | keeps line breaks: write the text after the colon, or use > to fold the lines into one)

      3 errors, 0 warnings"
    `);
  });

  it('a contact file whose aliases would expand without bound', () => {
    const bomb =
      'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
    expect(reportAfter((f) => f.set('contacts/lado.yaml', bomb))).toMatchInlineSnapshot(`
      "tests/fixtures/small/contacts/lado.yaml
        error line 1, yaml: the YAML repeats itself through too many aliases (*name) to be read
          fix: write each value out in full instead of using & and * aliases

      1 error, 0 warnings"
    `);
  });

  it('a byte order mark at the start of a file, as Word and some editors save it', () => {
    expect(
      reportAfter((f) => {
        f.set(DELTA, `\uFEFF${f.get(DELTA)!}`);
        f.set('contacts/lado.yaml', `\uFEFF${f.get('contacts/lado.yaml')!}`);
      }),
    ).toBe('0 errors, 0 warnings');
  });

  it('one broken contact file is reported once, not in every chapter that names it', () => {
    expect(reportAfter((f) => edit(f, 'contacts/tamsford-front-door.yaml', 'phones:', 'phones:\n  oops: [\n'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/contacts/tamsford-front-door.yaml
        error line 8, yaml: the YAML cannot be read: Flow sequence in block collection must be sufficiently indented and end with a ]
          fix: check the indentation (spaces, not tabs) and put text that holds a colon or starts with a quote in double quotes

      1 error, 0 warnings"
    `);
  });

  it('a missing structure file is reported once, not for every chapter number', () => {
    expect(reportAfter((f) => f.delete('structure.yaml'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/structure.yaml
        error file, file: the structure file is missing
          fix: create tests/fixtures/small/structure.yaml listing the manual's sections

      1 error, 0 warnings"
    `);
  });

  it('an information page with the id of a chapter', () => {
    expect(
      reportAfter((f) =>
        f.set(
          'pages/beta-strategy/2020-01-06.mdx',
          '---\ntitle: Strategy meetings explained\namended: 2020-01-06\nchange: new\naudience: [families]\ndescription: What a strategy meeting is.\n---\nA short page.\n',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "tests/fixtures/small/pages/beta-strategy/2020-01-06.mdx
        error file, page id: the information page beta-strategy has the same id as a chapter, so the commands could not tell them apart
          fix: this version is published, so make the change in a new version: npm run amend -- beta-strategy --summary "...", then in the new file: rename the folder tests/fixtures/small/pages/beta-strategy, for example to beta-strategy-information

      1 error, 0 warnings"
    `);
  });

  it('a date that differs from the file name, where that name is taken by another version', () => {
    expect(reportAfter((f) => edit(f, ALPHA, 'amended: 2023-05-02', 'amended: 2020-01-06'))).toMatchInlineSnapshot(`
      "tests/fixtures/small/procedures/alpha-referrals/2023-05-02.mdx
        error line 4, amended: is 2020-01-06 but the file is named 2023-05-02.mdx
          fix: make them the same: amended: 2023-05-02 (2020-01-06.mdx is another version)

      1 error, 0 warnings"
    `);
  });
});
