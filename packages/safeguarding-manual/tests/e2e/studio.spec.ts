// npm run studio, as a board member uses it: Decap CMS against a temporary copy of the example
// manual, through the local git proxy, from a draft through review to publication.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { startStudio, stopStudio } from './studio-process.ts';

test.describe.configure({ mode: 'serial' });
// A board member's computer: British English, in London.
test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

// Three ports after the example's two: the editor, one left free (the git proxy runs inside the
// studio and listens on none), and the site preview.
const port = Number(process.env['E2E_PORT'] ?? 4399) + 3;
const admin = `http://127.0.0.1:${port}/admin/`;
const site = `http://127.0.0.1:${port + 2}/`;
const TODAY = '2026-11-22';
let repo: string;
/** The bare repository standing in for the public site's. */
let remote: string;
let studio: ChildProcess;
/** The studio's temporary folder, which holds its work folder. */
let studioTmp: string;
/** The address the studio printed, with this start's key. */
let opened: string;

function git(...args: string[]): string {
  const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

test.beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'manual-studio-test-'));
  cpSync('../../examples/brackenshire/content', join(repo, 'src/content'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'business.unit@brackenshire-scp.example');
  git('config', 'user.name', 'Business Unit');
  git('add', '-A');
  git('commit', '-q', '-m', 'The example manual');
  // The public site's repository, on this computer: publishing sends the branch there.
  remote = `${repo}.public.git`;
  spawnSync('git', ['init', '-q', '--bare', '-b', 'main', remote]);
  git('remote', 'add', 'origin', remote);
  git('push', '-q', '-u', 'origin', 'main');
  const started = await startStudio({ port, repo, env: { MANUAL_CONTENT_DIR: join(repo, 'src/content'), MANUAL_TODAY: TODAY } });
  studio = started.process;
  studioTmp = started.tmp;
  opened = started.opened;
});

test.afterAll(async () => {
  await stopStudio(studio);
  rmSync(repo, { recursive: true, force: true });
  rmSync(remote, { recursive: true, force: true });
});

/** The addresses listening on `port`, from Linux's socket tables (hex, little-endian for IPv4). */
function listeners(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) =>
    readFileSync(table, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A')
      .map((cols) => {
        const address = cols[1]!.split(':')[0]!;
        return address.length === 8
          ? address
              .match(/../g)!
              .reverse()
              .map((byte) => parseInt(byte, 16))
              .join('.')
          : address;
      }),
  );
}

test('the editor and the site preview listen on this computer only, and the git proxy on no port', async ({ request }) => {
  test.skip(!existsSync('/proc/net/tcp'), 'reads the socket tables of Linux');
  // The site preview starts once its first build is done.
  await expect(async () => expect((await request.get(site)).status()).toBe(200)).toPass({ timeout: 120_000 });
  for (const p of [port, port + 2]) expect(listeners(p), `port ${p}`).toEqual(['127.0.0.1']);
  expect(listeners(port + 1)).toEqual([]);
});

/** What the editor's pages reported as errors: uncaught exceptions, console errors, and what the policy blocked. */
let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`console: ${m.text()} ${m.location().url}`);
  });
});
test.afterEach(() => {
  // Chromium reports every answer of the git proxy's protocol that is not a success as a failed
  // request: a refused save (422, or 403 for a published version) the editor shows in words, no
  // draft of a chapter yet (404).
  expect(pageErrors.filter((e) => !/status of (422|403|404) .*\/api\/v1$/.test(e))).toEqual([]);
});

async function signIn(page: Page): Promise<void> {
  await page.goto(opened);
  // The key became a cookie, and left the address bar.
  await expect(page).toHaveURL((url) => url.href.startsWith(admin) && url.search === '');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Lists' })).toBeVisible();
}

/** The questions the editor asks, in its own words (admin-words.ts). */
const ASKED = [
  'Publish this version now?',
  'Delete this version?',
  'Changes you had not saved were kept on this computer. Bring them back?',
  'Leave this page? Changes you have not saved will be lost.',
];

/** Gives the open version its summary, today's date and its sign-off, and saves it as a draft. */
async function saveSignedOff(page: Page, summary: string): Promise<void> {
  await page.getByLabel('Summary of the change').fill(summary);
  await page.getByLabel('Takes effect on').fill(TODAY);
  await page.getByLabel('Approved by').fill('Policy and Procedures Group');
  await page.getByLabel('Approved on').fill('2026-11-20');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved as a draft')).toBeVisible();
}

