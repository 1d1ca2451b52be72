// What the import prints for board staff.
import { describe, expect, it } from 'vitest';
import { formatWarnings, nextSteps } from '../../../src/lib/import/report.ts';

describe('formatWarnings', () => {
  it('groups warnings by kind, in a fixed order, each kind with what to do, each warning with its file and line', () => {
    expect(
      formatWarnings([
        { kind: 'phone', file: 'src/content/procedures/b/2026-12-01.mdx', line: 14, message: '0116 496 0100: "- Tamsford: 0116 496 0100"' },
        { kind: 'not-saved', file: 'Contents.html', line: 64, message: '1.2.4 Bruising: its page (https://x.example/p_bruising.html) was not saved' },
        { kind: 'phone', file: 'src/content/procedures/a/2026-12-01.mdx', line: 9, message: '999: "call 999"' },
        { kind: 'exists', file: 'src/content/structure.yaml', message: 'already exists: left as it was' },
      ]),
    ).toMatchInlineSnapshot(`
      "Warnings (4):

      Listed in the contents, but no page of the manual was saved for them (1): save those pages and run the import again (it adds only what is missing), or write the chapters with npm run new-chapter.
        Contents.html line 64: 1.2.4 Bruising: its page (https://x.example/p_bruising.html) was not saved

      Phone numbers typed in the text (2): write a contact for each (see the draft contacts file) and replace the number with <Contact id="..." inline />.
        src/content/procedures/a/2026-12-01.mdx line 9: 999: "call 999"
        src/content/procedures/b/2026-12-01.mdx line 14: 0116 496 0100: "- Tamsford: 0116 496 0100"

      Files that already exist, left as they were (1): nothing to do when running the import again; otherwise move the old file away first.
        src/content/structure.yaml: already exists: left as it was"
    `);
    expect(formatWarnings([])).toBe('No warnings.');
  });
});

describe('nextSteps', () => {
  it('names the draft contacts file and the contacts the settings need, when there are any', () => {
    expect(
      nextSteps({ contentDir: 'src/content', contactsDraft: 'src/content/imported-contacts-draft.yaml', missingContacts: ['emergency-services'], warnings: 3 }),
    ).toMatchInlineSnapshot(`
      "Next steps:
        1. Read each imported chapter beside its old page, and put right what the warnings above name.
        2. Give every phone number a contact: src/content/imported-contacts-draft.yaml lists each one with where it is and a draft contact to complete; then write <Contact id="..." inline /> in its place in the chapters.
        3. Write the contacts that manual.config.ts shows on every page (worriedPanel), which this manual does not have yet: src/content/contacts/emergency-services.yaml; or change worriedPanel to name your own.
        4. Run npm run check until it reports no errors, then npm start to see the manual.
        5. Commit the new files, with versions.lock.json."
    `);
    expect(nextSteps({ contentDir: 'm', contactsDraft: undefined, missingContacts: [], warnings: 0 }).split('\n')).toHaveLength(4);
  });
});
