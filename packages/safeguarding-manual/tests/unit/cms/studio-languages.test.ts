import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import config from '../../../../../examples/tawelan/manual.config.ts';
import { buildCms } from '../../../src/lib/cms/config.ts';
import { isTranslation, serializeVersionFile, TRANSLATION_FIELDS } from '../../../src/lib/cms/files.ts';
import { registerNamedBackend, withEditorNames } from '../../../src/lib/cms/admin-languages.ts';
import { labelledText, problemField, problemLanguage } from '../../../src/lib/cms/admin-problems.ts';
import { toEditorNames, toRepositoryNames } from '../../../src/lib/cms/studio-languages.ts';
import { checkedRequest, RequestRefused, type RequestContext } from '../../../src/lib/cms/studio-requests.ts';
import { checkManual } from '../../../src/lib/check/validate.ts';
import { readManualSource } from '../../../src/lib/content/source.ts';
import { defineManual } from '../../../src/lib/manual/settings.ts';

const CONTENT = '../../examples/tawelan/content';
const bilingual = defineManual(config);
const english = defineManual({ ...config, languages: ['en'] });
const source = readManualSource(CONTENT);
const texts = new Map([...source.procedureFiles, ...(source.pageFiles ?? [])].map((f) => [f.file, f.text]));
const proxy = { name: 'proxy', proxyUrl: 'http://127.0.0.1:1/api/v1', branch: 'main' } as const;
const github = { name: 'github', repo: 'tawelan/procedures', branch: 'main' } as const;

function cmsOf(settings: typeof bilingual, backend: Parameters<typeof buildCms>[0]['backend']) {
  const { manual } = checkManual(source, { today: '2026-11-22', settings: bilingual, settingsFile: 'manual.config.ts', checkBodies: false });
  return buildCms({ manual, texts, contentDir: CONTENT, settings, today: '2026-11-22', backend });
}

type Collection = { name: string; i18n?: unknown; fields: { name: string; i18n?: unknown; label?: string }[] };

/** A configuration without what editing in more than one language adds to it (the contact's Welsh part among it). */
function withoutLanguages(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => (item as { name?: unknown } | null)?.name !== 'cy').map(withoutLanguages);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'i18n' && key !== 'translations' && key !== 'languages')
      .map(([key, v]) => [key, withoutLanguages(v)]),
  );
}

describe('the CMS configuration of a manual in English and Welsh', () => {
  it('edits each version in both languages side by side in the studio, its words in each and its shared fields once', () => {
    const { config: cms, manual } = cmsOf(bilingual, proxy);
    expect(cms['i18n']).toEqual({ structure: 'multiple_files', locales: ['en', 'cy'], default_locale: 'en' });
    const collections = cms['collections'] as Collection[];
    const chapter = collections.find((c) => c.name === 'chapter-responding-to-concerns')!;
    expect(chapter.i18n).toBe(true);
    const byName = Object.fromEntries(chapter.fields.map((f) => [f.name, f.i18n]));
    expect(byName).toEqual({
      summary: true,
      amended: 'none',
      change: 'none',
      replacedBy: 'none',
      approvedBy: 'none',
      approvedOn: 'none',
      correction: 'none',
      section: 'none',
      title: true,
      description: true,
      keywords: true,
      seeAlso: 'none',
      reviewDue: 'none',
      owner: true,
      body: true,
    });
    for (const name of ['new-chapter', 'new-page', 'page-worried-about-a-child']) expect(collections.find((c) => c.name === name)!.i18n).toBe(true);
    // Contacts keep their Welsh words under cy: in one file: a part of the contact's form, not Decap's i18n.
    const contacts = collections.find((c) => c.name === 'contacts')!;
    expect(contacts.i18n).toBeUndefined();
    expect(contacts.fields.find((f) => f.name === 'cy')).toMatchObject({ label: 'Welsh (Cymraeg)', widget: 'object' });
    expect(manual.languages).toEqual(['en', 'cy']);
    const document = manual.documents.find((d) => d.id === 'responding-to-concerns')!;
    expect(document.translations?.['cy']).toContain('title: Ymateb i Bryderon am Blentyn');
    expect(document.frontmatter).toContain('title: Responding to Concerns about a Child');
  });

  it('is otherwise exactly the English-only configuration, which has nothing of it', () => {
    const only = cmsOf(english, proxy);
    expect(JSON.stringify(only)).not.toMatch(/"i18n"|"translations"|"languages"/);
    expect(withoutLanguages(cmsOf(bilingual, proxy))).toEqual(only);
  });

  it("edits both languages on the published site's admin page too, whose script names the files as the studio does", () => {
    const published = cmsOf(bilingual, github);
    const inStudio = cmsOf(bilingual, proxy);
    expect({ ...published.config, backend: undefined }).toEqual({ ...inStudio.config, backend: undefined });
    expect(published.manual.languages).toEqual(['en', 'cy']);
  });
});

