// A partnership that follows a regional core takes the core's new release (docs/regional-manuals.md):
// a copy of the example region's Southfen, a release behind, with its core beside it, as a host
// or a partnership's own repositories would hold them.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { coreRecordSchema } from '../../src/lib/region/core-record.ts';
import { todayInLondon } from '../../src/lib/util/dates.ts';
import { lockSchema } from '../../src/lib/history/lock.ts';

const REGION = resolve(import.meta.dirname, '../../../../examples/region');
const host = mkdtempSync(join(tmpdir(), 'manual-region-'));
afterAll(() => rmSync(host, { recursive: true, force: true }));
const skipBuilt = (path: string) => !/\/(node_modules|dist)(\/|$)/.test(path);
cpSync(join(REGION, 'core'), join(host, 'core'), { recursive: true, filter: skipBuilt });
cpSync(join(REGION, 'southfen'), join(host, 'southfen'), { recursive: true, filter: skipBuilt });
symlinkSync(resolve('../../node_modules'), join(host, 'node_modules'));
const bin = join(host, 'node_modules/safeguarding-manual/bin/safeguarding-manual.mjs');
const manual = join(host, 'southfen');

/** Runs a command of the generator in the Southfen copy, as its npm scripts do, on today's date. */
function run(...args: string[]): { status: number | null; output: string } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MANUAL_')));
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: manual, env, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

const today = todayInLondon();
const read = (path: string) => readFileSync(join(manual, path), 'utf8');

