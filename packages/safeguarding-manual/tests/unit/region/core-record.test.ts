import { describe, expect, it } from 'vitest';
import {
  checkCoreCopy,
  copyAsDated,
  coreOrigin,
  coreRecordSchema,
  coreTextOf,
  releaseBehind,
  serializeCoreRecord,
  type CoreRecord,
} from '../../../src/lib/region/core-record.ts';
import { sha256Of } from '../../../src/lib/history/release-records.ts';

const CORE_TEXT = `---
section: "1.2"
title: Strategy Discussions
amended: 2026-06-01
change: updated
summary: >-
  Education now takes part.
---

A strategy discussion takes place...
`;

const record = (): CoreRecord => ({
  format: 1,
  name: 'Marlow Vale Regional Procedures',
  accepted: [{ release: 1, date: '2026-06-15', record: 'a'.repeat(64), acceptedBy: 'Procedures sub-group', acceptedOn: '2026-07-13' }],
  chapters: { 'strategy-discussions': { '2026-07-13': { core: '2026-06-01', sha256: sha256Of(CORE_TEXT), release: 1, change: 'updated' } } },
});

describe('a copy of a core version', () => {
  it('differs from the core’s file only in its date and, as a first version here, its change', () => {
    const copy = copyAsDated(CORE_TEXT, '2026-07-13', 'new');
    expect(copy).toBe(CORE_TEXT.replace('amended: 2026-06-01', 'amended: 2026-07-13').replace('change: updated', 'change: new'));
  });

  it('is unchanged when it takes effect here on the core’s own date', () => {
    expect(copyAsDated(CORE_TEXT, '2026-06-01')).toBe(CORE_TEXT);
  });

  it('gives back the core’s exact file, whose SHA-256 the record holds', () => {
    const copied = record().chapters['strategy-discussions']!['2026-07-13']!;
    expect(sha256Of(coreTextOf(copyAsDated(CORE_TEXT, '2026-07-13', 'new'), copied))).toBe(copied.sha256);
  });
});

describe('the check of the copy against the core record', () => {
  const copy = copyAsDated(CORE_TEXT, '2026-07-13', 'new');
  const files = (entries: [string, string][]) => new Map(entries.map(([key, text]) => [key, { file: `content/${key}`, text }]));

  it('finds nothing wrong with the core’s files as copied', () => {
    expect(checkCoreCopy(record(), files([['procedures/strategy-discussions/2026-07-13.mdx', copy]]), 'content/core.json')).toEqual([]);
  });

  it('refuses a core file changed here, a core file missing, and a local version in a core chapter', () => {
    const edited = copy.replace('takes place', 'is held');
    expect(checkCoreCopy(record(), files([['procedures/strategy-discussions/2026-07-13.mdx', edited]]), 'content/core.json')).toMatchInlineSnapshot(`
      [
        {
          "field": "file",
          "file": "content/procedures/strategy-discussions/2026-07-13.mdx",
          "fix": "restore it (git checkout -- content/procedures/strategy-discussions/2026-07-13.mdx); propose the change to Marlow Vale Regional Procedures, or put local text in a local chapter",
          "message": "this version comes from Marlow Vale Regional Procedures (its version of 2026-06-01, in release 1), and it was changed here: a core chapter says what the core says",
        },
      ]
    `);
    const local = files([['procedures/strategy-discussions/2026-09-01.mdx', copy]]);
    expect(checkCoreCopy(record(), local, 'content/core.json').map((p) => `${p.file} ${p.field}: ${p.message}`)).toMatchInlineSnapshot(`
      [
        "content/core.json chapters.strategy-discussions.2026-07-13: the version of 2026-07-13 of strategy-discussions, from release 1 of Marlow Vale Regional Procedures, is missing from procedures/strategy-discussions/",
        "content/procedures/strategy-discussions/2026-09-01.mdx file: strategy-discussions is a chapter of Marlow Vale Regional Procedures, which did not give it this version: a core chapter says what the core says",
      ]
    `);
  });
});

describe('the core record', () => {
  it('reads back what it writes', () => {
    const written = { ...record(), available: { release: 2, date: '2026-12-05', record: 'b'.repeat(64) } };
    expect(coreRecordSchema.parse(JSON.parse(serializeCoreRecord(written)))).toEqual(written);
  });

  it('says when the manual is behind its core, and where a version came from', () => {
    expect(releaseBehind(record())).toBeUndefined();
    expect(releaseBehind({ ...record(), available: { release: 2, date: '2026-12-05', record: 'b'.repeat(64) } })).toEqual({
      release: 2,
      date: '2026-12-05',
      record: 'b'.repeat(64),
    });
    expect(coreOrigin(record(), 'strategy-discussions', '2026-07-13')).toEqual({
      coreDate: '2026-06-01',
      release: 1,
      acceptedOn: '2026-07-13',
      acceptedBy: 'Procedures sub-group',
    });
    expect(coreOrigin(record(), 'local-chapter', '2026-07-13')).toBeUndefined();
  });
});
