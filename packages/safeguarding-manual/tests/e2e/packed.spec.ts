// The split is real: both packages packed as npm would publish them, a new manual made with the
// packed starter in a folder outside this repository, the packed generator installed from its
// tarball offline, with the packages this repository's npm ci left in npm's cache (at the versions
// its lockfile pins: manual-lockfile.ts), then the new manual's check, build and preview, run as
// its editors would, and two of its pages read in Chromium.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { manualLockfile } from './manual-lockfile.ts';

const port = Number(process.env['E2E_PORT'] ?? 4399) + 20;
// Made by beforeAll: every worker loads this file, and only the one that runs its tests needs the folder.
const work = join(tmpdir(), `manual-packed-${randomUUID()}`);
const manual = join(work, 'northshire-procedures');
let preview: ChildProcess | undefined;
let generatorTarball = '';

// As on the editors' computer: no variable of this repository's tests points the commands elsewhere.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MANUAL_')));

function run(command: string, args: string[], cwd: string): string {
  const done = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  expect(done.status, `${command} ${args.join(' ')}\n${done.stdout}\n${done.stderr}`).toBe(0);
  return done.stdout;
}

/** Packs the package in `folder` into the work folder; returns the tarball's path. */
function pack(folder: string): string {
  const name = run('npm', ['pack', '--silent', '--pack-destination', work], resolve(folder)).trim().split('\n').at(-1)!;
  return join(work, name);
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The files of the manual, outside node_modules and the built site. */
function manualFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((path) => !/^(node_modules|dist)\//.test(path))
    .sort();
}

test.describe.configure({ mode: 'serial', timeout: 600_000 });

test.beforeAll(async () => {
  mkdirSync(work, { recursive: true });
  const generator = pack('.');
  generatorTarball = generator;
  const starter = pack('../create-safeguarding-manual');
  // npm create safeguarding-manual, with the packed starter in place of the registry's.
  const made = run(
    'npm',
    [
      'exec',
      '--yes',
      '--offline',
      '--package',
      starter,
      '--',
      'create-safeguarding-manual',
      'northshire-procedures',
      '--name',
      'Northshire Safeguarding Children Partnership',
      '--short-name',
      'Northshire SCP',
      '--areas',
      'Northtown,South Vale',
      '--site',
      'https://procedures.northshire.example',
      '--sign-off-group',
      'Policy and Procedures Group',
    ],
    work,
  );
  expect(made).toContain(`Made a new manual for Northshire Safeguarding Children Partnership in ${manual}.`);
  // Offline: the packages come from npm's cache, which this repository's npm ci filled, at the
  // versions its lockfile pins (npm ci caches their tarballs, not the registry's lists of versions).
  const manualPackage = JSON.parse(readFileSync(join(manual, 'package.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(manual, 'package-lock.json'), manualLockfile(resolve('../../package-lock.json'), manualPackage, generator));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', generator], manual);
});

test.afterAll(() => {
  // npm runs the preview in a process of its own: the whole group is stopped.
  if (preview?.pid) process.kill(-preview.pid);
  rmSync(work, { recursive: true, force: true });
});

test('a new manual holds only its own files, passes its check with a warning per draft contact, builds and is served', async ({ page }) => {
  expect(manualFiles(manual)).toEqual([
    '.github/workflows/manual.yml',
    '.gitignore',
    '.gitlab-ci.yml',
    '.nvmrc',
    'README.md',
    'content/contacts/emergency-services.yaml',
    'content/contacts/northtown-front-door.yaml',
    'content/contacts/nspcc-helpline.yaml',
    'content/contacts/south-vale-front-door.yaml',
    expect.stringMatching(/^content\/pages\/worried-about-a-child\/\d{4}-\d\d-\d\d\.mdx$/),
    expect.stringMatching(/^content\/procedures\/welcome\/\d{4}-\d\d-\d\d\.mdx$/),
    'content/structure.yaml',
    'content/versions.lock.json',
    'manual.config.ts',
    'package-lock.json',
    'package.json',
  ]);
  // No file of the generator's package is in the manual's own folder, under any name.
  const packed = run('tar', ['-tzf', generatorTarball], work).trim().split('\n');
  expect(packed).toContain('package/src/lib/manual/made-with.ts');
  const generatorFiles = new Set(
    packed.filter((f) => !f.endsWith('/')).map((f) => sha256(join(manual, 'node_modules/safeguarding-manual', f.slice('package/'.length)))),
  );
  expect(manualFiles(manual).filter((f) => generatorFiles.has(sha256(join(manual, f))))).toEqual([]);
  const pkg = JSON.parse(readFileSync(join(manual, 'package.json'), 'utf8'));
  expect(Object.keys(pkg.dependencies)).toEqual(['safeguarding-manual']);
  expect(pkg.scripts.check).toBe('safeguarding-manual check');

  const check = run('npm', ['run', 'check'], manual);
  expect(check).toMatch(/for \d{4}-\d\d-\d\d: 0 errors, 2 warnings\./);
  expect(check).toContain('content/contacts/northtown-front-door.yaml\n  warning line 12, draft: this contact is a draft');
  const build = run('npm', ['run', 'build'], manual);
  expect(build).toContain(`Built the site in ${join(manual, 'dist')}`);
  // The build records the contacts and its first release, which the editors save: still no code of the generator.
  expect(manualFiles(manual).filter((f) => /\.(astro|tsx?|mjs|js)$/.test(f) && f !== 'manual.config.ts')).toEqual([]);

  preview = spawn('npm', ['run', 'preview', '--', '--port', String(port)], { cwd: manual, env, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  await new Promise<void>((resolvePromise, reject) => {
    let out = '';
    preview!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(`http://127.0.0.1:${port}/`)) resolvePromise();
    });
    preview!.on('exit', () => reject(new Error(`the preview stopped: ${out}`)));
  });

  await page.goto(`http://127.0.0.1:${port}/`);
  await expect(page).toHaveTitle(/Northshire SCP/);
  const panel = page.getByRole('complementary', { name: 'Worried about a child?' });
  await expect(panel.getByRole('listitem').filter({ hasText: 'Draft: not yet checked' })).toHaveCount(2);
  await page.goto(`http://127.0.0.1:${port}/procedures/welcome/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Welcome to these procedures');
  await expect(page.getByRole('main')).toContainText('the multi-agency safeguarding children procedures of Northshire Safeguarding Children Partnership');
});