describe("the admin page's backend, in a manual edited in two languages", () => {
  const names = { contentDir: 'content', otherLanguages: ['cy'] };
  const CURSOR = Symbol('cursor');

  /** A backend as Decap CMS's git hosts have it, keeping what it is asked for. */
  function fakeBackend() {
    const asked: unknown[] = [];
    const listed = Object.assign(
      [
        { file: { path: 'content/procedures/referrals/2026-04-01.mdx' }, data: 'English' },
        { file: { path: 'content/procedures/referrals/2026-04-01.cy.mdx' }, data: 'Cymraeg' },
      ],
      { [CURSOR]: 'place in the list' },
    );
    return {
      asked,
      backend: {
        name: 'fake',
        entriesByFolder: (folder: string) => Promise.resolve(folder ? listed : []),
        persistEntry(entry: unknown) {
          asked.push(entry);
          return Promise.resolve();
        },
        authComponent: () => 'component',
      },
    };
  }

  it('gives the editor the English file as <date>.en.mdx and writes it back as <date>.mdx, other names and objects as they are', async () => {
    const { backend, asked } = fakeBackend();
    const named = withEditorNames(backend, names);
    const entries = await named.entriesByFolder('content/procedures/referrals');
    expect(entries.map((e) => e.file.path)).toEqual(['content/procedures/referrals/2026-04-01.en.mdx', 'content/procedures/referrals/2026-04-01.cy.mdx']);
    expect((entries as unknown as Record<symbol, unknown>)[CURSOR]).toBe('place in the list');
    const upload = new Blob(['%PDF']);
    await named.persistEntry({
      dataFiles: [
        { path: 'content/procedures/referrals/2026-11-22.en.mdx', raw: 'English' },
        { path: 'content/procedures/referrals/2026-11-22.cy.mdx', raw: 'Cymraeg' },
      ],
      assets: [upload],
    });
    expect(asked).toEqual([
      {
        dataFiles: [
          { path: 'content/procedures/referrals/2026-11-22.mdx', raw: 'English' },
          { path: 'content/procedures/referrals/2026-11-22.cy.mdx', raw: 'Cymraeg' },
        ],
        assets: [upload],
      },
    ]);
    expect((asked[0] as { assets: unknown[] }).assets[0]).toBe(upload);
    expect(named.authComponent()).toBe('component');
    expect(named.name).toBe('fake');
  });

  it('is registered beside the git host it wraps, under a name of its own', async () => {
    const { backend } = fakeBackend();
    const registered = new Map<string, new (...args: unknown[]) => object>();
    const registry = {
      getBackend: (name: string) => (name === 'github' ? { init: () => backend } : undefined),
      registerBackend: (name: string, made: new (...args: unknown[]) => object) => void registered.set(name, made),
    };
    const name = registerNamedBackend(registry, 'github', names);
    expect(name).toBe('github-with-manual-names');
    const made = new (registered.get(name)!)() as typeof backend;
    expect((await made.entriesByFolder('content/procedures/referrals')).map((e) => e.file.path)[0]).toBe('content/procedures/referrals/2026-04-01.en.mdx');
    expect(() => registerNamedBackend(registry, 'gitea', names)).toThrow(/no backend named gitea/);
  });
});

describe('the texts of a version in the editor', () => {
  it('writes the Welsh text with its words only, keeping the lines of the text it follows', () => {
    const welsh = { title: 'Ymateb i Bryderon', summary: 'Newidiwyd.', keywords: ['pryder'], body: '\nTestun.\n' };
    expect(isTranslation(welsh)).toBe(true);
    expect(isTranslation({ ...welsh, amended: '2026-12-04', change: 'updated' })).toBe(false);
    expect(serializeVersionFile(welsh, TRANSLATION_FIELDS, 'title: Hen deitl\nowner: Uned fusnes y bwrdd\n')).toBe(
      '---\ntitle: Ymateb i Bryderon\nsummary: Newidiwyd.\nkeywords: [pryder]\n---\n\nTestun.\n',
    );
  });

  it('shows a problem of the Welsh text beside its field on the Welsh side, saying so', () => {
    const missing = { file: 'content/procedures/x/2026-12-04.cy.mdx', field: 'file', message: 'is missing', fix: 'add this file' };
    expect(problemLanguage(missing)).toBe('Welsh');
    expect(problemField(missing)).toBe('title');
    expect(problemField({ ...missing, field: 'headings' })).toBe('body');
    expect(problemField({ ...missing, file: 'content/procedures/x/2026-12-04.mdx', field: 'headings' })).toBe('headings');
    expect(problemLanguage({ ...missing, file: 'content/procedures/x/2026-12-04.mdx' })).toBeUndefined();
    expect(labelledText([missing], new Map([['title', 'Title']]))).toBe('Not saved. "Title" in Welsh: is missing; add this file');
  });
});

