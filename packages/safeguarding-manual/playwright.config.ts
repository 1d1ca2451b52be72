import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

// The browser tests read the example manual (its built site, and its files), unless MANUAL_ROOT names another.
process.env['MANUAL_ROOT'] ||= resolve(import.meta.dirname, '../../examples/brackenshire');

const port = Number(process.env['E2E_PORT'] ?? 4399);
// A second, small site built under a sub-path (scripts/build-sub-path.sh), served as a static host would.
const subPathPort = port + 1;
// The bilingual example manual (examples/tawelan), in English and Welsh, built into .test-dist/tawelan by npm run test:e2e.
const bilingualPort = port + 14;
/**
 * The spec files whose names hold one of `words`: matched on the file's name, never on the
 * folders above it, which may be named anything (a checkout in a folder called studio).
 */
const specs = (words: string) => new RegExp(`(^|/)[^/]*(${words})[^/]*\\.spec\\.ts$`);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Accessibility scans of long pages take seconds each; a busy machine can triple that.
  timeout: 90_000,
  workers: 2,
  reporter: process.env['CI'] ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      // Debian's Chromium: no test tool downloads a browser of its own.
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    // The longest tests first, so that both workers stay busy to the end: the studio project's
    // parity test alone takes minutes.
    // npm run studio on temporary copies of the example manual: studio.spec.ts on the three ports
    // after the example's and the sub-path site's, studio-security.spec.ts and studio-parity.spec.ts on the three after that each;
    // studio-welsh.spec.ts, on a copy of the bilingual example, on E2E_PORT + 15 to + 17;
    // studio-local-text.spec.ts, on a copy of the example region's Northmoor, on E2E_PORT + 21 to + 23
    // (after packed.spec.ts's E2E_PORT + 20).
    // Each save in the studio runs the check on its server, which takes seconds on a busy machine:
    // the studio's assertions wait as long as its actions.
    {
      name: 'studio',
      testMatch: specs('studio'),
      timeout: 300_000,
      expect: { timeout: 15_000 },
      use: { actionTimeout: 15_000, screenshot: 'only-on-failure' },
    },
    { name: 'example', testIgnore: specs('sub-path|studio|packed|region-search|region-local-text|bilingual') },
    // The example region (scripts/build-region.sh): region-search.spec.ts serves its sites on E2E_PORT + 12 and + 13,
    // region-local-text.spec.ts on ports the system gives it.
    { name: 'region', testMatch: specs('region-search|region-local-text') },
    // The bilingual example; admin-bilingual.spec.ts serves its own admin page on E2E_PORT + 18.
    { name: 'bilingual', testMatch: specs('bilingual'), use: { baseURL: `http://127.0.0.1:${bilingualPort}` } },
    { name: 'sub-path', testMatch: specs('sub-path'), use: { baseURL: `http://127.0.0.1:${subPathPort}` } },
    // Both packages packed, a new manual made with the starter outside this repository, and served (packed.spec.ts).
    { name: 'packed', testMatch: specs('packed'), timeout: 600_000 },
  ],
  webServer: [
    {
      // The tests read the built example manual (npm run test:e2e builds it first).
      command: `node scripts/preview.ts --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/preview.ts --port ${subPathPort} --dir .test-dist/sub-path`,
      url: `http://127.0.0.1:${subPathPort}/manual/`,
      env: { MANUAL_BASE: '/manual' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/preview.ts --port ${bilingualPort} --dir .test-dist/tawelan`,
      url: `http://127.0.0.1:${bilingualPort}/`,
      env: { MANUAL_ROOT: resolve(import.meta.dirname, '../../examples/tawelan') },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
