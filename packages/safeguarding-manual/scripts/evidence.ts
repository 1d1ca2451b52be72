// npm run evidence -- --as-at YYYY-MM-DD [--out FILE]: writes the whole manual as it stood on a
// date as one self-contained HTML document, a JSON manifest beside it, and a PDF when Debian's
// Chromium is installed. npm run evidence -- --verify FILE checks a bundle against the repository.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { settings } from './manual-settings.ts';
import { isIsoDate } from '../src/lib/util/dates.ts';
import { buildEvidence, refuseEvidenceDate } from '../src/lib/evidence/bundle.ts';
import { readManifest, type EvidenceManifest } from '../src/lib/evidence/manifest.ts';
import { compareWithRebuilt, verifyEvidence } from '../src/lib/evidence/verify.ts';
import type { Manual, ManualSource } from '../src/lib/content/manual.ts';
import { readRecords } from '../src/lib/history/release-records.ts';
import { bodyOf } from '../src/lib/content/frontmatter.ts';
import { lockOf } from '../src/lib/history/lock-file.ts';
import { LOCK_FILE, lockKey } from '../src/lib/history/lock.ts';
import { contentType } from '../src/lib/servers/mime.ts';
import { counted } from '../src/lib/util/plural.ts';
import { formatProblems } from '../src/lib/check/problems.ts';
import { UserError } from '../src/lib/util/user-error.ts';
import { parseCommandArgs } from './authoring-command.ts';
import { runCommand } from './run-command.ts';
import { loadManual } from './load-manual.ts';

const HELP = `Usage: npm run evidence -- --as-at YYYY-MM-DD [--out FILE] [--no-pdf]
       npm run evidence -- --verify FILE

Writes the whole manual as it stood at the end of a date as one HTML document for a review
or an inspection: a cover (the partnership, the date, when the bundle was made and the
SHA-256 of the version lock), the contents, then every chapter and information page then in
force, in contents order, each with its number, title, version date, who approved it and the
SHA-256 of its file, and the contacts (today's details). In a manual that follows a regional
core, each chapter shows the partnership's own text in force at each of its extension points,
labelled as the site labels it, with its date and sign-off. Beside it:

  FILE                  the bundle (default: evidence-<date>.html in this folder)
  FILE.manifest.json    every version file it holds (local texts too), with its SHA-256
  FILE.pdf              the bundle printed to PDF, when Debian's Chromium is installed

  --as-at    the date, YYYY-MM-DD, on or before today
  --out      where to write the bundle, ending in .html
  --no-pdf   write no PDF
  --verify   check a bundle (its .html or its .manifest.json): the bundle and its PDF must be
             as they were written; the bundle is made again from the repository for its date
             and must hold exactly the versions and local texts then in force (by the release
             records, where the manual has them), with the same text; and every file it holds must
             still have the same SHA-256, unless a correction is recorded in the version lock.
             Exits with 1 when something differs.`;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

function manifestPathFor(file: string): string {
  return file.endsWith('.manifest.json') ? file : `${file.replace(/\.html?$/, '')}.manifest.json`;
}

async function writePdf(html: string, path: string, footer: string): Promise<boolean> {
  if (!existsSync(CHROMIUM)) return false;
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const text = footer.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    await page.pdf({
      path,
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:8px;width:100%;padding:0 16mm;display:flex;justify-content:space-between"><span>${text}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
      margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
    });
  } finally {
    await browser.close();
  }
  return true;
}

