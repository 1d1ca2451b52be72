import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { EXAMPLE_ROOT, exampleSettings } from '../../example.ts';
import { authoringContext } from '../../../src/lib/authoring/context.ts';
import { planWithdrawal } from '../../../src/lib/authoring/withdraw.ts';
import { buildCms, CHECK_STATUS_CONTEXT, siteBackend } from '../../../src/lib/cms/config.ts';
import { documentCollection } from '../../../src/lib/cms/model.ts';
import { readManualSource } from '../../../src/lib/source.ts';
import { checkManual } from '../../../src/lib/validate.ts';
import { defineManual } from '../../../src/lib/settings.ts';
import { describe, expect, it } from 'vitest';
import {
  AS_READ,
  asRead,
  PAGE_FIELDS,
  parseContactFile,
  parseVersionFile,
  readVersionFile,
  serializeContactFile,
  serializeVersionFile,
  VERSION_FIELDS,
} from '../../../src/lib/cms/files.ts';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { preserveFormatting } from '../../../src/lib/cms/preserve.ts';
import { commitStatus } from '../../../src/lib/check-report.ts';
import { checkSave } from '../../../src/lib/cms/save-rules.ts';
import { schemaRules } from '../../../src/lib/cms/schema-rules.ts';
import type { CmsManual } from '../../../src/lib/cms/model.ts';

const FILE = '../../examples/brackenshire/content/procedures/strategy-discussions/2024-03-25.mdx';

const manual: CmsManual = {
  today: '2026-11-22',
  contentDir: '../../examples/brackenshire/content',
  base: '/',
  locked: [FILE],
  documents: [
    {
      collection: 'chapter-strategy-discussions',
      kind: 'procedures',
      id: 'strategy-discussions',
      label: '1.3.3 Strategy Discussions',
      dates: ['2019-09-30', '2024-03-25'],
      current: '2024-03-25',
      withdrawn: false,
    },
  ],
  contacts: [
    {
      id: 'lado',
      service: 'Allegations Management Service (LADO)',
      organisation: 'Brackenshire SCP',
      phones: [],
      changes: 0,
    },
  ],
};

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    return (e as Error).message;
  }
  return 'saved';
}

describe('the CMS file format', () => {
  it('writes the schema fields only, the number in quotes, and keeps the body', () => {
    const data = parseVersionFile(readFileSync(FILE, 'utf8'));
    const text = serializeVersionFile({ ...data, chapter: 'strategy-discussions', reviewDue: '' });
    expect(text).toContain('section: "1.3.3"\n');
    expect(text).not.toContain('chapter:');
    expect(text).not.toContain('reviewDue');
    expect(parseVersionFile(text)['body']).toBe(data['body']);
  });

  it('writes draft in a contact file only while it is true', () => {
    const contact = parseContactFile(readFileSync('../../examples/brackenshire/content/contacts/lado.yaml', 'utf8'));
    expect(serializeContactFile({ ...contact, draft: false })).toBe(serializeContactFile(contact));
    expect(serializeContactFile({ ...contact, draft: false })).not.toContain('draft');
    expect(serializeContactFile({ ...contact, draft: true })).toMatch(/\ndraft: true\n$/);
  });
});

describe('keeping the formatting of lines the editor did not change', () => {
  it('puts back list markers, table padding and blank lines, and keeps the edit', () => {
    const before = '\n- one\n- two\n\n| A | B |\n|---|---|\n| x | y |\n\nAny agency can ask.\n';
    const after = '* one\n* two\n\n| A   | B   |\n| --- | --- |\n| x   | y   |\n\nEvery agency can ask.\n\n* three\n';
    expect(preserveFormatting(before, after)).toBe('\n- one\n- two\n\n| A | B |\n|---|---|\n| x | y |\n\nEvery agency can ask.\n\n- three\n');
  });
});

