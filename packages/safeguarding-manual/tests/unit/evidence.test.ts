import { describe, expect, it } from 'vitest';
import { buildEvidence, refuseEvidenceDate } from '../../src/lib/evidence/bundle.ts';
import { readManifest, type EvidenceManifest } from '../../src/lib/evidence/manifest.ts';
import { verifyEvidence } from '../../src/lib/evidence/verify.ts';
import { bodyOf } from '../../src/lib/content/frontmatter.ts';
import { checkManual } from '../../src/lib/check/validate.ts';
import { first, firstPage, options, settings, source, versionText } from './helpers.ts';

const FRONT_DOOR = `organisation: Northtown Council
service: Front Door
category: referral
areas: [northtown]
phones:
  - label: Office hours
    number: "0116 496 0100"
    hours: office-hours
verified: 2024-01-01
changes:
  - date: 2021-05-01
    summary: New email.
  - date: 2023-02-01
    summary: New office hours number.
`;

const files = {
  'referrals/2020-01-06.mdx': first('1.1.1', 'Referrals', '2020-01-06', {}),
  'referrals/2022-03-01.mdx': versionText(
    {
      section: '1.1.2',
      title: 'Making a Referral',
      amended: '2022-03-01',
      change: 'updated',
      summary: 'Renumbered.',
      approvedBy: 'Policy & Procedures <Group>',
      approvedOn: '2022-02-14',
    },
    'Call <Contact id="front-door" />, or <Contact id="emergency" inline /> in an emergency.\n\n## How to refer\n\nSee [strategy](/procedures/strategy/#steps), [the old guide](/procedures/old/) and [contacts](/contacts/).\n',
  ),
  'strategy/2020-01-06.mdx': first('1.1.3', 'Strategy'),
  'old/2020-01-06.mdx': first('2.1', 'Old Guide'),
  'old/2021-06-01.mdx': versionText({ section: '2.1', title: 'Old Guide', amended: '2021-06-01', change: 'withdrawn', summary: 'No longer needed.' }),
  'later/2023-01-01.mdx': first('2.2', 'Later', '2023-01-01'),
};
const src = source(files, {
  contacts: { 'front-door': FRONT_DOOR },
  pages: { 'worried/2021-01-04.mdx': firstPage('Worried about a child?', ['public'], '2021-01-04') },
});
const { manual, problems } = checkManual(src, options);
const texts = new Map([...src.procedureFiles, ...(src.pageFiles ?? [])].map((f) => [f.file, f.text]));
const make = (asAt: string) =>
  buildEvidence({
    manual,
    settings,
    contentDir: 'm',
    asAt,
    today: options.today,
    generated: '2024-06-01T10:00:00Z',
    lockSha256: 'a'.repeat(64),
    body: (v) => bodyOf(texts.get(v.file)!),
    image: () => undefined,
  });

