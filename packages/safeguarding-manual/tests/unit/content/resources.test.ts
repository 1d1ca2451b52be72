// Local resources: what a file is, the rules a resource must pass, the lock's hold on its file,
// which chapters use it, and its changes in the amendments feeds.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { amendmentsAtom, amendmentsJson } from '../../../src/lib/site/feeds.ts';
import { lockResources } from '../../../src/lib/history/lock-notes.ts';
import type { Lock } from '../../../src/lib/history/lock.ts';
import { formatProblems } from '../../../src/lib/check/problems.ts';
import {
  collectResourceChanges,
  describeAttachment,
  detectFormat,
  fileSummary,
  formatSize,
  groupResources,
  lastChanged,
  resourceIdsIn,
  resourceUsage,
  type Resource,
} from '../../../src/lib/content/resources.ts';
import { matchesQuery, queryWords } from '../../../src/lib/site/resource-filter.ts';
import { countedText, countedTexts } from '../../../src/lib/site/script-words.ts';
import { REFERENCE_TEXT } from '../../../src/lib/interface-text/reference.ts';
import { defineManual } from '../../../src/lib/manual/settings.ts';
import { checkManual } from '../../../src/lib/check/validate.ts';
import { buildDocuments, type Version } from '../../../src/lib/content/versions.ts';
import { first, options, settings, source, versionText } from '../helpers.ts';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
const PDF = bytes('%PDF-1.7\n1 0 obj\n<< >>\nendobj\n%%EOF\n');
const DOCX = bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....word/document.xml....');
const XLSX = bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....xl/workbook.xml....');
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR');
const OLD_WORD = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'Word.Document');
const SVG = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Steps</title><rect width="10" height="10"/></svg>\n';

const FORM = `title: Referral form
description: The form to refer a child to children's social care.
kind: form
audience: [professionals]
owner: Children's social care
file: referral-form.pdf
changes:
  - date: 2024-03-25
    summary: First published.
    approvedBy: Procedures sub-group
    approvedOn: 2024-03-12
`;

const FLOWCHART = `title: After a referral
description: What happens after a referral.
kind: flowchart
audience: [professionals]
owner: Children's social care
file: after-a-referral.svg
textAlternative:
  link: /procedures/a/#steps
changes:
  - date: 2024-04-02
    summary: First published.
    approvedBy: Procedures sub-group
    approvedOn: 2024-03-12
`;

const CHAPTER = { 'a/2020-01-06.mdx': first('1.1.1', 'Referrals') };

function check(resources: Record<string, string>, attached: Record<string, Uint8Array | string>, files: Record<string, string> = CHAPTER, maxMB?: number) {
  const manualOptions = maxMB === undefined ? options : { ...options, settings: defineManual({ ...settings, resourceMaxMB: maxMB }) };
  return checkManual(source(files, { resources, attached }), manualOptions);
}

const report = (...args: Parameters<typeof check>) => formatProblems(check(...args).problems);