// Whether a saved file is right is checked on the studio's server by the check's own rules
// (tests/unit/proposed-change.test.ts, tests/e2e/studio-security.spec.ts); the CMS only refuses
// what the files cannot show, and writes what npm run amend and withdraw would write.
describe('the checks before saving', () => {
  it('leaves a date already used to the studio, which checks the entry as new (proposed-change.test.ts)', () => {
    const entry = { collection: 'chapter-strategy-discussions', path: '', newRecord: true };
    expect(refusal(() => checkSave({ ...entry, data: { amended: '2024-03-25', change: 'updated' } }, manual))).toBe('saved');
  });

  it('rewrites only the words corrected in a version opened in the editor, keeping its own lines', () => {
    const file = readFileSync('../../examples/brackenshire/content/procedures/strategy-discussions/2024-03-25.mdx', 'utf8');
    const opened = readVersionFile(file);
    // The rich-text editor writes lists its own way; the summary is folded over lines in the file.
    const edited = String(opened['body']).replaceAll('\n- ', '\n* ').replace('records the decision', 'writes down the decision');
    const data = checkSave({ collection: 'chapter-strategy-discussions', path: 'x.mdx', newRecord: false, data: { ...opened, body: edited } }, manual);
    const base = splitFrontmatter(asRead(data)!)!.yaml;
    expect(serializeVersionFile(data, VERSION_FIELDS, base)).toBe(file.replace('records the decision', 'writes down the decision'));
    expect(serializeVersionFile(data, VERSION_FIELDS, base)).not.toContain(AS_READ);
  });

  it('writes a withdrawal as npm run withdraw does', () => {
    const saved = checkSave(
      { collection: 'chapter-strategy-discussions', path: '', newRecord: true, data: { amended: '2026-12-01', change: 'withdrawn', body: 'old text' } },
      manual,
    );
    expect(saved['body']).toBe('This chapter has been withdrawn.\n');
  });

  it("moves a contact's Last checked on to today when a number or its hours change, and only then", () => {
    const published = { label: 'Office hours', display: '0113 496 0600', tel: 'tel:+441134960600', number: '0113 496 0600', hours: 'office-hours' };
    const withPhone = { ...manual, today: '2026-11-22', contacts: [{ ...manual.contacts[0]!, phones: [published] }] };
    const save = (phones: unknown[]) =>
      checkSave(
        {
          collection: 'contacts',
          path: '../../examples/brackenshire/content/contacts/lado.yaml',
          newRecord: false,
          data: { phones, verified: '2026-09-14', changes: [] },
        },
        withPhone,
      )['verified'];
    expect(save([{ label: 'Office hours', number: '0113 496 0600', hours: 'office-hours' }])).toBe('2026-09-14');
    expect(save([{ label: 'Office hours', number: '0113 496 0601', hours: 'office-hours' }])).toBe('2026-11-22');
    expect(save([{ label: 'Office hours', number: '0113 496 0600', hours: '24-hours' }])).toBe('2026-11-22');
    expect(save([{ label: 'Office hours', number: '0113 496 0600', hours: 'office-hours', hoursText: 'Monday to Thursday' }])).toBe('2026-11-22');
  });

  it("leaves a contact's change notes to the check: a published note removed is refused on the server (parity-cases.ts)", () => {
    const data = { service: 'Allegations Management Service (LADO)', phones: [{ number: '0113 496 0600' }], changes: [], verified: '2026-09-14' };
    expect(
      checkSave({ collection: 'contacts', path: '../../examples/brackenshire/content/contacts/lado.yaml', newRecord: false, data }, manual)['changes'],
    ).toEqual([]);
  });
});

describe('field rules from the schemas', () => {
  it('requires what the schemas require', () => {
    expect(
      Object.entries(schemaRules.version)
        .filter(([, r]) => r.required)
        .map(([n]) => n),
    ).toEqual(['section', 'title', 'amended', 'change']);
    expect(schemaRules.version['seeAlso']?.pattern).toBe('^[a-z0-9]+(-[a-z0-9]+)*$');
    expect(
      Object.entries(schemaRules.contact)
        .filter(([, r]) => r.required)
        .map(([n]) => n),
    ).toEqual(['organisation', 'service', 'category', 'areas', 'phones', 'verified']);
  });
});

describe('the cms setting in manual.config.ts', () => {
  const base = { ...exampleSettings } as Record<string, unknown>;
  const problems = (cms: unknown): string => {
    try {
      defineManual({ ...base, cms } as Parameters<typeof defineManual>[0]);
      return 'accepted';
    } catch (e) {
      return (e as Error).message;
    }
  };

  it('turns on GitHub or GitLab sign-in, with the sign-in service or the application id, and never a secret', () => {
    expect(problems({ backend: 'github', repo: 'brackenshire-scp/procedures', authUrl: 'https://sign-in.brackenshire-scp.example' })).toBe('accepted');
    expect(problems({ backend: 'gitlab', repo: 'brackenshire/safeguarding/procedures', appId: '0123456789abcdef0123456789abcdef' })).toBe('accepted');
    expect(problems({ backend: 'github', repo: 'procedures', clientSecret: 'x' })).toMatchInlineSnapshot(`
      "manual.config.ts has 3 problems:
        repo of cms: must be the repository as owner/name, such as brackenshire-scp/procedures
        authUrl of cms: must be the full web address of the sign-in service, such as https://manual-sign-in.example.org
        clientSecret of cms: is not a setting; remove it, or see docs/settings.md for the settings there are"
    `);
    expect(problems({ backend: 'bitbucket' })).toMatchInlineSnapshot(`
      "manual.config.ts has 1 problem:
        backend of cms: must say backend: "github" or backend: "gitlab", with the repository and the sign-in settings"
    `);
  });

  it('gives the admin page the backend Decap CMS expects', () => {
    expect(
      siteBackend({ backend: 'gitlab', repo: 'bscp/procedures', branch: 'main', appId: 'abc', gitlabUrl: 'https://gitlab.brackenshire.example/' }),
    ).toEqual({
      name: 'gitlab',
      repo: 'bscp/procedures',
      branch: 'main',
      appId: 'abc',
      baseUrl: 'https://gitlab.brackenshire.example',
      apiRoot: 'https://gitlab.brackenshire.example/api/v4',
    });
  });
});

