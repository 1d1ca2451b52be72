import { XMLParser } from 'fast-xml-parser';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { collectContactChanges, contactDetailsHash, contactIdsIn, contactUsage, groupContacts, isVerificationDue } from '../../../src/lib/content/contacts.ts';
import { amendmentsAtom, amendmentsJson } from '../../../src/lib/site/feeds.ts';
import { lockContacts } from '../../../src/lib/history/lock-notes.ts';
import type { Lock } from '../../../src/lib/history/lock.ts';
import { formatProblems } from '../../../src/lib/check/problems.ts';
import { contactSchema, type Contact } from '../../../src/lib/schemas/contact.ts';
import { defineManual } from '../../../src/lib/manual/settings.ts';
import { checkManual } from '../../../src/lib/check/validate.ts';
import { buildDocuments } from '../../../src/lib/content/versions.ts';
import { EMERGENCY, first, options, settings, source } from '../helpers.ts';

const FRONT_DOOR = `organisation: Northtown Council
service: Children's Front Door
category: referral
areas: [northtown]
phones:
  - label: Office hours
    number: "0116 496 0100"
    hours: office-hours
email: frontdoor@northtown.example
verified: 2024-03-01
`;

const contact = (id: string, yaml: string): Contact => ({ ...contactSchema.parse(parse(yaml)), id });
const areas = [
  { id: 'northtown', name: 'Northtown', council: 'Northtown Council' },
  { id: 'southvale', name: 'Southvale', council: 'Southvale Council' },
];

describe('the contacts page', () => {
  it('puts emergency numbers first, then referrals by area, other services by agency, then national helplines', () => {
    const make = (id: string, category: string, organisation: string, area: string) =>
      contact(
        id,
        `organisation: ${organisation}\nservice: ${id}\ncategory: ${category}\nareas: [${area}]\nphones:\n  - label: Line\n    number: "0116 496 0${String(id.length).padStart(3, '0')}"\n    hours: 24-hours\nverified: 2024-01-01\n`,
      );
    const groups = groupContacts(
      [
        make('childline', 'national', 'Childline', 'all'),
        make('south-door', 'referral', 'Southvale Council', 'southvale'),
        make('lado', 'lado', 'The Partnership', 'all'),
        make('out-of-hours', 'out-of-hours', 'Both councils', 'all'),
        make('police-unit', 'police', 'Police', 'northtown'),
        make('north-door', 'referral', 'Northtown Council', 'northtown'),
        contact('emergency', EMERGENCY),
      ],
      areas,
    );
    expect(groups.map((g) => [g.title, g.subgroups.map((s) => [s.heading, s.contacts.map((c) => c.id)])])).toEqual([
      ['Emergency', [['', ['emergency']]]],
      [
        'Referrals and out of hours, by area',
        [
          ['Northtown', ['north-door']],
          ['Southvale', ['south-door']],
          ['All areas', ['out-of-hours']],
        ],
      ],
      [
        'Other services, by agency',
        [
          ['Police', ['police-unit']],
          ['The Partnership', ['lado']],
        ],
      ],
      ['National helplines', [['', ['childline']]]],
    ]);
  });

  it('finds the contacts a chapter uses, once each, and which chapters in force use each', () => {
    const body = 'Call <Contact id="front-door" />, or <Contact inline id="emergency" />.\n\n<Contact id="front-door" />\n';
    expect(contactIdsIn(body)).toEqual(['front-door', 'emergency']);
    const version = (chapterId: string, section: string, change: 'new' | 'withdrawn' = 'new') => ({
      chapterId,
      section,
      title: chapterId,
      amended: '2024-01-01',
      change,
      file: `${chapterId}.mdx`,
      hash: '',
      keywords: [],
      seeAlso: [],
      contactIds: contactIdsIn(body),
    });
    const chapters = buildDocuments([version('b', '1.10'), version('a', '1.9'), version('gone', '1.1', 'new')], '2024-06-01');
    const usage = contactUsage(chapters);
    expect(usage.get('front-door')?.map((c) => c.id)).toEqual(['gone', 'a', 'b']);
  });

  it('says when a contact is due to be checked again', () => {
    const c = contact('front-door', FRONT_DOOR);
    expect(isVerificationDue(c, '2025-03-01', 12)).toBe(false);
    expect(isVerificationDue(c, '2025-03-02', 12)).toBe(true);
    expect(isVerificationDue(c, '2024-09-02', 6)).toBe(true);
  });
});

