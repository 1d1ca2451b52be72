// npm run evidence on a copy of the example region's Northmoor, which follows the regional core and
// fills the extension point of Making a Referral with its own text from 5 December 2026
// (docs/regional-manuals.md): the bundle shows that text where the chapter has its place for it,
// its manifest lists the file with its SHA-256, and --verify catches an edited local text.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readManifest } from '../../src/lib/evidence/manifest.ts';

const REGION = resolve(import.meta.dirname, '../../../../examples/region');
const work = mkdtempSync(join(tmpdir(), 'manual-evidence-local-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const skipBuilt = (path: string) => !/\/(node_modules|dist)(\/|$)/.test(path);
cpSync(join(REGION, 'core'), join(work, 'core'), { recursive: true, filter: skipBuilt });
cpSync(join(REGION, 'northmoor'), join(work, 'northmoor'), { recursive: true, filter: skipBuilt });
const root = join(work, 'northmoor');

const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MANUAL_'))),
  MANUAL_ROOT: root,
  MANUAL_TODAY: '2026-12-06',
};
const run = (args: string[]) => spawnSync(process.execPath, ['scripts/evidence.ts', ...args], { env, encoding: 'utf8' });
const shown = (text: string) => text.replaceAll(work, '<work>');

const LOCAL = 'local/making-a-referral/referral-arrangements/2026-12-05.mdx';
const sha256Of = (file: string) =>
  (JSON.parse(readFileSync(join(root, 'content/versions.lock.json'), 'utf8')) as { files: Record<string, { sha256: string }> }).files[file]!.sha256;

/** The article of a chapter in a bundle. */
function articleOf(html: string, id: string): string {
  const start = html.indexOf(`<article class="document" id="procedures--${id}"`);
  return html.slice(start, html.indexOf('</article>', start) + '</article>'.length);
}

describe("the evidence bundle of a manual that follows a core, with the partnership's local text", () => {
  it('holds the local text in force after 5 December 2026 at its point in the chapter, and lists it in the manifest', () => {
    const made = run(['--as-at', '2026-12-06', '--out', join(work, 'after', 'bundle.html'), '--no-pdf']);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain(
      "Wrote the manual as it stood on 2026-12-06 (edition of 2026-12-05): 7 chapters and 1 information page, with the partnership's local text at 1 extension point.",
    );
    const manifest = readManifest(readFileSync(join(work, 'after', 'bundle.manifest.json'), 'utf8'));
    expect(manifest.localTexts).toEqual([
      {
        source: 'local',
        chapter: 'making-a-referral',
        number: '1.1',
        title: 'Making a Referral to Children’s Social Care',
        local_point: 'referral-arrangements',
        version: '2026-12-05',
        file: LOCAL,
        sha256: sha256Of(LOCAL),
        approvedBy: 'Northmoor Procedures Sub-group',
        approvedOn: '2026-12-04',
        locked: true,
      },
    ]);
    // The chapter versions are listed as before: the local text is not one of them.
    expect(manifest.documents.map((d) => d.file)).not.toContain(LOCAL);

    const article = articleOf(readFileSync(join(work, 'after', 'bundle.html'), 'utf8'), 'making-a-referral');
    const box = article.indexOf('<div class="local-text" id="procedures--making-a-referral--local-referral-arrangements"');
    // Where the chapter has its place for it: after the out-of-hours team, before the chapter's "Consent".
    expect(box).toBeGreaterThan(article.indexOf('Outside office hours, call the out-of-hours team:'));
    expect(box).toBeLessThan(article.indexOf('>Consent</h3>'));
    expect(article).toContain('>Local arrangements of Northmoor Safeguarding Children Partnership</p>');
    expect(article).toContain("In Northmoor, the written referral goes to the Children's Front Door on the Northmoor multi-agency referral form");
    expect(article.replace(/<[^>]+>/g, '')).toContain(
      "This is Northmoor SCP's own text, in force from 5 December 2026 and approved by Northmoor Procedures Sub-group on 4 December 2026. The rest of the chapter comes from Marlow Vale Regional Procedures.",
    );
    expect(article).toContain(`: the text of 5 December 2026, SHA-256 <span class="hash">${sha256Of(LOCAL)}</span>`);
  });

  it('holds no local text on a date before 5 December 2026, when the chapter had no place for one', () => {
    const made = run(['--as-at', '2026-12-04', '--out', join(work, 'before', 'bundle.html'), '--no-pdf']);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('Wrote the manual as it stood on 2026-12-04 (edition of 2026-07-13): 6 chapters and 1 information page.');
    expect(readManifest(readFileSync(join(work, 'before', 'bundle.manifest.json'), 'utf8')).localTexts).toEqual([]);
    const html = readFileSync(join(work, 'before', 'bundle.html'), 'utf8');
    expect(html).not.toContain('Local arrangements');
    expect(html).not.toContain('In Northmoor, the written referral goes');
    expect(run(['--verify', join(work, 'before', 'bundle.html')]).status).toBe(0);
  });

  it('passes --verify, then names an edited local text', () => {
    const bundle = join(work, 'after', 'bundle.html');
    const ok = run(['--verify', bundle]);
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toContain('9 version files against');

    const file = join(root, 'content', LOCAL);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('by secure email', 'by post'));
    const caught = run(['--verify', bundle]);
    writeFileSync(file, original);
    expect(caught.status).toBe(1);
    expect(
      shown(caught.stdout)
        .replace(/[0-9a-f]{12}\.\.\./g, '<sha>...')
        .replace(/made \S+\)/, 'made <time>)'),
    ).toMatchInlineSnapshot(`
      "Checked the evidence bundle of the manual as it stood on 2026-12-06 (made <time>): 9 version files against <work>/northmoor/content.
        CHANGED   local/making-a-referral/referral-arrangements/2026-12-05.mdx the local text at referral-arrangements in 1.1 Making a Referral to Children’s Social Care (version of 2026-12-05) differs from the version published (SHA-256 then <sha>..., now <sha>...), and no correction in the lock explains it
        CHANGED   local/making-a-referral/referral-arrangements/2026-12-05.mdx is in force on 2026-12-06, but with a SHA-256 no release record published
        CHANGED   bundle.html shows procedures--making-a-referral differently from the manual made again from the repository for 2026-12-06

      3 files differ from the bundle's manifest: the bundle no longer matches the repository.
      "
    `);
    expect(run(['--verify', bundle]).status).toBe(0);
  });
});