/** Opens the editor's lists, signed in since the journey's start (Decap CMS keeps the sign-in in the browser). */
async function openLists(page: Page): Promise<void> {
  await page.goto(admin);
  await expect(page.getByRole('heading', { name: 'Lists' })).toBeVisible();
}

/** Double-clicks a word inside the rich-text editor, which selects it. */
async function selectWord(page: Page, paragraph: string, word: string): Promise<void> {
  const block = page.locator('[data-slate-editor] p', { hasText: paragraph }).first();
  // In the middle of the window, clear of the editor's sticky toolbar.
  await block.evaluate((p) => p.scrollIntoView({ block: 'center' }));
  const box = await block.evaluate((p, w) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(w);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }
    throw new Error(`no "${w}" in the paragraph`);
  }, word);
  await page.mouse.dblclick(box.x, box.y);
}

/** Takes the open draft through review to publication. */
async function publish(page: Page): Promise<void> {
  // A save still under way replaces the status the toolbar shows when it ends (Decap sets it back to
  // the one the draft was opened with): start once the editor has taken the save in, Save greyed out.
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: /^Status: / })).toBeVisible();
  if (await page.getByRole('button', { name: 'Status: Draft' }).isVisible()) {
    await page.getByRole('button', { name: 'Status: Draft' }).click();
    await page.getByRole('menuitem', { name: 'In review' }).click();
  }
  await expect(page.getByRole('button', { name: 'Status: In review' })).toBeVisible();
  await page.getByRole('button', { name: 'Status: In review' }).click();
  await page.getByRole('menuitem', { name: 'Ready' }).click();
  await expect(page.getByRole('button', { name: 'Status: Ready' })).toBeVisible();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  // Published here, then sent to the public site's repository: the editor says which.
  await expect(page.getByRole('status').filter({ hasText: 'Sent to the public site: it will show there within a few minutes.' })).toBeVisible();
  await page.getByRole('button', { name: 'Close this message' }).click();
}

/** A file as the public site's repository has it on main. */
function sent(path: string): string {
  return spawnSync('git', ['--git-dir', remote, 'show', `main:${path}`], { encoding: 'utf8' }).stdout;
}

