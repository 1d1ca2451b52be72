// A partnership's local texts in the editor (docs/editing-in-the-browser.md): the list offered
// only in a manual that follows a core, with the places its chapters declare; the studio's path
// rules for content/local/; and the one check, which refuses a local text for a point the
// chapter does not declare, with its words shown beside the place's field.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import northmoorConfig from '../../../../../examples/region/northmoor/manual.config.ts';
import brackenshireConfig from '../../../../../examples/brackenshire/manual.config.ts';
import { checkProposedChange } from '../../../src/lib/authoring/proposed-change.ts';
import { fieldTarget, labelledText, problemLabels } from '../../../src/lib/cms/admin-problems.ts';
import { buildCms } from '../../../src/lib/cms/config.ts';
import { LOCAL_TEXT_FIELDS, serializeVersionFile } from '../../../src/lib/cms/files.ts';
import { LOCAL_TEXTS, type CmsManual } from '../../../src/lib/cms/model.ts';
import { checkSave } from '../../../src/lib/cms/save-rules.ts';
import { checkedRequest, RequestRefused, type RequestContext } from '../../../src/lib/cms/studio-requests.ts';
import { checkManual } from '../../../src/lib/check/validate.ts';
import { readManualSource } from '../../../src/lib/content/source.ts';
import { defineManual } from '../../../src/lib/manual/settings.ts';

const TODAY = '2026-12-07';
const NORTHMOOR = '../../examples/region/northmoor/content';
const northmoor = defineManual(northmoorConfig);
const proxy = { name: 'proxy', proxyUrl: 'http://127.0.0.1:1/api/v1', branch: 'main' } as const;

type Field = { name: string; label: string; widget: string; required?: boolean; options?: { value: string; label: string }[] };
type Collection = { name: string; label: string; folder: string; path?: string; fields: Field[] };

function cmsOf(content: string, settings: ReturnType<typeof defineManual>) {
  const source = readManualSource(content);
  const { manual } = checkManual(source, { today: TODAY, settings, settingsFile: 'manual.config.ts', checkBodies: false });
  const texts = new Map([...source.procedureFiles, ...(source.pageFiles ?? [])].map((f) => [f.file, f.text]));
  return buildCms({ manual, texts, contentDir: content, settings, today: TODAY, backend: proxy });
}

const localList = (cms: ReturnType<typeof cmsOf>) => (cms.config['collections'] as Collection[]).find((c) => c.name === LOCAL_TEXTS);

describe('the local arrangements in the CMS', () => {
  it('are a list of their own in a manual that follows a core, offering the places its chapters declare', () => {
    const cms = cmsOf(NORTHMOOR, northmoor);
    const list = localList(cms)!;
    expect(list).toMatchObject({ label: 'Local arrangements', folder: `${NORTHMOOR}/local`, path: '{{chapter}}/{{point}}/{{amended}}' });
    const place = list.fields.find((f) => f.name === 'place')!;
    expect(place.widget).toBe('select');
    expect(place.options).toEqual([
      { value: 'making-a-referral/referral-arrangements', label: '1.1 Making a Referral to Children’s Social Care: referral-arrangements' },
    ]);
    expect(list.fields.map((f) => f.name)).toEqual(['place', 'summary', 'amended', 'approvedBy', 'approvedOn', 'body']);
    expect(list.fields.find((f) => f.name === 'amended')).toMatchObject({ required: true, default: TODAY });
    // Published local texts are in the lock, and the editor knows them as such.
    expect(cms.manual.locked).toContain(`${NORTHMOOR}/local/making-a-referral/referral-arrangements/2026-12-05.mdx`);
  });

  it('are not offered in a manual that follows no core', () => {
    const { core: _core, ...alone } = northmoorConfig;
    expect(localList(cmsOf(NORTHMOOR, defineManual(alone)))).toBeUndefined();
    expect(localList(cmsOf('../../examples/brackenshire/content', defineManual(brackenshireConfig)))).toBeUndefined();
  });

  it('write the schema fields only, never the place chosen', () => {
    const data = {
      place: 'making-a-referral/referral-arrangements',
      chapter: 'making-a-referral',
      point: 'referral-arrangements',
      amended: TODAY,
      summary: 'Names the online form.',
      approvedBy: 'Northmoor Procedures Sub-group',
      approvedOn: '2026-12-04',
      body: 'Refer online.',
    };
    expect(serializeVersionFile(data, LOCAL_TEXT_FIELDS)).toBe(
      '---\namended: 2026-12-07\nsummary: Names the online form.\napprovedBy: Northmoor Procedures Sub-group\napprovedOn: 2026-12-04\n---\nRefer online.\n',
    );
  });
});