describe("a resource's file", () => {
  it('is recognised by its first bytes, whatever its name says', () => {
    expect([PDF, DOCX, XLSX, PNG, bytes(SVG), OLD_WORD, bytes('plain text')].map(detectFormat)).toEqual([
      'pdf',
      'docx',
      'xlsx',
      'png',
      'svg',
      undefined,
      undefined,
    ]);
    expect(detectFormat(bytes('\uFEFF<!-- drawn by hand -->\n<svg viewBox="0 0 1 1"></svg>'))).toBe('svg');
  });

  it('is described by its size and SHA-256, never kept as bytes', () => {
    const described = describeAttachment('m/resources/files/referral-form.pdf', PDF);
    expect(described).toEqual({
      file: 'm/resources/files/referral-form.pdf',
      size: PDF.byteLength,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      format: 'pdf',
      unsafe: undefined,
    });
  });

  it('in SVG, may not run code or load from another site', () => {
    const unsafe = (inside: string) => describeAttachment('x.svg', bytes(SVG.replace('<rect', `${inside}<rect`))).unsafe;
    expect(unsafe('<script>alert(1)</script>')).toBe('<script> on line 2');
    expect(unsafe('<g onload="steal()"/>')).toBe('an event handler (onload=) on line 2');
    expect(unsafe('<a href="javascript:alert(1)"/>')).toBe('a javascript: link on line 2');
    expect(unsafe('<foreignObject><p>x</p></foreignObject>')).toBe('<foreignObject> on line 2');
    expect(unsafe('<image href="https://tracker.example/pixel.png"/>')).toBe('a file from elsewhere (https://tracker.example/pixel.png) on line 2');
    expect(unsafe('<a href="https://www.gov.uk/">GOV.UK</a>')).toBeUndefined();
  });

  it('is shown with its type and size, as GOV.UK shows an attachment', () => {
    expect([500, 1024, 24_900, 1_363_149, 3 * 1024 * 1024].map((size) => formatSize(size))).toEqual(['500 bytes', '1 KB', '24 KB', '1.3 MB', '3 MB']);
    expect(fileSummary({ attached: { name: 'a.docx', type: 'docx', size: 4705, sha256: '' } })).toBe('Word document, 5 KB');
    expect(fileSummary({ url: 'https://www.gov.uk/guidance' })).toBe('on gov.uk');
    // On the Welsh pages.
    const welsh = REFERENCE_TEXT.cy.resources;
    expect([1, 500, 24_900].map((size) => formatSize(size, welsh))).toEqual(['1 beit', '500 beit', '24 KB']);
    expect(fileSummary({ attached: { name: 'a.docx', type: 'docx', size: 4705, sha256: '' } }, welsh)).toBe('Dogfen Word, 5 KB');
    expect(fileSummary({ url: 'https://www.safeguarding.wales/' }, welsh)).toBe('ar safeguarding.wales');
  });
});

