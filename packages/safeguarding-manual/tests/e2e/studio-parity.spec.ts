// One set of rules: every proposed change of the table (parity-cases.ts) is sent to the
// studio's HTTP API, as any program could send it, and written into a copy of the manual that
// the check reads from disk; both must give the table's verdict, with the same problems
// (file, field and what is wrong).
import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { exampleSettings as settings } from '../example.ts';
import type { Problem } from '../../src/lib/problems.ts';
import { readManualSource } from '../../src/lib/source.ts';
import { checkManual } from '../../src/lib/validate.ts';
import { PARITY_CASES, PARITY_TODAY, type ParityCase } from './parity-cases.ts';

test.describe.configure({ mode: 'serial' });

// After the studio's other two tests (studio.spec.ts, studio-security.spec.ts): the studio and its site preview.
const port = Number(process.env['E2E_PORT'] ?? 4399) + 9;
let repo: string;
let copy: string;
let studio: ChildProcess;
let cookie: string;

function git(...args: string[]): string {
  const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

test.beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'manual-studio-parity-'));
  copy = mkdtempSync(join(tmpdir(), 'manual-check-parity-'));
  cpSync('../../examples/brackenshire/content', join(repo, 'src/content'), { recursive: true });
  cpSync('../../examples/brackenshire/content', join(copy, 'src/content'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'business.unit@brackenshire-scp.example');
  git('config', 'user.name', 'Business Unit');
  git('add', '-A');
  git('commit', '-q', '-m', 'The example manual');
  studio = spawn(process.execPath, ['scripts/studio.ts', '--port', String(port), '--repo', repo], {
    env: { ...process.env, MANUAL_CONTENT_DIR: join(repo, 'src/content'), MANUAL_TODAY: PARITY_TODAY },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    studio.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const key = new RegExp(`Open http://127\\.0\\.0\\.1:${port}/admin/\\?key=([A-Za-z0-9_-]+) `).exec(out)?.[1];
      if (key) {
        cookie = `manual-studio-${port}=${key}`;
        resolve();
      }
    });
    studio.on('exit', () => reject(new Error(`the studio stopped: ${out}`)));
  });
});

test.afterAll(() => {
  studio?.kill();
  rmSync(repo, { recursive: true, force: true });
  rmSync(copy, { recursive: true, force: true });
});

/** A problem as compared: where, which field, and what is wrong. */
const key = (p: Pick<Problem, 'file' | 'field' | 'message'>) => `${p.file} | ${p.field} | ${p.message}`;
const options = { today: PARITY_TODAY, settings, settingsFile: 'manual.config.ts' };
const errors = () =>
  checkManual(readManualSource('src/content', copy), options)
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

async function api(body: unknown): Promise<{ status: number; body: { error?: string; problems?: Problem[] } }> {
  const answer = await fetch(`http://127.0.0.1:${port}/api/v1`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port}`, Cookie: cookie },
    body: JSON.stringify(body),
  });
  return { status: answer.status, body: (await answer.json()) as { error?: string; problems?: Problem[] } };
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

test(`the studio's API and the check agree on ${PARITY_CASES.length} proposed changes`, async () => {
  test.setTimeout(600_000);
  expect(PARITY_CASES.length).toBeGreaterThanOrEqual(40);
  const before = errors();
  const head = git('rev-parse', 'main');
  const verdicts: string[] = [];
  for (const change of PARITY_CASES) {
    const checked = byCheck(change, before);
    const studied = await byStudio(change);
    expect(studied.sort(), change.name).toEqual(checked.sort());
    verdicts.push(`${checked.length ? 'refused' : 'accepted'}: ${change.name}`);
    expect(checked.length > 0, `${change.name}: ${checked.join('; ')}`).toBe(change.refused);
  }
  // Nothing the table refused reached the branch, and every draft was deleted.
  expect(git('rev-parse', 'main')).toBe(head);
  expect(git('branch', '--list', 'cms/*').trim()).toBe('');
  expect(git('status', '--porcelain').trim()).toBe('');
  expect(verdicts.filter((v) => v.startsWith('accepted')).length).toBe(PARITY_CASES.filter((c) => !c.refused).length);
});