/** 1 to 3: a chapter is amended, with a draft saved before approval; reviewed, seeing what changed; published and sent. */
async function amendReviewAndPublish(page: Page): Promise<void> {
  await openLists(page);
  await page.getByRole('link', { name: '1.3.3 Strategy Discussions' }).click();
  await page.getByRole('link', { name: 'new version' }).click();

  // The next version starts from the current text.
  await expect(page.locator('[data-slate-editor]')).toContainText('Any agency can ask for one.');
  await selectWord(page, 'Any agency can ask for one.', 'Any');
  await page.keyboard.type('Every');
  await expect(page.locator('[data-slate-editor]')).toContainText('Every agency can ask for one.');
  // The contact goes after that paragraph.
  // The editor may still be scrolling its text with the preview: double-click until the word is selected.
  await expect(async () => {
    await selectWord(page, 'Every agency can ask for one.', 'one');
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('one');
  }).toPass({ timeout: 20_000 });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('End');
  // The editor takes in where the cursor went up to 100 ms after the browser moved it (slate-react
  // throttles selection changes), and inserts a block where it last knew the cursor to be: wait
  // for a timer in the page set after that one.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  // The new contact's picker, right after the paragraph (the chapter's own contacts have theirs
  // further down). It lists the contacts by name: typing filters it.
  const picker = page.locator('[data-slate-editor] p:has-text("Every agency can ask for one.") + div input[id^="contact-field"]');
  // The menu sometimes misses a click while the editor's toolbar settles, and a loaded machine
  // draws the new block late: open the menu again only while no picker has appeared.
  await expect(async () => {
    if ((await picker.count()) === 0) {
      await page.getByRole('button', { name: 'Insert a contact' }).click();
      await page.getByRole('menuitem', { name: 'Contact' }).click({ timeout: 2_000 });
    }
    await expect(picker).toHaveCount(1, { timeout: 5_000 });
  }).toPass({ timeout: 45_000 });
  await picker.focus();
  await page.keyboard.type('Allegations Management');
  await page.getByText('Allegations Management Service (LADO), Brackenshire Safeguarding Children Partnership', { exact: true }).click();
  await page.getByLabel('Summary of the change').fill("Any agency can ask for a strategy discussion; the LADO's number is shown.");
  await page.getByLabel('Takes effect on').fill(TODAY);
  // Dates are the computer's own (UK) dates: nothing says UTC.
  await expect(page.getByText('UTC', { exact: true })).toHaveCount(0);
  // The reviewer sees what the draft changes against the version in force, as the changes page marks it.
  const preview = page.frameLocator('iframe').first();
  await expect(preview.getByRole('heading', { name: 'What this draft changes' })).toBeVisible();
  await expect(preview.locator('.draft-changes ins', { hasText: 'Every' })).toBeVisible();
  await expect(preview.locator('.draft-changes del', { hasText: 'Any' })).toBeVisible();
  // A draft is saved before the group has approved it: sign-off is not asked for yet.
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved as a draft')).toBeVisible();
  expect(git('branch', '--list', 'cms/*')).toContain('cms/chapter-strategy-discussions/2026-11-22');
  await page.getByRole('button', { name: 'Status: Draft' }).click();
  await page.getByRole('menuitem', { name: 'In review' }).click();
  await expect(page.getByRole('button', { name: 'Status: In review' })).toBeVisible();
  // From the date the settings name, every version says who approved it: needed to set the draft to Ready.
  await page.getByRole('button', { name: 'Status: In review' }).click();
  await page.getByRole('menuitem', { name: 'Ready' }).click();
  await expect(
    page.getByText(
      /^Not set to Ready\. "Approved by": is missing: every version taking effect on or after 16 November 2026 must say who approved it.*a draft can be saved without who approved it, but it is needed to set the draft to Ready and to publish it$/,
    ),
  ).toBeVisible();
  await expect(page.locator('label', { hasText: /^Approved by/ }).locator('+ p.studio-problem')).toContainText('is missing');
  await expect(page.getByRole('button', { name: 'Status: In review' })).toBeVisible();
  await page.getByLabel('Approved by').fill('Policy and Procedures Group');
  await page.getByLabel('Approved on').fill('2026-11-20');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(async () =>
    expect(git('show', 'cms/chapter-strategy-discussions/2026-11-22:src/content/procedures/strategy-discussions/2026-11-22.mdx')).toContain(
      'approvedBy: Policy and Procedures Group',
    ),
  ).toPass({ timeout: 15_000 });
  await publish(page);

  // Exactly one new version file, on main, with the schema's fields only.
  const files = git('ls-files', 'src/content/procedures/strategy-discussions').trim().split('\n');
  expect(files).toEqual([
    'src/content/procedures/strategy-discussions/2019-09-30.mdx',
    'src/content/procedures/strategy-discussions/2024-03-25.mdx',
    'src/content/procedures/strategy-discussions/2026-11-22.mdx',
    // The version with the areas' arrangements, already written to take effect later.
    'src/content/procedures/strategy-discussions/2026-11-30.mdx',
  ]);
  expect(git('branch', '--list', 'cms/*').trim()).toBe('');
  const text = readFileSync(join(repo, 'src/content/procedures/strategy-discussions/2026-11-22.mdx'), 'utf8');
  expect(sent('src/content/procedures/strategy-discussions/2026-11-22.mdx')).toBe(text);
  const frontmatter = parse(text.split('---\n')[1]!) as Record<string, unknown>;
  const previous = parse(readFileSync(join(repo, 'src/content/procedures/strategy-discussions/2024-03-25.mdx'), 'utf8').split('---\n')[1]!) as Record<
    string,
    unknown
  >;
  expect(frontmatter).toEqual({
    ...previous,
    amended: TODAY,
    change: 'updated',
    summary: "Any agency can ask for a strategy discussion; the LADO's number is shown.",
    approvedBy: 'Policy and Procedures Group',
    approvedOn: '2026-11-20',
  });
  expect(text).toContain('section: "1.3.3"');
  expect(text).toContain('Every agency can ask for one.');
  expect(text).toContain('<Contact id="lado" />');
  // Every other line is as the previous version wrote it: the changes are the editor's only.
  const diff = spawnSync(
    'git',
    [
      'diff',
      '--no-index',
      '--unified=0',
      '--',
      'src/content/procedures/strategy-discussions/2024-03-25.mdx',
      'src/content/procedures/strategy-discussions/2026-11-22.mdx',
    ],
    { cwd: repo, encoding: 'utf8' },
  ).stdout;
  expect(diff.split('\n').filter((line) => /^[+-](?![+-]{2} )/.test(line))).toEqual([
    '-amended: 2024-03-25',
    '+amended: 2026-11-22',
    '-summary: >-',
    '-  Updated for Working Together to Safeguard Children 2023: health and education now always',
    '-  take part, and decisions must be recorded and shared within 1 working day.',
    "+summary: Any agency can ask for a strategy discussion; the LADO's number is shown.",
    '+approvedBy: Policy and Procedures Group',
    '+approvedOn: 2026-11-20',
    "-The team manager in children's social care decides that a discussion is needed and records the decision. Any agency can ask for one.",
    "+The team manager in children's social care decides that a discussion is needed and records the decision. Every agency can ask for one.",
    '+',
    '+<Contact id="lado" />',
  ]);

  // The studio rebuilds the site after a publication: its changes page shows the new sentence.
  await expect(async () => {
    const answer = await page.request.get(`${site}procedures/strategy-discussions/2026-11-22/changes/`);
    expect(answer.status()).toBe(200);
  }).toPass({ timeout: 120_000 });
  await page.goto(`${site}procedures/strategy-discussions/2026-11-22/changes/`);
  await expect(page.locator('ins', { hasText: 'Every' }).first()).toBeVisible();
  await expect(page.locator('del', { hasText: 'Any' }).first()).toBeVisible();

  // The preview was rebuilt incrementally: Astro's cache beside it records every version's page
  // with its key, the new one too, so the next rebuild renders only what changes.
  const work = join(studioTmp, `manual-studio-${createHash('sha256').update(`${repo}:${port}`).digest('hex').slice(0, 12)}`);
  await expect(async () => {
    const record = JSON.parse(readFileSync(join(work, 'astro-cache', 'incremental-build.json'), 'utf8')) as {
      routes: Record<string, { paths: Record<string, { cacheKey: string }> }>;
    };
    const versions = record.routes['src/routes/[collection]/[id]/[date]/index.astro']!.paths;
    expect(versions['/procedures/strategy-discussions/2026-11-22/']?.cacheKey).toMatch(/^[0-9a-f]{64}$/);
    expect(versions['/procedures/strategy-discussions/2024-03-25/']?.cacheKey).toMatch(/^[0-9a-f]{64}$/);
  }).toPass({ timeout: 30_000 });

  // The preview on this computer is not the public site: its build records nothing in the lock,
  // so the version published today can still be corrected here.
  expect(git('show', 'main:src/content/versions.lock.json')).not.toContain('procedures/strategy-discussions/2026-11-22.mdx');
  expect(git('status', '--porcelain').trim()).toBe('');

  // The manual passes the check.
  const check = spawnSync(process.execPath, ['scripts/check.ts'], {
    env: { ...process.env, MANUAL_CONTENT_DIR: join(repo, 'src/content'), MANUAL_TODAY: TODAY },
    encoding: 'utf8',
  });
  expect(check.stdout).toContain('Checked 117 version files (68 chapters, 5 information pages, 16 contacts and 5 resources) for 2026-11-22: 0 errors');
  expect(check.status).toBe(0);
}