describe('checking resources', () => {
  it('accepts a form and a flowchart whose text alternative is a chapter heading, and finds the heading', () => {
    const { problems, manual } = check(
      { 'referral-form.yaml': FORM, 'after-a-referral.yaml': FLOWCHART },
      { 'referral-form.pdf': PDF, 'after-a-referral.svg': SVG },
    );
    expect(formatProblems(problems)).toBe('0 errors, 0 warnings');
    const flowchart = manual.resources.find((r) => r.id === 'after-a-referral');
    expect(flowchart?.alternativeHeading).toEqual({ chapterId: 'a', headingId: 'steps', text: 'Steps' });
    expect(manual.resources.find((r) => r.id === 'referral-form')?.attached).toEqual({
      name: 'referral-form.pdf',
      type: 'pdf',
      size: PDF.byteLength,
      sha256: expect.any(String),
    });
  });

  it('reports every problem at once, with the file, line and a fix', () => {
    const resources = {
      // A file that is not there, and a change signed off after it took effect.
      'missing.yaml': FORM.replace('referral-form.pdf', 'missing.pdf').replace('approvedOn: 2024-03-12', 'approvedOn: 2024-04-01'),
      // An old Word file, a Word file that is really a PDF, and a draft.
      'old-word.yaml': FORM.replace('referral-form.pdf', 'old-form.doc'),
      'renamed.yaml': FORM.replace('referral-form.pdf', 'renamed.docx'),
      'draft.yaml': FORM.replace('title: Referral form', 'title: Referral form (DRAFT)'),
      // A flowchart without words, and one whose words lead nowhere.
      'no-words.yaml': FLOWCHART.replace(/textAlternative:\n {2}link: .*\n/, ''),
      'wrong-heading.yaml': FLOWCHART.replace('#steps', '#next-steps'),
      // An SVG that runs a script, and a name that is not lower-case words.
      'scripted.yaml': FLOWCHART.replace('after-a-referral.svg', 'scripted.svg'),
      'capitals.yaml': FORM.replace('referral-form.pdf', 'Referral Form.pdf'),
      // Both a file and an address; an id taken by the list of forms.
      'both.yaml': FORM.replace('file: referral-form.pdf', 'file: referral-form.pdf\nurl: https://www.gov.uk/form'),
      'forms.yaml': FORM,
    };
    const attached = {
      'referral-form.pdf': PDF,
      'renamed.docx': PDF,
      'old-form.doc': OLD_WORD,
      'after-a-referral.svg': SVG,
      'scripted.svg': SVG.replace('<rect', '<script>x()</script><rect'),
      'left-over.pdf': PDF,
    };
    expect(report(resources, attached)).toMatchInlineSnapshot(`
      "m/resources/both.yaml
        error line 7, url: names both a file and an address: a resource is one or the other
          fix: keep file: for a document the partnership publishes, or url: for one published elsewhere

      m/resources/capitals.yaml
        error line 6, file: the file name Referral Form.pdf is not lower-case words joined by hyphens: it is the last part of the file's address
          fix: rename the file to referral-form.pdf and write file: referral-form.pdf

      m/resources/draft.yaml
        error line 1, title: says this is a draft: only a signed-off resource may be published
          fix: publish the signed-off version, with "draft" taken out of its title

      m/resources/files/left-over.pdf
        warning file, file: no resource names this file, so it is not published
          fix: name it in a resource's file field (file: left-over.pdf), or delete it

      m/resources/forms.yaml
        error file, file name: forms cannot be a resource's id: /resources/forms/ lists every resource of one kind
          fix: rename the file, for example to forms-form.yaml

      m/resources/missing.yaml
        error line 6, file: the file m/resources/files/missing.pdf does not exist
          fix: save the file as m/resources/files/missing.pdf, or correct the name
        error line 11, changes[1].approvedOn: is 2024-04-01, after the change took effect on 2024-03-25: a change is signed off before it is published
          fix: correct approvedOn, or date the change 2024-04-01 or later

      m/resources/no-words.yaml
        error line 3, textAlternative: a flowchart needs a text alternative, for readers who cannot see it
          fix: add textAlternative: with link: /procedures/<chapter-id>/#<heading-id> (a heading that describes the same steps) or text: (the steps in words)

      m/resources/old-word.yaml
        error line 6, file: old-form.doc is a .doc file: resources are published as PDF, DOCX, XLSX, PNG or SVG only
          fix: save it as PDF to read and print, as DOCX or XLSX for a form to fill in, or as PNG or SVG for a picture

      m/resources/renamed.yaml
        error line 6, file: renamed.docx is named as a Word document, but it holds a PDF
          fix: rename it to renamed.pdf and write that here

      m/resources/scripted.yaml
        error line 6, file: scripted.svg holds <script> on line 2, which a published file may not have: opened on its own, it would run or load in the site's name
          fix: export the picture again as a plain SVG (without scripts, links, styles from elsewhere or embedded content), or as PNG

      m/resources/wrong-heading.yaml
        error line 8, textAlternative.link: /procedures/a/#next-steps leads to no heading in chapter a
          fix: use one of #steps

      11 errors, 1 warning"
    `);
  });

  it('refuses a file over the size limit in the settings', () => {
    expect(report({ 'referral-form.yaml': FORM }, { 'referral-form.pdf': new Uint8Array([...PDF, ...new Uint8Array(2048)]) }, CHAPTER, 0.001))
      .toMatchInlineSnapshot(`
      "m/resources/referral-form.yaml
        error line 6, file: referral-form.pdf is 2 KB, over the limit of 0.001 MB (resourceMaxMB in manual.config.ts) that keeps downloads quick on a phone
          fix: make it smaller (compress its pictures, or save it as PDF), or raise resourceMaxMB

      1 error, 0 warnings"
    `);
  });

  it('reads its own text as a text alternative, and needs one of link or text', () => {
    const own = FLOWCHART.replace(/ {2}link: .*\n/, '  text: Talk to your safeguarding lead, then phone the front door.\n');
    expect(report({ 'after-a-referral.yaml': own }, { 'after-a-referral.svg': SVG })).toBe('0 errors, 0 warnings');
    expect(report({ 'after-a-referral.yaml': own.replace('  text:', '  link: /procedures/a/#steps\n  text:') }, { 'after-a-referral.svg': SVG }))
      .toMatchInlineSnapshot(`
      "m/resources/after-a-referral.yaml
        error line 7, textAlternative: gives both a link and a text: give one
          fix: add textAlternative: with link: /procedures/<chapter-id>/#<heading-id> (a heading that describes the same steps) or text: (the steps in words)

      1 error, 0 warnings"
    `);
  });

  it('names a missing sign-off field with an example', () => {
    expect(report({ 'referral-form.yaml': FORM.replace('    approvedBy: Procedures sub-group\n', '') }, { 'referral-form.pdf': PDF })).toMatchInlineSnapshot(`
      "m/resources/referral-form.yaml
        error line 8, approvedBy of the first change: is missing
          fix: add approvedBy: Procedures sub-group

      1 error, 0 warnings"
    `);
  });
});

