// The build's last step before the swap: the offline worker and offline/build.json, made from a
// small finished site.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOfflineWorker } from '../../../src/lib/offline/offline-worker.ts';

const site = mkdtempSync(join(tmpdir(), 'manual-offline-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), text);
}

write('index.html', '<main>Home</main>');
write('contents/index.html', '<main>Contents</main>');
write('procedures/referrals/index.html', '<main>Making a referral, as it is now</main>');
write('procedures/referrals/2020-01-06/index.html', '<main>Making a referral, as it was</main>');
write('_astro/Base.abc123.css', 'body{}');
write('pagefind/pagefind.js', 'export {}');
write('pagefind/fragment/en_1.pf_fragment', 'x');
write('amendments/index.html', '<main>Amendments</main>');

const options = { built: '2026-11-22', staleDays: 7, language: 'en' } as const;

describe('the offline worker', () => {
  it('is bundled with the list of files to save and the facts of the build, which offline/build.json repeats', async () => {
    const copy = await writeOfflineWorker(site, options);
    expect(copy).toMatchObject({ built: '2026-11-22', pages: 3, files: 6, staleDays: 7 });
    expect(copy.id).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.parse(readFileSync(join(site, 'offline/build.json'), 'utf8'))).toEqual(copy);
    const worker = readFileSync(join(site, 'sw.js'), 'utf8');
    const saved = [...worker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]);
    expect(saved).toEqual(['contents/', './', 'procedures/referrals/', '_astro/Base.abc123.css', 'pagefind/fragment/en_1.pf_fragment', 'pagefind/pagefind.js']);
    expect(worker).toContain(`id:"${copy.id}"`);
    // Workbox's production build, without its development logging.
    expect(worker).not.toContain('process.env');
    expect(worker).not.toMatch(/Precaching is responding to/);
  });

  it('refuses a file too large for a phone to save, naming it', async () => {
    write('procedures/huge/index.html', 'x'.repeat(21 * 1024 * 1024));
    await expect(writeOfflineWorker(site, options)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: a file in it may be 20 MB at most, and no page of a manual comes near that; too large: procedures/huge/index.html (21.0 MB).]`,
    );
    rmSync(join(site, 'procedures/huge'), { recursive: true });
  });

  it('keeps its fingerprint when nothing in the copy changed, and changes it when something did', async () => {
    const first = await writeOfflineWorker(site, options);
    write('procedures/referrals/2020-01-06/index.html', '<main>An old version, not in the copy</main>');
    expect((await writeOfflineWorker(site, options)).id).toBe(first.id);
    write('procedures/referrals/index.html', '<main>Making a referral, amended</main>');
    expect((await writeOfflineWorker(site, options)).id).not.toBe(first.id);
  });
});
