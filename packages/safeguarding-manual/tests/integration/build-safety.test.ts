// A build never deletes what it does not own, never runs twice at once, and records newly
// published versions in the lock only when it succeeds, and only those in force by the calendar.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireBuildLock } from '../../src/lib/build/build-lock.ts';
import { EXAMPLE_ROOT } from '../example.ts';

const work = mkdtempSync(join(tmpdir(), 'manual-build-safety-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const build = (env: Record<string, string>, cwd = process.cwd()) =>
  spawnSync(process.execPath, [resolve('scripts/build.ts')], { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });

/** A copy of the small fixture manual in its own folder under the work folder. */
function manual(name: string): string {
  const content = join(work, name);
  cpSync('tests/fixtures/small', content, { recursive: true });
  return content;
}

describe('the folder a build replaces', () => {
  // A stand-in manual, its packages linked to this project's, so that a build that failed to
  // refuse would replace the stand-in and never this project.
  const project = join(work, 'project');
  mkdirSync(project);
  symlinkSync(resolve('../../node_modules'), join(project, 'node_modules'));
  cpSync(join(EXAMPLE_ROOT, 'manual.config.ts'), join(project, 'manual.config.ts'));
  cpSync('tests/fixtures/small', join(project, 'content'), { recursive: true });
  writeFileSync(join(project, 'README.md'), 'the project');

  it.each(['.', 'node_modules', '..', 'content/procedures'])('refuses MANUAL_DIST=%s with a message and no stack trace, and changes nothing', (target) => {
    const before = readdirSync(project).sort();
    // The manual is the folder the build runs in.
    const result = build({ MANUAL_DIST: target, MANUAL_ROOT: '' }, project);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^MANUAL_DIST=${target.replace('.', '\\.')} (is|holds|is inside) `));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(project).sort()).toEqual(before);
    expect(readFileSync(join(project, 'README.md'), 'utf8')).toBe('the project');
  });

  it('refuses a folder of other files, naming a file in it and the marker a built site carries', () => {
    const notes = join(work, 'notes');
    mkdirSync(notes);
    writeFileSync(join(notes, 'minutes.docx'), 'minutes');
    const result = build({ MANUAL_CONTENT_DIR: manual('for-notes'), MANUAL_DIST: notes, MANUAL_TODAY: '2024-03-01' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is a folder that a build did not make: it holds minutes.docx, and no .manual-site file');
    expect(readdirSync(notes)).toEqual(['minutes.docx']);
  });
});

describe('a build into a folder outside the project', () => {
  const content = manual('outside');
  const dist = join(work, 'elsewhere', 'site');

  it('builds there, marks the site as its own, and builds there again', () => {
    const first = build({ MANUAL_CONTENT_DIR: content, MANUAL_DIST: dist, MANUAL_TODAY: '2024-03-01' });
    expect(first.status, first.stderr).toBe(0);
    expect(existsSync(join(dist, 'contents/index.html'))).toBe(true);
    expect(existsSync(join(dist, '.manual-site'))).toBe(true);
    const second = build({ MANUAL_CONTENT_DIR: content, MANUAL_DIST: dist, MANUAL_TODAY: '2024-03-01' });
    expect(second.status, second.stderr).toBe(0);
    expect(readdirSync(join(work, 'elsewhere'))).toEqual(['site']);
  });
});

describe('the version lock', () => {
  it('is not changed by a build that fails after the check', () => {
    const content = manual('fails-late');
    const lockFile = join(content, 'versions.lock.json');
    const before = existsSync(lockFile) ? readFileSync(lockFile, 'utf8') : undefined;
    // A file where the site's folder should be: the site is built, but cannot be put in place.
    writeFileSync(join(work, 'a-file'), '');
    const result = build({ MANUAL_CONTENT_DIR: content, MANUAL_DIST: join(work, 'a-file', 'site'), MANUAL_TODAY: '2024-03-01' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The new site could not be put in');
    expect(result.stderr).toContain('the version lock was not changed');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(lockFile) ? readFileSync(lockFile, 'utf8') : undefined).toBe(before);
  });

  it('records only versions in force by the calendar, whatever date the build is for', () => {
    const content = manual('future');
    const file = join(content, 'procedures/delta-guide/2099-01-04.mdx');
    writeFileSync(
      file,
      readFileSync(join(content, 'procedures/delta-guide/2024-02-01.mdx'), 'utf8')
        .replace('amended: 2024-02-01', 'amended: 2099-01-04')
        .replace('change: new', 'change: updated\napprovedBy: Policy and Procedures Group\napprovedOn: 2098-12-01'),
    );
    const result = build({ MANUAL_CONTENT_DIR: content, MANUAL_DIST: join(work, 'future-site'), MANUAL_TODAY: '2099-06-01' });
    expect(result.status, result.stderr).toBe(0);
    const lock = JSON.parse(readFileSync(join(content, 'versions.lock.json'), 'utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(lock.files)).toContain('procedures/delta-guide/2024-02-01.mdx');
    expect(Object.keys(lock.files)).not.toContain('procedures/delta-guide/2099-01-04.mdx');
  });
});

describe('two builds at once', () => {
  it('refuses the second, naming the first', () => {
    const content = manual('busy');
    const release = acquireBuildLock(resolve('.build/locks'), `content:${content}`, 'the manual in busy');
    try {
      const result = build({ MANUAL_CONTENT_DIR: content, MANUAL_DIST: join(work, 'busy-site'), MANUAL_TODAY: '2024-03-01' });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`Another build is running for the manual in busy (process ${process.pid}, started at `);
      expect(existsSync(join(work, 'busy-site'))).toBe(false);
    } finally {
      release();
    }
  });
});

describe('a mistyped build date', () => {
  it('is named in words, without a stack trace', () => {
    const result = build({ MANUAL_CONTENT_DIR: manual('bad-date'), MANUAL_DIST: join(work, 'bad-date-site'), MANUAL_TODAY: '2026-02-30' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'MANUAL_TODAY is "2026-02-30", which is not a date: write it as YYYY-MM-DD, such as MANUAL_TODAY=2027-01-11, or leave it unset for today.',
    );
  });
});

describe('npm run lock -- --start', () => {
  const lock = (content: string, args: string[]) =>
    spawnSync(process.execPath, ['scripts/lock.ts', ...args], {
      env: { ...process.env, MANUAL_CONTENT_DIR: content, MANUAL_TODAY: '2024-03-01' },
      encoding: 'utf8',
    });

  it('starts the lock of a manual that has none, and never starts one again', () => {
    const content = manual('new-lock');
    rmSync(join(content, 'versions.lock.json'));
    const started = lock(content, ['--start']);
    expect(started.status, started.stderr).toBe(0);
    expect(started.stdout).toContain('it records 7 published versions, 16 contacts and 0 resources');
    expect(Object.keys((JSON.parse(readFileSync(join(content, 'versions.lock.json'), 'utf8')) as { files: object }).files)).toHaveLength(7);
    const again = lock(content, ['--start']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already records 7 versions: a lock is never started again. Nothing was written.');
  });

  it('explains itself without --start', () => {
    const help = lock(manual('lock-help'), []);
    expect(help.status).toBe(1);
    expect(help.stdout).toMatch(/^Usage: npm run lock -- --start/);
  });
});

describe('a build that runs out of memory', () => {
  it('says so and what to do, and leaves the previous site and the lock as they were', () => {
    const content = manual('memory');
    const dist = join(work, 'memory-site');
    expect(build({ MANUAL_CONTENT_DIR: content, MANUAL_DIST: dist, MANUAL_TODAY: '2024-03-01' }).status).toBe(0);
    const files = readdirSync(dist, { recursive: true }).sort();
    const page = readFileSync(join(dist, 'contents/index.html'), 'utf8');
    const lock = readFileSync(join(content, 'versions.lock.json'), 'utf8');
    // A heap big enough for the build's own process and its check (about 42 MB), too small for
    // Astro (which needs about 64 MB even for this small manual): the window's middle.
    const result = build({ MANUAL_CONTENT_DIR: content, MANUAL_DIST: dist, MANUAL_TODAY: '2024-03-02', NODE_OPTIONS: '--max-old-space-size=52' });
    expect(result.status, result.stderr.slice(-2000)).toBe(1);
    expect(result.stderr.slice(result.stderr.indexOf('\nAstro, building')).replace(dist, '<site>')).toMatchInlineSnapshot(`
      "
      Astro, building the pages, ran out of memory.
      A large manual can need more than Node gives a process by default: build again with more, such as
        NODE_OPTIONS=--max-old-space-size=8192 npm run build
      (the number is megabytes: leave a quarter of the machine's memory free), or on a machine with more memory.
      The previous site in <site> was left as it was, and the version lock was not changed.
      "
    `);
    expect(readdirSync(dist, { recursive: true }).sort()).toEqual(files);
    expect(readFileSync(join(dist, 'contents/index.html'), 'utf8')).toBe(page);
    expect(readFileSync(join(content, 'versions.lock.json'), 'utf8')).toBe(lock);
  }, 180_000);
});