/** 7: today's mistake, published but not yet recorded by a build of the public site, is corrected in the editor. */
async function correctTodaysMistake(page: Page): Promise<void> {
  await openLists(page);
  await page.goto(`${admin}#/collections/chapter-strategy-discussions/entries/2026-11-22`);
  await page.getByLabel('Summary of the change').fill("Any agency can ask for a strategy discussion; the LADO's number is on the page.");
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved as a draft')).toBeVisible();
  await publish(page);
  const path = 'src/content/procedures/strategy-discussions/2026-11-22.mdx';
  expect(readFileSync(join(repo, path), 'utf8')).toContain("summary: Any agency can ask for a strategy discussion; the LADO's number is on the page.");
  expect(sent(path)).toContain("the LADO's number is on the page.");
}

/** Unsaved work survives the browser closing, from the local backup. */
async function unsavedWorkSurvives(page: Page, context: BrowserContext): Promise<void> {
  await openLists(page);
  await page.goto(`${admin}#/collections/new-chapter/new`);
  await page.getByLabel('Title').fill('Work in progress');
  // Decap CMS keeps a backup of the open form in the browser's storage (IndexedDB, through
  // localForage) two seconds after each change: wait until it holds the title.
  await expect(async () => {
    const backup = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('localforage');
          open.onerror = () => resolve('');
          open.onsuccess = () => {
            try {
              const get = open.result.transaction('keyvaluepairs').objectStore('keyvaluepairs').get('backup.new-chapter');
              get.onsuccess = () => resolve(JSON.stringify(get.result ?? ''));
              get.onerror = () => resolve('');
            } catch {
              resolve('');
            }
          };
        }),
    );
    expect(backup).toContain('Work in progress');
  }).toPass({ timeout: 30_000 });
  await page.close();
  const again = await context.newPage();
  again.on('pageerror', (e) => pageErrors.push(`uncaught: ${e.message}`));
  again.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`console: ${m.text()} ${m.location().url}`);
  });
  let asked = '';
  again.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await again.goto(`${admin}#/collections/new-chapter/new`);
  // The editor asks only once it has loaded the collection and read the backup, which on a
  // busy machine takes longer than the default five seconds.
  await expect(again.getByLabel('Title')).toHaveValue('Work in progress', { timeout: 30_000 });
  expect(asked).toBe('Changes you had not saved were kept on this computer. Bring them back?');
}

