import { describe, expect, it } from 'vitest';
import { areaIdsIn, areaName } from '../../../src/lib/content/areas.ts';
import { formatProblems } from '../../../src/lib/check/problems.ts';
import { defineManual } from '../../../src/lib/manual/settings.ts';
import { checkManual } from '../../../src/lib/check/validate.ts';
import { first, options, settings, source, versionText } from '../helpers.ts';

const areas = [
  { id: 'northtown', name: 'Northtown', council: 'Northtown Council' },
  { id: 'south-vale', name: 'South Vale', council: 'South Vale Council' },
];
const withAreas = { ...options, settings: defineManual({ ...settings, areas }) };
const chapter = (body: string) => ({
  'referrals/2020-01-06.mdx': versionText({ section: '1.1.1', title: 'Referrals', amended: '2020-01-06', change: 'new' }, body),
});
const problems = (body: string) => formatProblems(checkManual(source(chapter(body)), withAreas).problems);

const AREAS = `Every area takes referrals by phone.

<Area name="northtown">

Northtown's front door also takes referrals by email.

</Area>

<Area name="south-vale">

South Vale's front door answers within an hour.

- Call first.
- Then send the form.

</Area>

## Next steps

The front door decides within a day.
`;

describe('area blocks in a chapter', () => {
  it('are accepted for the areas in the settings, and listed once each on the version', () => {
    const { problems: found, manual } = checkManual(source(chapter(`${AREAS}\n<Area name="northtown">\n\nAgain.\n\n</Area>\n`)), withAreas);
    expect(found).toEqual([]);
    expect(manual.chapters[0]!.current!.areaIds).toEqual(['northtown', 'south-vale']);
    expect(checkManual(source({ 'a/2020-01-06.mdx': first('1.1.1', 'A') }), withAreas).manual.chapters[0]!.current!.areaIds).toBeUndefined();
  });

  it('name an area that exists, naming the file and the line', () => {
    expect(problems(AREAS.replace('name="south-vale"', 'name="southvale"'))).toMatchInlineSnapshot(`
      "m/procedures/referrals/2020-01-06.mdx
        error line 15, body: <Area name="southvale"> names an area that is not in manual.config.ts
          fix: this version is published, so make the change in a new version: npm run amend -- referrals --summary "...", then in the new file: use the id of one of the areas: northtown, south-vale

      1 error, 0 warnings"
    `);
  });

  it('stand on lines of their own, hold something, hold no other area and no section heading', () => {
    const body = `In Northtown <Area name="northtown">call</Area> first.

<Area name="south-vale"></Area>

<Area name="northtown">

## Northtown

<Area name="south-vale">

Nested.

</Area>

</Area>

<Area name={x}>

Text.

</Area>

<Area>

Text.

</Area>
`;
    expect(problems(body)).toMatchInlineSnapshot(`
      "m/procedures/referrals/2020-01-06.mdx
        error line 7, body: <Area> is inside a sentence: it holds whole paragraphs, lists or tables for one area
          fix: this version is published, so make the change in a new version: npm run amend -- referrals --summary "...", then in the new file: write <Area name="northtown">, then a blank line, the text for that area, a blank line and </Area>
        error line 9, body: <Area> holds nothing
          fix: this version is published, so make the change in a new version: npm run amend -- referrals --summary "...", then in the new file: write the area's arrangements inside it: <Area name="northtown">, then a blank line, the text for that area, a blank line and </Area>
        error line 13, body: the section heading "Northtown" is inside <Area>: every reader needs the chapter's sections, whatever their area
          fix: this version is published, so make the change in a new version: npm run amend -- referrals --summary "...", then in the new file: put the heading before <Area>, or make it a ### heading for that area alone
        error line 15, body: <Area> is inside another <Area>
          fix: this version is published, so make the change in a new version: npm run amend -- referrals --summary "...", then in the new file: close the first area's block with </Area> before the next <Area> starts
        error line 23, body: <Area> attributes must be plain text in quotes
          fix: this version is published, so make the change in a new version: npm run amend -- referrals --summary "...", then in the new file: write <Area name="northtown">
        error line 23, body: <Area> needs name="..."
          fix: this version is published, so make the change in a new version: npm run amend -- referrals --summary "...", then in the new file: write <Area name="northtown">, naming one of the areas: northtown, south-vale
        error line 29, body: <Area> needs name="..."
          fix: this version is published, so make the change in a new version: npm run amend -- referrals --summary "...", then in the new file: write <Area name="northtown">, naming one of the areas: northtown, south-vale

      7 errors, 0 warnings"
    `);
  });

  it('are found in a body, and named for readers', () => {
    expect(areaIdsIn(AREAS)).toEqual(['northtown', 'south-vale']);
    expect(areaName(areas, 'south-vale')).toBe('South Vale');
    expect(areaName(areas, 'elsewhere')).toBe('elsewhere');
  });
});
