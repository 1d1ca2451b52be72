import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireBuildLock, BuildBusyError, waitForBuildLock } from '../../../src/lib/build/build-lock.ts';

const dir = mkdtempSync(join(tmpdir(), 'manual-locks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The id of a process that has ended. */
function endedPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('one build at a time', () => {
  it('refuses a second holder while the first runs, naming it, and frees the lock on release', () => {
    const release = acquireBuildLock(dir, 'content:/m', 'the manual in m');
    let busy: unknown;
    try {
      // A lock file written by another running process: this test's parent.
      const other = join(dir, readdirSync(dir)[0]!);
      writeFileSync(other, JSON.stringify({ pid: process.ppid, started: '2026-11-30T10:15:00.000Z', what: 'the manual in m' }));
      acquireBuildLock(dir, 'content:/m', 'the manual in m');
    } catch (e) {
      busy = e;
    }
    expect(busy).toBeInstanceOf(BuildBusyError);
    expect((busy as Error).message).toBe(
      `Another build is running for the manual in m (process ${process.ppid}, started at 10:15:00 UTC on 2026-11-30). Wait for it to finish, or stop it, then build again.`,
    );
    release();
    // The file belongs to the other process now, so release leaves it; remove it as that process would.
    rmSync(join(dir, readdirSync(dir)[0]!));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('takes over a lock left by a build that was killed', () => {
    const release = acquireBuildLock(dir, 'site:/s', 'the site in s');
    const [file] = readdirSync(dir);
    release();
    writeFileSync(join(dir, file!), JSON.stringify({ pid: endedPid(), started: '2026-11-30T10:15:00.000Z', what: 'the site in s' }));
    const again = acquireBuildLock(dir, 'site:/s', 'the site in s');
    again();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps locks for different folders apart', () => {
    const a = acquireBuildLock(dir, 'site:/a', 'the site in a');
    const b = acquireBuildLock(dir, 'site:/b', 'the site in b');
    expect(readdirSync(dir)).toHaveLength(2);
    a();
    b();
  });

  it('waits for a lock shared by builds of different manuals, saying so once, then takes it', async () => {
    const release = acquireBuildLock(dir, 'astro:/project', 'Astro in this project');
    // Held by another running process: this test's parent.
    const file = join(dir, readdirSync(dir)[0]!);
    writeFileSync(file, JSON.stringify({ pid: process.ppid, started: '2026-11-30T10:15:00.000Z', what: 'Astro in this project' }));
    const waits: string[] = [];
    const waiting = waitForBuildLock(dir, 'astro:/project', 'Astro in this project', (holder) => waits.push(holder.what));
    await new Promise((resolve) => setTimeout(resolve, 600));
    rmSync(file);
    const taken = await waiting;
    expect(waits).toEqual(['Astro in this project']);
    taken();
    release();
    expect(readdirSync(dir)).toEqual([]);
  });
});