describe('<Resource id="..." /> in a chapter', () => {
  const withBody = (text: string) => ({
    'a/2020-01-06.mdx': versionText({ section: '1.1.1', title: 'Referrals', amended: '2020-01-06', change: 'new' }, text),
  });

  it('names a resource that exists, on a line of its own or inline; an unknown one is an error naming the file and line', () => {
    const body =
      'Use the form.\n\n<Resource id="referral-form" />\n\n## Steps\n\nSend it.\n\n<Resource id="referal-form" />\n\nSee [every form](/resources/forms/) and [this one](/resources/no-such-form/).\n\nFill in <Resource id="referral-form" inline /> or <Resource id="referral-form" /> today.\n';
    expect(resourceIdsIn(body)).toEqual(['referral-form', 'referal-form']);
    expect(report({ 'referral-form.yaml': FORM }, { 'referral-form.pdf': PDF }, withBody(body))).toMatchInlineSnapshot(`
      "m/procedures/a/2020-01-06.mdx
        error line 15, body: <Resource id="referal-form"> names a resource that does not exist
          fix: this version is published, so make the change in a new version: npm run amend -- a --summary "...", then in the new file: use the name of a file in m/resources, without .yaml
        error line 17, body: the link /resources/no-such-form/ does not lead to a resource
          fix: this version is published, so make the change in a new version: npm run amend -- a --summary "...", then in the new file: write <Resource id="..." /> with the id of a resource, or link to /resources/
        error line 19, body: <Resource id="..."> is inside a sentence, where its box cannot go
          fix: this version is published, so make the change in a new version: npm run amend -- a --summary "...", then in the new file: put it on a line of its own, with an empty line before and after, or write <Resource id="..." inline /> for the link alone

      3 errors, 0 warnings"
    `);
  });

  it('needs an id written in quotes', () => {
    expect(report({ 'referral-form.yaml': FORM }, { 'referral-form.pdf': PDF }, withBody('<Resource />\n\n<Resource id={form} />\n'))).toMatchInlineSnapshot(`
      "m/procedures/a/2020-01-06.mdx
        error line 7, body: <Resource> needs id="..."
          fix: this version is published, so make the change in a new version: npm run amend -- a --summary "...", then in the new file: write <Resource id="..." />
        error line 9, body: <Resource> attributes must be plain text in quotes
          fix: this version is published, so make the change in a new version: npm run amend -- a --summary "...", then in the new file: write <Resource id="multi-agency-referral-form" />
        error line 9, body: <Resource> needs id="..."
          fix: this version is published, so make the change in a new version: npm run amend -- a --summary "...", then in the new file: write <Resource id="..." />

      3 errors, 0 warnings"
    `);
  });
});

