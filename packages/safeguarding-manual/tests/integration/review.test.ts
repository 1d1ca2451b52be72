// npm run review on the example manual, built for the date the browser tests use.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) =>
  spawnSync(process.execPath, ['scripts/review.ts', ...args], { env: { ...process.env, MANUAL_TODAY: '2026-11-22' }, encoding: 'utf8' });

describe('npm run review', () => {
  it('lists what is overdue or due for review, as text or CSV', () => {
    const text = run([]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('Review status on 22 November 2026: 5 overdue, 0 due within 90 days.');
    expect(text.stdout).toContain('OVERDUE since 31 March 2026    1.1.1 Thresholds for Access to Services');
    const csv = run(['--within', '400', '--csv']).stdout.trim().split('\n');
    expect(csv[0]).toBe('"status","review_due","owner","number","title","last_amended","id","collection"');
    expect(csv.length).toBeGreaterThan(6);
    expect(csv.slice(1).every((row) => /^"(overdue|due)","\d{4}-\d{2}-\d{2}"/.test(row))).toBe(true);
  });

  it('refuses a window that is not a number of days', () => {
    const refused = run(['--within', 'ninety']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatchInlineSnapshot(`
      "--within ninety is not a number of days: write a whole number, such as --within 90.
      "
    `);
  });
});
