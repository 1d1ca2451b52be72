import { describe, expect, it } from 'vitest';
import { readPublishedRecord, verifyAgainst } from '../../../src/lib/history/verify.ts';

const h = (c: string) => c.repeat(64);
const record = readPublishedRecord(
  JSON.stringify({
    generated: '2024-03-01',
    versions: [
      { chapter_id: 'a', url: 'https://x.example/procedures/a/2020-01-06/', kind: 'New', sha256: h('1'), collection: 'procedures' },
      { chapter_id: 'a', url: 'https://x.example/procedures/a/2020-01-06/', kind: 'Corrected', sha256: h('1'), collection: 'procedures' },
      { chapter_id: 'b', url: 'https://x.example/procedures/b/2021-02-01/', kind: 'New', sha256: h('2'), collection: 'procedures' },
      { chapter_id: 'c', url: 'https://x.example/information/c/2022-03-01/', kind: 'New', sha256: h('3'), collection: 'pages' },
      { chapter_id: 'd', url: 'https://x.example/procedures/d/2022-03-01/', kind: 'New', sha256: h('4'), collection: 'procedures' },
    ],
  }),
);

describe('checking files against what was published', () => {
  it('reads each version by its own date, from its address', () => {
    expect([...record.files.keys()]).toEqual([
      'procedures/a/2020-01-06.mdx',
      'procedures/b/2021-02-01.mdx',
      'pages/c/2022-03-01.mdx',
      'procedures/d/2022-03-01.mdx',
    ]);
  });

  it('finds a changed file even when the lock was edited to match, explains a recorded correction, and notices a file that is gone', () => {
    const current = new Map([
      ['procedures/a/2020-01-06.mdx', h('1')],
      ['procedures/b/2021-02-01.mdx', h('9')],
      ['pages/c/2022-03-01.mdx', h('8')],
    ]);
    const lock = {
      format: 2 as const,
      files: {
        // Tampered: the lock says what the file says now.
        'procedures/b/2021-02-01.mdx': { sha256: h('9') },
        'pages/c/2022-03-01.mdx': { sha256: h('8'), corrections: [{ date: '2024-04-02', reason: 'Fixed a typing error.', previous: h('3') }] },
      },
    };
    expect(verifyAgainst(record, current, lock)).toEqual([
      { file: 'pages/c/2022-03-01.mdx', kind: 'corrected', message: 'was corrected on 2024-04-02: Fixed a typing error.' },
      {
        file: 'procedures/b/2021-02-01.mdx',
        kind: 'changed',
        message: 'differs from the version published (SHA-256 then 222222222222..., now 999999999999...), and no correction in the lock explains it',
      },
      { file: 'procedures/d/2022-03-01.mdx', kind: 'missing', message: 'was published, and its file is gone' },
    ]);
  });

  it('refuses something that is not an amendments export, in words', () => {
    expect(() => readPublishedRecord('<html>')).toThrow('it is not JSON');
    expect(() => readPublishedRecord('{"versions": 3}')).toThrow('it is not an amendments.json export of this project');
  });
});
