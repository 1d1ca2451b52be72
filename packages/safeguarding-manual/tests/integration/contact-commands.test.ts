// One number changed in the contacts data, followed through check and build as board staff would.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'manual-contacts-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
const env = { ...process.env, MANUAL_CONTENT_DIR: content, MANUAL_DIST: dist, MANUAL_TODAY: '2026-11-23' };
const run = (script: string) => spawnSync(process.execPath, [`scripts/${script}.ts`], { env, encoding: 'utf8' });
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const contactFile = join(content, 'contacts/tamsford-front-door.yaml');

beforeAll(() => {
  cpSync('tests/fixtures/small', content, { recursive: true });
  expect(run('build').status).toBe(0);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('changing a contact number', () => {
  it('is refused without a dated change note, naming the contact file', () => {
    writeFileSync(contactFile, readFileSync(contactFile, 'utf8').replace('"0116 496 0100"', '"0116 496 0177"'));
    const check = run('check');
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(
      'contacts/tamsford-front-door.yaml\n  error file, changes: the contact details changed, but no dated entry under changes says what changed',
    );
  });

  it('changes the number on the contacts page, the panel and every chapter, and the log records it', () => {
    writeFileSync(contactFile, `${readFileSync(contactFile, 'utf8')}changes:\n  - date: 2026-11-23\n    summary: The front door moved to a new number.\n`);
    const build = run('build');
    expect(build.status, build.stdout + build.stderr).toBe(0);
    for (const path of ['contacts', '', 'procedures/alpha-referrals']) {
      const html = page(path);
      expect(html, path).toContain('href="tel:+441164960177"');
      expect(html, path).toContain('0116 496 0177');
      expect(html, path).not.toContain('0116 496 0100');
    }
    expect(page('amendments')).toContain('The front door moved to a new number.');
    expect(page('amendments')).toContain('href="/contacts/#tamsford-front-door"');
  });

  it('fails the build on an invalid number, naming the contact and the field', () => {
    writeFileSync(contactFile, readFileSync(contactFile, 'utf8').replace('"0116 496 0177"', '"01632 960123"'));
    const build = run('build');
    expect(build.status).toBe(1);
    expect(build.stdout).toMatch(/contacts\/tamsford-front-door\.yaml\n {2}error line \d+, number of the first phone: is not a valid UK phone number/);
    expect(page('contacts')).toContain('0116 496 0177');
  });
});
