import { describe, expect, it } from 'vitest';
import { collectAmendments } from '../../src/lib/site/amendments.ts';
import { exportRows } from '../../src/lib/site/feeds.ts';
import { groupPagesForHome } from '../../src/lib/content/information.ts';
import { formatProblems } from '../../src/lib/check/problems.ts';
import { checkManual } from '../../src/lib/check/validate.ts';
import { first, firstPage, options, settings, source, versionText } from './helpers.ts';

const chapters = { 'referrals/2020-01-06.mdx': first('1.1.1', 'Referrals') };
const check = (pages: Record<string, string>, extra: Parameters<typeof source>[1] = {}) => checkManual(source(chapters, { pages, ...extra }), options);
const report = (pages: Record<string, string>, extra: Parameters<typeof source>[1] = {}) => formatProblems(check(pages, extra).problems);

const worried = {
  'worried/2020-01-06.mdx': firstPage('Worried about a child', ['public', 'families']),
  'worried/2023-05-02.mdx': versionText({
    title: 'Worried about a child',
    amended: '2023-05-02',
    change: 'updated',
    summary: 'Adds what happens after you call.',
    audience: ['public', 'families'],
    description: 'Who to call.',
  }),
};

describe('information pages', () => {
  it('are versioned like chapters, without a number, with their audience and home group', () => {
    const { problems, manual } = check({
      ...worried,
      'about/2020-01-06.mdx': firstPage('About us', ['public', 'professionals'], '2020-01-06', { group: 'about' }),
      'young/2020-01-06.mdx': firstPage('If something is not right', ['young-people']),
    });
    expect(problems).toEqual([]);
    expect(manual.chapters.map((c) => c.id)).toEqual(['referrals']);
    expect(manual.pages.map((p) => [p.id, p.collection, p.current?.amended, p.current?.section, p.current?.page])).toEqual([
      ['about', 'pages', '2020-01-06', '', { audience: ['public', 'professionals'], group: 'about' }],
      ['worried', 'pages', '2023-05-02', '', { audience: ['public', 'families'], group: 'worried' }],
      ['young', 'pages', '2020-01-06', '', { audience: ['young-people'], group: 'young-people' }],
    ]);
    expect(groupPagesForHome(manual.pages).map((g) => [g.heading, g.pages.map((p) => p.id)])).toEqual([
      ["I'm worried about a child", ['worried']],
      ['For young people', ['young']],
      ['About the partnership', ['about']],
    ]);
  });

  it('accept a single audience written without brackets', () => {
    const { problems, manual } = check({
      'involved/2020-01-06.mdx': versionText({ title: 'Involved', amended: '2020-01-06', change: 'new', audience: 'families', description: 'What happens.' }),
    });
    expect(problems).toEqual([]);
    expect(manual.pages[0]!.current!.page).toEqual({ audience: ['families'], group: 'involved' });
  });

  it('report a missing description, an unknown audience and a chapter number, with lines and fixes', () => {
    const text = '---\ntitle: Worried\namended: 2020-01-06\nchange: new\naudience: [parents]\nsection: "1.1"\n---\nBody.\n';
    expect(report({ 'worried/2020-01-06.mdx': text })).toMatchInlineSnapshot(`
      "m/pages/worried/2020-01-06.mdx
        error line 2, description: is missing
          fix: add description: "What happens after you tell us you are worried about a child."
        error line 5, the first audience: must be one of families, young-people, public or professionals
          fix: write it as audience: [families]
        error line 6, section: is not a field this file can have
          fix: remove it: information pages have no number

      3 errors, 0 warnings"
    `);
  });

  it('apply the rules of versions, see-also, links and the lock to pages', () => {
    const pages = {
      'worried/2020-01-06.mdx': firstPage('Worried', ['public'], '2020-01-06', { seeAlso: ['referrals'] }, 'See [the other page](/information/missing/).\n'),
      'worried/2023-05-02.mdx': versionText({ title: 'Worried', amended: '2023-05-02', change: 'new', audience: ['public'], description: 'Who to call.' }),
    };
    expect(report(pages)).toMatchInlineSnapshot(`
      "m/pages/worried/2020-01-06.mdx
        error line 9, the first see-also entry: page referrals does not exist
          fix: this version is published, so make the change in a new version: npm run amend -- worried --summary "...", then in the new file: use the folder name of an existing page, or remove it
        error line 11, body: the link /information/missing/ does not lead to an information page
          fix: this version is published, so make the change in a new version: npm run amend -- worried --summary "...", then in the new file: link to /information/<page-id>/ using an existing page id

      m/pages/worried/2023-05-02.mdx
        error line 4, change: only the first version is new (the page started on 2020-01-06)
          fix: this version is published, so make the change in a new version: npm run amend -- worried --summary "...", then in the new file: write change: updated
        error line 4, summary: is missing: every version after the first must say what changed and why
          fix: this version is published, so make the change in a new version: npm run amend -- worried --summary "...", then in the new file: add summary: followed by one or two sentences

      4 errors, 0 warnings"
    `);
  });

  it('are covered by the version lock', () => {
    const source1 = source(chapters, { pages: worried });
    const edited = { ...source1, pageFiles: source1.pageFiles!.map((f) => (f.file.endsWith('2020-01-06.mdx') ? { ...f, text: `${f.text}Edited.\n` } : f)) };
    expect(formatProblems(checkManual(edited, options).problems)).toMatchInlineSnapshot(`
      "m/pages/worried/2020-01-06.mdx
        error file, file: this version was published on 2020-01-06 and has been edited since (its SHA-256 no longer matches versions.lock.json)
          fix: undo the edit (git checkout -- m/pages/worried/2020-01-06.mdx) and make the change in a new version with npm run amend -- worried --summary "..."; for a genuine correction run npm run correct -- m/pages/worried/2020-01-06.mdx --reason "..."

      1 error, 0 warnings"
    `);
    // A lock that records the chapters but not yet the pages: pages dated before today would be added in the past.
    const lock = JSON.parse(source1.lockFile!.text) as { files: Record<string, unknown> };
    for (const key of Object.keys(lock.files)) if (key.startsWith('pages/')) delete lock.files[key];
    const unlocked = { ...source1, lockFile: { ...source1.lockFile!, text: JSON.stringify(lock) } };
    expect(checkManual(unlocked, options).problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'm/pages/worried/2020-01-06.mdx: this new version is dated 2020-01-06, before today (2024-06-01), the day it is first recorded: it would change what the page said on days already past',
      'm/pages/worried/2023-05-02.mdx: this new version is dated 2023-05-02, before today (2024-06-01), the day it is first recorded: it would change what the page said on days already past',
    ]);
    // On the day they take effect, they are new and the next build locks them.
    const onTheDay = checkManual(unlocked, { ...options, today: '2020-01-06' });
    expect(onTheDay.problems).toEqual([]);
    expect(onTheDay.unlocked).toEqual(['pages/worried/2020-01-06.mdx']);
    // Without any lock, published pages are an error, like chapters.
    expect(checkManual(source(chapters, { pages: worried, lock: null }), options).problems.map((p) => p.message)).toEqual([
      'there is no version lock, but 3 versions are published: without it, an edited published version would pass unnoticed',
    ]);
  });

  it('appear in the amendments log and its exports under /information/', () => {
    const { manual } = check(worried);
    const log = collectAmendments([...manual.chapters, ...manual.pages]);
    expect(log.map((a) => `${a.date} ${a.kind} ${a.title}`)).toEqual([
      '2023-05-02 Updated Worried about a child',
      '2020-01-06 New Worried about a child',
      '2020-01-06 New Referrals',
    ]);
    expect(exportRows(log, settings)[0]).toMatchObject({
      chapter_id: 'worried',
      number: '',
      url: 'https://example.org/information/worried/2023-05-02/',
      changes_url: 'https://example.org/information/worried/2023-05-02/changes/',
      collection: 'pages',
    });
  });
});
