// npm run studio, started by a browser test on a temporary repository, and a request to its API
// sent as any program on this computer could send it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Problem } from '../../src/lib/check/problems.ts';

/** A running studio: its process, the address it printed (with this start's key), and the key. */
export interface RunningStudio {
  process: ChildProcess;
  opened: string;
  key: string;
  /** The studio's own temporary folder, where it keeps its work folder (site preview and cache); removed when it stops. */
  tmp: string;
}

/**
 * Starts the studio on `repo` and waits for the address it prints. `env` is added to this
 * process's environment; `stderr` is shown ('inherit') or handed to `onError` ('pipe'). The
 * studio gets a temporary folder of its own, removed when it stops, so that the work folder it
 * keeps for a repository between starts is not left behind by each test's repository.
 */
export function startStudio(options: { port: number; repo: string; env: Record<string, string>; onError?: (text: string) => void }): Promise<RunningStudio> {
  const tmp = mkdtempSync(join(tmpdir(), 'manual-studio-tmp-'));
  const studio = spawn(process.execPath, ['scripts/studio.ts', '--port', String(options.port), '--repo', options.repo], {
    env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp, ...options.env },
    stdio: ['ignore', 'pipe', options.onError ? 'pipe' : 'inherit'],
  });
  // Before stopStudio hears of it: the studio has stopped, with its builds and preview.
  studio.once('exit', () => rmSync(tmp, { recursive: true, force: true }));
  if (options.onError) studio.stderr!.on('data', (chunk: Buffer) => options.onError!(chunk.toString()));
  return new Promise((resolve, reject) => {
    let out = '';
    studio.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = new RegExp(`Open (http://127\\.0\\.0\\.1:${options.port}/admin/\\?key=([A-Za-z0-9_-]+)) `).exec(out);
      if (match) resolve({ process: studio, opened: match[1]!, key: match[2]!, tmp });
    });
    studio.on('exit', () => reject(new Error(`the studio stopped: ${out}`)));
  });
}

/**
 * Stops a studio and waits until it has stopped, with the builds it started, so that its
 * repository can be removed under nothing still reading it.
 */
export async function stopStudio(studio: ChildProcess | undefined): Promise<void> {
  if (!studio || studio.exitCode !== null || studio.signalCode !== null) return;
  const stopped = new Promise<void>((done) => studio.once('exit', () => done()));
  studio.kill();
  await stopped;
}

/** The studio's answer: its status, and the refusal's words and problems when it refuses. */
export interface StudioAnswer {
  status: number;
  body: { error?: string; problems?: Problem[] };
}

/**
 * One request to the studio's API with the key it printed, on a connection of its own: a save
 * can take longer than the studio keeps an idle connection open, and a reused one would be closed under it.
 */
export function studioApi(studio: RunningStudio, port: number, body: unknown): Promise<StudioAnswer> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const sent = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/v1',
        method: 'POST',
        agent: false,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(text),
          Origin: `http://127.0.0.1:${port}`,
          Cookie: `manual-studio-${port}=${studio.key}`,
        },
      },
      (answer) => {
        let data = '';
        answer.setEncoding('utf8');
        answer.on('data', (chunk: string) => (data += chunk));
        answer.on('end', () => resolve({ status: answer.statusCode ?? 0, body: JSON.parse(data) as StudioAnswer['body'] }));
      },
    );
    sent.on('error', (e) => reject(new Error(`the studio did not answer (${String(e)}; exit code ${studio.process.exitCode})`)));
    sent.end(text);
  });
}