/** 6: a chapter is withdrawn, and published. */
async function withdrawAChapter(page: Page): Promise<void> {
  await openLists(page);
  await page.getByRole('link', { name: '2.20 Children Visiting Prisons' }).click();
  await page.getByRole('link', { name: 'new version' }).click();
  // A later version amends or withdraws: it is never "First version of the chapter".
  // "Replaced by" shows only once the version withdraws the chapter.
  await expect(page.getByLabel('This version')).toBeVisible();
  await expect(page.locator('label', { hasText: /^Replaced by/ })).toBeHidden();
  await page.getByLabel('This version').click();
  await expect(page.getByRole('option')).toHaveText(['Amends the chapter', 'Withdraws the chapter']);
  await page.getByRole('option', { name: 'Withdraws the chapter' }).click();
  await expect(page.locator('label', { hasText: /^Replaced by/ })).toBeVisible();
  await saveSignedOff(page, 'Withdrawn: the prisons now publish their own guidance for visits.');
  await publish(page);
  const path = `src/content/procedures/children-visiting-prisons/${TODAY}.mdx`;
  expect(readFileSync(join(repo, path), 'utf8')).toContain('change: withdrawn');
  expect(sent(path)).toContain('change: withdrawn');
}

/** 5: a new chapter is added, previewed as the site shows it, and published. */
async function addAChapter(page: Page): Promise<void> {
  await openLists(page);
  // Search everything searches every list, even from inside one, when Enter is pressed.
  await page.getByRole('link', { name: '1.3.3 Strategy Discussions' }).click();
  await page.getByPlaceholder('Search everything').fill('Allegations Management');
  await page.getByPlaceholder('Search everything').press('Enter');
  await expect(page).toHaveURL(/#\/search\/Allegations%20Management$/);
  // Every list is read for it, which takes a while on a busy computer.
  await expect(page.getByText('Allegations Management Service (LADO)').first()).toBeVisible({ timeout: 90_000 });

  await page.goto(`${admin}#/collections/new-chapter/new`);
  await expect(page.getByLabel('Title')).toBeVisible();
  // A new form has nothing saved, and says so.
  await expect(page.getByText('Not saved yet')).toBeVisible();
  await expect(page.getByText('Nothing unsaved')).toHaveCount(0);
  // A first version is new: nothing else to choose, nothing it replaces.
  await page.getByLabel('This version').click();
  await expect(page.getByRole('option')).toHaveText(['First version of the chapter']);
  await page.keyboard.press('Escape');
  await expect(page.locator('label', { hasText: /^Replaced by/ })).toHaveCount(0);
  // Sign-off is needed to publish, not to save a draft: the labels say so.
  await expect(page.locator('label', { hasText: /^Approved by/ })).toHaveText('Approved by (needed to publish)');
  await expect(page.locator('label', { hasText: /^Approved on/ })).toHaveText('Approved on (needed to publish)');
  await page.getByLabel('Number').fill('2.22');
  await page.getByLabel('Title').fill('Young Carers');
  await page.getByLabel('Takes effect on').fill(TODAY);
  await page.getByLabel('Approved by').fill('Policy and Procedures Group');
  await page.getByLabel('Approved on').fill('2026-11-20');
  await page.getByLabel('Description').fill('How agencies identify young carers and arrange an assessment of their needs.');
  // The preview is the chapter as the site shows it, and what the draft adds.
  const preview = page.frameLocator('iframe').first();
  await expect(preview.locator('article.chapter h1')).toHaveText('2.22 Young Carers');
  await expect(preview.getByRole('heading', { name: 'What this draft changes' })).toBeVisible();
  await expect(preview.locator('.draft-changes .diff-added').first()).toContainText('Say here who this chapter is for');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved as a draft')).toBeVisible();
  await publish(page);
  const path = `src/content/procedures/young-carers/${TODAY}.mdx`;
  expect(readFileSync(join(repo, path), 'utf8')).toContain('title: Young Carers');
  expect(sent(path)).toContain('section: "2.22"');
}

/** 7: a mistake published today is deleted, while no build of the public site has recorded it. */
async function deleteTodaysMistake(page: Page): Promise<void> {
  await openLists(page);
  await page.getByRole('link', { name: '2.12 Forced Marriage' }).click();
  await page.getByRole('link', { name: 'new version' }).click();
  await saveSignedOff(page, 'Adds the Forced Marriage Unit.');
  await publish(page);
  const path = `src/content/procedures/forced-marriage/${TODAY}.mdx`;
  expect(sent(path)).toContain('Adds the Forced Marriage Unit.');

  // Published by mistake: no build of the public site has recorded it yet, so it is deleted.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Delete this version' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete this version' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sent to the public site: it will show there within a few minutes.' })).toBeVisible();
  expect(existsSync(join(repo, path))).toBe(false);
  expect(sent(path)).toBe('');
  expect(git('status', '--porcelain').trim()).toBe('');
}

/** 7 and 8: a version the public site recorded is not deleted or changed without a reason, and a mistake in it is corrected. */
async function correctARecordedVersion(page: Page): Promise<void> {
  await openLists(page);
  const path = 'src/content/procedures/strategy-discussions/2024-03-25.mdx';
  const refusal =
    /2024-03-25\.mdx is on the public site: a build of the site recorded it, so it is never deleted, and changed only to put right a mistake\. Open it, make the correction, say what was wrong under "Correct a mistake" and save; to change what it says, add a new version\./;
  await page.goto(`${admin}#/collections/chapter-strategy-discussions/entries/2024-03-25`);
  await page.getByRole('button', { name: 'Delete this version' }).click();
  await expect(page.getByText(refusal)).toBeVisible();
  expect(existsSync(join(repo, path))).toBe(true);

  await page.goto(`${admin}#/collections/chapter-strategy-discussions/entries/2024-03-25`);
  await selectWord(page, 'The team manager in children', 'records');
  await page.keyboard.type('writes down');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByText(
      /2024-03-25\.mdx is on the public site: a build of the site recorded it, so it is never changed or deleted\. To put right a mistake in it \(a typing error, a broken link\), say what was wrong under "Correct a mistake" and save again; to change what it says, add a new version\./,
    ),
  ).toBeVisible();
  expect(git('branch', '--list', 'cms/*').trim()).toBe('');
  expect(git('status', '--porcelain').trim()).toBe('');

  await page.getByLabel('Correct a mistake').fill('A word was missing from the first paragraph.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved as a draft')).toBeVisible();
  await publish(page);
  const text = readFileSync(join(repo, path), 'utf8');
  // The correction changes what was corrected, and nothing else of the file.
  expect(text).toBe(
    readFileSync(path.replace('src/content', '../../examples/brackenshire/content'), 'utf8').replace('records the decision', 'writes down the decision'),
  );
  expect(sent(path)).toBe(text);
  const lock = JSON.parse(sent('src/content/versions.lock.json')) as { files: Record<string, { sha256: string; corrections?: unknown[] }> };
  const entry = lock.files['procedures/strategy-discussions/2024-03-25.mdx']!;
  expect(entry.sha256).toBe(createHash('sha256').update(text).digest('hex'));
  // Dated today, or on the day of the latest release that still published the old text, if later.
  expect(entry.corrections).toEqual([
    { date: '2026-12-04', reason: 'A word was missing from the first paragraph.', previous: expect.stringMatching(/^[0-9a-f]{64}$/) },
  ]);

  // The chapter's history shows the correction, once the site preview is rebuilt.
  await expect(async () => {
    const answer = await page.request.get(`${site}procedures/strategy-discussions/history/`);
    expect(await answer.text()).toContain('A word was missing from the first paragraph.');
  }).toPass({ timeout: 120_000 });
  await page.goto(`${site}procedures/strategy-discussions/history/`);
  await expect(page.locator('.history-entry', { hasText: '25 March 2024' }).locator('.history-corrections')).toHaveText(
    'Corrected on 4 December 2026: A word was missing from the first paragraph.',
  );
}

