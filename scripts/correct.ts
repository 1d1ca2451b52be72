// npm run correct -- <version file> --reason "...": records a genuine correction to a published version.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import { LOCK_FILE, lockSchema, recordCorrection, serializeLock } from '../src/lib/lock.ts';
import { buildDateFromEnv, contentDirFromEnv } from '../src/lib/source.ts';

const HELP = `Usage: npm run correct -- <version file> --reason "what was wrong and why it was corrected"

Records a correction to a version that is already published: a typing error, a broken
link, a wrong team name. The lock keeps the hash of the text it replaces, and the
amendments log shows the correction with its date and reason. Changes of substance
are not corrections: publish them as a new version instead.`;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { reason: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const [file] = positionals;
const reason = values.reason?.trim();
if (!file || !reason) {
  console.error(`${HELP}\n\nGive the version file and --reason.`);
  process.exit(1);
}
const contentDir = contentDirFromEnv();
const lockPath = join(contentDir, LOCK_FILE);
const lock = lockSchema.parse(JSON.parse(readFileSync(lockPath, 'utf8')));
const key = relative(contentDir, file);
const sha256 = createHash('sha256').update(readFileSync(file, 'utf8'), 'utf8').digest('hex');
try {
  writeFileSync(lockPath, serializeLock(recordCorrection(lock, key, sha256, buildDateFromEnv(), reason)));
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
console.log(`Recorded the correction to ${file} in ${lockPath}. Commit both files; the amendments log will show it.`);
