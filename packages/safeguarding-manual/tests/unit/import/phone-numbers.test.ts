// Finding the phone numbers typed into imported chapters, and drafting contacts for them.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { contactNumbers, draftContacts, findPhoneNumbers } from '../../../src/lib/import/phone-numbers.ts';

describe('findPhoneNumbers', () => {
  it("finds UK numbers however they are written, with their lines, in the manual's format", () => {
    const text = [
      'Refer to the front door:',
      '- Tamsford: 0116 496 0100',
      '- Brackenshire: (0113) 496 0300, or 0113-496-0301',
      '| Wyvern Vale | 02079460400 | 08081 570100 |',
      'NSPCC on 0808 800 5000; Childline on 0800 1111.',
    ].join('\n');
    expect(findPhoneNumbers(text, 10).map((f) => `${f.line} ${f.number}`)).toEqual([
      '11 0116 496 0100',
      '12 0113 496 0300',
      '12 0113 496 0301',
      '13 020 7946 0400',
      '13 0808 157 0100',
      '14 0808 800 5000',
      '14 0800 1111',
    ]);
  });

  it('finds 999 and, where they are to be dialled, 101 and 111, but not other numbers', () => {
    const found = (text: string) => findPhoneNumbers(text).map((f) => f.number);
    expect(found('If a child is in danger, call 999.')).toEqual(['999']);
    expect(found('Otherwise phone 101, or ring 111 for health advice.')).toEqual(['101', '111']);
    expect(found('| Police (non-emergency) | 101 |')).toEqual(['101']);
    expect(found('Room 101 on floor 2; 15 working days; 2026-12-01; section 47; 0113 496 0999 ext. 2')).toEqual(['0113 496 0999']);
  });

  it('shortens a long line around the number, between words', () => {
    const [found] = findPhoneNumbers(
      `${'Words before the number that go on and on. '.repeat(4)}Call 0116 496 0777 now.${' And more words after it.'.repeat(4)}`,
    );
    expect(found!.context).toMatch(/^… .* 0116 496 0777 now\..* …$/);
    expect(found!.context.length).toBeLessThan(130);
  });
});

describe('draftContacts', () => {
  it('lists each number once, where it was found, with a contact to complete, in a YAML file with instructions', () => {
    const draft = draftContacts(
      [
        { number: '0116 496 0100', line: 12, context: '- Tamsford: 0116 496 0100', file: 'src/content/procedures/referrals/2026-12-01.mdx' },
        { number: '0116 496 0100', line: 9, context: '| Tamsford | 0116 496 0100 |', file: 'src/content/procedures/local-contacts/2026-12-01.mdx' },
      ],
      '2026-12-01',
      'src/content',
    );
    expect(draft.split('\n').filter((l) => l.startsWith('#'))).toMatchInlineSnapshot(`
      [
        "# Phone numbers found by npm run import on 2026-12-01, with a draft contact for each.",
        "# This file is not checked and not published. For each number:",
        "#   1. Decide which service it belongs to (a service with several numbers is one contact).",
        "#   2. Write src/content/contacts/<contact-id>.yaml from the draft under "contact",",
        "#      completing every field (see "Contacts" in docs/files.md for what each one means).",
        "#   3. In each file under "foundIn", replace the number with <Contact id="<contact-id>" inline />",
        "#      (or <Contact id="<contact-id>" /> on a line of its own for a card with every number).",
        "#   4. Run npm run check. Delete this file when every number has a contact.",
      ]
    `);
    expect(parse(draft)).toEqual([
      {
        number: '0116 496 0100',
        foundIn: [
          { file: 'src/content/procedures/referrals/2026-12-01.mdx', line: 12, text: '- Tamsford: 0116 496 0100' },
          { file: 'src/content/procedures/local-contacts/2026-12-01.mdx', line: 9, text: '| Tamsford | 0116 496 0100 |' },
        ],
        contact: { organisation: '', service: '', category: '', areas: [], phones: [{ label: '', number: '0116 496 0100', hours: '' }], verified: '' },
      },
    ]);
    expect(draft).toContain('number: "0116 496 0100"');
  });
});

describe('contactNumbers', () => {
  it("knows the numbers of the manual's contacts, written as the manual writes them", () => {
    const numbers = contactNumbers([
      { file: 'm/contacts/tamsford-front-door.yaml', text: 'phones:\n  - label: Office hours\n    number: "01164960100"\n' },
      { file: 'm/contacts/broken.yaml', text: 'phones: [' },
    ]);
    expect(Object.fromEntries(numbers)).toEqual({ '0116 496 0100': 'tamsford-front-door' });
  });
});
