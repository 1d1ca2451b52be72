// npm run verify -- <amendments.json, built site folder or site address>: checks the manual's
// version files against what an earlier build published.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCK_FILE, lockSchema, type Lock } from '../src/lib/lock.ts';
import { counted } from '../src/lib/plural.ts';
import { contentDirFromEnv, readManualSource } from '../src/lib/source.ts';
import { UserError } from '../src/lib/user-error.ts';
import { readPublishedRecord, verifyAgainst } from '../src/lib/verify.ts';
import { runCommand } from './run-command.ts';

const HELP = `Usage: npm run verify -- <what was published>

Checks every version file of the manual against the SHA-256 that an earlier build published
in its amendments.json, and lists every version that changed since, or disappeared, without a
correction recorded in the version lock. <what was published> is one of:

  a saved amendments.json        npm run verify -- ~/evidence/amendments-2026-03-01.json
  a built site's folder          npm run verify -- /backups/site-2026-03-01
  the site's address             npm run verify -- https://procedures.example.org/

Keep a copy of amendments.json from each release: it is the record an auditor checks against.
Exits with 1 when a version changed without an explanation.`;

async function readRecord(where: string): Promise<string> {
  if (/^https?:\/\//.test(where)) {
    const url = new URL(where.endsWith('.json') ? where : `${where.replace(/\/?$/, '/')}amendments.json`);
    let response: Response;
    try {
      response = await fetch(url);
    } catch (e) {
      throw new UserError(`${url.href} could not be reached (${(e as Error).message}). Check the address and your connection, or use a saved amendments.json.`);
    }
    if (!response.ok)
      throw new UserError(
        `${url.href} answered ${response.status}: give the site's address, such as https://procedures.example.org/, or a saved amendments.json.`,
      );
    return response.text();
  }
  if (!existsSync(where)) throw new UserError(`${where} does not exist: give a saved amendments.json, a built site's folder, or the site's address.`);
  const file = statSync(where).isDirectory() ? join(where, 'amendments.json') : where;
  if (!existsSync(file)) throw new UserError(`${where} holds no amendments.json: give the folder of a built site, such as dist.`);
  return readFileSync(file, 'utf8');
}

await runCommand(async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  const [where] = positionals;
  if (values.help || !where) {
    console.log(HELP);
    if (!values.help) process.exitCode = 1;
    return;
  }
  let record;
  try {
    record = readPublishedRecord(await readRecord(where));
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${where} cannot be used: ${(e as Error).message}.`);
  }
  const source = readManualSource(contentDirFromEnv());
  const prefix = `${source.contentDir}/`;
  const current = new Map(
    [...source.procedureFiles, ...(source.pageFiles ?? [])].map((f) => [
      f.file.slice(prefix.length),
      createHash('sha256').update(f.text, 'utf8').digest('hex'),
    ]),
  );
  const lockResult = source.lockFile ? lockSchema.safeParse(JSON.parse(source.lockFile.text)) : undefined;
  const lock: Lock = lockResult?.success ? lockResult.data : { format: 2, files: {} };
  const findings = verifyAgainst(record, current, lock);
  const unexplained = findings.filter((f) => f.kind !== 'corrected');
  console.log(
    `Compared ${counted(record.files.size, 'published version')}${record.generated ? ` (record of ${record.generated})` : ''} with the files in ${source.contentDir}${source.lockFile ? '' : ` (there is no ${LOCK_FILE})`}.`,
  );
  for (const f of findings) console.log(`  ${f.kind === 'corrected' ? 'corrected' : 'CHANGED  '} ${f.file} ${f.message}`);
  console.log(
    unexplained.length
      ? `\n${counted(unexplained.length, 'version')} changed without a recorded correction.`
      : '\nEvery published version is as it was published, or was corrected with a recorded reason.',
  );
  process.exitCode = unexplained.length ? 1 : 0;
});
