import { describe, expect, it } from 'vitest';
import { ProblemReport } from '../../../src/lib/check/problems.ts';
import { checkCore } from '../../../src/lib/region/core-check.ts';
import { copyAsDated, serializeCoreRecord, type CoreRecord } from '../../../src/lib/region/core-record.ts';
import { sha256Of } from '../../../src/lib/history/release-records.ts';

const CORE_TEXT = '---\nsection: "1.1"\ntitle: Making a Referral\namended: 2026-03-02\nchange: new\n---\n\nRefer to the front door.\n';
const record: CoreRecord = {
  format: 1,
  name: 'Marlow Vale Regional Procedures',
  accepted: [{ release: 1, date: '2026-06-15', record: 'a'.repeat(64), acceptedBy: 'Procedures sub-group', acceptedOn: '2026-07-13' }],
  chapters: { 'making-a-referral': { '2026-07-13': { core: '2026-03-02', sha256: sha256Of(CORE_TEXT), release: 1 } } },
};
const core = { from: '../core', name: 'Marlow Vale Regional Procedures' };
const copied = { file: 'content/procedures/making-a-referral/2026-07-13.mdx', text: copyAsDated(CORE_TEXT, '2026-07-13') };
const coreFile = (text: string) => ({ file: 'content/core.json', text });

function problems(source: Parameters<typeof checkCore>[0], settings: Parameters<typeof checkCore>[1]) {
  const report = new ProblemReport();
  const result = checkCore(source, settings, 'manual.config.ts', report);
  return { result, problems: report.problems.map((p) => `${p.severity} ${p.file} ${p.field}: ${p.message} (fix: ${p.fix})`) };
}

describe('the check of a manual that follows a core', () => {
  it('reads the record and passes the core’s files as copied', () => {
    const { result, problems: found } = problems(
      { contentDir: 'content', procedureFiles: [copied], coreFile: coreFile(serializeCoreRecord(record)) },
      { core },
    );
    expect(found).toEqual([]);
    expect(result?.accepted[0]?.acceptedOn).toBe('2026-07-13');
  });

  it('reports a record without a core in the settings, a damaged record, and a core named but never taken', () => {
    expect(problems({ contentDir: 'content', procedureFiles: [copied], coreFile: coreFile(serializeCoreRecord(record)) }, {}).problems).toMatchInlineSnapshot(`
      [
        "error manual.config.ts core: content/core.json says this manual follows Marlow Vale Regional Procedures, but the settings name no core (fix: add core: { from: '<the core's folder or repository>', name: 'Marlow Vale Regional Procedures' } to manual.config.ts)",
      ]
    `);
    expect(
      problems({ contentDir: 'content', procedureFiles: [], coreFile: coreFile('{"format": 1, "name": "X", "accepted": [], "chapters": {}}') }, { core })
        .problems,
    ).toMatchInlineSnapshot(`
        [
          "error content/core.json accepted: the core record is damaged: Too small: expected array to have >=1 items (fix: restore it from version control (git checkout -- content/core.json); npm run core-update writes it)",
        ]
      `);
    expect(problems({ contentDir: 'content', procedureFiles: [] }, { core }).problems).toMatchInlineSnapshot(`
      [
        "warning manual.config.ts core: the settings name the core Marlow Vale Regional Procedures, but this manual has taken none of its releases yet (fix: run npm run core-update, then, once the board has accepted the release, npm run core-update -- --release <n> --accept --by "..." --on <date>)",
      ]
    `);
  });

  it('reports a core file edited here', () => {
    const edited = { ...copied, text: copied.text.replace('front door', 'MASH') };
    expect(problems({ contentDir: 'content', procedureFiles: [edited], coreFile: coreFile(serializeCoreRecord(record)) }, { core }).problems)
      .toMatchInlineSnapshot(`
      [
        "error content/procedures/making-a-referral/2026-07-13.mdx file: this version comes from Marlow Vale Regional Procedures (its version of 2026-03-02, in release 1), and it was changed here: a core chapter says what the core says (fix: restore it (git checkout -- content/procedures/making-a-referral/2026-07-13.mdx); propose the change to Marlow Vale Regional Procedures, or put local text in a local chapter)",
      ]
    `);
  });
});
