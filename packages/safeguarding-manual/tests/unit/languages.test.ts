import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/util/dates.ts';
import { INTERFACE_TEXT, inPlace } from '../../src/lib/interface-text.ts';
import { counted, isMutationOf, joinWithA } from '../../src/lib/interface-text/welsh.ts';
import { pathInLanguage, siteBase } from '../../src/lib/languages.ts';
import { manualInLanguage, settingsInLanguage } from '../../src/lib/manual-language.ts';
import type { CheckOptions } from '../../src/lib/content/manual.ts';
import { checkProposedChange } from '../../src/lib/authoring/proposed-change.ts';
import { defineManual } from '../../src/lib/manual/settings.ts';
import { checkManual } from '../../src/lib/check/validate.ts';
import { EMERGENCY, first, options, settings, source, STRUCTURE, versionText } from './helpers.ts';

const bilingual: CheckOptions = {
  ...options,
  settings: defineManual({
    ...settings,
    languages: ['en', 'cy'],
    cy: {
      partnership: 'Partneriaeth Prawf',
      shortName: 'PDP Prawf',
      manualTitle: 'Gweithdrefnau Prawf',
      accessibility: { testedBy: 'uned fusnes y bartneriaeth' },
    },
  }),
};

const ENGLISH_BODY = 'Scope of the chapter.\n\n## Steps\n\nCall <Contact id="emergency" inline />, then see [Strategy](/procedures/strategy/#steps).\n';
const WELSH_BODY = 'Cwmpas y bennod.\n\n## Camau\n\nFfoniwch <Contact id="emergency" inline />, yna gweler [Strategaeth](/procedures/strategy/#camau).\n';

const welsh = (title: string, body = WELSH_BODY, more: Record<string, unknown> = {}) => versionText({ title, ...more }, body);

/** The structure and the one contact of the manual, with their Welsh words. */
const WELSH_STRUCTURE = STRUCTURE.replace('title: Assessing Need\n', 'title: Assessing Need\n    cy:\n      title: Asesu Angen\n')
  .replace('title: Referral\n', 'title: Referral\n        cy:\n          title: Atgyfeirio\n')
  .replace('title: Specific Circumstances\n', 'title: Specific Circumstances\n    cy:\n      title: Amgylchiadau Penodol\n');
const WELSH_EMERGENCY = `${EMERGENCY}cy:\n  service: Heddlu, ambiwlans a thân\n  phones:\n    - label: Argyfwng\n`;

/** A bilingual manual: two chapters, each with its Welsh text, and the given files over them. */
const manual = (files: Record<string, string> = {}) =>
  source(
    {
      'referrals/2020-01-06.mdx': versionText({ section: '1.1.1', title: 'Referrals', amended: '2020-01-06', change: 'new' }, ENGLISH_BODY),
      'referrals/2020-01-06.cy.mdx': welsh('Atgyfeiriadau'),
      'strategy/2020-01-06.mdx': first('1.1.2', 'Strategy Discussions'),
      'strategy/2020-01-06.cy.mdx': welsh('Trafodaethau Strategaeth', 'Cwmpas y bennod.\n\n## Camau\n\nGwnewch hyn.\n'),
      ...files,
    },
    { structure: WELSH_STRUCTURE, contacts: { emergency: WELSH_EMERGENCY } },
  );

const report = (problems: { file: string; field: string; message: string; fix: string }[]) =>
  problems.map((p) => `${p.file} ${p.field}: ${p.message}\n  fix: ${p.fix}`).join('\n');