describe('the evidence bundle', () => {
  it('is built from a valid manual', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('holds exactly the versions in force at the end of the date, in contents order, then the information pages', () => {
    const { manifest } = make('2022-03-01');
    expect(manifest.edition).toBe('2022-03-01');
    expect(manifest.documents.map((d) => `${d.number || '-'} ${d.file} ${d.locked}`)).toEqual([
      '1.1.2 procedures/referrals/2022-03-01.mdx true',
      '1.1.3 procedures/strategy/2020-01-06.mdx true',
      '- pages/worried/2021-01-04.mdx true',
    ]);
    expect(manifest.documents[0]).toMatchObject({
      approvedBy: 'Policy & Procedures <Group>',
      approvedOn: '2022-02-14',
      sha256: manual.chapters.find((c) => c.id === 'referrals')!.versions[1]!.hash,
    });
    expect(make('2021-05-31').manifest.documents.map((d) => d.file)).toEqual([
      'procedures/referrals/2020-01-06.mdx',
      'procedures/strategy/2020-01-06.mdx',
      'procedures/old/2020-01-06.mdx',
      'pages/worried/2021-01-04.mdx',
    ]);
    expect(make('2021-05-31').manifest.edition).toBe('2021-01-04');
  });

  it("shows each version with its sign-off and hash, links within the bundle, and today's contacts with their changes up to the date", () => {
    const { html } = make('2022-03-01');
    const article = html.slice(html.indexOf('<article class="document" id="procedures--referrals"'), html.indexOf('</article>') + 10);
    expect(article).toContain('<h2 id="procedures--referrals-title"><span class="number">1.1.2</span> Making a Referral</h2>');
    expect(article).toContain('<dt>Approved</dt><dd>by Policy &#x26; Procedures &#x3C;Group> on 14 February 2022</dd>');
    expect(article).toContain('<dt>Version</dt><dd>in force from 1 March 2022 (still in force on 1 June 2024)</dd>');
    expect(article).toContain(manifestHash('referrals'));
    // A link to a chapter in the bundle leads to it; one to a chapter not in force that day, and to other pages, leads to the site.
    expect(article).toContain('<a href="#procedures--strategy--steps">strategy</a>');
    expect(article).toContain('<a href="https://example.org/procedures/old/">the old guide</a>');
    expect(article).toContain('<a href="https://example.org/contacts/">contacts</a>');
    expect(article).toContain('<h3 id="procedures--referrals--how-to-refer">How to refer</h3>');
    expect(article).toContain('<a href="tel:+441164960100">0116 496 0100</a>');
    const contacts = html.slice(html.indexOf('<section class="contacts"'));
    expect(contacts).toContain('1 May 2021: New email.');
    expect(contacts).not.toContain('New office hours number.');
    expect(contacts).toContain('1 change to these details recorded after 1 March 2022.');
    // The cover.
    expect(html).toContain('<h1 id="title">Test Procedures: the manual as it stood on 1 March 2022</h1>');
    expect(html).toContain('<dt>Version lock SHA-256</dt><dd class="hash">aaaaaaaa');
    expect(html).toContain('<dt>Generated</dt><dd>2024-06-01T10:00:00Z</dd>');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">');
    expect(html).toMatch(/@media print \{[^}]*\}[\s\S]*\.document \{ break-before: page; \}/);
  });

  it('is refused for a date after today or before the manual began', () => {
    expect(refuseEvidenceDate(manual, '2024-06-02', options.today)).toMatchInlineSnapshot(
      `"2 June 2024 is after today (1 June 2024): the manual has not stood on it yet."`,
    );
    expect(refuseEvidenceDate(manual, '2020-01-05', options.today)).toMatchInlineSnapshot(
      `"The manual began on 6 January 2020: nothing in it was in force on 5 January 2020."`,
    );
    expect(refuseEvidenceDate(manual, '2020-01-06', options.today)).toBeUndefined();
  });

  it('is checked against its manifest, the files and the lock', () => {
    const { html, manifest } = make('2022-03-01');
    const full: EvidenceManifest = readManifest(JSON.stringify({ ...manifest, bundle: { file: 'e.html', sha256: 'b'.repeat(64) } }));
    const files = new Map(manifest.documents.map((d) => [d.file, d.sha256]));
    const ok = verifyEvidence(full, { bundle: 'b'.repeat(64), files, lock: manual.lock, lockSha256: 'a'.repeat(64) });
    expect(ok).toEqual([]);
    const edited = new Map(files).set('procedures/strategy/2020-01-06.mdx', 'c'.repeat(64));
    expect(verifyEvidence(full, { bundle: 'd'.repeat(64), files: edited, lock: manual.lock, lockSha256: 'e'.repeat(64) })).toMatchInlineSnapshot(`
      [
        {
          "file": "e.html",
          "kind": "changed",
          "message": "has been edited since it was made (SHA-256 then bbbbbbbbbbbb..., now dddddddddddd...)",
        },
        {
          "file": "procedures/strategy/2020-01-06.mdx",
          "kind": "changed",
          "message": "1.1.3 Strategy (version of 2020-01-06) differs from the version published (SHA-256 then baf27292c36b..., now cccccccccccc...), and no correction in the lock explains it",
        },
        {
          "file": "m/versions.lock.json",
          "kind": "note",
          "message": "has changed since the bundle was made (versions published or corrections recorded since): this alone does not change what the bundle shows",
        },
      ]
    `);
    expect(() => readManifest('{"format":1}')).toThrow('it is not the manifest of an evidence bundle made by npm run evidence');
    expect(html.length).toBeGreaterThan(0);
  });
});

function manifestHash(id: string): string {
  return manual.chapters.find((c) => c.id === id)!.current!.hash;
}