describe('the lock and a changed file', () => {
  const lockWith = (yaml: string, file: Uint8Array): Lock =>
    lockResources({ format: 2, files: {} }, check({ 'referral-form.yaml': yaml }, { 'referral-form.pdf': file }).manual.resources).lock;
  const checkAgainst = (yaml: string, file: Uint8Array, lock: Lock) => {
    const manual = source(CHAPTER, { resources: { 'referral-form.yaml': yaml }, attached: { 'referral-form.pdf': file } });
    const locked = JSON.parse(manual.lockFile!.text);
    manual.lockFile = { file: 'm/versions.lock.json', text: JSON.stringify({ ...locked, format: 2, resources: lock.resources }) };
    return formatProblems(checkManual(manual, options).problems);
  };
  const published = lockWith(FORM, PDF);
  const newFile = bytes('%PDF-1.7\n% version 2\n%%EOF\n');
  const noted = `${FORM}  - date: 2024-06-01\n    summary: New section for the child's own words.\n    approvedBy: Procedures sub-group\n    approvedOn: 2024-05-14\n`;

  it('records the SHA-256 of each file', () => {
    expect(published.resources).toEqual({ 'referral-form': { sha256: describeAttachment('x', PDF).sha256, notes: [expect.stringMatching(/^[0-9a-f]{64}$/)] } });
    expect(lockResources({ format: 2, files: {} }, []).lock).toEqual({ format: 2, files: {} });
  });

  it('refuses a changed file without a new dated note, and a removed note', () => {
    // Rewording a published note is refused like an edit to a published version.
    expect(checkAgainst(FORM.replace('First published.', 'First published for all three councils.'), PDF, published)).toMatchInlineSnapshot(`
      "m/resources/referral-form.yaml
        error line 7, changes: change note 1 of referral-form (now dated 2024-03-25) is not the note published (its SHA-256 no longer matches versions.lock.json): it was rewritten, reordered or removed
          fix: undo the edit (git diff -- m/resources/referral-form.yaml shows it; git checkout -- m/resources/referral-form.yaml); a published note is never rewritten, reordered or removed: add a new dated note instead, or for a genuine correction run npm run correct -- m/resources/referral-form.yaml --reason "..."

      1 error, 0 warnings"
    `);
    expect(checkAgainst(FORM, newFile, published)).toMatchInlineSnapshot(`
      "m/resources/referral-form.yaml
        error line 7, changes: the file changed since it was published (its SHA-256 no longer matches versions.lock.json), but no new dated entry under changes says what changed
          fix: add an entry to changes with date (the day the new file takes effect), summary, approvedBy and approvedOn

      1 error, 0 warnings"
    `);
    expect(checkAgainst(noted, newFile, published)).toBe('0 errors, 0 warnings');
    expect(checkAgainst(FORM, newFile, lockWith(noted, newFile))).toMatchInlineSnapshot(`
      "m/resources/referral-form.yaml
        error line 7, changes: lists 1 of the 2 change notes already published: a published note was removed
          fix: undo the edit (git diff -- m/resources/referral-form.yaml shows it; git checkout -- m/resources/referral-form.yaml); a published note is never rewritten, reordered or removed: add a new dated note instead, or for a genuine correction run npm run correct -- m/resources/referral-form.yaml --reason "..."

      1 error, 0 warnings"
    `);
  });
});