describe('taking a core release into a following manual', () => {
  it('proposes the release, listing what it changes', () => {
    const { status, output } = run('core-update');
    expect(status, output).toBe(0);
    expect(read('core-update.md')).toContain('- **Updated**: Section 47 Enquiries (section-47-enquiries)');
    expect(read('core-update.md')).toContain('- **New**: Child Criminal Exploitation and County Lines (child-criminal-exploitation)');
    // Release 3 declares a place for each partnership's own referral arrangements in Making a Referral.
    expect(read('core-update.md')).toContain('- **Updated**: Making a Referral to Children’s Social Care (making-a-referral)');
    expect(coreRecordSchema.parse(JSON.parse(read('content/core.json'))).available?.release).toBe(3);
  });

  it('refuses an acceptance with no one named, dated in the past', () => {
    const { status, output } = run('core-update', '--release', '2', '--accept', '--on', '2026-01-05');
    expect(status).toBe(1);
    expect(output).toContain('--by is missing: give the group or person that accepted the release');
    expect(output).toContain(`--on is 2026-01-05, before today (${today}): the core's versions would take effect here on days already past.`);
    expect(output).toContain('Nothing was changed.');
  });

  it('refuses a release whose new chapter takes a number a local chapter has, naming the file, the field and the fix', () => {
    const local = join(manual, `content/procedures/harvest-camps/${today}.mdx`);
    mkdirSync(dirname(local), { recursive: true });
    writeFileSync(
      local,
      read(`content/procedures/seasonal-workers-families/2026-07-06.mdx`)
        .replace('section: "9.1"', 'section: "2.2"')
        .replace('amended: 2026-07-06', `amended: ${today}`),
    );
    const { status, output } = run('core-update', '--release', '2', '--accept', '--by', 'Southfen Policy and Procedures Group', '--on', today);
    rmSync(dirname(local), { recursive: true });
    expect(status).toBe(1);
    expect(output).toContain(`content/procedures/harvest-camps/${today}.mdx`);
    expect(output).toMatch(/section.*2\.2/);
    expect(output).toContain('Taking release 2 would give the manual these errors');
    expect(output).toContain('Nothing was changed.');
    expect(existsSync(join(manual, `content/procedures/section-47-enquiries/${today}.mdx`))).toBe(false);
  });

  it('takes it in once accepted, and the build publishes, logs and locks its versions', () => {
    const accepted = run('core-update', '--release', '2', '--accept', '--by', 'Southfen Policy and Procedures Group', '--on', today);
    expect(accepted.status, accepted.output).toBe(0);
    expect(existsSync(join(manual, 'core-update.md'))).toBe(false);
    const record = coreRecordSchema.parse(JSON.parse(read('content/core.json')));
    expect(record.accepted.at(-1)).toMatchObject({ release: 2, acceptedBy: 'Southfen Policy and Procedures Group', acceptedOn: today });
    expect(record.available).toBeUndefined();

    const built = run('build');
    expect(built.status, built.output).toBe(0);
    // The lock and the release record: the core's new versions, dated no earlier than the acceptance.
    const taken = [`procedures/section-47-enquiries/${today}.mdx`, `procedures/child-criminal-exploitation/${today}.mdx`];
    const lock = lockSchema.parse(JSON.parse(read('content/versions.lock.json')));
    for (const key of taken) expect(lock.files[key], key).toBeDefined();
    expect(lock.files['procedures/section-47-enquiries/2026-07-06.mdx']).toBeDefined();
    const released = JSON.parse(read('content/release-records/2.json')) as { versions: Record<string, Record<string, string>> };
    expect(Object.keys(released.versions['procedures/section-47-enquiries']!)).toEqual(['2026-07-06', today]);

    // The amendments log says each is the core's, with the core's date and the local acceptance.
    const log = JSON.parse(read('dist/amendments.json')) as { versions: Record<string, string>[] };
    const s47 = log.versions.find((v) => v.chapter_id === 'section-47-enquiries' && v.date === today);
    expect(s47).toMatchObject({ kind: 'Updated', source: 'core', core_date: '2026-12-05', accepted_on: today, core_release: 2 });
    const local = log.versions.find((v) => v.chapter_id === 'seasonal-workers-families');
    expect(local).toMatchObject({ source: 'local' });

    // The editions: the day of acceptance shows the new version, the one before the old.
    const edition = read(`dist/as-at/${today}/index.html`);
    expect(edition).toContain(`/procedures/section-47-enquiries/${today}/`);
    expect(edition).toContain('(from the regional core)');
    expect(read('dist/amendments/index.html')).toContain('From the regional core:');
    const before = read('dist/as-at/2026-07-06/index.html');
    expect(before).toContain('/procedures/section-47-enquiries/2026-07-06/');
    expect(before).not.toContain('Child Criminal Exploitation');
    expect(read(`dist/procedures/section-47-enquiries/${today}/index.html`)).toContain('Telling the family the outcome');

    // The feed and the evidence bundle say the same.
    expect(read('dist/amendments.xml')).toContain(
      `From the regional core: its version of 5 December 2026 (release 2), accepted here by Southfen Policy and Procedures Group on`,
    );
    const evidence = run('evidence', '--as-at', today, '--out', join(host, 'evidence.html'), '--no-pdf');
    expect(evidence.status, evidence.output).toBe(0);
    const manifest = JSON.parse(readFileSync(join(host, 'evidence.manifest.json'), 'utf8')) as { documents: Record<string, unknown>[] };
    expect(manifest.documents.find((d) => d['id'] === 'section-47-enquiries')).toMatchObject({
      version: today,
      source: 'core',
      core_date: '2026-12-05',
      core_release: 2,
    });
    expect(manifest.documents.find((d) => d['id'] === 'seasonal-workers-families')).toMatchObject({ source: 'local' });

    // And the check, with verify, holds the copy to the core's files.
    const verified = run('verify', join(manual, 'dist'));
    expect(verified.status, verified.output).toBe(0);
  }, 180_000);

  it('reads a core from its git repository, as a partnership’s own repository names it', () => {
    const repository = join(host, 'core-repository');
    cpSync(join(host, 'core'), repository, { recursive: true, filter: skipBuilt });
    const git = (...args: string[]) => spawnSync('git', args, { cwd: repository, encoding: 'utf8' });
    git('init', '--quiet');
    git('add', '.');
    git('-c', 'user.name=Core', '-c', 'user.email=core@example.org', 'commit', '--quiet', '-m', 'The core');
    const settings = join(manual, 'manual.config.ts');
    writeFileSync(settings, readFileSync(settings, 'utf8').replace("from: '../core'", `from: 'file://${repository}'`));
    const { status, output } = run('core-update');
    expect(status, output).toBe(0);
    // The manual follows release 2 now: the repository's newest is release 3, which changes one chapter more.
    expect(output).toContain('Marlow Vale Regional Procedures published release 3 on 2026-12-05: it changes 1 chapter.');
    expect(output).toContain('npm run core-update -- --release 3 --accept');
  });
});
