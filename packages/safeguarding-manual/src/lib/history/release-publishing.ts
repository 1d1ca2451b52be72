// Puts the release records where they are kept: the new record into the repository once the site
// showing it is in place, and every record onto the site, at /releases/<n>.json, listed at
// /releases/ (a page, and index.json for programs).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDate } from '../util/dates.ts';
import type { Lock } from './lock.ts';
import { readSourceFile, releaseRecordFilesIn } from '../content/source.ts';
import { nextRecord, readRecords, RELEASE_RECORDS_DIR, serializeRecord, sha256Of, type ReleaseRecord } from './release-records.ts';

/** The site's folder of records, /releases/. */
const SITE_RELEASES_DIR = 'releases';

/**
 * The record a build publishing `lock` on `date` adds, or undefined when it publishes nothing new;
 * written to `into`. `upcoming`: the versions published ahead of their date, by lock key, with their hashes.
 */
export function proposeRecord(contentDir: string, lock: Lock, date: string, into: string, upcoming?: ReadonlyMap<string, string>): ReleaseRecord | undefined {
  const { records } = readRecords(releaseRecordFilesIn(contentDir).map((f) => readSourceFile(f)));
  const record = nextRecord(records, lock, date, upcoming);
  if (record) writeFileSync(join(into, 'release-record.json'), serializeRecord(record));
  return record;
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** Writes every record of the repository, and the proposed one in `work`, into the site's /releases/. */
export function writeRecordsToSite(site: string, contentDir: string, work: string, title: string): void {
  const texts = releaseRecordFilesIn(contentDir).map((f) => readFileSync(f, 'utf8'));
  const proposed = join(work, 'release-record.json');
  if (existsSync(proposed)) texts.push(readFileSync(proposed, 'utf8'));
  if (!texts.length) return;
  const dir = join(site, SITE_RELEASES_DIR);
  mkdirSync(dir, { recursive: true });
  const listed = texts
    .map((text) => ({ text, record: JSON.parse(text) as ReleaseRecord }))
    .sort((a, b) => a.record.release - b.record.release)
    .map(({ text, record }) => {
      writeFileSync(join(dir, `${record.release}.json`), text);
      return { release: record.release, date: record.date, file: `${record.release}.json`, sha256: sha256Of(text) };
    });
  writeFileSync(join(dir, 'index.json'), `${JSON.stringify({ releases: listed }, null, 2)}\n`);
  const rows = listed
    .toReversed()
    .map((r) => `<li><a href="${r.file}">Release ${r.release}, ${escape(formatDate(r.date))}</a><br>SHA-256 <code>${r.sha256}</code></li>`)
    .join('\n');
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Release records – ${escape(title)}</title>
</head>
<body>
<main>
<h1>Release records</h1>
<p>Each time the manual published something new, it recorded the SHA-256 of every version and every list of change notes then published, and the SHA-256 of the record before. Anyone can check them with sha256sum; npm run verify checks a copy of the manual against them.</p>
<ol reversed>
${rows}
</ol>
<p><a href="../">Back to the manual</a></p>
</main>
</body>
</html>
`,
  );
}

/** Saves the proposed record in the repository, once the site that shows it is in place; returns its file. */
export function saveProposedRecord(contentDir: string, work: string): string | undefined {
  const proposed = join(work, 'release-record.json');
  if (!existsSync(proposed)) return undefined;
  const text = readFileSync(proposed, 'utf8');
  const { release } = JSON.parse(text) as ReleaseRecord;
  const dir = join(contentDir, RELEASE_RECORDS_DIR);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${release}.json`);
  writeFileSync(file, text, { flag: 'wx' });
  return file;
}