/** 4: a contact's new phone number needs a dated change note, moves Last checked on to today, and is published. */
async function changeANumber(page: Page): Promise<void> {
  await openLists(page);
  await page.goto(`${admin}#/collections/contacts/entries/lado`);
  await page.getByLabel('Number').first().fill('0113 496 0601');
  // The preview is the contact as the contacts page shows it, and what the draft changes.
  const preview = page.frameLocator('iframe').first();
  await expect(preview.locator('.contact-entry .phone').first()).toHaveText('0113 496 0601');
  await expect(preview.locator('.draft-changes del', { hasText: '0600' })).toBeVisible();
  await expect(preview.locator('.draft-changes ins', { hasText: '0601' })).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/"Changes": the contact details changed, but no dated entry under changes says what changed/)).toBeVisible();

  await page.getByRole('button', { name: 'Add change' }).click();
  await page.getByLabel('Date', { exact: true }).last().fill(TODAY);
  await page.getByLabel('What changed').last().fill('New office hours number.');
  await expect(preview.locator('.draft-changes .diff-added')).toContainText('Change noted for 22 November 2026: New office hours number.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved as a draft')).toBeVisible();
  await publish(page);

  const contact = parse(readFileSync(join(repo, 'src/content/contacts/lado.yaml'), 'utf8')) as {
    phones: { number: string }[];
    verified: string;
    changes: { date: string; summary: string }[];
  };
  expect(contact.phones[0]!.number).toBe('0113 496 0601');
  // The number changed today: so did Last checked on.
  expect(contact.verified).toBe(TODAY);
  expect(contact.changes.at(-1)).toEqual({ date: TODAY, summary: 'New office hours number.' });

  await expect(async () => {
    const answer = await page.request.get(`${site}contacts/`);
    expect(await answer.text()).toContain('0113 496 0601');
  }).toPass({ timeout: 120_000 });
  await page.goto(`${site}contacts/`);
  await expect(page.locator('#lado')).toContainText('New office hours number.');
  await page.goto(`${site}amendments/`);
  await expect(page.getByText('New office hours number.').first()).toBeVisible();
}