describe('saving a new local text in the editor', () => {
  const manual = { today: TODAY, contentDir: 'content', base: '/', locked: [], documents: [], contacts: [] } satisfies CmsManual;
  const save = (data: Record<string, unknown>, newRecord = true) => {
    try {
      return checkSave({ collection: LOCAL_TEXTS, path: '', newRecord, data }, manual);
    } catch (e) {
      return (e as Error).message;
    }
  };

  it('puts it in the folder of the place chosen', () => {
    expect(save({ place: 'making-a-referral/referral-arrangements', amended: TODAY })).toMatchObject({
      chapter: 'making-a-referral',
      point: 'referral-arrangements',
    });
  });

  it('refuses a new version without a place, and leaves a saved one where it is', () => {
    expect(save({ amended: TODAY })).toBe('Choose under "Where in the chapter" the place in a chapter that this text fills.');
    expect(save({ place: '../../x', amended: TODAY })).toMatch(/^Choose under "Where in the chapter"/);
    expect(save({ amended: TODAY, body: 'Text.' }, false)).toEqual({ amended: TODAY, body: 'Text.' });
  });
});

describe("the studio's paths for local texts", () => {
  const repo = mkdtempSync(join(tmpdir(), 'manual-studio-local-'));
  mkdirSync(join(repo, 'content/local/making-a-referral/referral-arrangements'), { recursive: true });
  mkdirSync(join(repo, 'content/procedures/making-a-referral'), { recursive: true });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const FOLDER = 'content/local';
  const PUBLISHED = `${FOLDER}/making-a-referral/referral-arrangements/2026-12-05.mdx`;
  const context: RequestContext = {
    repo,
    branch: 'main',
    contentDir: 'content',
    collections: new Map([
      [LOCAL_TEXTS, FOLDER],
      ['chapter-making-a-referral', 'content/procedures/making-a-referral'],
    ]),
    isPublished: (path) => path === PUBLISHED,
  };
  const save = (path: string, slug = path.slice(FOLDER.length + 1).replace(/\.[a-z]+$/, ''), collectionName = LOCAL_TEXTS) => ({
    action: 'persistEntry',
    params: {
      branch: 'main',
      dataFiles: [{ path, slug, raw: '---\namended: 2026-12-07\n---\nText.\n' }],
      assets: [],
      options: { collectionName, commitMessage: 'Save', useWorkflow: true, status: 'draft' },
    },
  });
  const refusal = (body: unknown) => {
    try {
      checkedRequest(body, context);
      return 'accepted';
    } catch (e) {
      if (e instanceof RequestRefused) return `${e.status}: ${e.message}`;
      throw e;
    }
  };

  it('accepts a new version at content/local/<chapter>/<point>/<date>.mdx, and lists the folder', () => {
    expect(refusal(save(`${FOLDER}/making-a-referral/referral-arrangements/2026-12-07.mdx`))).toBe('accepted');
    // A date the editor found taken: the one check then says so (proposed-change.ts).
    expect(refusal(save(`${FOLDER}/making-a-referral/referral-arrangements/2026-12-07-1.mdx`))).toBe('accepted');
    expect(refusal({ action: 'entriesByFolder', params: { branch: 'main', folder: FOLDER, extension: 'mdx', depth: 3 } })).toBe('accepted');
  });

  it('refuses a path out of the folder, another kind or place of file, and a published local text', () => {
    expect(refusal(save(`${FOLDER}/../../.git/x`, 'making-a-referral/referral-arrangements/2026-12-07'))).toMatch(
      /^403: "content\/local\/\.\.\/\.\.\/\.git\/x" is not a file of the manual/,
    );
    expect(refusal(save(`${FOLDER}/making-a-referral/referral-arrangements/2026-12-07.yaml`))).toMatch(/^403: .* is not a local text/);
    expect(refusal(save(`${FOLDER}/making-a-referral/notes.mdx`, 'making-a-referral/notes/2026-12-07'))).toMatch(/^403: .* is not a local text/);
    expect(refusal(save(`${FOLDER}/making-a-referral/referral-arrangements/2026-12-07.mdx`, 'making-a-referral/referral-arrangements/2026-12-08'))).toMatch(
      /^403: .* is not where the local text making-a-referral\/referral-arrangements\/2026-12-08 is saved/,
    );
    expect(refusal(save(`${FOLDER}/making-a-referral/referral-arrangements/2026-12-07.mdx`, 'making-a-referral/2026-12-07'))).toMatch(
      /^422: The local text "making-a-referral\/2026-12-07" is not saved as <chapter-id>\/<extension-point>\/<date>/,
    );
    // Recorded by a build of the public site: never written, even with a correction's reason, nor deleted.
    expect(refusal(save(PUBLISHED))).toMatch(/^403: content\/local\/making-a-referral\/referral-arrangements\/2026-12-05\.mdx is on the public site/);
    const correcting = save(PUBLISHED);
    expect(refusal({ ...correcting, params: { ...correcting.params, correction: 'A typing error.' } })).toMatch(/^403: .* is on the public site/);
    expect(refusal({ action: 'deleteFiles', params: { branch: 'main', paths: [PUBLISHED], options: { commitMessage: 'Delete' } } })).toMatch(
      /^403: .* the editor never changes or deletes it/,
    );
    // A manual without the list of local arrangements (one that follows no core) writes nothing there.
    const without = { ...context, collections: new Map([['chapter-making-a-referral', 'content/procedures/making-a-referral']]) };
    const deletion = {
      action: 'deleteFiles',
      params: { branch: 'main', paths: [`${FOLDER}/making-a-referral/referral-arrangements/2026-12-07.mdx`], options: { commitMessage: 'Delete' } },
    };
    expect(() => checkedRequest(deletion, without)).toThrow(/this manual has no list of local arrangements/);
    expect(refusal(deletion)).toBe('accepted');
    // A chapter's list writes in its own folder only.
    expect(refusal(save(`${FOLDER}/making-a-referral/referral-arrangements/2026-12-07.mdx`, '2026-12-07', 'chapter-making-a-referral'))).toMatch(
      /^403: .* is not in the folder of the entry being saved/,
    );
  });
});