describe('the languages of a manual', () => {
  it('accepts a manual whose every version has its Welsh text, with the same structure', () => {
    expect(checkManual(manual(), bilingual).problems).toEqual([]);
  });

  it('refuses a version that is missing its Welsh text, naming the file to add', () => {
    const files = manual();
    files.procedureFiles = files.procedureFiles.filter((f) => f.file !== 'm/procedures/strategy/2020-01-06.cy.mdx');
    expect(report(checkManual(files, bilingual).problems)).toMatchInlineSnapshot(`
      "m/procedures/strategy/2020-01-06.cy.mdx file: is missing: the manual is published in English and Welsh (languages in manual.config.ts), and the version 2020-01-06.mdx has no Welsh text
        fix: add this file with the Welsh title and text of 2020-01-06.mdx, with the same headings, contacts, areas, links and resources (docs/languages.md)"
    `);
  });

  it('refuses, in the studio too, a new version proposed without its Welsh text', () => {
    const change = {
      write: [
        {
          path: 'm/procedures/referrals/2024-07-01.mdx',
          content: versionText({ section: '1.1.1', title: 'Referrals', amended: '2024-07-01', change: 'updated', summary: 'Steps changed.' }, ENGLISH_BODY),
        },
      ],
    };
    expect(checkProposedChange(manual(), change, bilingual).map((p) => `${p.file} ${p.field}`)).toEqual(['m/procedures/referrals/2024-07-01.cy.mdx file']);
    const withWelsh = {
      write: [
        ...change.write,
        { path: 'm/procedures/referrals/2024-07-01.cy.mdx', content: welsh('Atgyfeiriadau', WELSH_BODY, { summary: 'Newidiwyd y camau.' }) },
      ],
    };
    expect(checkProposedChange(manual(), withWelsh, bilingual)).toEqual([]);
  });

  it('refuses a Welsh text whose headings, links, contacts, areas or resources differ from the English, each at once', () => {
    const different =
      'Cwmpas y bennod.\n\n## Camau\n\n### Is-bennawd\n\nFfoniwch <Contact id="lado" inline />, yna gweler [Atgyfeiriadau](/procedures/referrals/).\n';
    const problems = checkManual(manual({ 'referrals/2020-01-06.cy.mdx': welsh('Atgyfeiriadau', different) }), bilingual).problems.filter((p) =>
      p.file.endsWith('.cy.mdx'),
    );
    expect(report(problems)).toMatchInlineSnapshot(`
      "m/procedures/referrals/2020-01-06.cy.mdx headings: has the headings ##, ### where the English text (2020-01-06.mdx) has ##
        fix: give the Welsh text the same headings as the English, at the same levels and in the same order
      m/procedures/referrals/2020-01-06.cy.mdx links: links to /procedures/referrals/ where the English text (2020-01-06.mdx) links to /procedures/strategy/
        fix: link to the same addresses as the English text, in the same order (only the words of each link change)
      m/procedures/referrals/2020-01-06.cy.mdx contacts: names the contacts lado where the English text (2020-01-06.mdx) names emergency
        fix: use the same <Contact id="..."> tags as the English text, in the same order"
    `);
  });

  it('refuses shared fields in the Welsh file, and a missing Welsh summary', () => {
    const english = versionText({ section: '1.1.1', title: 'Referrals', amended: '2024-05-01', change: 'updated', summary: 'Steps changed.' }, ENGLISH_BODY);
    const problems = checkManual(
      manual({ 'referrals/2024-05-01.mdx': english, 'referrals/2024-05-01.cy.mdx': welsh('Atgyfeiriadau', WELSH_BODY, { section: '1.1.1' }) }),
      bilingual,
    ).problems.filter((p) => p.file.endsWith('.cy.mdx'));
    expect(report(problems)).toMatchInlineSnapshot(`
      "m/procedures/referrals/2024-05-01.cy.mdx section: is not a field this file can have
        fix: remove it: section is written once, in the English file 2024-05-01.mdx, for both languages"
    `);
    const withoutSummary = checkManual(
      manual({ 'referrals/2024-05-01.mdx': english, 'referrals/2024-05-01.cy.mdx': welsh('Atgyfeiriadau') }),
      bilingual,
    ).problems;
    expect(withoutSummary.map((p) => `${p.file} ${p.field}: ${p.fix}`)).toEqual([
      'm/procedures/referrals/2024-05-01.cy.mdx summary: add summary: with the Welsh words for "Steps changed."',
    ]);
  });

  it('refuses a Welsh text that is the English text word for word, as an editor starting from the English would leave it', () => {
    const english = versionText({ section: '1.1.1', title: 'Referrals', amended: '2024-05-01', change: 'updated', summary: 'Steps changed.' }, ENGLISH_BODY);
    const copied = welsh('Atgyfeiriadau', ENGLISH_BODY, { summary: 'Newidiwyd y camau.' });
    const problems = checkManual(manual({ 'referrals/2024-05-01.mdx': english, 'referrals/2024-05-01.cy.mdx': copied }), bilingual).problems;
    expect(report(problems)).toMatchInlineSnapshot(`
      "m/procedures/referrals/2024-05-01.cy.mdx body: is the English text of 2024-05-01.mdx word for word, so readers of the Welsh page would get English
        fix: write the text in Welsh, keeping the English text's headings, contacts, areas, links and resources"
    `);
    // Written in Welsh, with the same structure, it is accepted.
    const written = welsh('Atgyfeiriadau', WELSH_BODY, { summary: 'Newidiwyd y camau.' });
    expect(checkManual(manual({ 'referrals/2024-05-01.mdx': english, 'referrals/2024-05-01.cy.mdx': written }), bilingual).problems).toEqual([]);
  });

  it('refuses a contact, glossary entry, resource or section without its Welsh words, naming each field at once', () => {
    const files = manual();
    const frontDoor = `organisation: Test Council\nservice: Front Door\ncategory: referral\nareas: [all]\nphones:\n  - label: Office hours\n    number: "0116 496 0100"\n    hours: office-hours\n    hoursText: Monday to Friday 9am to 5pm\n  - label: Out of hours\n    number: "0116 496 0101"\n    hours: out-of-hours\nnotes: Ask for the duty worker.\nverified: 2024-01-01\ncy:\n  service: Drws Ffrynt\n  phones:\n    - label: Oriau swyddfa\n`;
    files.contactFiles = [
      { file: 'm/contacts/emergency.yaml', text: EMERGENCY },
      { file: 'm/contacts/front-door.yaml', text: frontDoor },
    ];
    files.structureFile = { file: 'm/structure.yaml', text: STRUCTURE };
    files.glossaryFile = {
      file: 'm/glossary.yaml',
      text: 'entries:\n  - term: strategy discussion\n    definition: A discussion to decide whether to start an enquiry.\n    cy:\n      term: trafodaeth strategaeth\n      definition: Trafodaeth i benderfynu a ddylid dechrau ymholiad.\n  - term: core group\n    definition: The practitioners who carry out the plan.\n',
    };
    files.resourceFiles = [
      {
        file: 'm/resources/national-procedures.yaml',
        text: 'title: National procedures\ndescription: The procedures this manual follows.\nkind: guidance\naudience: [professionals]\nowner: Business unit\nurl: https://www.example.org/\nchanges:\n  - date: 2020-01-06\n    summary: Added.\n    approvedBy: Board\n    approvedOn: 2020-01-02\n',
      },
    ];
    const found = checkManual(files, bilingual)
      .problems.filter((p) => p.field.includes('cy'))
      .map((p) => [p.file, p.line, p.field]);
    expect(found).toEqual([
      ['m/contacts/emergency.yaml', 2, 'cy'],
      ['m/contacts/front-door.yaml', 15, 'notes of cy'],
      ['m/contacts/front-door.yaml', 18, 'hoursText of the first phone of cy'],
      ['m/contacts/front-door.yaml', 10, 'label of the second phone of cy'],
      ['m/glossary.yaml', 7, 'cy of the second glossary entry'],
      ['m/structure.yaml', 2, 'cy of the first section'],
      ['m/structure.yaml', 5, 'cy of the first sub-section of the first section'],
      ['m/structure.yaml', 7, 'cy of the second section'],
      ['m/resources/national-procedures.yaml', undefined, 'cy'],
    ]);
    const problem = checkManual(files, bilingual).problems.find((p) => p.file === 'm/contacts/emergency.yaml')!;
    expect(problem.message).toMatch(/published in Welsh too.*has no Welsh words/);
    expect(problem.fix).toBe('add cy: with its service, phones in Welsh (docs/languages.md)');
    // Published in English only, none of these is needed.
    expect(checkManual(files, options).problems.filter((p) => p.field.includes('cy'))).toEqual([]);
  });

  it('refuses a Welsh text in a manual published in English only, and one with no English version beside it', () => {
    const englishOnly = checkManual(manual(), options).problems;
    expect(englishOnly.map((p) => `${p.file} ${p.field}`)).toEqual([
      'm/procedures/referrals/2020-01-06.cy.mdx file name',
      'm/procedures/strategy/2020-01-06.cy.mdx file name',
    ]);
    expect(englishOnly[0]?.fix).toBe("add 'cy' to languages in manual.config.ts to publish the manual in Welsh too, or delete the file");
    const orphan = checkManual(manual({ 'referrals/2021-01-04.cy.mdx': welsh('Atgyfeiriadau') }), bilingual).problems;
    expect(orphan.map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([
      'm/procedures/referrals/2021-01-04.cy.mdx file name: this is the Welsh text of a version, but there is no English version 2021-01-04.mdx beside it',
    ]);
  });

  it("refuses a resource, a contact's change or a glossary change without its Welsh words, and shows them on the Welsh pages", () => {
    const guidance = `title: Wales Safeguarding Procedures
description: The procedures every agency in Wales follows.
kind: guidance
audience: [professionals]
owner: Board business unit
url: https://www.safeguarding.wales/
textAlternative:
  text: Read the procedures.
changes:
  - date: 2020-01-06
    summary: Added.
    approvedBy: Board executive group
    approvedOn: 2020-01-02
  - date: 2020-02-03
    summary: Moved.
    approvedBy: Board executive group
    approvedOn: 2020-01-30
`;
    const contact = `${EMERGENCY}changes:\n  - date: 2023-01-09\n    summary: Text relay added.\n`;
    const glossary = `entries:\n  - term: strategy discussion\n    definition: A discussion.\n    cy:\n      term: trafodaeth strategaeth\n      definition: Trafodaeth.\nchanges:\n  - date: 2020-01-06\n    summary: Added strategy discussion.\n`;
    const files = (resource: string, emergency: string, glossaryText: string) => {
      const withOthers = manual();
      withOthers.resourceFiles = [{ file: 'm/resources/wales-safeguarding-procedures.yaml', text: resource }];
      withOthers.contactFiles = [{ file: 'm/contacts/emergency.yaml', text: emergency }];
      withOthers.glossaryFile = { file: 'm/glossary.yaml', text: glossaryText };
      return withOthers;
    };
    const problems = checkManual(files(guidance, contact, glossary), bilingual).problems;
    expect(problems.map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([
      'm/contacts/emergency.yaml cy: the manual is published in Welsh too, and this contact (Police, ambulance and fire) has no Welsh words, so its Welsh page would show the English',
      'm/resources/wales-safeguarding-procedures.yaml cy: is missing: the manual is published in English and Welsh (languages in manual.config.ts), and the Welsh pages show this resource',
      'm/glossary.yaml changes of cy: is missing: the manual is published in English and Welsh (languages in manual.config.ts), and the Welsh glossary shows each change note',
    ]);
    const partly = `${guidance}cy:\n  title: Gweithdrefnau Diogelu Cymru\n  description: Y gweithdrefnau.\n  changes:\n    - summary: Ychwanegwyd.\n      approvedBy: Grŵp gweithredol y bwrdd\n`;
    expect(report(checkManual(files(partly, contact, glossary), bilingual).problems.filter((p) => p.file.includes('resources')))).toMatchInlineSnapshot(`
      "m/resources/wales-safeguarding-procedures.yaml owner of cy: is missing: the manual is published in English and Welsh (languages in manual.config.ts), and the Welsh pages show who keeps the resource up to date
        fix: add owner: under cy: with the Welsh words for "Board business unit"
      m/resources/wales-safeguarding-procedures.yaml changes of cy: gives 1 of the 2 changes: the manual is published in English and Welsh (languages in manual.config.ts), and the Welsh pages show each change and who signed it off
        fix: add under cy: changes: the Welsh words of each change, in the order of changes (summary and approvedBy), for "Moved."
      m/resources/wales-safeguarding-procedures.yaml textAlternative of cy: is missing: the manual is published in English and Welsh (languages in manual.config.ts), and the Welsh pages show the steps of the guidance in words
        fix: add textAlternative: under cy: with the steps written out in Welsh"
    `);
    // With every Welsh word, the check accepts them, and the Welsh pages show them.
    const welshResource = `${partly}    - summary: Symudwyd.\n      approvedBy: Grŵp gweithredol y bwrdd\n  owner: Uned fusnes y bwrdd\n  textAlternative: Darllenwch y gweithdrefnau.\n`;
    const welshContact = `${contact}cy:\n  service: Heddlu, ambiwlans a thân\n  phones:\n    - label: Argyfwng\n  changes:\n    - summary: Ychwanegwyd cyfnewid testun.\n`;
    const welshGlossary = `${glossary}cy:\n  changes:\n    - summary: Ychwanegwyd trafodaeth strategaeth.\n`;
    const checked = checkManual(files(welshResource, welshContact, welshGlossary), bilingual);
    expect(checked.problems).toEqual([]);
    // English-only manuals ask for none of them.
    const englishOnly = files(guidance, contact, glossary);
    englishOnly.procedureFiles = englishOnly.procedureFiles.filter((f) => !f.file.endsWith('.cy.mdx'));
    expect(checkManual(englishOnly, options).problems).toEqual([]);
    const inWelsh = manualInLanguage(checked.manual, checked.translations, 'cy', options.today);
    const resource = inWelsh.resources[0]!;
    expect([resource.owner, resource.changes.map((c) => `${c.summary} ${c.approvedBy}`), resource.textAlternative?.text]).toEqual([
      'Uned fusnes y bwrdd',
      ['Ychwanegwyd. Grŵp gweithredol y bwrdd', 'Symudwyd. Grŵp gweithredol y bwrdd'],
      'Darllenwch y gweithdrefnau.',
    ]);
    expect(inWelsh.contacts[0]?.changes.map((c) => c.summary)).toEqual(['Ychwanegwyd cyfnewid testun.']);
    expect(inWelsh.glossary.changes.map((c) => c.summary)).toEqual(['Ychwanegwyd trafodaeth strategaeth.']);
    expect(checked.manual.resources[0]?.owner).toBe('Board business unit');
  });

  it('locks the Welsh text with its version: a published Welsh text edited is refused', () => {
    const files = manual();
    const lock = JSON.parse(files.lockFile!.text) as { files: Record<string, { sha256: string }> };
    lock.files['procedures/referrals/2020-01-06.cy.mdx'] = { sha256: '0'.repeat(64) };
    files.lockFile = { file: 'm/versions.lock.json', text: JSON.stringify(lock) };
    const problems = checkManual(files, bilingual).problems;
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['m/procedures/referrals/2020-01-06.cy.mdx file']);
    expect(problems[0]?.fix).toMatch(/npm run correct/);
  });
});

describe('the manual in Welsh', () => {
  it("takes each version's words and file from its Welsh text, and the Welsh words of contacts and settings", () => {
    const contact = `${EMERGENCY}notes: Call 999.\ncy:\n  service: Heddlu, ambiwlans a thân\n  phones:\n    - label: Argyfwng\n  notes: Ffoniwch 999.\n`;
    const files = manual();
    files.contactFiles = [{ file: 'm/contacts/emergency.yaml', text: contact }];
    const { manual: checked, translations, problems } = checkManual(files, bilingual);
    expect(problems).toEqual([]);
    const inWelsh = manualInLanguage(checked, translations, 'cy', options.today);
    expect(inWelsh.chapters.map((c) => [c.current?.title, c.current?.file])).toEqual([
      ['Atgyfeiriadau', 'm/procedures/referrals/2020-01-06.cy.mdx'],
      ['Trafodaethau Strategaeth', 'm/procedures/strategy/2020-01-06.cy.mdx'],
    ]);
    expect(inWelsh.chapters[0]?.current?.section).toBe('1.1.1');
    const emergency = inWelsh.contacts[0]!;
    expect([emergency.service, emergency.notes, emergency.phones[0]?.label, emergency.phones[0]?.number]).toEqual([
      'Heddlu, ambiwlans a thân',
      'Ffoniwch 999.',
      'Argyfwng',
      '999',
    ]);
    expect(settingsInLanguage(bilingual.settings, 'cy').partnership).toBe('Partneriaeth Prawf');
    expect(settingsInLanguage(bilingual.settings, 'en').partnership).toBe('Test Partnership');
  });

  it("takes the accessibility statement's words in Welsh from the settings, and refuses them missing or short", () => {
    const withIssues = {
      ...settings,
      languages: ['en', 'cy'] as ('en' | 'cy')[],
      accessibility: {
        ...settings.accessibility,
        issues: [{ description: 'Some tables have no header cells.' }],
        outOfScope: ['PDF documents published before 23 September 2018'],
      },
    };
    const welsh = { partnership: 'Partneriaeth Prawf', shortName: 'PDP Prawf', manualTitle: 'Gweithdrefnau Prawf' };
    expect(() => defineManual({ ...withIssues, cy: welsh })).toThrow(
      /accessibility of cy: is missing: the Welsh accessibility statement needs who tested the site in Welsh/,
    );
    expect(() => defineManual({ ...withIssues, cy: { ...welsh, accessibility: { testedBy: 'yr uned fusnes' } } })).toThrow(
      /issues of accessibility of cy: has 0 entries in Welsh for the 1 of accessibility.issues/,
    );
    const both = defineManual({
      ...withIssues,
      cy: {
        ...welsh,
        accessibility: {
          testedBy: 'yr uned fusnes',
          issues: [{ description: 'Nid oes gan rai tablau gelloedd pennawd.' }],
          outOfScope: ['Dogfennau PDF a gyhoeddwyd cyn 23 Medi 2018'],
        },
      },
    });
    const inWelsh = settingsInLanguage(both, 'cy').accessibility;
    expect([inWelsh.testedBy, inWelsh.issues[0]?.description, inWelsh.outOfScope]).toEqual([
      'yr uned fusnes',
      'Nid oes gan rai tablau gelloedd pennawd.',
      ['Dogfennau PDF a gyhoeddwyd cyn 23 Medi 2018'],
    ]);
    expect(settingsInLanguage(both, 'en').accessibility.testedBy).toBe(settings.accessibility.testedBy);
  });

  it('writes dates with Welsh month names, and links each page to its address in the other language', () => {
    expect(formatDate('2026-12-04', 'cy')).toBe('4 Rhagfyr 2026');
    expect(formatDate('2026-12-04', 'en')).toBe('4 December 2026');
    expect(pathInLanguage('/procedures/referrals/', '/', 'en', 'cy')).toBe('/cy/procedures/referrals/');
    expect(pathInLanguage('/cy/procedures/referrals/', '/', 'cy', 'en')).toBe('/procedures/referrals/');
    expect(pathInLanguage('/manual/cy/', '/manual/', 'cy', 'en')).toBe('/manual/');
    expect(siteBase('/manual/cy/', 'cy')).toBe('/manual/');
    expect(siteBase('/manual/', 'en')).toBe('/manual/');
  });

  it('puts a place name after "yn" with the nasal mutation Welsh gives it', () => {
    expect(
      ['Tawelan', 'Glanmorlan', 'Caerdydd', 'Bangor', 'Pen-y-bont', 'Dinbych', 'Abertawe', 'Llandudno', 'Rhuthun'].map((name) => inPlace(name, 'yn')),
    ).toEqual(['yn Nhawelan', 'yng Nglanmorlan', 'yng Nghaerdydd', 'ym Mangor', 'ym Mhen-y-bont', 'yn Ninbych', 'yn Abertawe', 'yn Llandudno', 'yn Rhuthun']);
    expect(INTERFACE_TEXT.cy.area.in('Tawelan')).toBe('Yn Nhawelan');
  });

  it("writes the pages about the site in Welsh: a count with the singular noun, the model statement's names", () => {
    const { review, accessibility, offlineCopy } = INTERFACE_TEXT.cy.service;
    expect([review.overdue(0), review.due(2, 90), review.nothingDue(90)]).toEqual([
      '0 yn hwyr',
      ', 2 i’w hadolygu cyn pen 90 diwrnod.',
      'Nid oes dim yn hwyr nac i’w adolygu cyn pen 90 diwrnod.',
    ]);
    expect([accessibility.feedback.reply(5), accessibility.nonAccessible.fails(2, '1.3.1, 2.4.4')]).toEqual([
      'Byddwn yn ystyried eich cais ac yn ateb cyn pen 5 diwrnod gwaith.',
      'Nid yw hyn yn bodloni meini prawf llwyddiant WCAG 2.2 1.3.1, 2.4.4.',
    ]);
    expect(accessibility.enforcement.text[0]).toContain('Y Comisiwn Cydraddoldeb a Hawliau Dynol sy’n gyfrifol am orfodi Rheoliadau Hygyrchedd');
    expect(accessibility.enforcement.text[1]).toBe('Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)');
    expect([offlineCopy.progressPages(5, 80), offlineCopy.holds(80, '2.1 MB')]).toEqual([
      '5 o 80 tudalen wedi’u cadw',
      '80 tudalen a’r mynegai chwilio, 2.1 MB',
    ]);
  });

  it('counts in Welsh with the singular noun and the mutation each number gives it', () => {
    expect([1, 2, 3, 4, 6, 11].map((n) => counted(n, 'pennod', 'feminine'))).toEqual([
      '1 bennod',
      '2 bennod',
      '3 pennod',
      '4 pennod',
      '6 phennod',
      '11 pennod',
    ]);
    expect([1, 2, 3, 6].map((n) => counted(n, 'tymor', 'masculine'))).toEqual(['1 tymor', '2 dymor', '3 thymor', '6 thymor']);
    expect(counted(1, 'tudalen wybodaeth', 'feminine')).toBe('1 dudalen wybodaeth');
    const words = INTERFACE_TEXT.cy.reference;
    expect([words.usedIn(2, 1), words.usedIn(1, 0), words.usedIn(0, 3), words.usedIn(3, 8)]).toEqual([
      'Defnyddir mewn 2 bennod ac 1 dudalen wybodaeth',
      'Defnyddir mewn 1 bennod',
      'Defnyddir mewn 3 tudalen wybodaeth',
      'Defnyddir mewn 3 pennod ac 8 tudalen wybodaeth',
    ]);
    expect(INTERFACE_TEXT.en.reference.usedIn(2, 1)).toBe('Used in 2 chapters and 1 information page');
    expect(words.lastVisit.changed(2, '4 Rhagfyr 2026')).toBe(
      'Ers eich ymweliad diwethaf ar 4 Rhagfyr 2026, mae 2 bennod wedi newid. Maent wedi’u marcio yn y cynnwys isod:',
    );
    expect(words.contents.marked[2](90)).toBe('wedi newid yn ystod y 90 diwrnod diwethaf.');
    expect(words.contents.marked[2](2)).toBe('wedi newid yn ystod y 2 ddiwrnod diwethaf.');
  });

  it('joins Welsh words with "a" or "ac" and the mutation "a" gives, and places after "yn"', () => {
    expect(joinWithA(['Glanmorlan', 'Tawelan'])).toBe('Glanmorlan a Thawelan');
    expect(joinWithA(['teuluoedd', 'pobl ifanc'])).toBe('teuluoedd a phobl ifanc');
    expect(joinWithA(['Tawelan', 'Glanmorlan', 'Abertawe'])).toBe('Tawelan, Glanmorlan ac Abertawe');
    const words = INTERFACE_TEXT.cy.reference;
    expect(words.home.lead(['Tawelan', 'Glanmorlan'], 5)).toBe(
      'Y gweithdrefnau y mae pob ymarferydd yn Nhawelan a Glanmorlan yn eu dilyn i gadw plant yn ddiogel: 5 pennod, pob un â hanes llawn ei newidiadau.',
    );
    expect(words.glossary.description('Gweithdrefnau Diogelu Plant')).toBe('Y termau a’r byrfoddau a ddefnyddir yng Ngweithdrefnau Diogelu Plant, o A i Y.');
    expect(words.glossary.and('1.2 Gwneud Atgyfeiriad')).toBe(' ac ');
    expect(words.glossary.and('2.1 Ymholiadau Adran 47')).toBe(' a ');
    expect(words.resources.kinds.guidance.kindFor(words.resources.audienceList(['teuluoedd', 'pobl ifanc']))).toBe(
      'Dogfen ganllaw ar gyfer teuluoedd a phobl ifanc',
    );
  });

  it('tells the mutated forms of a Welsh term from its other names', () => {
    expect(
      ['drafodaeth strategaeth', 'thrafodaeth strategaeth', 'nhrafodaeth strategaeth', 'cyfarfod strategaeth'].map((name) =>
        isMutationOf(name, ['trafodaeth strategaeth']),
      ),
    ).toEqual([true, true, true, false]);
    expect(isMutationOf('Gynhadledd', ['cynhadledd'])).toBe(true);
    expect(isMutationOf('cynhadledd', ['cynhadledd'])).toBe(false);
  });

  it('has every interface text in both languages, none left in English in the Welsh', () => {
    // A text that depends on values is written with sample ones: names, then counts, then lists
    // (a list of areas and a count, say), the first that the English text takes.
    const samples: unknown[][] = [
      ['X', 'Y', 'Z', 'W'],
      [
        {
          changed: 2,
          added: 1,
          removed: 0,
          unchanged: 3,
          wordsInserted: 4,
          wordsDeleted: 5,
          amendments: 8,
          contactChanges: 1,
          resourceChanges: 1,
          glossaryChanges: 1,
        },
      ],
      [2, 'X'],
      [['X', 'Y'], 2],
      [2, 1],
    ];
    const written = (text: (...a: unknown[]) => unknown, args: unknown[]) => {
      try {
        const out = text(...args);
        return typeof out === 'string' && !/undefined|\[object/.test(out) ? out : undefined;
      } catch {
        return undefined;
      }
    };
    const texts = (value: unknown, other: unknown): [string, string][] => {
      if (typeof value === 'string') return [[value, String(other)]];
      if (typeof value === 'function') {
        const args = samples.find((sample) => written(value as (...a: unknown[]) => unknown, sample) !== undefined);
        expect(args, `a sample the text ${String(value)} takes`).toBeDefined();
        return [[written(value as (...a: unknown[]) => unknown, args!)!, String(written(other as (...a: unknown[]) => unknown, args!))]];
      }
      return Object.entries(value as object).flatMap(([key, part]) => texts(part, (other as Record<string, unknown>)[key]));
    };
    const pairs = texts(INTERFACE_TEXT.en, INTERFACE_TEXT.cy);
    const english = pairs.map(([en]) => en);
    const cymraeg = pairs.map(([, cy]) => cy);
    expect(cymraeg.filter((text) => text === 'undefined')).toEqual([]);
    // Words the same in both (Shift, a name) are few; no longer English text is copied across.
    expect(cymraeg.filter((text, i) => text === english[i] && text.length > 12)).toEqual([]);
  });
});