/** 8: a change the check refuses is not saved, and the problem is shown beside its field. */
async function refuseABadNumber(page: Page): Promise<void> {
  await openLists(page);
  await page.goto(`${admin}#/collections/contacts/entries/lado`);
  await page.getByLabel('Number').first().fill('0113 4960 60');
  await page.getByRole('button', { name: 'Add change' }).click();
  await page.getByLabel('Date', { exact: true }).last().fill(TODAY);
  await page.getByLabel('What changed').last().fill('Another number.');
  await page.getByRole('button', { name: 'Save' }).click();
  // The studio's server ran the check's rules: the message names the field as the form does.
  await expect(
    page.getByText('"Number": is not a valid UK phone number; check every digit (for example "0116 496 0100"); write it as number: "0116 496 0100"'),
  ).toBeVisible();
  const beside = page
    .locator('label', { hasText: /^Number( \(optional\))?$/ })
    .first()
    .locator('+ p.studio-problem');
  await expect(beside).toHaveText('is not a valid UK phone number; check every digit (for example "0116 496 0100"); write it as number: "0116 496 0100"');
  await expect(beside).toHaveAttribute('role', 'alert');
  expect(git('branch', '--list', 'cms/*').trim()).toBe('');
  expect(git('status', '--porcelain').trim()).toBe('');
  expect(git('show', 'main:src/content/contacts/lado.yaml')).toContain('0113 496 0601');
}

