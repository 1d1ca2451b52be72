// npm run evidence on a copy of the example manual, as an auditor would use it: the bundle holds
// exactly the versions in force on the date (worked out here from the files alone), their hashes
// are the lock's, and --verify catches an edited version file or an edited bundle.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'manual-evidence-'));
const content = join(work, 'content');
const out = join(work, 'bundle', 'evidence.html');
const env = { ...process.env, MANUAL_CONTENT_DIR: content, MANUAL_TODAY: '2026-11-22' };
const run = (args: string[]) => spawnSync(process.execPath, ['scripts/evidence.ts', ...args], { env, encoding: 'utf8' });
const shown = (text: string) => text.replaceAll(work, '<work>');

cpSync('../../examples/brackenshire/content', content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The version of each chapter and page in force at the end of `date`, from the file names and the change field alone. */
function inForce(date: string): string[] {
  const files: string[] = [];
  for (const collection of ['procedures', 'pages']) {
    for (const id of readdirSync(join(content, collection))) {
      const latest = readdirSync(join(content, collection, id))
        .map((f) => f.slice(0, 10))
        .filter((d) => d <= date)
        .sort()
        .at(-1);
      if (!latest) continue;
      const file = `${collection}/${id}/${latest}.mdx`;
      if (!/^change: withdrawn$/m.test(readFileSync(join(content, file), 'utf8'))) files.push(file);
    }
  }
  return files.sort();
}

interface Manifest {
  asAt: string;
  edition: string;
  bundle: { file: string; sha256: string };
  pdf?: { file: string; sha256: string };
  documents: { file: string; sha256: string; number: string; approvedBy: string | null }[];
}

describe('the evidence bundle of the example manual', () => {
  it('holds exactly the versions in force on 1 March 2023, with the hashes the lock records', () => {
    const made = run(['--as-at', '2023-03-01', '--out', out]);
    expect(made.status, made.stderr).toBe(0);
    expect(shown(made.stdout)).toContain('Wrote the manual as it stood on 2023-03-01 (edition of 2022-10-03): 66 chapters and 0 information pages.');
    const manifest = JSON.parse(readFileSync(join(work, 'bundle', 'evidence.manifest.json'), 'utf8')) as Manifest;
    expect(manifest.documents.map((d) => d.file).sort()).toEqual(inForce('2023-03-01'));
    // Renumbered on 3 October 2022: the new number.
    expect(manifest.documents.find((d) => d.file === 'procedures/non-recent-abuse-allegations/2022-10-03.mdx')?.number).toBe('1.6.7');
    const lock = JSON.parse(readFileSync(join(content, 'versions.lock.json'), 'utf8')) as { files: Record<string, { sha256: string }> };
    for (const d of manifest.documents) expect(d.sha256, d.file).toBe(lock.files[d.file]?.sha256);
    const html = readFileSync(out, 'utf8');
    for (const d of manifest.documents) expect(html).toContain(d.sha256);
    expect(html.match(/<article class="document"/g)).toHaveLength(manifest.documents.length);
    if (existsSync('/usr/bin/chromium'))
      expect(
        readFileSync(join(work, 'bundle', 'evidence.pdf'))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
  });

  it('records sign-off, and holds information pages, on a later date', () => {
    const made = run(['--as-at', '2026-11-22', '--out', join(work, 'later.html'), '--no-pdf']);
    expect(made.status, made.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(work, 'later.manifest.json'), 'utf8')) as Manifest;
    expect(manifest.documents.map((d) => d.file).sort()).toEqual(inForce('2026-11-22'));
    expect(manifest.documents.find((d) => d.file === 'procedures/information-sharing/2026-11-16.mdx')?.approvedBy).toBe('Policy and Procedures Group');
    expect(manifest.pdf).toBeUndefined();
  });

  it('passes --verify, then catches an edited version file and an edited bundle', () => {
    const ok = run(['--verify', out]);
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toContain('The bundle is as it was written, and every version in it is in the repository exactly as the bundle shows it.');

    const file = join(content, 'procedures/section-47-enquiries/2021-03-29.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Section 47 of the Children Act 1989', 'Section 47 of the Children Act 1998'));
    writeFileSync(out, readFileSync(out, 'utf8').replace('</body>', '<p>Added later.</p></body>'));
    const caught = run(['--verify', join(work, 'bundle', 'evidence.manifest.json')]);
    expect(caught.status).toBe(1);
    // Nor is a new bundle made from a manual whose published version was edited.
    const refused = run(['--as-at', '2023-03-01', '--out', join(work, 'edited.html')]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('The manual has errors, so no bundle was made');
    cpSync('../../examples/brackenshire/content/procedures/section-47-enquiries/2021-03-29.mdx', file);
    expect(
      shown(caught.stdout)
        .replace(/[0-9a-f]{12}\.\.\./g, '<sha>...')
        .replace(/made \S+\)/, 'made <time>)'),
    ).toMatchInlineSnapshot(`
      "Checked the evidence bundle of the manual as it stood on 2023-03-01 (made <time>): 66 version files against <work>/content.
        CHANGED   evidence.html has been edited since it was made (SHA-256 then <sha>..., now <sha>...)
        CHANGED   procedures/section-47-enquiries/2021-03-29.mdx 1.3.4 Section 47 Enquiries (version of 2021-03-29) differs from the version published (SHA-256 then <sha>..., now <sha>...), and no correction in the lock explains it
        CHANGED   procedures/section-47-enquiries/2021-03-29.mdx is in force on 2023-03-01, but with a SHA-256 no release record published
        CHANGED   evidence.html shows procedures--section-47-enquiries differently from the manual made again from the repository for 2023-03-01

      4 files differ from the bundle's manifest: the bundle no longer matches the repository.
      "
    `);
  });

  it('--verify makes the bundle again from the repository: a rewritten bundle, a swapped or removed version, a deleted PDF and a backdated version are caught', () => {
    const made = run(['--as-at', '2023-03-01', '--out', join(work, 'fresh', 'bundle.html'), '--no-pdf']);
    expect(made.status, made.stderr).toBe(0);
    const html = readFileSync(join(work, 'fresh', 'bundle.html'), 'utf8');
    const manifest = JSON.parse(readFileSync(join(work, 'fresh', 'bundle.manifest.json'), 'utf8')) as Manifest;
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    /** Writes a tampered copy of the bundle and its manifest (the bundle's hash made to match), and verifies it. */
    const verifyCopy = (name: string, bundle: string, tampered: Manifest) => {
      const dir = join(work, name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'bundle.html'), bundle);
      writeFileSync(join(dir, 'bundle.manifest.json'), JSON.stringify({ ...tampered, bundle: { file: 'bundle.html', sha256: sha(bundle) } }));
      const result = run(['--verify', join(dir, 'bundle.html')]);
      return { status: result.status, out: result.stdout };
    };
    const s47 = 'procedures/section-47-enquiries/2021-03-29.mdx';

    const rewritten = verifyCopy('rewritten', html.replace('Section 47 of the Children Act 1989', 'Section 47 of the Children Act 1998'), manifest);
    expect(rewritten.status).toBe(1);
    expect(rewritten.out).toMatch(
      /CHANGED {3}bundle\.html shows procedures--section-47-enquiries differently from the manual made again from the repository for 2023-03-01/,
    );

    const older = readdirSync(join(content, 'procedures/section-47-enquiries')).sort()[0]!;
    const lock = JSON.parse(readFileSync(join(content, 'versions.lock.json'), 'utf8')) as { files: Record<string, { sha256: string }> };
    const olderFile = `procedures/section-47-enquiries/${older}`;
    const swapped = verifyCopy('swapped', html, {
      ...manifest,
      documents: manifest.documents.map((d) => (d.file === s47 ? { ...d, file: olderFile, sha256: lock.files[olderFile]!.sha256 } : d)),
    });
    expect(swapped.status).toBe(1);
    expect(swapped.out).toContain(`${olderFile} is in the bundle, but was not in force on 2023-03-01 according to the repository`);

    const removed = verifyCopy('removed', html.replace(/<article class="document" id="procedures--section-47-enquiries"[\s\S]*?<\/article>/, ''), {
      ...manifest,
      documents: manifest.documents.filter((d) => d.file !== s47),
    });
    expect(removed.status).toBe(1);
    expect(removed.out).toContain(`MISSING   ${s47} was in force on 2023-03-01 according to the repository, but is not in the bundle`);

    const noPdf = verifyCopy('no-pdf', html, { ...manifest, pdf: { file: 'bundle.pdf', sha256: sha('%PDF-') } });
    expect(noPdf.status).toBe(1);
    expect(noPdf.out).toContain('MISSING   bundle.pdf is not beside the manifest');

    // A version dated back to before the bundle's date, added after the last release: the manual made again differs, and no record published it.
    const ghost = join(content, 'procedures/section-47-enquiries/2022-06-01.mdx');
    writeFileSync(ghost, readFileSync(join(content, s47), 'utf8').replace('amended: 2021-03-29', 'amended: 2022-06-01'));
    const backdated = run(['--verify', join(work, 'fresh', 'bundle.html')]);
    rmSync(ghost);
    expect(backdated.status, backdated.stdout + backdated.stderr).toBe(1);
    expect(backdated.stdout).toContain(
      'procedures/section-47-enquiries/2022-06-01.mdx is in force on 2023-03-01 according to the files, but no release record published it',
    );
    expect(run(['--verify', join(work, 'fresh', 'bundle.html')]).status).toBe(0);
  });

  it('refuses a date before the manual began, or one that is not a date, and writes nothing', () => {
    const before = run(['--as-at', '2019-01-01', '--out', join(work, 'none.html')]);
    expect(before.status).toBe(1);
    expect(before.stderr).toMatchInlineSnapshot(`
      "The manual began on 30 September 2019: nothing in it was in force on 1 January 2019. No bundle was made.
      "
    `);
    expect(run(['--as-at', '1 March 2023']).stderr).toMatchInlineSnapshot(`
      "--as-at 1 March 2023 is not a real date: write it as YYYY-MM-DD, such as --as-at 2023-03-01.
      "
    `);
    expect(existsSync(join(work, 'none.html'))).toBe(false);
    expect(run(['--as-at', '2023-03-01', '--out', join(work, 'bundle.txt')]).stderr).toContain('must end in .html, such as --out evidence-2023-03-01.html.');
    expect(run([]).stderr.split('\n')[0]).toBe('Give the date with --as-at YYYY-MM-DD.');
    expect(shown(run(['--verify', join(work, 'missing.html')]).stderr)).toMatchInlineSnapshot(`
      "<work>/missing.manifest.json does not exist: give the bundle's .html file or its .manifest.json, with both in the same folder.
      "
    `);
  });
});
