// The partnership's local texts in an evidence bundle (evidence/local-texts.ts): in a manual that
// follows a core, the text in force on the bundle's date at each extension point of its chapters,
// shown at the point, listed in the manifest and checked by --verify.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildEvidence } from '../../src/lib/evidence/bundle.ts';
import { readManifest } from '../../src/lib/evidence/manifest.ts';
import { compareWithRebuilt, verifyEvidence } from '../../src/lib/evidence/verify.ts';
import { bodyOf } from '../../src/lib/content/frontmatter.ts';
import { checkManual } from '../../src/lib/check/validate.ts';
import type { CheckOptions, ManualSource } from '../../src/lib/content/manual.ts';
import { first, options, source, versionText } from './helpers.ts';

const BODY = 'Scope of the chapter.\n\n## How to refer\n\nPhone the front door.\n\n<Local name="referral-arrangements" />\n\n## Consent\n\nSeek consent.\n';
const chapter = first('1.1.1', 'Referrals', '2020-01-06', {}).replace(/\n---\n[\s\S]*$/, `\n---\n${BODY}`);
const localText = (amended: string, body: string, summary?: string) =>
  versionText({ amended, ...(summary ? { summary } : {}), approvedBy: 'Procedures Sub-group', approvedOn: amended }, body);
const core = { from: '../core', name: 'Regional Core' };
const followsCore: CheckOptions = { ...options, settings: { ...options.settings, core } };

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const localFiles = [
  ['2024-01-08', localText('2024-01-08', 'In Test, send the referral form by secure email.\n')],
  ['2024-05-01', localText('2024-05-01', 'In Test, send the referral form through the portal.\n', 'Names the portal.')],
].map(([date, text]) => ({ file: `m/local/referrals/referral-arrangements/${date}.mdx`, text: text!, sha256: sha(text!) }));
const base = source({ 'referrals/2020-01-06.mdx': chapter });
// Locked as a build would have locked them.
const lock = JSON.parse(base.lockFile!.text) as { files: Record<string, { sha256: string }> };
for (const f of localFiles) lock.files[f.file.slice('m/'.length)] = { sha256: f.sha256 };
const src: ManualSource = { ...base, localFiles, lockFile: { file: 'm/versions.lock.json', text: JSON.stringify(lock) } };

function make(asAt: string, given: CheckOptions = followsCore) {
  const { manual, problems } = checkManual(src, given);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  const texts = new Map([...src.procedureFiles, ...(src.localFiles ?? [])].map((f) => [f.file, f.text]));
  const made = buildEvidence({
    manual,
    settings: given.settings,
    contentDir: 'm',
    asAt,
    today: options.today,
    generated: '2024-06-01T10:00:00Z',
    lockSha256: 'a'.repeat(64),
    body: (v) => bodyOf(texts.get(v.file)!),
    image: () => undefined,
  });
  return { ...made, manual };
}

describe("an evidence bundle's local texts", () => {
  it('holds the text in force on the date at the point, and lists it in the manifest', () => {
    const { html, manifest } = make('2024-03-01');
    expect(manifest.localTexts?.map((l) => `${l.chapter} ${l.local_point} ${l.version} ${l.file} ${l.source}`)).toEqual([
      'referrals referral-arrangements 2024-01-08 local/referrals/referral-arrangements/2024-01-08.mdx local',
    ]);
    expect(html).toContain('send the referral form by secure email');
    expect(html).not.toContain('through the portal');
    // At the point, between the chapter's "How to refer" and "Consent".
    const box = html.indexOf('<div class="local-text" id="procedures--referrals--local-referral-arrangements"');
    expect(box).toBeGreaterThan(html.indexOf('Phone the front door.'));
    expect(box).toBeLessThan(html.indexOf('>Consent</h3>'));
    expect(html).toContain(
      '<p class="local-text-label" id="procedures--referrals--local-referral-arrangements-label">Local arrangements of Test Partnership</p>',
    );
    // A local text's date is an edition of the manual.
    expect(manifest.edition).toBe('2024-01-08');
    expect(make('2024-05-01').manifest.localTexts?.map((l) => l.version)).toEqual(['2024-05-01']);
  });

  it('holds none before the first text, and none in a manual that follows no core', () => {
    const before = make('2023-12-31');
    expect(before.manifest.localTexts).toEqual([]);
    expect(before.html).not.toContain('local-text');
    const noCore = make('2024-03-01', options);
    expect(noCore.manifest.localTexts).toBeUndefined();
    expect(noCore.html).not.toContain('send the referral form');
  });

  it('is checked by --verify: an edited local text is named, and a manifest without it is missing one', () => {
    const { manifest, manual } = make('2024-03-01');
    const full = readManifest(JSON.stringify({ ...manifest, bundle: { file: 'e.html', sha256: 'b'.repeat(64) } }));
    const files = new Map([...full.documents, ...(full.localTexts ?? [])].map((d) => [d.file, d.sha256]));
    expect(verifyEvidence(full, { bundle: 'b'.repeat(64), files, lock: manual.lock, lockSha256: 'a'.repeat(64) })).toEqual([]);
    const edited = new Map(files).set('local/referrals/referral-arrangements/2024-01-08.mdx', 'c'.repeat(64));
    expect(verifyEvidence(full, { bundle: 'b'.repeat(64), files: edited, lock: manual.lock, lockSha256: 'a'.repeat(64) })).toMatchInlineSnapshot(`
      [
        {
          "file": "local/referrals/referral-arrangements/2024-01-08.mdx",
          "kind": "changed",
          "message": "the local text at referral-arrangements in 1.1.1 Referrals (version of 2024-01-08) differs from the version published (SHA-256 then 8532781e3ed1..., now cccccccccccc...), and no correction in the lock explains it",
        },
      ]
    `);

    const rebuilt = { html: '', documents: full.documents, localTexts: full.localTexts };
    expect(compareWithRebuilt({ ...full, localTexts: undefined }, undefined, rebuilt, undefined)).toMatchInlineSnapshot(`
      [
        {
          "file": "local/referrals/referral-arrangements/2024-01-08.mdx",
          "kind": "missing",
          "message": "was in force on 2024-03-01 according to the repository, but is not in the bundle",
        },
      ]
    `);
    // An older manifest, which has no local texts, still reads.
    const { localTexts: _, ...older } = full;
    expect(readManifest(JSON.stringify(older)).localTexts).toBeUndefined();
  });
});
