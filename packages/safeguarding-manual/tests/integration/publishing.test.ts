// Publishing amendments as a board member would: new-chapter, amend (renumbering) and withdraw
// on a copy of the small fixture manual, then check and build, and read the built site.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSiteLinks } from '../../src/lib/site/site-links.ts';

const work = mkdtempSync(join(tmpdir(), 'manual-publish-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
const env = { ...process.env, MANUAL_CONTENT_DIR: content, MANUAL_DIST: dist, MANUAL_TODAY: '2024-02-20' };
const run = (script: string, args: string[] = []) => spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { env, encoding: 'utf8' });
const read = (path: string) => readFileSync(join(work, path), 'utf8');
/** What a command printed, with the temporary folder written as <manual>. */
const shown = (text: string) => text.replaceAll(content, '<manual>');

cpSync('tests/fixtures/small', content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('publishing with the commands', () => {
  it('explains each command with --help, and names the options when one is misspelt', () => {
    for (const script of ['new-chapter', 'amend', 'withdraw']) {
      const help = run(script, ['--help']);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: npm run ${script} -- `));
    }
    const typo = run('amend', ['alpha-referrals', '--sumary', 'Clarified.']);
    expect(typo.status).toBe(1);
    expect(typo.stderr.split('\n')[0]).toBe(
      'There is no option --sumary: the options are --summary, --date, --section, --title, --approved-by, --approved-on and --help.',
    );
  });

  it('creates a new chapter from a template, and says what to do next', () => {
    const created = run('new-chapter', [
      '--section',
      '2.3',
      '--title',
      'Children Missing from Education',
      '--summary',
      'New chapter on children missing from education.',
    ]);
    expect(created.status, created.stderr).toBe(0);
    expect(shown(created.stdout)).toMatchInlineSnapshot(`
      "Created <manual>/procedures/children-missing-from-education/2024-02-20.mdx: the first version of chapter 2.3 Children Missing from Education, in force from 20 February 2024.

      Next:
        1. Open <manual>/procedures/children-missing-from-education/2024-02-20.mdx and edit it: the frontmatter between the --- lines, then the text.
        2. Run npm run check, and fix anything it reports.
        3. Run npm start and open http://127.0.0.1:4321/procedures/children-missing-from-education/ to see it, its history and the amendments log.
        4. Commit the new file.
      "
    `);
    // The board member writes the chapter, with a link to a heading of another chapter.
    const file = 'content/procedures/children-missing-from-education/2024-02-20.mdx';
    writeFileSync(
      join(work, file),
      read(file).replace(
        /\n---\n[\s\S]*$/,
        '\n---\nA child of compulsory school age who is not on a school roll.\n\n## What to do\n\nRefer as in [How to refer](/procedures/alpha-referrals/#how-to-refer).\n',
      ),
    );
  });

  it('refuses to create the same chapter twice, and changes nothing', () => {
    const before = read('content/procedures/children-missing-from-education/2024-02-20.mdx');
    const again = run('new-chapter', ['--section', '2.4', '--title', 'Children Missing from Education']);
    expect(again.status).toBe(1);
    expect(shown(again.stderr)).toContain(
      '--id (id): there is already a chapter with the id children-missing-from-education (2.3 Children Missing from Education)',
    );
    expect(read('content/procedures/children-missing-from-education/2024-02-20.mdx')).toBe(before);
  });

  it('withdraws a chapter with its replacement, naming the chapters that still point to it', () => {
    const withdrawn = run('withdraw', [
      'beta-strategy',
      '--summary',
      'Now part of Making a Referral.',
      '--replaced-by',
      'alpha-referrals',
      '--date',
      '2024-02-20',
    ]);
    expect(withdrawn.status, withdrawn.stderr).toBe(0);
    expect(shown(withdrawn.stdout)).toContain(
      'Also needed:\n  - alpha-referrals (1.1.1 Making a Referral) lists beta-strategy under seeAlso: its page will show the chapter that replaces it, or leave it out; to change the list, run npm run amend -- alpha-referrals --summary "..."',
    );
    // The published version of alpha-referrals cannot be edited: the check warns, and its page leaves the entry out.
    const check = run('check');
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('warning line 9, the first see-also entry: chapter beta-strategy has been withdrawn: the page leaves it out');
  });

  it('amends and renumbers a chapter as a copy of its current version', () => {
    const amended = run('amend', [
      'alpha-referrals',
      '--summary',
      'Renumbered 1.1.3; strategy discussions are now covered here.',
      '--section',
      '1.1.3',
      '--date',
      '2024-02-20',
      '--approved-by',
      'Policy and Procedures Group',
      '--approved-on',
      '2024-02-06',
    ]);
    expect(amended.status, amended.stderr).toBe(0);
    expect(shown(amended.stdout)).toContain(
      'Created <manual>/procedures/alpha-referrals/2024-02-20.mdx: a new version of chapter 1.1.3 Making a Referral, in force from 20 February 2024, copied from the version of 2023-05-02 and renumbered 1.1.1 to 1.1.3.',
    );
    const file = 'content/procedures/alpha-referrals/2024-02-20.mdx';
    expect(read(file)).toBe(
      read('content/procedures/alpha-referrals/2023-05-02.mdx')
        .replace('section: "1.1.1"', 'section: "1.1.3"')
        .replace('amended: 2023-05-02', 'amended: 2024-02-20')
        .replace(
          /summary: .*/,
          'summary: Renumbered 1.1.3; strategy discussions are now covered here.\napprovedBy: Policy and Procedures Group\napprovedOn: 2024-02-06',
        ),
    );
    // The board member removes the withdrawn chapter from seeAlso, as the withdrawal asked.
    writeFileSync(join(work, file), read(file).replace('seeAlso: [beta-strategy]\n', ''));
  });

  it('refuses an amendment to a withdrawn chapter', () => {
    const refused = run('amend', ['beta-strategy', '--summary', 'More detail.']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatchInlineSnapshot(`
      "Nothing was written:
        - chapter beta-strategy is withdrawn from 2024-02-20
          fix: a withdrawn chapter cannot be amended: write a new chapter with npm run new-chapter
      "
    `);
  });

  it('checks and builds the result, which shows in the contents, the history and the amendments log', () => {
    const check = run('check');
    expect(check.status, check.stdout).toBe(0);
    // The new versions are not an error or a warning: the build locks them.
    expect(check.stdout).toContain('0 errors, 0 warnings.\n3 new versions take effect by 2024-02-20; the next build records them in the version lock');
    const build = run('build');
    expect(build.status, build.stderr).toBe(0);

    const contents = read('dist/contents/index.html');
    expect(contents).toMatch(/2\.3<\/span>\s*Children Missing from Education/);
    expect(contents).toMatch(/1\.1\.3<\/span>\s*Making a Referral/);
    expect(contents).not.toContain('Strategy Discussions');
    expect(read('dist/procedures/beta-strategy/index.html')).toContain('This chapter was withdrawn on 20 February 2024');

    const history = read('dist/procedures/alpha-referrals/history/index.html');
    expect(history).toContain('Renumbered 1.1.3; strategy discussions are now covered here.');
    expect(history).toContain('20 February 2024');
    // Who approved the version shows in the line under the title, the history and the exports.
    expect(read('dist/procedures/alpha-referrals/index.html')).toMatch(
      /<span class="amendment-sign-off"[^>]*>Approved by Policy and Procedures Group on 6 February 2024<\/span>/,
    );
    expect(history).toContain('Approved by Policy and Procedures Group on 6 February 2024.');
    expect(read('dist/amendments.csv')).toContain('"Policy and Procedures Group","2024-02-06"');

    const log = JSON.parse(read('dist/amendments.json')) as { versions: { date: string; kind: string; chapter_id: string; number: string }[] };
    const latest = log.versions.filter((e) => e.date >= '2024-02-20').map((e) => [e.date, e.kind, e.chapter_id, e.number]);
    expect(latest.sort()).toEqual([
      ['2024-02-20', 'New', 'children-missing-from-education', '2.3'],
      ['2024-02-20', 'Renumbered', 'alpha-referrals', '1.1.3'],
      ['2024-02-20', 'Withdrawn', 'beta-strategy', '1.1.2'],
    ]);
    expect(read('dist/amendments/index.html')).toContain('New chapter on children missing from education.');

    // The link to a heading written in the new chapter, and every other link, resolves.
    expect(read('dist/procedures/alpha-referrals/index.html')).toContain('id="how-to-refer"');
    expect(checkSiteLinks(dist).broken).toEqual([]);
  });

  it('leaves the previous site in place when a build is killed part-way', async () => {
    const before = read('dist/contents/index.html');
    // Astro writes the new site in the project's .build/ folder, in a work folder named after the target.
    const buildDir = () =>
      readdirSync('.build')
        .map((d) => join('.build', d))
        .find((d) => d.startsWith(join('.build', 'dist-')) && existsSync(join(d, 'site')));
    // A new version, so that an unnoticed half-finished swap would show.
    expect(run('amend', ['delta-guide', '--summary', 'Clarified the steps.', '--date', '2024-02-25']).status).toBe(0);
    const build = spawn(process.execPath, ['scripts/build.ts'], { env, detached: true, stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => build.on('exit', () => resolve()));
    // Wait until Astro is writing the new site, then stop the build and everything it started.
    const deadline = Date.now() + 45_000;
    while (!buildDir() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(buildDir()).toBeDefined();
    process.kill(-build.pid!, 'SIGKILL');
    await exited;
    expect(read('dist/contents/index.html')).toBe(before);
    expect(checkSiteLinks(dist).broken).toEqual([]);
  });
});
