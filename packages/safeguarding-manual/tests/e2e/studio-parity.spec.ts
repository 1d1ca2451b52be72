// One set of rules: every proposed change of the table (parity-cases.ts) is made three ways:
// sent to the studio's HTTP API, as any program could send it; written into a copy of the
// project and saved with npm run save, as board staff save an edit; and written into a copy of
// the manual that the check reads from disk. All three must give the table's verdict, with the
// same problems (file, field and what is wrong).
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { EXAMPLE_ROOT, exampleSettings as settings } from '../example.ts';
import type { Problem } from '../../src/lib/check/problems.ts';
import { readManualSource } from '../../src/lib/content/source.ts';
import { checkManual } from '../../src/lib/check/validate.ts';
import { PARITY_CASES, PARITY_TODAY, type ParityCase } from './parity-cases.ts';
import { startStudio, stopStudio, studioApi, type RunningStudio, type StudioAnswer } from './studio-process.ts';

test.describe.configure({ mode: 'serial' });

// After the studio's other two tests (studio.spec.ts, studio-security.spec.ts): the studio and its site preview.
const port = Number(process.env['E2E_PORT'] ?? 4399) + 9;
let repo: string;
let copy: string;
/** A copy of the whole project, kept with git, where npm run save saves. */
let project: string;
let studio: RunningStudio;
/** What the studio wrote to its error output, shown when a request fails. */
let studioLog = '';

function gitIn(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}
const git = (...args: string[]) => gitIn(repo, ...args);

/** A copy of the example manual's files as they are now (committed or not, never the ignored ones), as one commit of a new repository. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'manual-save-parity-'));
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: EXAMPLE_ROOT, encoding: 'utf8' }).stdout.split('\0');
  for (const file of files.filter((f) => f && existsSync(join(EXAMPLE_ROOT, f)))) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(EXAMPLE_ROOT, file), join(dir, file));
  }
  // A manual has its own node_modules; the workspace's stands in for it.
  symlinkSync(resolve('../../node_modules'), join(dir, 'node_modules'));
  gitIn(dir, 'init', '-q', '-b', 'main');
  gitIn(dir, 'config', 'user.email', 'business.unit@brackenshire-scp.example');
  gitIn(dir, 'config', 'user.name', 'Business Unit');
  gitIn(dir, 'add', '-A');
  gitIn(dir, 'commit', '-q', '-m', 'The project');
  return dir;
}

test.beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'manual-studio-parity-'));
  copy = mkdtempSync(join(tmpdir(), 'manual-check-parity-'));
  cpSync(join(EXAMPLE_ROOT, 'content'), join(repo, 'content'), { recursive: true });
  cpSync(join(EXAMPLE_ROOT, 'content'), join(copy, 'content'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'business.unit@brackenshire-scp.example');
  git('config', 'user.name', 'Business Unit');
  git('add', '-A');
  git('commit', '-q', '-m', 'The example manual');
  project = copyProject();
  studio = await startStudio({
    port,
    repo,
    env: { MANUAL_CONTENT_DIR: join(repo, 'content'), MANUAL_TODAY: PARITY_TODAY },
    onError: (text) => (studioLog += text),
  });
});

test.afterAll(async () => {
  await stopStudio(studio?.process);
  rmSync(repo, { recursive: true, force: true });
  rmSync(copy, { recursive: true, force: true });
  if (project) rmSync(project, { recursive: true, force: true });
});

/** A problem as compared: where, which field, and what is wrong. */
const key = (p: Pick<Problem, 'file' | 'field' | 'message'>) => `${p.file} | ${p.field} | ${p.message}`;
const options = { today: PARITY_TODAY, settings, settingsFile: 'manual.config.ts' };
const errors = () =>
  checkManual(readManualSource('content', copy), options)
    .problems.filter((p) => p.severity === 'error')
    .map(key);

/** The check's verdict: the errors the manual in the copy has with the change that it did not have without. */
function byCheck(change: ParityCase, before: readonly string[]): string[] {
  const path = join(copy, change.path);
  const original = (() => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  })();
  if (change.remove) rmSync(path);
  else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, change.text!);
  }
  try {
    return errors().filter((e) => !before.includes(e));
  } finally {
    if (original === undefined) rmSync(path);
    else writeFileSync(path, original);
  }
}

/** One request to the studio's API; what the studio wrote to its error output is shown when it does not answer. */
async function api(body: unknown): Promise<StudioAnswer> {
  try {
    return await studioApi(studio, port, body);
  } catch (e) {
    throw new Error(`${String(e)}:\n${studioLog}`, { cause: e });
  }
}

