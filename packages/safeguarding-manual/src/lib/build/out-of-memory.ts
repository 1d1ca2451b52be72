// How the build tells that one of its steps ran out of memory, and what it says then: a large
// manual can need more memory than Node gives a process by default.

/** How a child process ended, as spawnSync reports it. */
export interface ChildExit {
  status: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Whether a child process ended for want of memory: Node aborts when its heap is full
 * (SIGABRT, or exit code 134 through a shell), and the system kills a process that takes the
 * machine's memory (SIGKILL, or 137).
 */
export function ranOutOfMemory(exit: ChildExit): boolean {
  return exit.signal === 'SIGABRT' || exit.signal === 'SIGKILL' || exit.status === 134 || exit.status === 137;
}

/** What to say when `step` (such as "Astro, building the pages,") ran out of memory. */
export function outOfMemoryMessage(step: string): string {
  return [
    `${step} ran out of memory.`,
    'A large manual can need more than Node gives a process by default: build again with more, such as',
    '  NODE_OPTIONS=--max-old-space-size=8192 npm run build',
    "(the number is megabytes: leave a quarter of the machine's memory free), or on a machine with more memory.",
  ].join('\n');
}
