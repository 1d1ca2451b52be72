// npm run digest, as a board member would run it to send an update round to the mailing list:
// on a copy of the small fixture manual with update rounds, checked by the W3C Nu HTML Checker.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'manual-digest-'));
const content = join(work, 'content');
const out = join(work, 'out');
cpSync('tests/fixtures/small', content, { recursive: true });
writeFileSync(
  join(content, 'releases.yaml'),
  `rounds:
  - name: First edition
    date: 2020-01-06
    notes: The first procedures.
  - name: Spring 2023 update
    date: 2023-05-02
    notes: Written confirmation of referrals.
  - name: Winter 2024 update
    date: 2024-02-01
    notes: A new guide replaces the old guidance.
`,
);
afterAll(() => rmSync(work, { recursive: true, force: true }));
const env = { ...process.env, MANUAL_CONTENT_DIR: content, MANUAL_TODAY: '2024-03-01' };
const digest = (...args: string[]) => spawnSync(process.execPath, ['scripts/digest.ts', ...args], { env, encoding: 'utf8' });

it('writes the digest of an update round as HTML and plain text, and says what it wrote', () => {
  const run = digest('--release', 'Winter 2024 update', '--out', out);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout.replaceAll(work, '<work>')).toMatchInlineSnapshot(`
    "Wrote the digest "Winter 2024 update": 2 versions and 0 changes to contact details, dated from 3 May 2023 to 1 February 2024.
      <work>/out/winter-2024-update.html  the email, for your mailing list's editor (or to send as HTML)
      <work>/out/winter-2024-update.txt  the same as plain text

    Subject: Winter 2024 update: Multi-Agency Safeguarding Children Procedures
    "
  `);
  expect(readdirSync(out).sort()).toEqual(['winter-2024-update.html', 'winter-2024-update.txt']);
  const text = readFileSync(join(out, 'winter-2024-update.txt'), 'utf8');
  expect(text).toContain('WINTER 2024 UPDATE\n');
  expect(text).toContain('A new guide replaces the old guidance.');
  expect(text).toContain('2. Specific Circumstances\n-------------------------\n\nWithdrawn, 1 February 2024: 2.1 Old Guidance\n');
  expect(text).toContain(
    'New, 1 February 2024: 2.2 New Guide\n  New chapter replacing 2.1.\n  Read it: https://procedures.brackenshire-scp.example/procedures/delta-guide/\n',
  );
  expect(text).not.toContain('Making a Referral');
});

it('writes HTML that passes the Nu HTML Checker', () => {
  const check = spawnSync(process.execPath, ['scripts/check-html.ts', out], { encoding: 'utf8' });
  expect(check.stderr).toBe('');
  expect(check.stdout.replaceAll(work, '<work>')).toBe('The Nu HTML Checker found no errors in the 1 pages in <work>/out.\n');
});

it('explains a round that does not exist, without a stack trace, and writes nothing', () => {
  const run = digest('--release', 'Summer 2024', '--out', join(work, 'none'));
  expect(run.status).toBe(1);
  expect(run.stderr.replaceAll(content, '<manual>')).toBe(
    'There is no update round "Summer 2024" in <manual>/releases.yaml: the rounds are "First edition", "Spring 2023 update", "Winter 2024 update".\n',
  );
  expect(readdirSync(work)).not.toContain('none');
});

it('explains itself with --help, and names the options when one is misspelt', () => {
  const help = digest('--help');
  expect(help.status).toBe(0);
  expect(help.stdout).toMatch(/^Usage: npm run digest -- --since YYYY-MM-DD \[--until YYYY-MM-DD\] \[--release NAME\] \[--out DIR\]\n/);
  const typo = digest('--sinse', '2024-01-01');
  expect(typo.status).toBe(1);
  expect(typo.stderr.split('\n')[0]).toBe('There is no option --sinse: the options are --since, --until, --release, --out and --help.');
});
