// The published site's admin page of a manual in English and Welsh (the bilingual example), where
// no studio stands between the editor and the git host: the page itself names the English file
// <date>.mdx, which Decap CMS's i18n calls <date>.en.mdx, so a version is edited and written in
// both languages side by side. The git host is Decap CMS's own in-memory repository (test-repo),
// holding the example's files, in place of GitHub, behind the same renaming.
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import config from '../../../../examples/tawelan/manual.config.ts';
import { writeSiteAdmin } from '../../src/lib/cms/admin-site.ts';
import { checkManual } from '../../src/lib/check/validate.ts';
import { readManualSource } from '../../src/lib/content/source.ts';
import { defineManual } from '../../src/lib/manual/settings.ts';
import { renderHeadersFile, siteHeaderRules } from '../../src/lib/servers/host-headers.ts';
import { createSiteServer } from '../../src/lib/servers/site-server.ts';
import { fillNewVersion, writeWelshText } from './welsh-version-form.ts';

// After the bilingual example's studio (E2E_PORT + 15 to + 17).
const port = Number(process.env['E2E_PORT'] ?? 4399) + 18;
const origin = `http://127.0.0.1:${port}`;
const TODAY = '2026-11-22';
const EXAMPLE = resolve('../../examples/tawelan');
const CHAPTER = 'content/procedures/making-a-referral';
const settings = defineManual({
  ...config,
  cms: { backend: 'github', repo: 'tawelan-rsb/procedures', branch: 'main', authUrl: 'https://sign-in.tawelan-rsb.example' },
});
let site: string;
let server: Server;

/** A folder's files as Decap CMS's in-memory repository holds them: folders as objects, each file's text as its content. */
type Tree = { [name: string]: Tree | { content: string } };
function tree(folder: string): Tree {
  return Object.fromEntries(
    readdirSync(folder).map((name) => {
      const path = join(folder, name);
      return [name, statSync(path).isDirectory() ? tree(path) : { content: readFileSync(path, 'utf8') }];
    }),
  );
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'manual-admin-bilingual-'));
  const { manual } = checkManual(readManualSource(join(EXAMPLE, 'content')), { today: TODAY, settings, settingsFile: 'manual.config.ts', checkBodies: false });
  const policy = await writeSiteAdmin(join(site, 'admin'), { manual, settings, contentDir: 'content', today: TODAY });
  writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="en"><title>Home</title><h1>Home</h1></html>');
  writeFileSync(join(site, '_headers'), renderHeadersFile(siteHeaderRules({}, policy)));
  server = createSiteServer({ root: site, base: '/' });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
});

test.afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(site, { recursive: true, force: true });
});

/** Opens the admin page on the in-memory repository holding the example's files. */
async function openOnTestRepository(page: Page): Promise<void> {
  await page.addInitScript(
    (files) => {
      // It lists a collection's folder by its whole path, and reads a file by walking down to it:
      // each folder is kept both ways, as the same object.
      const repoFiles: Record<string, unknown> = { content: files };
      const add = (folder: Record<string, unknown>, path: string) => {
        repoFiles[path] = folder;
        for (const [name, inner] of Object.entries(folder)) if (!('content' in (inner as object))) add(inner as Record<string, unknown>, `${path}/${name}`);
      };
      add(files, 'content');
      (window as unknown as { repoFiles: unknown }).repoFiles = repoFiles;
    },
    tree(join(EXAMPLE, 'content')),
  );
  await page.route('**/admin/cms.json', async (route) => {
    const answer = await route.fetch();
    const cms = (await answer.json()) as { config: { backend: Record<string, unknown> } };
    cms.config.backend = { name: 'test-repo' };
    await route.fulfill({ response: answer, json: cms });
  });
  await page.goto(`${origin}/admin/`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Lists' })).toBeVisible({ timeout: 30_000 });
}

/** The text of a file of the in-memory repository (published), or of a draft's, by its path. */
async function repositoryFile(page: Page, path: string, draft?: string): Promise<string | undefined> {
  return page.evaluate(
    ({ path, draft }) => {
      const w = window as unknown as {
        repoFiles: Record<string, unknown>;
        repoFilesUnpublished: Record<string, { diffs: { path: string; content: string }[] }>;
      };
      if (draft) return w.repoFilesUnpublished[draft]?.diffs.find((d) => d.path === path)?.content;
      let at: unknown = w.repoFiles;
      for (const part of path.split('/')) at = (at as Record<string, unknown> | undefined)?.[part];
      return (at as { content?: string } | undefined)?.content;
    },
    { path, draft },
  );
}

test('the admin page of a bilingual manual signs in to GitHub through the backend that names its files', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/admin/`);
  await expect(page.getByRole('button', { name: 'Login with GitHub' })).toBeVisible({ timeout: 30_000 });
  expect(errors).toEqual([]);
});

test('a version is read and written in English and Welsh side by side, each in its own file', async ({ page }) => {
  await openOnTestRepository(page);
  // A published version opens with each language's text, read from <date>.mdx and <date>.cy.mdx.
  await page.goto(`${origin}/admin/#/collections/chapter-making-a-referral/entries/2026-04-01`);
  const editors = page.locator('[data-slate-editor]');
  await expect(editors).toHaveCount(2, { timeout: 30_000 });
  await expect(editors.nth(0)).toContainText('Make a referral when you think a child is at risk');
  await expect(page.getByLabel('Title').nth(1)).toHaveValue(/Atgyfeiriad/);
  const welshStart = (await repositoryFile(page, `${CHAPTER}/2026-04-01.cy.mdx`))!.split('\n---\n')[1]!.trim().slice(0, 30);
  await expect(editors.nth(1)).toContainText(welshStart);

  // A new version, written in both languages, saved as a draft of both files.
  await page.goto(`${origin}/admin/#/collections/chapter-making-a-referral/new`);
  await expect(editors).toHaveCount(2, { timeout: 30_000 });
  await fillNewVersion(page, TODAY);
  await writeWelshText(page);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved as a draft')).toBeVisible({ timeout: 30_000 });

  const draft = 'chapter-making-a-referral/2026-11-22';
  const english = await repositoryFile(page, `${CHAPTER}/2026-11-22.mdx`, draft);
  const welsh = await repositoryFile(page, `${CHAPTER}/2026-11-22.cy.mdx`, draft);
  expect(english).toContain('summary: The hubs confirm a referral within one working day.');
  expect(english).toContain('approvedBy: Policy and Procedures Group');
  expect(welsh).toContain('title: Gwneud Atgyfeiriad');
  expect(welsh).toContain('Gwnewch atgyfeiriad pan fyddwch yn poeni am blentyn.');
  expect(welsh).not.toMatch(/^(section|amended|approvedBy):/m);
  // No file is named as the editor names the English text.
  expect(await repositoryFile(page, `${CHAPTER}/2026-11-22.en.mdx`, draft)).toBeUndefined();
});