/** The studio's verdict: its problems when it refuses the save (or deletion); none when it saves it, after which the draft is deleted. */
async function byStudio(change: ParityCase): Promise<string[]> {
  const slug = change.path
    .split('/')
    .pop()!
    .replace(/\.(mdx|yaml)$/, '');
  const answer = change.remove
    ? await api({ action: 'deleteFiles', params: { branch: 'main', paths: [change.path], options: { commitMessage: 'Delete' } } })
    : await api({
        action: 'persistEntry',
        params: {
          branch: 'main',
          dataFiles: [{ slug, path: change.path, raw: change.text }],
          assets: [],
          // Saved as Ready, so checked in full: a mere draft may still lack its sign-off (studio.spec.ts).
          options: { collectionName: change.collection, commitMessage: `Update ${slug}`, useWorkflow: true, status: 'pending_publish' },
        },
      });
  if (answer.status === 422 && answer.body.problems) return answer.body.problems.map(key);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  if (!change.remove) {
    const deleted = await api({ action: 'deleteUnpublishedEntry', params: { branch: 'main', collection: change.collection, slug } });
    expect(deleted.status).toBe(200);
  }
  return [];
}

/** The problems npm run save lists when it refuses: `file`, then `  error line 3, field: message` under it. */
function savedProblems(output: string): string[] {
  const problems: string[] = [];
  let file = '';
  for (const line of output.split('\n')) {
    if (/^content\//.test(line)) file = line.trim();
    const problem = /^ {2}error (?:line \d+|file), ([^:]+): (.*)$/.exec(line);
    if (problem) problems.push(key({ file, field: problem[1]!, message: problem[2]! }));
  }
  return problems;
}

/**
 * The commands' verdict: the change written into the copy of the project and saved with npm run
 * save; its problems when it refuses, none when it saves (after which the save is undone).
 */
function byCommands(change: ParityCase): string[] {
  const path = join(project, change.path);
  if (change.remove) rmSync(path);
  else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, change.text!);
  }
  const head = gitIn(project, 'rev-parse', 'HEAD').trim();
  const save = spawnSync(process.execPath, [resolve('scripts/save.ts'), `Parity: ${change.name}`], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, MANUAL_TODAY: PARITY_TODAY, MANUAL_ROOT: project, MANUAL_CONTENT_DIR: '', MANUAL_DIST: join(project, 'dist') },
  });
  try {
    if (save.status === 0) {
      expect(gitIn(project, 'rev-parse', 'HEAD').trim(), save.stdout).not.toBe(head);
      return [];
    }
    const problems = savedProblems(save.stderr);
    expect(problems.length, `${change.name}: npm run save refused without listing a problem:\n${save.stdout}\n${save.stderr}`).toBeGreaterThan(0);
    expect(gitIn(project, 'rev-parse', 'HEAD').trim()).toBe(head);
    return problems;
  } finally {
    gitIn(project, 'reset', '-q', '--hard', head);
    gitIn(project, 'clean', '-q', '-fd', '--', 'content', 'public');
  }
}

test(`the studio's API, npm run save and the check agree on ${PARITY_CASES.length} proposed changes`, async () => {
  // Each change saved is built (npm run save builds before it commits): seconds each.
  test.setTimeout(1_200_000);
  expect(PARITY_CASES.length).toBeGreaterThanOrEqual(40);
  const before = errors();
  const head = git('rev-parse', 'main');
  const verdicts: string[] = [];
  for (const change of PARITY_CASES) {
    const checked = byCheck(change, before);
    const studied = await byStudio(change);
    expect(studied.sort(), `${change.name}, in the studio`).toEqual(checked.sort());
    const saved = byCommands(change);
    expect(saved.sort(), `${change.name}, with npm run save`).toEqual(checked.sort());
    verdicts.push(`${checked.length ? 'refused' : 'accepted'}: ${change.name}`);
    expect(checked.length > 0, `${change.name}: ${checked.join('; ')}`).toBe(change.refused);
  }
  // Nothing the table refused reached the branch, and every draft was deleted.
  expect(git('rev-parse', 'main')).toBe(head);
  expect(git('branch', '--list', 'cms/*').trim()).toBe('');
  expect(git('status', '--porcelain').trim()).toBe('');
  expect(verdicts.filter((v) => v.startsWith('accepted')).length).toBe(PARITY_CASES.filter((c) => !c.refused).length);
});

test('a backdated version is refused everywhere, and the refusal names npm run correct for a genuine correction', async () => {
  const change = PARITY_CASES.find((c) => c.name === 'a version dated three days ago')!;
  const answer = await api({
    action: 'persistEntry',
    params: {
      branch: 'main',
      dataFiles: [{ slug: '2026-11-19', path: change.path, raw: change.text }],
      assets: [],
      options: { collectionName: change.collection, commitMessage: 'Backdated', useWorkflow: true, status: 'draft' },
    },
  });
  expect(answer.status).toBe(422);
  expect(answer.body.error).toContain('before today (2026-11-22)');
  expect(answer.body.error).toContain('npm run correct');
  writeFileSync(join(project, change.path), change.text!);
  const save = spawnSync(process.execPath, [resolve('scripts/save.ts'), 'Backdated'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, MANUAL_TODAY: PARITY_TODAY, MANUAL_ROOT: project, MANUAL_CONTENT_DIR: '', MANUAL_DIST: join(project, 'dist') },
  });
  rmSync(join(project, change.path));
  expect(save.status).toBe(1);
  expect(save.stderr).toContain('before today (2026-11-22)');
  expect(save.stderr).toContain('npm run correct');
});
