import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// The tests run in the generator's folder, on the example manual unless they name another.
const exampleManual = resolve(import.meta.dirname, '../../examples/brackenshire');

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/bench/**/*.test.ts'],
    // The command tests run real builds, which take seconds on a busy 2-core machine.
    testTimeout: 60_000,
    // Two files at once even on two cores: the command tests spend much of their time starting
    // processes and waiting on them (builds of different manuals take turns, build-lock.ts).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    env: { MANUAL_ROOT: process.env['MANUAL_ROOT'] || exampleManual },
    hookTimeout: 120_000,
    coverage: { include: ['src/lib/**'] },
  },
});