describe('contact changes', () => {
  const changed = contact('front-door', `${FRONT_DOOR}changes:\n  - date: 2024-02-05\n    summary: New office hours number.\n`);

  it('are listed newest first and exported in the JSON and the Atom feed', () => {
    const older = contact('emergency', `${EMERGENCY}changes:\n  - date: 2023-01-09\n    summary: Text relay added.\n`);
    const changes = collectContactChanges([older, changed]);
    expect(changes.map((c) => [c.date, c.contactId])).toEqual([
      ['2024-02-05', 'front-door'],
      ['2023-01-09', 'emergency'],
    ]);
    expect(JSON.parse(amendmentsJson([], settings, '2024-06-01', { contactChanges: changes })).contactChanges[0]).toEqual({
      contact_id: 'front-door',
      service: "Children's Front Door",
      organisation: 'Northtown Council',
      date: '2024-02-05',
      summary: 'New office hours number.',
      url: 'https://example.org/contacts/#front-door',
    });
    const atom = new XMLParser().parse(amendmentsAtom([], settings, '2024-06-01', { contactChanges: changes }));
    expect(atom.feed.updated).toBe('2024-02-05T00:00:00.000Z');
    expect(atom.feed.entry.map((e: { title: string }) => e.title)).toEqual([
      "Contact changed: Children's Front Door",
      'Contact changed: Police, ambulance and fire',
    ]);
  });

  it('must come with a dated note once the details are locked, and a note may not be removed', () => {
    const lockWith = (yaml: string): Lock => lockContacts({ format: 2, files: {} }, [contact('front-door', yaml), contact('emergency', EMERGENCY)]).lock;
    const check = (yaml: string, lock: Lock) => {
      const manual = source({ 'a/2020-01-06.mdx': first('1.1.1', 'A') }, { contacts: { 'front-door': yaml } });
      const locked = JSON.parse(manual.lockFile!.text);
      manual.lockFile = { file: 'm/versions.lock.json', text: JSON.stringify({ ...locked, format: 2, contacts: lock.contacts }) };
      return formatProblems(checkManual(manual, options).problems);
    };
    const published = lockWith(FRONT_DOOR);
    expect(check(FRONT_DOOR.replace('verified: 2024-03-01', 'verified: 2024-05-01'), published)).toBe('0 errors, 0 warnings');
    const newNumber = FRONT_DOOR.replace('0116 496 0100', '0116 496 0199');
    expect(check(newNumber, published)).toMatchInlineSnapshot(`
      "m/contacts/front-door.yaml
        error file, changes: the contact details changed, but no dated entry under changes says what changed
          fix: add an entry to changes: "- date: YYYY-MM-DD" and "summary: New out-of-hours number." (the date the change took effect)

      1 error, 0 warnings"
    `);
    const noted = `${newNumber}changes:\n  - date: 2024-06-01\n    summary: New office hours number.\n`;
    expect(check(noted, published)).toBe('0 errors, 0 warnings');
    expect(check(newNumber, lockWith(noted))).toMatchInlineSnapshot(`
      "m/contacts/front-door.yaml
        error file, changes: lists 0 of the 1 change notes already published: a published note was removed
          fix: undo the edit (git diff -- m/contacts/front-door.yaml shows it; git checkout -- m/contacts/front-door.yaml); a published note is never rewritten, reordered or removed: add a new dated note instead, or for a genuine correction run npm run correct -- m/contacts/front-door.yaml --reason "..."

      1 error, 0 warnings"
    `);
  });
});

describe('checking contacts', () => {
  it('warns about details not checked within the configured months', () => {
    const strict = { ...options, settings: defineManual({ ...settings, contactReviewMonths: 2 }) };
    const yaml = `${FRONT_DOOR.replace('verified: 2024-03-01', 'verified: 2024-03-31')}changes:\n  - date: 2024-07-01\n    summary: Moved.\n`;
    const manual = source(
      { 'a/2020-01-06.mdx': first('1.1.1', 'A') },
      { contacts: { 'front-door': yaml, later: FRONT_DOOR.replace('verified: 2024-03-01', 'verified: 2024-06-02') } },
    );
    expect(formatProblems(checkManual(manual, strict).problems)).toMatchInlineSnapshot(`
      "m/contacts/emergency.yaml
        warning line 9, verified: the details were last checked on 2024-01-01, more than 2 months ago
          fix: phone the service to confirm every number, then write verified: 2024-06-01

      m/contacts/front-door.yaml
        warning line 10, verified: the details were last checked on 2024-03-31, more than 2 months ago
          fix: phone the service to confirm every number, then write verified: 2024-06-01

      0 errors, 2 warnings"
    `);
  });

  it('warns about each draft contact until it is completed, and refuses a draft that is not true or false', () => {
    const manual = (draft: string) => source({ 'a/2020-01-06.mdx': first('1.1.1', 'A') }, { contacts: { 'front-door': `${FRONT_DOOR}${draft}` } });
    expect(formatProblems(checkManual(manual('draft: true\n'), options).problems)).toMatchInlineSnapshot(`
      "m/contacts/front-door.yaml
        warning line 11, draft: this contact is a draft: its numbers and details are placeholders, and the site marks it as a draft
          fix: phone the service for its real numbers and details, write them here with verified: 2024-06-01, then remove draft: true

      0 errors, 1 warning"
    `);
    expect(formatProblems(checkManual(manual('draft: false\n'), options).problems)).toBe('0 errors, 0 warnings');
    // A draft is a mark on the details, not one of them: marking or completing it alone needs no change note.
    expect(contactDetailsHash(contact('d', `${FRONT_DOOR}draft: true\n`))).toBe(contactDetailsHash(contact('d', FRONT_DOOR)));
    expect(formatProblems(checkManual(manual('draft: yes\n'), options).problems)).toMatchInlineSnapshot(`
      "m/contacts/front-door.yaml
        error line 11, draft: must be true or false
          fix: write it as draft: true

      1 error, 0 warnings"
    `);
  });
});
