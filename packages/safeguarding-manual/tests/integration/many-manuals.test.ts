// A host's layout of several manuals (docs/many-manuals.md): one folder per manual, each with its
// own settings and content, one installed generator above them. Each builds on its own, from its
// own folder, at the same time as the others, into its own dist/.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_ROOT } from '../example.ts';

const host = mkdtempSync(join(tmpdir(), 'manual-host-'));
afterAll(() => rmSync(host, { recursive: true, force: true }));

// The packages the host installed once, for every manual (here, this project's).
symlinkSync(resolve('../../node_modules'), join(host, 'node_modules'));
const bin = join(host, 'node_modules/safeguarding-manual/bin/safeguarding-manual.mjs');

const MANUALS = [
  ['northshire', 'Northshire Safeguarding Children Partnership', 'Northshire SCP'],
  ['southvale', 'Southvale Safeguarding Children Partnership', 'Southvale SCP'],
] as const;

for (const [id, partnership, shortName] of MANUALS) {
  const folder = join(host, 'manuals', id);
  mkdirSync(folder, { recursive: true });
  cpSync('tests/fixtures/small', join(folder, 'content'), { recursive: true });
  const settings = readFileSync(join(EXAMPLE_ROOT, 'manual.config.ts'), 'utf8')
    .replace("partnership: 'Brackenshire Safeguarding Children Partnership'", `partnership: '${partnership}'`)
    .replace("shortName: 'Brackenshire SCP'", `shortName: '${shortName}'`);
  writeFileSync(join(folder, 'manual.config.ts'), settings);
}

/** Runs the generator's build in `folder`, as the manual's npm run build does; resolves with its exit code and output. */
function build(folder: string): Promise<{ status: number | null; output: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MANUAL_')));
  const child = spawn(process.execPath, [bin, 'build'], { cwd: folder, env: { ...env, MANUAL_TODAY: '2024-03-01' } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolvePromise) => child.on('close', (status) => resolvePromise({ status, output })));
}

describe("a host's manuals", () => {
  it('build at the same time, each from its own folder into its own dist/, with its own settings', async () => {
    const results = await Promise.all(MANUALS.map(([id]) => build(join(host, 'manuals', id))));
    results.forEach(({ status, output }, i) => {
      expect(status, output).toBe(0);
      expect(output).toContain(`Built the site in ${join(host, 'manuals', MANUALS[i]![0], 'dist')}`);
    });
    for (const [id, , shortName] of MANUALS) {
      const home = readFileSync(join(host, 'manuals', id, 'dist/index.html'), 'utf8');
      expect(home).toContain(`| ${shortName}</title>`);
      for (const [, , other] of MANUALS.filter(([otherId]) => otherId !== id)) expect(home).not.toContain(other);
    }
  });
});
