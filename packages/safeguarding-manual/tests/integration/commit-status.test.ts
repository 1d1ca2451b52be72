// What the workflow reports on a proposed change, run as the workflow runs it: npm run check --
// --json on a change with a mistake, then scripts/commit-status.ts --post, with GitHub's API
// played by a server on 127.0.0.1 that records what it is sent.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'manual-status-'));
const content = join(work, 'content');
const report = join(work, 'check.json');
const summary = join(work, 'summary.md');
const env = { ...process.env, MANUAL_CONTENT_DIR: content, MANUAL_TODAY: '2026-11-23', GITHUB_STEP_SUMMARY: summary };
const received: { method?: string | undefined; url?: string | undefined; headers: IncomingHttpHeaders; body: string }[] = [];
const github = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    received.push({ method: req.method, url: req.url, headers: req.headers, body });
    res.writeHead(req.headers.authorization === 'Bearer a-token' ? 201 : 401, { 'Content-Type': 'application/json' }).end('{}');
  });
});

/** Runs a script to the end without blocking the server above. */
function run(args: string[], extra: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...env, ...extra } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

beforeAll(async () => {
  cpSync('tests/fixtures/small', content, { recursive: true });
  const file = join(content, 'contacts/tamsford-front-door.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('"0116 496 0100"', '"0116 4960 10"'));
  await new Promise<void>((resolve) => github.listen(0, '127.0.0.1', resolve));
});
afterAll(() => {
  github.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the check of a proposed change, reported on its commit', () => {
  it('is written as JSON by npm run check -- --json, which fails', () => {
    const check = spawnSync(process.execPath, ['scripts/check.ts', '--json'], { env, encoding: 'utf8' });
    expect(check.status).toBe(1);
    writeFileSync(report, check.stdout);
    const parsed = JSON.parse(check.stdout) as { errors: number; problems: { file: string; field: string; message: string }[] };
    expect(parsed.errors).toBe(1);
    expect(parsed.problems.filter((p) => p.message.includes('valid UK phone number')).map((p) => [p.file.split('/').slice(-2).join('/'), p.field])).toEqual([
      ['contacts/tamsford-front-door.yaml', 'number of the first phone'],
    ]);
  });

  it("is posted as the commit status Manual check, with the first problem, and every problem goes in the run's summary", async () => {
    const api = `http://127.0.0.1:${(github.address() as AddressInfo).port}`;
    const posted = await run(['scripts/commit-status.ts', report, '--post'], {
      GITHUB_API_URL: api,
      GITHUB_REPOSITORY: 'bscp/procedures',
      SHA: 'a1b2c3d4e5f6',
      GITHUB_TOKEN: 'a-token',
      RUN_URL: 'https://github.com/bscp/procedures/actions/runs/7',
    });
    expect(posted.status, posted.stderr).toBe(0);
    expect(posted.stdout).toContain('error line 7, number of the first phone: is not a valid UK phone number');
    expect(received).toHaveLength(1);
    const [request] = received;
    expect([request!.method, request!.url, request!.headers.accept]).toEqual([
      'POST',
      '/repos/bscp/procedures/statuses/a1b2c3d4e5f6',
      'application/vnd.github+json',
    ]);
    expect(JSON.parse(request!.body)).toEqual({
      state: 'failure',
      context: 'Manual check',
      description:
        '1 error. contacts/tamsford-front-door.yaml, number of the first phone: is not a valid UK phone number; check every digit (for example "0116\u2026',
      target_url: 'https://github.com/bscp/procedures/actions/runs/7',
    });
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown).toContain('### ');
    expect(markdown).toContain('- **error** line 7, number of the first phone: is not a valid UK phone number');
  });

  it('says why when GitHub refuses the status, and exits with 1', async () => {
    const api = `http://127.0.0.1:${(github.address() as AddressInfo).port}`;
    const refused = await run(['scripts/commit-status.ts', report, '--post'], {
      GITHUB_API_URL: api,
      GITHUB_REPOSITORY: 'bscp/procedures',
      SHA: 'a1b2c3',
      GITHUB_TOKEN: 'wrong',
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('GitHub refused the commit status (401');
    expect(refused.stderr).toContain('statuses: write');
  });

  it('reports an error status when the check did not run to the end', async () => {
    writeFileSync(join(work, 'empty.json'), '');
    const printed = await run(['scripts/commit-status.ts', join(work, 'empty.json')]);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain('Commit status "Manual check": error');
  });
});
