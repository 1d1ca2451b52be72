import { describe, expect, it } from 'vitest';
import { ranOutOfMemory } from '../../../src/lib/build/out-of-memory.ts';

describe('a step of the build that ran out of memory', () => {
  it('is told by how it ended: aborted by Node, or killed by the system', () => {
    expect(ranOutOfMemory({ status: null, signal: 'SIGABRT' })).toBe(true);
    expect(ranOutOfMemory({ status: null, signal: 'SIGKILL' })).toBe(true);
    expect(ranOutOfMemory({ status: 134, signal: null })).toBe(true);
    expect(ranOutOfMemory({ status: 137, signal: null })).toBe(true);
  });

  it('is not any other failure', () => {
    expect(ranOutOfMemory({ status: 1, signal: null })).toBe(false);
    expect(ranOutOfMemory({ status: 0, signal: null })).toBe(false);
    expect(ranOutOfMemory({ status: null, signal: 'SIGINT' })).toBe(false);
  });
});