describe('the check of a local text saved in the editor', () => {
  const source = readManualSource(NORTHMOOR);
  const options = { today: TODAY, settings: northmoor, settingsFile: 'manual.config.ts' };
  const file = (
    point: string,
    date: string,
    front = `amended: ${date}\nsummary: Names the online form.\napprovedBy: Northmoor Procedures Sub-group\napprovedOn: 2026-12-04`,
  ) => ({
    path: `${NORTHMOOR}/local/making-a-referral/${point}/${date}.mdx`,
    content: `---\n${front}\n---\n\nRefer online.\n`,
  });
  const check = (f: ReturnType<typeof file>) => checkProposedChange(source, { write: [f], create: [f.path] }, options);

  it('accepts a new version at a point the chapter declares', () => {
    expect(check(file('referral-arrangements', TODAY))).toEqual([]);
  });

  it('refuses a point the chapter does not declare, in the words of npm run check, shown beside the place', () => {
    const problems = check(file('out-of-hours', TODAY));
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['extension point', 'the chapter making-a-referral declares no extension point out-of-hours: it declares referral-arrangements'],
    ]);
    const fields = localList(cmsOf(NORTHMOOR, northmoor))!.fields;
    const labels = problemLabels(fields);
    expect(fieldTarget('extension point', labels)).toEqual({ label: 'Where in the chapter', index: 0 });
    expect(labelledText(problems, labels)).toMatch(
      /^Not saved\. "Where in the chapter": the chapter making-a-referral declares no extension point out-of-hours/,
    );
  });

  it('refuses a later version without a summary, and a date the place already has', () => {
    const unsummarised = `amended: ${TODAY}\napprovedBy: Northmoor Procedures Sub-group\napprovedOn: 2026-12-04`;
    expect(check(file('referral-arrangements', TODAY, unsummarised)).map((p) => [p.field, p.message])).toEqual([
      ['summary', 'is missing: every version of a local text after the first must say what changed and why'],
    ]);
    expect(check(file('referral-arrangements', '2026-12-05')).map((p) => [p.field, p.message])).toEqual([
      ['amended', 'the local text at referral-arrangements of the chapter making-a-referral already has a version dated 2026-12-05'],
    ]);
  });
});
