// npm run import, run as board staff would: saved pages of a hosted manual, imported into an
// empty content folder, become a manual that passes the check and builds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFolder } from '../../src/lib/import/folder.ts';
import { checkSiteLinks } from '../../src/lib/site/site-links.ts';
import { EXAMPLE_ROOT } from '../example.ts';

const project = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'manual-import-'));
cpSync('tests/fixtures/import', join(work, 'saved'), { recursive: true });
// The work folder is the manual's folder, with the example's settings: the import copies into its public/.
cpSync(join(EXAMPLE_ROOT, 'manual.config.ts'), join(work, 'manual.config.ts'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const env = (content: string) => ({ ...process.env, MANUAL_ROOT: work, MANUAL_CONTENT_DIR: join(work, content), MANUAL_TODAY: '2026-11-05' });
/** Runs a script of the project the way npm run does, from `cwd`. */
const run = (script: string, args: string[], content: string, extra: Record<string, string> = {}, cwd = work) =>
  spawnSync(process.execPath, [join(project, 'scripts', `${script}.ts`), ...args], { cwd, env: { ...env(content), ...extra }, encoding: 'utf8' });

function fingerprint(...dirs: string[]): Record<string, string> {
  return Object.fromEntries(
    dirs.flatMap((dir) =>
      existsSync(dir)
        ? listFolder(dir).map((f) => [
            `${dir}/${f}`,
            createHash('sha256')
              .update(readFileSync(join(dir, f)))
              .digest('hex'),
          ])
        : [],
    ),
  );
}

function buildsAndLinks(content: string): void {
  // The contacts the site settings show on every page (worriedPanel), as board staff would write them.
  cpSync('tests/fixtures/small/contacts', join(work, content, 'contacts'), { recursive: true });
  const check = run('check', [], content, {}, project);
  expect(check.status, check.stdout).toBe(0);
  expect(check.stdout).toContain(': 0 errors, ');
  const dist = join(work, `${content}-dist`);
  const build = run('build', [], content, { MANUAL_DIST: dist }, project);
  expect(build.status, build.stdout + build.stderr).toBe(0);
  // Every link of the built site resolves, but for the pictures and documents the import
  // copied into the public folder of the folder it ran in (here the test's, not the project's).
  const { broken } = checkSiteLinks(dist);
  for (const b of broken) {
    expect(b.href, `${b.page}: ${b.href} ${b.reason}`).toMatch(/^\/imported\//);
    expect(existsSync(join(work, 'public', b.href)), b.href).toBe(true);
  }
}

describe('npm run import', () => {
  it('imports the saved pages of a Procedures Online manual into an empty folder, locks the versions and reports every problem', () => {
    const result = run('import', ['saved/procedures-online', '--date', '2026-11-01'], 'po');
    // The manual's own chapters pass; only the contacts the settings name are still to write.
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatchInlineSnapshot(`
      "Importing 11 of the 11 chapters in saved/procedures-online/Contents.html into po, dated 2026-11-01:
        1.1.1 Thresholds for Help in Tamsford, Brackenshire and Wyvern Vale: po/procedures/thresholds-for-help-in-tamsford-brackenshire-and-wyvern-vale/2026-11-01.mdx
        1.1.2 Early Help Assessment: po/procedures/early-help-assessment/2026-11-01.mdx
        1.2.1 Referrals to Children’s Social Care: po/procedures/referrals-to-childrens-social-care/2026-11-01.mdx
        1.2.2 Strategy Discussions: po/procedures/strategy-discussions/2026-11-01.mdx
        1.2.3 Section 47 Enquiries: po/procedures/section-47-enquiries/2026-11-01.mdx
        2.1 Safeguarding Disabled Children: po/procedures/safeguarding-disabled-children/2026-11-01.mdx
        2.2 Domestic Abuse: po/procedures/domestic-abuse/2026-11-01.mdx
        2.3 Children Missing from Education: po/procedures/children-missing-from-education/2026-11-01.mdx
        2.4 Honour Based Abuse and Forced Marriage: po/procedures/honour-based-abuse-and-forced-marriage/2026-11-01.mdx
        3.1 Resolving Professional Disagreements: po/procedures/resolving-professional-disagreements/2026-11-01.mdx
        4.1 Local Contacts: po/procedures/local-contacts/2026-11-01.mdx

      Wrote 13 files and copied 1 picture or document to public/imported/, and locked 11 versions in po/versions.lock.json.
      po/structure.yaml has 4 sections and 2 sub-sections.

      Warnings (39):

      Listed in the contents, but no page of the manual was saved for them (2): save those pages and run the import again (it adds only what is missing), or write the chapters with npm run new-chapter.
        saved/procedures-online/Contents.html line 64: 1.2.4 Bruising in Babies who are not Independently Mobile: its page (https://brackenshirescp.proceduresonline.example/chapters/p_bruising_non_mobile.html) was not saved
        saved/procedures-online/Contents.html line 95: 4.2 Working Together to Safeguard Children links to another site (https://www.gov.example/working-together-to-safeguard-children), not to a chapter of this manual

      Links to pages that were not imported (6): link to the chapter once it is in the manual, or to the page on its new address.
        saved/procedures-online/Children Missing from Education.html line 50: "amendments" links to https://brackenshirescp.proceduresonline.example/amendments.html on the old site, which was not saved: the link was removed and its words kept
        saved/procedures-online/Contents.html line 78: "Breast Ironing (Policy Briefings)", a related chapter of 2.4 Honour Based Abuse and Forced Marriage, is not an imported chapter (https://www.tri-x.example/policy-briefings/breast-ironing.html): it was left out of seeAlso
        saved/procedures-online/Referrals to Children’s Social Care.html line 50: "Private Fostering", a related chapter of 1.2.1 Referrals to Children’s Social Care, is not an imported chapter (https://brackenshirescp.proceduresonline.example/chapters/p_private_fostering.html): it was left out of seeAlso
        saved/procedures-online/Referrals to Children’s Social Care.html line 78: "latest amendments" links to https://brackenshirescp.proceduresonline.example/amendments.html on the old site, which was not saved: the link was removed and its words kept
        saved/procedures-online/Section 47 Enquiries.html line 48: "Bruising in Babies who are not Independently Mobile", a related chapter of 1.2.3 Section 47 Enquiries, is not an imported chapter (https://brackenshirescp.proceduresonline.example/chapters/p_bruising_non_mobile.html): it was left out of seeAlso
        saved/procedures-online/Section 47 Enquiries.html line 65: "Bruising in Babies who are not Independently Mobile" links to chapter 1.2.4 Bruising in Babies who are not Independently Mobile, whose page was not saved: the link was removed and its words kept; link to the chapter again once it is in the manual

      Phone numbers typed in the text (22): write a contact for each (see the draft contacts file) and replace the number with <Contact id="..." inline />.
        po/procedures/domestic-abuse/2026-11-01.mdx line 36: 0808 800 5000: "… can get free, confidential advice from the NSPCC on 0808 800 5000, and children can call Childline on 0800 1111. …"
        po/procedures/domestic-abuse/2026-11-01.mdx line 36: 0800 1111: "… NSPCC on 0808 800 5000, and children can call Childline on 0800 1111. The Brackenshire Domestic Abuse Service answers …"
        po/procedures/domestic-abuse/2026-11-01.mdx line 36: 0808 157 0200: "… 1111. The Brackenshire Domestic Abuse Service answers on 08081 570200."
        po/procedures/early-help-assessment/2026-11-01.mdx line 37: 0113 496 0250: "For advice, phone the Brackenshire Early Help Hub on 0113 496 0250 (Monday to Friday, 9am – 5pm)."
        po/procedures/honour-based-abuse-and-forced-marriage/2026-11-01.mdx line 19: 0113 496 0444: "… advice, the partnership’s honour based abuse lead is on 0113 496 0444."
        po/procedures/honour-based-abuse-and-forced-marriage/2026-11-01.mdx line 19: 999: "… a way to contact them. If they are in danger now, call 999. For advice, the partnership’s honour based abuse lead …"
        po/procedures/local-contacts/2026-11-01.mdx line 13: 0116 496 0100: "| Tamsford     | 0116 496 0100 | 08081 570100 |"
        po/procedures/local-contacts/2026-11-01.mdx line 13: 0808 157 0100: "| Tamsford     | 0116 496 0100 | 08081 570100 |"
        po/procedures/local-contacts/2026-11-01.mdx line 14: 0113 496 0300: "| Brackenshire | 0113 496 0300 | 08081 570100 |"
        po/procedures/local-contacts/2026-11-01.mdx line 14: 0808 157 0100: "| Brackenshire | 0113 496 0300 | 08081 570100 |"
        po/procedures/local-contacts/2026-11-01.mdx line 15: 020 7946 0401: "| Wyvern Vale  | 020 7946 0401 | 08081 570100 |"
        po/procedures/local-contacts/2026-11-01.mdx line 15: 0808 157 0100: "| Wyvern Vale  | 020 7946 0401 | 08081 570100 |"
        po/procedures/local-contacts/2026-11-01.mdx line 21: 0116 496 0555: "| Local Authority Designated Officer (LADO) | 0116 496 0555 | …"
        po/procedures/local-contacts/2026-11-01.mdx line 22: 101: "| Police (non-emergency)                    | 101           | …"
        po/procedures/local-contacts/2026-11-01.mdx line 23: 0113 496 0999: "| Partnership Business Unit                 | 0113 496 0999 | business.unit\\@brackenshire-scp.example …"
        po/procedures/referrals-to-childrens-social-care/2026-11-01.mdx line 16: 999: "If a child is in immediate danger, call 999 before you do anything else."
        po/procedures/referrals-to-childrens-social-care/2026-11-01.mdx line 30: 0116 496 0100: "- Tamsford: 0116 496 0100"
        po/procedures/referrals-to-childrens-social-care/2026-11-01.mdx line 31: 0113 496 0300: "- Brackenshire: (0113) 496 0300"
        po/procedures/referrals-to-childrens-social-care/2026-11-01.mdx line 32: 020 7946 0400: "- Wyvern Vale: 020 7946 0400"
        po/procedures/referrals-to-childrens-social-care/2026-11-01.mdx line 34: 0808 157 0100: "Outside office hours, call the Emergency Duty Team on 08081 570100."
        po/procedures/section-47-enquiries/2026-11-01.mdx line 29: 0116 496 0777: "A paediatric assessment is arranged through the on-call paediatrician on 0116 496 0777."
        po/procedures/thresholds-for-help-in-tamsford-brackenshire-and-wyvern-vale/2026-11-01.mdx line 29: 0116 496 0100: "… or phone the Tamsford Children’s Front Door for advice on 0116 496 0100."

      Scripts, embedded pages and forms, left out (3): add a link in their place where readers need what they showed.
        saved/procedures-online/Referrals to Children’s Social Care.html line 81: a form (sending to https://brackenshirescp.proceduresonline.example/feedback.php) was left out: chapters cannot hold forms; link to the form's page if readers need it
        saved/procedures-online/Section 47 Enquiries.html line 62: an embedded page (https://www.video.example/embed/joint-visits) was left out: if readers need it, add a link to it
        saved/procedures-online/Section 47 Enquiries.html line 63: a script (written in the page) was left out: chapters cannot run scripts

      Tables with merged cells (2): check each table reads correctly: merged cells were split and the cells they covered left empty.
        saved/procedures-online/Local Contacts.html line 47: a table with merged cells: Markdown tables cannot merge cells, so each merged cell was written once and the cells it covered were left empty; check the table reads correctly
        saved/procedures-online/Strategy Discussions.html line 59: a table with merged cells: Markdown tables cannot merge cells, so each merged cell was written once and the cells it covered were left empty; check the table reads correctly

      Tables inside tables (1): check the cell reads correctly, or turn the inner table into a list or its own table.
        saved/procedures-online/Early Help Assessment.html line 125: a table inside a table cell: its rows were written into the cell as text ("cell: cell; next row")

      Pictures (1): describe each picture in words in the chapter (a flowchart as steps, a table as a table).
        saved/procedures-online/Section 47 Enquiries.html line 60: the picture Section 47 Enquiries_files/s47_flowchart.png ("Flowchart: from strategy discussion to the outcome of section 47 enquiries") was copied to public/imported/s47-flowchart.png, and the chapter links to it as "Image: Flowchart: from strategy discussion to the outcome of section 47 enquiries": if it shows a flowchart or a table, write it out in words too

      Attached documents (2): check each document still belongs with the chapter, and is not a draft.
        saved/procedures-online/Children Missing from Education.html line 49: "referral form (Word)" links to https://brackenshirescp.proceduresonline.example/resources/cme_referral_form.docx, which was not saved: the link still goes to the old site; download it into public/imported/ and link to /imported/<file name> before the old site closes
        saved/procedures-online/Section 47 Enquiries.html line 56: "Body Map (PDF)" links to https://brackenshirescp.proceduresonline.example/resources/body_map.pdf, which was not saved: the link still goes to the old site; download it into public/imported/ and link to /imported/<file name> before the old site closes

      Checking the manual (npm run check):
      manual.config.ts
        error file, worriedPanel: contact emergency-services does not exist
          fix: create po/contacts/emergency-services.yaml or remove it from worriedPanel
        error file, worriedPanel: contact tamsford-front-door does not exist
          fix: create po/contacts/tamsford-front-door.yaml or remove it from worriedPanel
        error file, worriedPanel: contact brackenshire-front-door does not exist
          fix: create po/contacts/brackenshire-front-door.yaml or remove it from worriedPanel
        error file, worriedPanel: contact wyvern-vale-front-door does not exist
          fix: create po/contacts/wyvern-vale-front-door.yaml or remove it from worriedPanel
        error file, worriedPanel: contact emergency-duty-team does not exist
          fix: create po/contacts/emergency-duty-team.yaml or remove it from worriedPanel
        error file, worriedPanel: contact nspcc-helpline does not exist
          fix: create po/contacts/nspcc-helpline.yaml or remove it from worriedPanel

      Checked 11 version files (11 chapters and 0 contacts) for 2026-11-05: 6 errors, 0 warnings.

      Next steps:
        1. Read each imported chapter beside its old page, and put right what the warnings above name.
        2. Give every phone number a contact: po/imported-contacts-draft.yaml lists each one with where it is and a draft contact to complete; then write <Contact id="..." inline /> in its place in the chapters.
        3. Write the contacts that manual.config.ts shows on every page (worriedPanel), which this manual does not have yet: po/contacts/emergency-services.yaml, po/contacts/tamsford-front-door.yaml, po/contacts/brackenshire-front-door.yaml, po/contacts/wyvern-vale-front-door.yaml, po/contacts/emergency-duty-team.yaml, po/contacts/nspcc-helpline.yaml; or change worriedPanel to name your own.
        4. Run npm run check until it reports no errors, then npm start to see the manual.
        5. Commit the new files, with versions.lock.json.
      "
    `);
    expect(listFolder(join(work, 'po'))).toEqual([
      'imported-contacts-draft.yaml',
      'procedures/children-missing-from-education/2026-11-01.mdx',
      'procedures/domestic-abuse/2026-11-01.mdx',
      'procedures/early-help-assessment/2026-11-01.mdx',
      'procedures/honour-based-abuse-and-forced-marriage/2026-11-01.mdx',
      'procedures/local-contacts/2026-11-01.mdx',
      'procedures/referrals-to-childrens-social-care/2026-11-01.mdx',
      'procedures/resolving-professional-disagreements/2026-11-01.mdx',
      'procedures/safeguarding-disabled-children/2026-11-01.mdx',
      'procedures/section-47-enquiries/2026-11-01.mdx',
      'procedures/strategy-discussions/2026-11-01.mdx',
      'procedures/thresholds-for-help-in-tamsford-brackenshire-and-wyvern-vale/2026-11-01.mdx',
      'structure.yaml',
      'versions.lock.json',
    ]);
    const lock = JSON.parse(readFileSync(join(work, 'po/versions.lock.json'), 'utf8'));
    expect(Object.keys(lock.files)).toHaveLength(11);
    // The first lock records the history the import brings, once, and says so.
    expect(lock.startedOn).toBe('2026-11-05');
    expect(existsSync(join(work, 'public/imported/s47-flowchart.png'))).toBe(true);
  });

  it('changes nothing when run a second time', () => {
    const before = fingerprint(join(work, 'po'), join(work, 'public'));
    const result = run('import', ['saved/procedures-online', '--date', '2026-11-01'], 'po');
    expect(fingerprint(join(work, 'po'), join(work, 'public'))).toEqual(before);
    expect(result.stdout).toContain('Nothing was written: every file the import would write is already there.');
    expect(result.stdout).toContain(
      'content/procedures/strategy-discussions: chapter 1.2.2 Strategy Discussions already has a folder: nothing was written for it'.replace('content/', 'po/'),
    );
  });

  it('makes a manual that passes the check and builds, once the contacts the settings name exist', () => {
    buildsAndLinks('po');
    const page = readFileSync(join(work, 'po-dist/procedures/section-47-enquiries/index.html'), 'utf8');
    expect(page).toContain('Enquiries end within 15 working days of the strategy discussion.');
    expect(readFileSync(join(work, 'po-dist/contents/index.html'), 'utf8')).toContain('Referral, Investigation and Assessment');
  });

  it('imports a tri.x manual saved with wget --mirror, which then passes the check and builds', () => {
    const result = run('import', ['saved/trixonline', '--date', '2026-11-01'], 'trix');
    expect(result.stdout).toContain(
      'Importing 5 of the 5 chapters in saved/trixonline/brackenshirescp.trixonline.example/contents into trix, dated 2026-11-01:',
    );
    expect(result.stdout).toContain('  2.2 Online Safety: trix/procedures/online-safety/2026-11-01.mdx');
    expect(result.stdout).toContain('2.3 County Lines: its page (https://brackenshirescp.trixonline.example/chapter/county-lines) was not saved');
    buildsAndLinks('trix');
    expect(readFileSync(join(work, 'trix-dist/procedures/making-a-referral/index.html'), 'utf8')).toContain('1.1 Anyone can make a referral.');
  });

  it('refuses to add chapters dated in the past to a manual already published', () => {
    const before = fingerprint(join(work, 'po'), join(work, 'public'));
    const result = run('import', ['saved/trixonline', '--date', '2026-11-01'], 'po');
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain('--date 2026-11-01 is before today (2026-11-05), and po is a manual already published');
    expect(fingerprint(join(work, 'po'), join(work, 'public'))).toEqual(before);
  });

  it('writes nothing with --dry-run, and says what it would write', () => {
    const result = run('import', ['saved/trixonline', '--dry-run'], 'dry');
    expect(result.status).toBe(0);
    expect(existsSync(join(work, 'dry'))).toBe(false);
    expect(result.stdout).toContain('Would import 5 of the 5 chapters');
    expect(result.stdout).toContain('  dry/versions.lock.json (the versions it imports that are in force)');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('This was a dry run: nothing was written. Run the command again without --dry-run to import.');
  });

  it('refuses a folder that is not there and a date that is not real, listing both', () => {
    const result = run('import', ['saved/nowhere', '--date', '2026-02-30'], 'refused');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "Nothing was written:
        - saved/nowhere is not a folder
          fix: give the folder the pages were saved into
        - --date 2026-02-30 is not a real date
          fix: write it as YYYY-MM-DD, such as --date 2027-04-05
      "
    `);
    expect(run('import', ['saved', '--title', 'x'], 'refused').stderr.split('\n')[0]).toBe(
      'There is no option --title: the options are --date, --approved-by, --approved-on, --dry-run, --contents and --help.',
    );
  });
});

describe('npm run import into a content folder wherever it is', () => {
  // A saved manual with no pictures, so that nothing is copied into the public folder of the folder it runs from.
  const saved = join(work, 'plain-saved');
  mkdirSync(saved);
  writeFileSync(
    join(saved, 'contents.html'),
    '<html><body><ul><li><a href="a.html">1.1 Referrals</a></li><li><a href="b.html">1.2 Children Missing from Education</a></li></ul></body></html>',
  );
  writeFileSync(join(saved, 'a.html'), '<html><body><main><h1>Referrals</h1><p>Make a referral.</p></main></body></html>');
  writeFileSync(join(saved, 'b.html'), '<html><body><main><h1>Children Missing from Education</h1><p>Tell the council.</p></main></body></html>');

  for (const [where, from, content] of [
    ['beside the folder it runs from', 'beside/project', 'beside/manual'],
    ['far from it', 'far/a/b/project', 'far/elsewhere/safeguarding/manual'],
    ['inside it', 'inside/project', 'inside/project/content'],
  ] as const) {
    it(`writes a lock whose keys are paths inside the content folder, which the check accepts: ${where}`, () => {
      const cwd = join(work, from);
      mkdirSync(cwd, { recursive: true });
      const result = spawnSync(process.execPath, [join(project, 'scripts/import.ts'), saved, '--date', '2026-11-01'], {
        cwd,
        env: { ...process.env, MANUAL_CONTENT_DIR: join(work, content), MANUAL_TODAY: '2026-11-05' },
        encoding: 'utf8',
      });
      expect(result.stderr).not.toMatch(/\n\s+at /);
      const lock = JSON.parse(readFileSync(join(work, content, 'versions.lock.json'), 'utf8')) as { files: Record<string, unknown> };
      expect(Object.keys(lock.files)).toEqual(['procedures/children-missing-from-education/2026-11-01.mdx', 'procedures/referrals/2026-11-01.mdx']);
      expect(result.stdout).not.toMatch(/versions\.lock\.json\n\s+error/);
      expect(result.stdout).not.toContain('is missing: it was deleted or renamed');
    });
  }
});
