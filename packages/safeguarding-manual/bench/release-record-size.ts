// npm run bench:records -- [--chapters 1000] [--versions 5]: the size of a release record for a
// synthetic manual (bench/generate.ts), so that records are kept small as manuals grow.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { LOCK_FILE, lockSchema } from '../src/lib/history/lock.ts';
import { nextRecord, serializeRecord } from '../src/lib/history/release-records.ts';
import { generateManual } from './generate.ts';

const { values } = parseArgs({ options: { chapters: { type: 'string', default: '1000' }, versions: { type: 'string', default: '5' } } });
const dir = mkdtempSync(join(tmpdir(), 'records-'));
try {
  generateManual(dir, Number(values.chapters), Number(values.versions), '2026-12-04');
  const lock = lockSchema.parse(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')));
  const started = performance.now();
  const record = nextRecord([], lock, '2026-12-04')!;
  const text = serializeRecord(record);
  const ms = performance.now() - started;
  const count = Object.values(record.versions).reduce((n, dates) => n + Object.keys(dates).length, 0);
  console.log(
    `Release record for ${values.chapters} chapters x ${values.versions} versions: ${count} versions, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB (${(gzipSync(text).length / 1024).toFixed(0)} KB gzipped), made in ${ms.toFixed(0)} ms.`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
