import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/bench/**/*.test.ts'],
    // The command tests run real builds, which take seconds on a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    coverage: { include: ['src/lib/**'] },
  },
});