/** The bundle of the manual as it stood on `asAt`, made from the repository's files. */
function makeBundle(source: ManualSource, manual: Manual, asAt: string, today: string, generated: string, lockSha256: string | undefined) {
  const texts = new Map([...source.procedureFiles, ...(source.pageFiles ?? []), ...(source.localFiles ?? [])].map((f) => [f.file, f.text]));
  return buildEvidence({
    manual,
    settings,
    contentDir: source.contentDir,
    asAt,
    today,
    generated,
    lockSha256,
    body: (version) => bodyOf(texts.get(version.file) ?? readFileSync(version.file, 'utf8')),
    image: (path) => {
      const local = join('public', decodeURI(path.split(/[?#]/)[0]!));
      return existsSync(local) ? `data:${contentType(local)};base64,${readFileSync(local).toString('base64')}` : undefined;
    },
  });
}

/** Every version file the release records published, with each SHA-256 they gave it (a correction adds one); undefined without records. */
function releasedVersions(source: ManualSource): Map<string, Set<string>> | undefined {
  const { records } = readRecords(source.releaseRecordFiles ?? []);
  if (!records.length) return undefined;
  const released = new Map<string, Set<string>>();
  for (const { record } of records)
    for (const [document, dates] of Object.entries(record.versions))
      for (const [date, hash] of Object.entries(dates)) {
        const key = `${document}/${date}.mdx`;
        released.set(key, (released.get(key) ?? new Set()).add(hash));
      }
  return released;
}

async function make(asAt: string, out: string | undefined, pdf: boolean): Promise<void> {
  if (!isIsoDate(asAt)) throw new UserError(`--as-at ${asAt} is not a real date: write it as YYYY-MM-DD, such as --as-at 2023-03-01.`);
  const file = resolve(out ?? `evidence-${asAt}.html`);
  if (!/\.html?$/.test(file)) throw new UserError(`--out ${out} must end in .html, such as --out evidence-${asAt}.html.`);
  const { today, source, problems, manual } = loadManual();
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length)
    throw new UserError(`${formatProblems(errors)}\n\nThe manual has errors, so no bundle was made: fix them (npm run check lists them), then run this again.`);
  const refusal = refuseEvidenceDate(manual, asAt, today);
  if (refusal) throw new UserError(`${refusal} No bundle was made.`);

  const { html, manifest } = makeBundle(
    source,
    manual,
    asAt,
    today,
    new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    source.lockFile ? sha256(source.lockFile.text) : undefined,
  );
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
  const full: EvidenceManifest = { ...manifest, bundle: { file: basename(file), sha256: sha256(html) } };
  const pdfFile = file.replace(/\.html?$/, '.pdf');
  const madePdf =
    pdf && (await writePdf(html, pdfFile, `${settings.shortName}: the manual as it stood on ${asAt}. Evidence bundle generated ${manifest.generated}.`));
  if (madePdf) full.pdf = { file: basename(pdfFile), sha256: sha256(readFileSync(pdfFile)) };
  const manifestFile = manifestPathFor(file);
  writeFileSync(manifestFile, `${JSON.stringify(full, null, 2)}\n`);

  const pages = manifest.documents.filter((d) => d.collection === 'pages').length;
  const local = manifest.localTexts ?? [];
  const unlocked = [...manifest.documents, ...local].filter((d) => !d.locked).length;
  console.log(
    `Wrote the manual as it stood on ${asAt} (edition of ${manifest.edition}): ${counted(manifest.documents.length - pages, 'chapter')} and ${counted(pages, 'information page')}${
      local.length ? `, with the partnership's local text at ${counted(local.length, 'extension point')}` : ''
    }.`,
  );
  console.log(`  ${file}`);
  console.log(`  ${manifestFile}`);
  console.log(madePdf ? `  ${pdfFile}` : pdf ? `No PDF: Debian's Chromium (${CHROMIUM}) is not installed. Print the HTML file from a browser instead.` : '');
  if (unlocked)
    console.log(
      `${counted(unlocked, 'version')} in it ${unlocked === 1 ? 'is' : 'are'} not yet recorded in ${LOCK_FILE}: run npm run build and commit the lock, then make the bundle again.`,
    );
  console.log(`Check it later with: npm run evidence -- --verify ${file}`);
}

function verify(target: string): void {
  const manifestFile = manifestPathFor(target);
  if (!existsSync(manifestFile))
    throw new UserError(`${manifestFile} does not exist: give the bundle's .html file or its .manifest.json, with both in the same folder.`);
  let manifest: EvidenceManifest;
  try {
    manifest = readManifest(readFileSync(manifestFile, 'utf8'));
  } catch (e) {
    throw new UserError(`${manifestFile} cannot be used: ${(e as Error).message}.`);
  }
  const beside = (name: string) => {
    const path = join(dirname(manifestFile), name);
    return existsSync(path) ? sha256(readFileSync(path)) : undefined;
  };
  // The bundle made again from the repository for its date, with what the manifest says it was made with.
  const today = manifest.today ?? manifest.generated.slice(0, 10);
  const { source, manual } = loadManual({ today });
  const files = new Map(
    [...source.procedureFiles, ...(source.pageFiles ?? []), ...(source.localFiles ?? [])].map((f) => [
      lockKey(f, source.contentDir),
      f.sha256 ?? sha256(f.text),
    ]),
  );
  const bundlePath = join(dirname(manifestFile), manifest.bundle.file);
  const rebuilt = makeBundle(source, manual, manifest.asAt, today, manifest.generated, manifest.lock.sha256 ?? undefined);
  const findings = verifyEvidence(manifest, {
    bundle: beside(manifest.bundle.file),
    pdf: manifest.pdf && beside(manifest.pdf.file),
    files,
    lock: lockOf(source),
    lockSha256: source.lockFile ? sha256(source.lockFile.text) : undefined,
  });
  findings.push(
    ...compareWithRebuilt(
      manifest,
      existsSync(bundlePath) ? readFileSync(bundlePath, 'utf8') : undefined,
      { html: rebuilt.html, documents: rebuilt.manifest.documents, localTexts: rebuilt.manifest.localTexts },
      releasedVersions(source),
    ),
  );
  const faults = findings.filter((f) => f.kind === 'changed' || f.kind === 'missing');
  console.log(
    `Checked the evidence bundle of the manual as it stood on ${manifest.asAt} (made ${manifest.generated}): ${counted(manifest.documents.length + (manifest.localTexts?.length ?? 0), 'version file')} against ${resolve(source.contentDir)}.`,
  );
  const label = { changed: 'CHANGED  ', missing: 'MISSING  ', corrected: 'corrected', note: 'note     ' } as const;
  for (const f of findings) console.log(`  ${label[f.kind]} ${f.file} ${f.message}`);
  console.log(
    faults.length
      ? `\n${counted(faults.length, 'file')} differ from the bundle's manifest: the bundle no longer matches the repository.`
      : '\nThe bundle is as it was written, and every version in it is in the repository exactly as the bundle shows it.',
  );
  process.exitCode = faults.length ? 1 : 0;
}

await runCommand(async () => {
  const { values, positionals } = parseCommandArgs(HELP, {
    'as-at': { type: 'string' },
    out: { type: 'string' },
    'no-pdf': { type: 'boolean' },
    verify: { type: 'string' },
  });
  if (positionals.length) throw new UserError(`Unexpected ${positionals.join(' ')}.\n\n${HELP}`);
  if (typeof values['verify'] === 'string') return verify(values['verify']);
  if (typeof values['as-at'] !== 'string') throw new UserError(`Give the date with --as-at YYYY-MM-DD.\n\n${HELP}`);
  await make(values['as-at'], values['out'] as string | undefined, values['no-pdf'] !== true);
});