describe("the studio's names of a version's texts", () => {
  const names = { contentDir: 'content', otherLanguages: ['cy'] };
  it('gives the editor the English file as <date>.en.mdx and takes it back as <date>.mdx', () => {
    const answer = {
      diffs: [{ path: 'content/procedures/a/2026-12-04.mdx' }, { path: 'content/procedures/a/2026-12-04.cy.mdx' }, { path: 'content/versions.lock.json' }],
      file: { path: 'content/pages/b/2026-04-01.mdx' },
      contact: { path: 'content/contacts/c.yaml' },
    };
    const shown = toEditorNames(answer, names);
    expect(shown).toEqual({
      diffs: [{ path: 'content/procedures/a/2026-12-04.en.mdx' }, { path: 'content/procedures/a/2026-12-04.cy.mdx' }, { path: 'content/versions.lock.json' }],
      file: { path: 'content/pages/b/2026-04-01.en.mdx' },
      contact: { path: 'content/contacts/c.yaml' },
    });
    expect(toRepositoryNames(shown, names)).toEqual(answer);
    expect(toRepositoryNames({ params: { paths: ['content/procedures/a/2026-12-04.en.mdx'] } }, names)).toEqual({
      params: { paths: ['content/procedures/a/2026-12-04.mdx'] },
    });
    // In a manual edited in English only, every name passes as it is.
    expect(toEditorNames(answer, { contentDir: 'content' })).toBe(answer);
  });

  const repo = mkdtempSync(join(tmpdir(), 'manual-studio-languages-'));
  mkdirSync(join(repo, 'content/procedures/making-a-referral'), { recursive: true });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const FOLDER = 'content/procedures/making-a-referral';
  const context = (otherLanguages?: string[]): RequestContext => ({
    repo,
    branch: 'main',
    contentDir: 'content',
    collections: new Map([['chapter-making-a-referral', FOLDER]]),
    isPublished: () => false,
    otherLanguages,
  });
  const save = (paths: string[], slug = '2026-12-04') => ({
    action: 'persistEntry',
    params: {
      branch: 'main',
      dataFiles: paths.map((path) => ({ path, slug, raw: '---\ntitle: T\n---\n' })),
      assets: [],
      options: { collectionName: 'chapter-making-a-referral', commitMessage: 'Save', useWorkflow: true, status: 'draft' },
    },
  });
  const refusal = (body: unknown, ctx: RequestContext) => {
    try {
      checkedRequest(body, ctx);
      return 'accepted';
    } catch (e) {
      if (e instanceof RequestRefused) return `${e.status}: ${e.message}`;
      throw e;
    }
  };

  it('accepts a save of a version with its Welsh text beside it, at exactly the names the check expects', () => {
    expect(refusal(save([`${FOLDER}/2026-12-04.mdx`, `${FOLDER}/2026-12-04.cy.mdx`]), context(['cy']))).toBe('accepted');
    expect(refusal(save([`${FOLDER}/2026-12-04.mdx`]), context(['cy']))).toBe('accepted');
  });

  it('refuses any other file in the save of a version', () => {
    const ctx = context(['cy']);
    expect(refusal(save([`${FOLDER}/2026-12-04.mdx`, `${FOLDER}/2026-12-04.fr.mdx`]), ctx)).toMatchInlineSnapshot(
      `"403: content/procedures/making-a-referral/2026-12-04.fr.mdx is not a file of the version 2026-12-04: its texts are content/procedures/making-a-referral/2026-12-04.mdx and content/procedures/making-a-referral/2026-12-04.cy.mdx."`,
    );
    expect(refusal(save([`${FOLDER}/2026-12-04.mdx`, `${FOLDER}/2026-04-01.cy.mdx`]), ctx)).toMatch(/^403: .*2026-04-01\.cy\.mdx is not a file of the version/);
    expect(refusal(save([`${FOLDER}/2026-12-04.cy.mdx`]), ctx)).toMatch(/^403: A save writes one version: its English text/);
    expect(refusal(save([`${FOLDER}/2026-12-04.mdx`, `${FOLDER}/2026-12-04.mdx`]), ctx)).toMatch(/^403: A save writes one version/);
    expect(refusal(save([`${FOLDER}/2026-12-04.mdx`, `${FOLDER}/2026-12-04.cy.mdx`, `${FOLDER}/2026-12-05.cy.mdx`]), ctx)).toBe(
      '422: A save writes one entry.',
    );
    // A manual edited in English only saves one file, as before.
    expect(refusal(save([`${FOLDER}/2026-12-04.mdx`, `${FOLDER}/2026-12-04.cy.mdx`]), context())).toBe('422: A save writes one entry.');
  });
});
