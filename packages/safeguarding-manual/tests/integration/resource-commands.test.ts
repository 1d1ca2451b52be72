// A form added to the resources library, linked from a chapter and then replaced, followed
// through check and build as board staff would: a changed file is refused without a dated note.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'manual-resources-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
const env = { ...process.env, MANUAL_CONTENT_DIR: content, MANUAL_DIST: dist, MANUAL_TODAY: '2026-11-23' };
const run = (script: string) => spawnSync(process.execPath, [`scripts/${script}.ts`], { env, encoding: 'utf8' });
const record = join(content, 'resources/referral-form.yaml');
const file = join(content, 'resources/files/referral-form.pdf');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const lock = () => JSON.parse(readFileSync(join(content, 'versions.lock.json'), 'utf8'));

const FORM = `title: Referral form
description: The form to refer a child to children's social care.
kind: form
audience: [professionals]
owner: Children's social care
file: referral-form.pdf
changes:
  - date: 2026-11-23
    summary: First published.
    approvedBy: Procedures sub-group
    approvedOn: 2026-11-16
`;

beforeAll(() => {
  cpSync('tests/fixtures/small', content, { recursive: true });
  mkdirSync(join(content, 'resources/files'), { recursive: true });
  writeFileSync(record, FORM);
  writeFileSync(file, '%PDF-1.7\n% the first form\n%%EOF\n');
  const chapter = readFileSync(join(content, 'procedures/alpha-referrals/2023-05-02.mdx'), 'utf8');
  writeFileSync(
    join(content, 'procedures/alpha-referrals/2026-11-23.mdx'),
    chapter
      .replace('amended: 2023-05-02', 'amended: 2026-11-23')
      .replace(/summary: .*/, 'summary: Links the referral form.\napprovedBy: Policy and Procedures Group\napprovedOn: 2026-11-20')
      .replace(
        '## How to refer\n',
        '## How to refer\n\n<Resource id="referral-form" />\n\nConfirm in writing on the <Resource id="referral-form" inline /> within 48 hours.\n',
      ),
  );
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a form in the resources library', () => {
  it('is published at its own address, linked from the chapter, and locked by its SHA-256', () => {
    const build = run('build');
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expect(build.stdout).toContain("Recorded the resources' files in");
    const published = readFileSync(join(dist, 'resources/referral-form/referral-form.pdf'));
    expect(sha256(published)).toBe(sha256(readFileSync(file)));
    const chapter = readFileSync(join(dist, 'procedures/alpha-referrals/index.html'), 'utf8');
    expect(chapter).toContain(
      '<div class="resource-attachment" data-resource="referral-form"><p class="resource-title"><a href="/resources/referral-form/referral-form.pdf" type="application/pdf">Referral form</a></p><p class="resource-meta">PDF, 32 bytes',
    );
    expect(chapter).toContain(
      'Confirm in writing on the <span class="resource-inline" data-resource="referral-form"><a href="/resources/referral-form/referral-form.pdf" type="application/pdf">Referral form</a> <span class="resource-meta">(PDF, 32 bytes)</span></span> within 48 hours.',
    );
    expect(lock().resources).toEqual({ 'referral-form': { sha256: sha256(readFileSync(file)), notes: [expect.stringMatching(/^[0-9a-f]{64}$/)] } });
  });

  it('cannot be replaced without a dated note: the check and the build refuse, and the site stays as it was', () => {
    writeFileSync(file, '%PDF-1.7\n% the second form\n%%EOF\n');
    const check = run('check');
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(
      'resources/referral-form.yaml\n  error line 7, changes: the file changed since it was published (its SHA-256 no longer matches versions.lock.json), but no new dated entry under changes says what changed',
    );
    const build = run('build');
    expect(build.status).toBe(1);
    expect(readFileSync(join(dist, 'resources/referral-form/referral-form.pdf'), 'utf8')).toContain('the first form');
  });

  it('is published with a dated, signed-off note, which the log and the feed show', () => {
    writeFileSync(
      record,
      `${FORM}  - date: 2026-11-23\n    summary: A box for what the child said.\n    approvedBy: Procedures sub-group\n    approvedOn: 2026-11-20\n`,
    );
    const build = run('build');
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expect(readFileSync(join(dist, 'resources/referral-form/referral-form.pdf'), 'utf8')).toContain('the second form');
    expect(lock().resources['referral-form'].notes).toHaveLength(2);
    expect(readFileSync(join(dist, 'amendments/index.html'), 'utf8')).toMatch(
      /Resource changed<\/strong> <a href="\/resources\/referral-form\/">Referral form<\/a><\/p><p>A box for what the child said.<\/p>/,
    );
    expect(readFileSync(join(dist, 'amendments.xml'), 'utf8')).toContain('<title type="html"><![CDATA[Resource changed: Referral form]]></title>');
  });
});