describe("the check's commit status in the CMS", () => {
  it("is what the published site's CMS shows on a draft, for GitHub and GitLab", () => {
    const source = readManualSource('../../examples/brackenshire/content');
    const { manual: checked } = checkManual(source, { today: '2026-11-22', settings: exampleSettings, settingsFile: 'manual.config.ts', checkBodies: false });
    const backendOf = (backend: Parameters<typeof buildCms>[0]['backend']) =>
      (
        buildCms({
          manual: checked,
          texts: new Map(),
          contentDir: '../../examples/brackenshire/content',
          settings: exampleSettings,
          today: '2026-11-22',
          backend,
        }).config as {
          backend: Record<string, unknown>;
        }
      ).backend;
    expect(backendOf({ name: 'github', repo: 'bscp/procedures', branch: 'main' })['preview_context']).toBe(CHECK_STATUS_CONTEXT);
    expect(backendOf({ name: 'gitlab', repo: 'bscp/procedures', branch: 'main', appId: 'abc' })['preview_context']).toBe(CHECK_STATUS_CONTEXT);
    // The workflow reports the status under the same name (the generator's commit-status command).
    expect(readFileSync(join(EXAMPLE_ROOT, '.github/workflows/manual.yml'), 'utf8')).toContain('safeguarding-manual commit-status check.json --post');
    expect(commitStatus(undefined).context).toBe(CHECK_STATUS_CONTEXT);
    // On GitLab, a pipeline's job is a status of its commit under the job's name: the merge
    // request pipeline's job that runs the check carries the same name.
    const gitlab = parse(readFileSync(join(EXAMPLE_ROOT, '.gitlab-ci.yml'), 'utf8')) as Record<string, { script?: string[]; rules?: { if: string }[] }>;
    const job = gitlab[CHECK_STATUS_CONTEXT]!;
    expect(job.script).toContain('npm run check');
    expect(job.rules).toEqual([{ if: "$CI_PIPELINE_SOURCE == 'merge_request_event'" }]);
  });
});

describe('withdrawing a chapter in the CMS', () => {
  it('writes the same file as npm run withdraw, for every chapter and information page in force', () => {
    const today = '2026-11-22';
    const source = readManualSource('../../examples/brackenshire/content');
    const { manual: checked } = checkManual(source, { today, settings: exampleSettings, settingsFile: 'manual.config.ts', checkBodies: false });
    const ctx = authoringContext(source, checked);
    const texts = new Map([...source.procedureFiles, ...(source.pageFiles ?? [])].map((f) => [f.file, f.text]));
    const cms = buildCms({
      manual: checked,
      texts,
      contentDir: '../../examples/brackenshire/content',
      settings: exampleSettings,
      today,
      backend: { name: 'proxy', proxyUrl: 'http://127.0.0.1:1/api/v1', branch: 'main' },
    });
    const collections = (cms.config as { collections: { name: string; fields: { name: string; default?: unknown }[] }[] }).collections;
    const inForce = [...checked.chapters, ...checked.pages].filter((c) => c.current && !c.withdrawn && c.upcoming.length === 0);
    expect(inForce.filter((c) => c.collection === 'procedures').length).toBeGreaterThan(50);
    expect(inForce.filter((c) => c.collection === 'pages').length).toBeGreaterThan(2);
    for (const chapter of inForce) {
      const replacedBy = chapter.id === 'strategy-discussions' ? 'section-47-enquiries' : undefined;
      const args = {
        summary: 'Replaced by the new guidance.',
        date: '2026-12-01',
        replacedBy,
        approvedBy: 'Policy and Procedures Group',
        approvedOn: '2026-11-25',
      };
      const planned = planWithdrawal(ctx, chapter.id, args);
      if (!('draft' in planned) || !planned.draft) throw new Error(`npm run withdraw refused ${chapter.id}: ${JSON.stringify(planned.refusals)}`);
      // What the CMS's "new version" form holds: its defaults, then what the editor chose.
      const collection = documentCollection(chapter.collection, chapter.id);
      const fields = collections.find((c) => c.name === collection)!.fields;
      const data = {
        ...Object.fromEntries(fields.map((f) => [f.name, f.default])),
        amended: args.date,
        change: 'withdrawn',
        summary: args.summary,
        replacedBy: replacedBy ?? '',
        approvedBy: args.approvedBy,
        approvedOn: args.approvedOn,
      };
      const saved = checkSave({ collection, path: '', newRecord: true, data }, cms.manual);
      const document = cms.manual.documents.find((d) => d.collection === collection)!;
      expect(serializeVersionFile(saved, chapter.collection === 'pages' ? PAGE_FIELDS : VERSION_FIELDS, document.frontmatter), chapter.id).toBe(
        planned.draft.text,
      );
    }
  });
});
