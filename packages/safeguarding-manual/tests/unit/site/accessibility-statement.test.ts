import { describe, expect, it } from 'vitest';
import { complianceStatus } from '../../../src/lib/site/accessibility-statement.ts';
import { INTERFACE_TEXT } from '../../../src/lib/interface-text.ts';
import { defineManual } from '../../../src/lib/manual/settings.ts';
import { settings } from '../helpers.ts';

const statement = settings.accessibility;
const compliance = INTERFACE_TEXT.en.service.accessibility.compliance;
const cydymffurfio = INTERFACE_TEXT.cy.service.accessibility.compliance;

describe('the accessibility statement', () => {
  it('says fully compliant when no issue is listed', () => {
    expect(complianceStatus(statement)).toBe('full');
    expect(compliance[complianceStatus(statement)]).toMatchInlineSnapshot(
      `"This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard."`,
    );
    expect(cydymffurfio.full).toMatchInlineSnapshot(`"Mae’r wefan hon yn cydymffurfio’n llawn â safon AA Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2."`);
  });

  it('says partially compliant as soon as an issue or a disproportionate burden is listed', () => {
    const issue = { description: 'Old tables have no header cells.', criteria: ['1.3.1 Info and Relationships'] };
    expect(complianceStatus({ ...statement, issues: [issue] })).toBe('partial');
    expect(complianceStatus({ ...statement, disproportionateBurden: ['Scanned maps have no text alternative.'] })).toBe('partial');
    expect(compliance.partial).toMatchInlineSnapshot(
      `"This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances listed below."`,
    );
    expect(cydymffurfio.partial).toMatchInlineSnapshot(
      `"Mae’r wefan hon yn cydymffurfio’n rhannol â safon AA Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2, oherwydd yr achosion o beidio â chydymffurfio a restrir isod."`,
    );
  });

  it('fills in the reply time and empty lists by default', () => {
    expect(statement.replyDays).toBe(5);
    expect(statement.issues).toEqual([]);
    expect(statement.outOfScope).toEqual([]);
  });

  it('names every wrong or missing accessibility setting', () => {
    const { accessibility: _, ...rest } = settings;
    expect(() => defineManual(rest as never)).toThrowErrorMatchingInlineSnapshot(`
      [UserError: manual.config.ts has 1 problem:
        accessibility: must be set for the accessibility statement: { contactEmail, statementDate, testedDate, testedBy }]
    `);
    expect(() => defineManual({ ...settings, accessibility: { ...statement, contactEmail: 'nobody', contactPhone: '0116 496', statementDate: '2026-02-30' } }))
      .toThrowErrorMatchingInlineSnapshot(`
      [UserError: manual.config.ts has 3 problems:
        contactEmail of accessibility: must be an email address, such as accessibility@example.org
        contactPhone of accessibility: is not a valid UK phone number; check every digit (for example "0116 496 0999")
        statementDate of accessibility: must be a real date written as YYYY-MM-DD, such as 2024-03-25]
    `);
  });

  it('checks the quick exit address', () => {
    expect(() => defineManual({ ...settings, quickExit: { url: 'bbc weather' } })).toThrowErrorMatchingInlineSnapshot(`
      [UserError: manual.config.ts has 1 problem:
        url of quickExit: must be the full web address of a neutral site, such as https://www.bbc.co.uk/weather]
    `);
    expect(defineManual({ ...settings, quickExit: { url: 'https://www.bbc.co.uk/weather' } }).quickExit).toEqual({ url: 'https://www.bbc.co.uk/weather' });
  });
});
