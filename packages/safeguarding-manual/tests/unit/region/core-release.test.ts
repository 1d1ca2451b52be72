// Taking the example region's core (examples/region/core) into a following manual, in memory.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acceptRelease, changesOf, coreRelease, describeChanges, readCoreReleases } from '../../../src/lib/region/core-release.ts';
import { coreTextOf } from '../../../src/lib/region/core-record.ts';
import { sha256Of } from '../../../src/lib/history/release-records.ts';

const CORE = resolve(import.meta.dirname, '../../../../../examples/region/core');
const NAME = 'Marlow Vale Regional Procedures';
const core = readCoreReleases(CORE);

describe("a core's releases", () => {
  it('are its release records, oldest first', () => {
    expect(core.records.map((r) => [r.record.release, r.record.date])).toEqual([
      [1, '2026-06-15'],
      [2, '2026-12-05'],
      [3, '2026-12-05'],
    ]);
    expect(coreRelease(core).record.release).toBe(3);
    expect(() => coreRelease(core, 7)).toThrowErrorMatchingInlineSnapshot(
      `[UserError: The core has no release 7: its releases are 1 to 3. Give --release one of them, or leave it out for the newest.]`,
    );
  });
});

describe('taking a release', () => {
  const first = coreRelease(core, 1);
  const taken = acceptRelease(changesOf(core, first, undefined), first, undefined, NAME, 'Procedures sub-group', '2026-07-13');

  it('copies the version in force at the core on the day of acceptance, dated that day, and leaves out the ones replaced before it', () => {
    expect(taken.files.map((f) => f.path)).toEqual([
      'procedures/bruising-in-non-mobile-babies/2026-07-13.mdx',
      'procedures/child-protection-conferences/2026-07-13.mdx',
      'procedures/making-a-referral/2026-07-13.mdx',
      'procedures/section-47-enquiries/2026-07-13.mdx',
      'procedures/strategy-discussions/2026-07-13.mdx',
    ]);
    expect(taken.superseded.map((v) => `${v.id} ${v.date}`)).toEqual(['strategy-discussions 2026-03-02']);
    const strategy = taken.files.find((f) => f.path.startsWith('procedures/strategy-discussions/'))!;
    expect(strategy.text).toMatch(/^amended: 2026-07-13\nchange: new$/m);
    const copied = taken.record.chapters['strategy-discussions']!['2026-07-13']!;
    expect(copied).toMatchObject({ core: '2026-06-01', release: 1, change: 'updated' });
    expect(sha256Of(coreTextOf(strategy.text, copied))).toBe(copied.sha256);
    expect(taken.record.accepted).toEqual([
      { release: 1, date: '2026-06-15', record: first.sha256, acceptedBy: 'Procedures sub-group', acceptedOn: '2026-07-13' },
    ]);
  });

  it('then lists what the next release changes, and takes only that', () => {
    const second = coreRelease(core, 2);
    const changes = changesOf(core, second, taken.record);
    expect(describeChanges(NAME, second, 1, changes)).toMatchInlineSnapshot(`
      "# Marlow Vale Regional Procedures: release 2, published 2026-12-05

      This manual follows release 1. Release 2 changes these chapters:

      - **New**: Child Criminal Exploitation and County Lines (child-criminal-exploitation)
        - 2026-12-05: first version
      - **Updated**: Section 47 Enquiries (section-47-enquiries)
        - 2026-12-05: Parents now get a letter on the outcome of every section 47 enquiry, within five working days.

      Once the board has accepted it, record that and take it in:

          npm run core-update -- --release 2 --accept --by "<who accepted it>" --on <YYYY-MM-DD>
      "
    `);
    // Accepted ahead of the core's date: the versions keep it, and are copied exactly.
    const next = acceptRelease(changes, second, taken.record, NAME, 'Procedures sub-group', '2026-12-01');
    expect(next.files.map((f) => f.path)).toEqual(['procedures/child-criminal-exploitation/2026-12-05.mdx', 'procedures/section-47-enquiries/2026-12-05.mdx']);
    for (const file of next.files) expect(sha256Of(file.text)).toBe(second.record.versions[file.path.replace(/\/[^/]+$/, '')]![file.path.slice(-14, -4)]);
    expect(Object.keys(next.record.chapters['section-47-enquiries']!)).toEqual(['2026-07-13', '2026-12-05']);
  });
});

describe('a release that declares an extension point', () => {
  it("names the point and where the partnership's own text for it goes", () => {
    const second = coreRelease(core, 2);
    const record = acceptRelease(changesOf(core, second, undefined), second, undefined, NAME, 'Procedures sub-group', '2026-12-05').record;
    const third = coreRelease(core, 3);
    expect(describeChanges(NAME, third, 2, changesOf(core, third, record))).toContain(
      '- **Updated**: Making a Referral to Children’s Social Care (making-a-referral)\n' +
        '  - 2026-12-05: Adds a place after how to refer where each partnership gives its own referral arrangements.\n' +
        '  - Extension point `referral-arrangements`: the local text goes in `content/local/making-a-referral/referral-arrangements/<YYYY-MM-DD>.mdx`\n',
    );
  });
});

describe('a core that cannot be trusted', () => {
  const copy = mkdtempSync(join(tmpdir(), 'core-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('is refused when a file a release published has changed since', () => {
    cpSync(CORE, copy, { recursive: true, filter: (path) => !path.includes('node_modules') });
    writeFileSync(join(copy, 'content/procedures/making-a-referral/2026-03-02.mdx'), 'changed\n');
    const changed = readCoreReleases(copy);
    expect(() => changesOf(changed, coreRelease(changed, 1), undefined)).toThrowErrorMatchingInlineSnapshot(
      `[UserError: The core's procedures/making-a-referral/2026-03-02.mdx is not the file its release 1 published (its SHA-256 differs): ask its keepers to publish the correction in a release, then take that release.]`,
    );
  });

  it('is refused when its release records were changed after they were published', () => {
    writeFileSync(
      join(copy, 'content/release-records/1.json'),
      JSON.stringify({ format: 1, release: 1, date: '2026-06-15', previous: null, versions: {}, notes: {} }),
    );
    expect(() => readCoreReleases(copy)).toThrowError(
      /The core's release records cannot be trusted:\n {2}content\/release-records\/1.json: the record of release 1 was changed/,
    );
  });
});