describe('resources on the site', () => {
  const resource = (id: string, title: string, kind: Resource['kind'], dates: string[]): Resource => ({
    id,
    title,
    kind,
    description: `${title}.`,
    audience: ['professionals'],
    owner: 'Team',
    changes: dates.map((date, i) => ({ date, summary: i ? `Change ${i}.` : 'First published.', approvedBy: 'Sub-group', approvedOn: date })),
  });
  const form = resource('referral-form', 'Referral form <v2>', 'form', ['2024-03-25', '2026-10-05']);
  const leaflet = resource('leaflet', 'A leaflet', 'leaflet', ['2025-04-07']);
  const chart = resource('chart', 'A chart', 'flowchart', ['2026-11-16']);

  it('are listed by kind, forms first, and each says when it last changed', () => {
    expect(groupResources([leaflet, chart, form]).map((g) => [g.heading, g.slug, g.resources.map((r) => r.id)])).toEqual([
      ['Forms', 'forms', ['referral-form']],
      ['Flowcharts', 'flowcharts', ['chart']],
      ['Leaflets', 'leaflets', ['leaflet']],
    ]);
    expect(lastChanged(form)).toBe('2026-10-05');
  });

  it('list the chapters that use each, in force or from the date a version to come does', () => {
    const version = (chapterId: string, section: string, amended: string, resourceIds: string[], change: Version['change'] = 'new'): Version => ({
      chapterId,
      section,
      title: chapterId,
      amended,
      change,
      file: `${chapterId}/${amended}.mdx`,
      hash: '',
      keywords: [],
      seeAlso: [],
      resourceIds,
    });
    const chapters = buildDocuments(
      [
        version('later', '1.10', '2024-01-01', []),
        version('later', '1.10', '2026-11-30', ['referral-form'], 'updated'),
        version('now', '1.9', '2024-01-01', ['referral-form']),
        version('gone', '1.1', '2024-01-01', ['referral-form']),
        version('gone', '1.1', '2024-05-01', [], 'withdrawn'),
      ],
      '2026-11-22',
    );
    expect(
      resourceUsage(chapters)
        .get('referral-form')
        ?.map((u) => [u.document.id, u.from]),
    ).toEqual([
      ['now', undefined],
      ['later', '2026-11-30'],
    ]);
  });

  it('appear in the amendments feeds, their titles escaped', () => {
    const changes = collectResourceChanges([form, leaflet]);
    expect(changes.map((c) => [c.date, c.resourceId, c.added])).toEqual([
      ['2026-10-05', 'referral-form', false],
      ['2025-04-07', 'leaflet', true],
      ['2024-03-25', 'referral-form', true],
    ]);
    expect(JSON.parse(amendmentsJson([], settings, '2026-11-30', { resourceChanges: changes })).resourceChanges[0]).toEqual({
      resource_id: 'referral-form',
      title: 'Referral form <v2>',
      date: '2026-10-05',
      kind: 'Resource changed',
      summary: 'Change 1.',
      approved_by: 'Sub-group',
      approved_on: '2026-10-05',
      url: 'https://example.org/resources/referral-form/',
    });
    const atom = new XMLParser().parse(amendmentsAtom([], settings, '2026-11-30', { resourceChanges: changes }));
    expect(atom.feed.updated).toBe('2026-10-05T00:00:00.000Z');
    expect(atom.feed.entry.map((e: { title: string }) => e.title)).toEqual([
      'Resource changed: Referral form &lt;v2&gt;',
      'Resource added: A leaflet',
      'Resource added: Referral form &lt;v2&gt;',
    ]);
  });
});

describe('the quick filter on /resources/', () => {
  it('keeps an entry when every typed word starts one of its words', () => {
    const text = 'Multi-agency referral form (MARF) The form every practitioner uses.';
    expect(queryWords('  Ref, FORM ')).toEqual(['ref', 'form']);
    expect(matchesQuery(text, queryWords('ref form'))).toBe(true);
    expect(matchesQuery(text, queryWords('marf'))).toBe(true);
    expect(matchesQuery(text, queryWords('agency'))).toBe(true);
    expect(matchesQuery(text, queryWords('leaflet'))).toBe(false);
    expect(matchesQuery(text, queryWords('orm'))).toBe(false);
    expect(matchesQuery(text, [])).toBe(true);
  });

  it('says how many are shown in the words the page hands its script, in either language', () => {
    const shown = (language: 'en' | 'cy') => {
      const texts = countedTexts(REFERENCE_TEXT[language].resources.shown);
      return [0, 1, 2, 3, 12].map((count) => countedText(texts, count));
    };
    expect(shown('en')).toEqual(['0 resources shown.', '1 resource shown.', '2 resources shown.', '3 resources shown.', '12 resources shown.']);
    expect(shown('cy')).toEqual(['Yn dangos 0 adnodd.', 'Yn dangos 1 adnodd.', 'Yn dangos 2 adnodd.', 'Yn dangos 3 adnodd.', 'Yn dangos 12 adnodd.']);
  });
});
