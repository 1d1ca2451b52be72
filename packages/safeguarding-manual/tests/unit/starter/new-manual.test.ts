import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/lib/check/problems.ts';
import { defineManual } from '../../../src/lib/manual/settings.ts';
import { readManualSource } from '../../../src/lib/content/source.ts';
import { newManual } from '../../../src/lib/starter/new-manual.ts';
import { checkManual } from '../../../src/lib/check/validate.ts';

const work = mkdtempSync(join(tmpdir(), 'new-manual-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const answers = {
  name: 'Northshire Safeguarding Children Partnership',
  shortName: 'Northshire SCP',
  areas: ['Northtown', 'South Vale'],
  site: 'https://procedures.northshire.example',
  signOffGroup: 'Policy and Procedures Group',
  today: '2027-01-11',
};

/** Writes the new manual's content folder and checks it, as npm run check does. */
function check(made: ReturnType<typeof newManual>, today = answers.today) {
  const content = mkdtempSync(join(work, 'content-'));
  for (const [path, text] of Object.entries(made.files)) {
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), text);
  }
  const result = checkManual(readManualSource(content), { today, settings: defineManual(made.settings), settingsFile: 'manual.config.ts' });
  return { ...result, report: formatProblems(result.problems).replaceAll(relative(process.cwd(), content), 'content') };
}

describe('a new manual', () => {
  it('passes its check at once, with a warning for each draft contact the panel names', () => {
    const { report, manual } = check(newManual(answers));
    expect(report).toMatchInlineSnapshot(`
      "content/contacts/northtown-front-door.yaml
        warning line 12, draft: this contact is a draft: its numbers and details are placeholders, and the site marks it as a draft
          fix: phone the service for its real numbers and details, write them here with verified: 2027-01-11, then remove draft: true

      content/contacts/south-vale-front-door.yaml
        warning line 12, draft: this contact is a draft: its numbers and details are placeholders, and the site marks it as a draft
          fix: phone the service for its real numbers and details, write them here with verified: 2027-01-11, then remove draft: true

      0 errors, 2 warnings"
    `);
    expect(manual.chapters.map((c) => c.id)).toEqual(['welcome']);
    expect(manual.pages.map((p) => p.id)).toEqual(['worried-about-a-child']);
  });

  it('names one front door per area in the panel, and completing the drafts clears every warning', () => {
    const made = newManual(answers);
    expect(made.settings.worriedPanel).toEqual(['emergency-services', 'northtown-front-door', 'south-vale-front-door', 'nspcc-helpline']);
    // Until completed, a front door's number is in Ofcom's range for drama, which reaches no one.
    expect(made.files['contacts/northtown-front-door.yaml']).toContain('number: 0116 496 0100\n');
    expect(made.files['contacts/south-vale-front-door.yaml']).toContain('number: 0116 496 0110\n');
    const completed = Object.fromEntries(Object.entries(made.files).map(([path, text]) => [path, text.replace('draft: true\n', '')]));
    expect(check({ ...made, files: completed }).report).toBe('0 errors, 0 warnings');
  });
});