/** 8: a new entry never takes the place of a file: the studio refuses it, before anything is written. */
async function refuseTakenDatesAndIds(page: Page): Promise<void> {
  await openLists(page);
  // A second version on the same day: the check's problem, shown beside "Takes effect on".
  await page.getByRole('link', { name: '1.3.3 Strategy Discussions' }).click();
  await page.getByRole('link', { name: 'new version' }).click();
  await page.getByLabel('Summary of the change').fill('A second change today.');
  await page.getByLabel('Takes effect on').fill(TODAY);
  await page.getByRole('button', { name: 'Save' }).click();
  const taken = `chapter strategy-discussions already has a version dated ${TODAY}`;
  await expect(page.getByText(new RegExp(`"Takes effect on": ${taken}`))).toBeVisible();
  await expect(
    page
      .locator('label', { hasText: /^Takes effect on/ })
      .first()
      .locator('+ p.studio-problem'),
  ).toContainText(taken);
  // A new chapter whose id is taken (the page loaded afresh, leaving the refused form).
  await openLists(page);
  await page.goto(`${admin}#/collections/new-chapter/new`);
  await page.getByLabel('Number').fill('2.23');
  await page.getByLabel('Title').fill('Strategy Discussions');
  await page.getByLabel('Takes effect on').fill(TODAY);
  await page.getByRole('button', { name: 'Save' }).click();
  // The studio's check refuses it: the problem is shown beside "Chapter id", and the form keeps what was typed.
  const idTaken = 'there is already a chapter with the id strategy-discussions (1.3.3 Strategy Discussions)';
  await expect(
    page
      .locator('label', { hasText: /^Chapter id/ })
      .first()
      .locator('+ p.studio-problem'),
  ).toContainText(idTaken);
  await expect(page.getByText(`"Chapter id": ${idTaken}`)).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue('Strategy Discussions');
  expect(git('branch', '--list', 'cms/*').trim()).toBe('');
  expect(git('status', '--porcelain').trim()).toBe('');
}

test('a board member does every editing task in the browser, alone: from a draft to the public site, and back', async ({ page, context }) => {
  // One person working through every task in turn: on a busy computer that takes minutes.
  test.setTimeout(900_000);
  // The editor asks before it publishes or deletes, before it brings back unsaved work, and
  // before it leaves a form with changes not saved: each is answered yes. Any other question fails the test.
  const unexpected: string[] = [];
  page.on('dialog', (dialog) => {
    const expected = dialog.type() === 'beforeunload' || ASKED.some((question) => dialog.message().startsWith(question));
    if (!expected) unexpected.push(dialog.message());
    void (expected ? dialog.accept() : dialog.dismiss());
  });
  await signIn(page);
  await test.step('1-3. amend, with a draft saved before approval; review, seeing what changed; publish and see "Sent"', () => amendReviewAndPublish(page));
  await test.step('4. change a number, with Last checked on', () => changeANumber(page));
  await test.step('5. add a new chapter', () => addAChapter(page));
  await test.step('6. withdraw a chapter', () => withdrawAChapter(page));
  await test.step('7. publish a mistake today, then undo it: correct or delete it while unrecorded, correct it once recorded', async () => {
    await correctTodaysMistake(page);
    await deleteTodaysMistake(page);
    await correctARecordedVersion(page);
  });
  await test.step('8. hit each refusal, checking its words', async () => {
    await refuseABadNumber(page);
    await refuseTakenDatesAndIds(page);
  });
  await test.step('unsaved work survives the browser closing', () => unsavedWorkSurvives(page, context));
  expect(unexpected).toEqual([]);
});

/** What Linux's process table holds for each running process: its parent, and its command and environment as text. */
function processes(): { parent: number; text: string }[] {
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // pid (name) state ppid ...: the name may hold spaces and brackets, so read after its last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z') continue;
      const text = `${readFileSync(`/proc/${entry}/cmdline`, 'utf8')}\0${readFileSync(`/proc/${entry}/environ`, 'utf8')}`;
      found.push({ parent: Number(parent), text });
    } catch {
      // The process ended while the table was read, or is another user's.
    }
  }
  return found;
}

test('stopping the studio stops the builds and the site preview it started, and starts no other', async () => {
  test.skip(!existsSync('/proc/1/stat'), 'reads the process table of Linux');
  // The site preview runs from the studio's own folder, which its builds use too.
  const workFolder = () => {
    const preview = processes().find((p) => p.parent === studio.pid && p.text.includes('scripts/preview.ts'));
    return /--dir\0([^\0]+)\/site\0/.exec(preview?.text ?? '')?.[1];
  };
  // The site preview starts once its first build is done.
  await expect.poll(workFolder, { timeout: 120_000 }).toBeTruthy();
  const work = workFolder()!;
  // The publication before asked for a new site preview: it may be building, or waiting to.
  await stopStudio(studio);
  expect(
    processes()
      .filter((p) => p.text.includes(work))
      .map((p) => p.text.split('\0').slice(0, 3).join(' ')),
  ).toEqual([]);
});
