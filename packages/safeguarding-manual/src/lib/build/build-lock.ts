// One build at a time for each content folder and each site folder: two builds of the same
// manual would both write its version lock, and two into the same folder would swap each
// other's sites. A lock is a file created exclusively, holding the owner's process id; a lock
// whose process has gone (a build that was killed) is taken over.
import { createHash } from 'node:crypto';
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../util/user-error.ts';

export interface Holder {
  pid: number;
  started: string;
  what: string;
}

/** A build that holds a lock another build wanted. */
export class BuildBusyError extends UserError {
  readonly holder: Holder;
  constructor(holder: Holder) {
    super(
      `Another build is running for ${holder.what} (process ${holder.pid}, started at ${holder.started.slice(11, 19)} UTC on ${holder.started.slice(0, 10)}). Wait for it to finish, or stop it, then build again.`,
    );
    this.holder = holder;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): Holder | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Holder;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock named by `key` (any string, such as an absolute folder path) in `dir`, or
 * throws BuildBusyError naming the build that holds it. Returns the function that releases it.
 */
/**
 * Waits until the lock named by `key` is free, then takes it: for what builds of different
 * manuals share (Astro writes its generated modules into the project's .astro/ folder).
 * Calls `onWait` once if it has to wait.
 */
export async function waitForBuildLock(dir: string, key: string, what: string, onWait: (holder: Holder) => void, timeoutMs = 30 * 60_000): Promise<() => void> {
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      return acquireBuildLock(dir, key, what);
    } catch (e) {
      if (!(e instanceof BuildBusyError) || Date.now() - started > timeoutMs) throw e;
      if (!told) onWait(e.holder);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

export function acquireBuildLock(dir: string, key: string, what: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${createHash('sha256').update(key).digest('hex').slice(0, 16)}.lock`);
  const holder: Holder = { pid: process.pid, started: new Date().toISOString(), what };
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const other = readHolder(path);
      if (other && other.pid !== process.pid && isRunning(other.pid)) throw new BuildBusyError(other);
      // Left by a build that was killed (or half-written by one): take it over.
      rmSync(path, { force: true });
      continue;
    }
    writeSync(fd, JSON.stringify(holder));
    closeSync(fd);
    return () => {
      if (readHolder(path)?.pid === process.pid) rmSync(path, { force: true });
    };
  }
  throw new BuildBusyError(readHolder(path) ?? holder);
}
