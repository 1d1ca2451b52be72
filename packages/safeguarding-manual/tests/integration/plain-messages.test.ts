// User mistakes get a plain message naming the file and what to do, never a stack trace: a
// damaged version lock in npm run verify and npm run evidence -- --verify, a reason that is not plain text in npm run correct,
// and a draft of npm run amend that the check refuses.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'manual-plain-'));
const content = join(work, 'content');
const env = { ...process.env, MANUAL_CONTENT_DIR: content, MANUAL_TODAY: '2024-03-01' };
const run = (script: string, args: string[] = []) => spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { env, encoding: 'utf8' });
cpSync('tests/fixtures/small', content, { recursive: true });
const lockPath = join(content, 'versions.lock.json');
const lockText = readFileSync(lockPath, 'utf8');
const record = join(work, 'amendments.json');
writeFileSync(record, JSON.stringify({ generated: '2024-03-01', versions: [] }));
// An evidence bundle's manifest with no documents: enough for npm run evidence -- --verify to reach the lock.
const manifest = join(work, 'evidence-2024-03-01.manifest.json');
writeFileSync(
  manifest,
  JSON.stringify({
    format: 1,
    kind: 'evidence-bundle',
    partnership: 'Brackenshire Safeguarding Children Partnership',
    manualTitle: 'Test Procedures',
    asAt: '2024-03-01',
    edition: '2024-03-01',
    generated: '2024-03-01T12:00:00Z',
    contentDir: content,
    lock: { file: lockPath, sha256: null },
    bundle: { file: 'evidence-2024-03-01.html', sha256: 'a'.repeat(64) },
    documents: [],
  }),
);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a damaged version lock', () => {
  for (const [what, text, expected] of [
    ['cut short', lockText.slice(0, lockText.length / 2), /is damaged: it is not valid JSON \(line \d+\)/],
    ['with a stray comma', lockText.replace('{', '{,'), /is damaged: it is not valid JSON \(line 1\)/],
    ['with a merge conflict left in it', `<<<<<<< HEAD\n${lockText}=======\n>>>>>>> theirs\n`, /is damaged: it is not valid JSON\b/],
    ['of the wrong shape', JSON.stringify({ format: 1, files: [] }), /is damaged: at files, /],
  ] as const) {
    it(`${what}: npm run verify and npm run evidence -- --verify name it and what to do, without a stack trace`, () => {
      writeFileSync(lockPath, text);
      const result = run('verify', [record]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^The version lock .*versions\\.lock\\.json ${expected.source}`));
      expect(result.stderr).toContain('Restore it from version control (git checkout -- ');
      expect(result.stderr).not.toMatch(/\n\s+at |SyntaxError/);
      const evidence = run('evidence', ['--verify', manifest]);
      expect(evidence.status).toBe(1);
      expect(evidence.stderr).toMatch(new RegExp(`^The version lock .*versions\\.lock\\.json ${expected.source}`));
      expect(evidence.stderr).not.toMatch(/\n\s+at |SyntaxError/);
    });
  }
});

describe('npm run correct --reason', () => {
  it('refuses a reason that is not plain text on one line, and writes nothing', () => {
    writeFileSync(lockPath, lockText);
    const file = join(content, 'procedures/beta-strategy/2020-01-06.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Children', 'Young people'));
    for (const [reason, expected] of [
      ['Fixed a \u001b[31mtypo', '--reason holds an invisible control character (U+001B) after "Fixed a "'],
      ['Fixed a typo\r\nBcc: everyone@example.org', '--reason must be on one line, but has a line break after "Fixed a typo"'],
      ['Fixed a typo\u2028and a link', '--reason must be on one line, but has a line break after "Fixed a typo"'],
      ['Fixed a \uffff typo', '--reason holds an invisible control character (U+FFFF) after "Fixed a "'],
    ]) {
      const result = run('correct', [file, '--reason', reason!]);
      expect(result.status, reason).toBe(1);
      expect(result.stderr).toContain(expected);
      expect(result.stderr).toContain('Nothing was written.');
      expect(readFileSync(lockPath, 'utf8')).toBe(lockText);
    }
    const fine = run('correct', [file, '--reason', 'Fixed a typing error in the first paragraph.']);
    expect(fine.status, fine.stderr).toBe(0);
    expect(run('check').status).toBe(0);
  });
});

describe('npm run amend, checked by the one check of a change', () => {
  it('refuses a draft the check refuses, naming the option in its own words and the fix, and writes nothing', () => {
    const amend = run('amend', ['alpha-referrals', '--summary', 'Shorter\u0007 now.', '--date', '2024-03-04']);
    expect(amend.status).toBe(1);
    expect(amend.stderr).toContain('Nothing was written:\n  - --summary (summary): holds an invisible control character (U+0007)');
    expect(amend.stderr).toContain('fix: retype that part of the text');
    expect(existsSync(join(content, 'procedures/alpha-referrals/2024-03-04.mdx'))).toBe(false);
    const fine = run('amend', ['alpha-referrals', '--summary', 'Shorter now.', '--date', '2024-03-04']);
    expect(fine.status, fine.stderr).toBe(0);
    expect(existsSync(join(content, 'procedures/alpha-referrals/2024-03-04.mdx'))).toBe(true);
  });
});
