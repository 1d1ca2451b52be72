// npm run verify -- <amendments.json, built site folder or site address>: checks the manual's
// version files against what an earlier build published.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkHistory } from '../src/lib/history/history.ts';
import { contactNoted, GLOSSARY, glossaryNoted, resourceNoted, type Noted } from '../src/lib/history/lock-notes.ts';
import { lockOf } from '../src/lib/history/lock-file.ts';
import { LOCK_FILE, lockKey } from '../src/lib/history/lock.ts';
import type { SourceFile } from '../src/lib/content/manual.ts';
import { readRecords, sha256Of } from '../src/lib/history/release-records.ts';
import { counted } from '../src/lib/util/plural.ts';
import { contentDirFromEnv, readManualSource } from '../src/lib/content/source.ts';
import { UserError } from '../src/lib/util/user-error.ts';
import { readPublishedRecord, verifyAgainst } from '../src/lib/history/verify.ts';
import { translatedDocuments } from '../src/lib/check/languages.ts';
import { localTextDocuments } from '../src/lib/region/local-text.ts';
import { runCommand } from './run-command.ts';
import { loadManual, type LoadedManual } from './load-manual.ts';

const HELP = `Usage: npm run verify
       npm run verify -- <what was published>

Without an argument, checks the manual's files and version lock against the chain of release
records in the repository (release-records/<n>.json): no record changed since it was published,
and everything a release published is unchanged or corrected after that release. With a built
site's folder or address that has /releases/, checks the site's records against the
repository's as well.

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

/** The site's release records, by number, or undefined when the site has none. */
async function siteRecords(where: string): Promise<SourceFile[] | undefined> {
  const read = async (name: string): Promise<string | undefined> => {
    if (/^https?:\/\//.test(where)) {
      const response = await fetch(new URL(`releases/${name}`, where.replace(/\/?$/, '/'))).catch(() => undefined);
      return response?.ok ? response.text() : undefined;
    }
    const path = join(where, 'releases', name);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  };
  if (!/^https?:\/\//.test(where) && (!existsSync(where) || !statSync(where).isDirectory())) return undefined;
  const index = await read('index.json');
  if (!index) return undefined;
  let listed: { file: string }[];
  try {
    listed = (JSON.parse(index) as { releases: { file: string }[] }).releases;
    if (!Array.isArray(listed)) throw new TypeError('no list of releases');
  } catch (e) {
    throw new UserError(
      `${where}'s /releases/index.json is damaged (${(e as Error).message}): it is not the list a build writes. Build the site again, or verify against the repository alone with npm run verify.`,
    );
  }
  const files: SourceFile[] = [];
  for (const { file } of listed) {
    const text = await read(file);
    if (text === undefined) throw new UserError(`${where} lists the release record ${file} at /releases/, but it cannot be read there.`);
    files.push({ file: `${where.replace(/\/$/, '')}/releases/${file}`, text, sha256: sha256Of(text) });
  }
  return files;
}

/** Checks the repository against its records, and the site's records against the repository's; returns the number of findings. */
function verifyChain(
  { source, manual, translations, today }: Pick<LoadedManual, 'source' | 'manual' | 'translations' | 'today'>,
  site: SourceFile[] | undefined,
): number {
  const problems: string[] = [];
  const repo = source.releaseRecordFiles ?? [];
  if (site) {
    const byName = new Map(repo.map((f) => [f.file.split('/').at(-1), f]));
    for (const published of site) {
      const name = published.file.split('/').at(-1);
      const kept = byName.get(name);
      if (!kept)
        problems.push(`${published.file} is published, but the repository has no ${name} in ${source.contentDir}/release-records: restore it from the site.`);
      else if (kept.sha256 !== published.sha256)
        problems.push(`${kept.file} differs from the record the site published (${published.file}): a record is never changed once published.`);
    }
  }
  const { records, problems: chain } = readRecords(site ?? repo);
  problems.push(...chain.map((p) => `${p.file}: ${p.message}; ${p.fix}.`));
  // A version's text in each other language is published, and recorded, with it; so is each local text.
  const documents = [...manual.chapters, ...manual.pages];
  const files = new Map(
    [...documents, ...translatedDocuments(documents, translations), ...localTextDocuments(manual.localTexts ?? [], today)]
      .flatMap((d) => d.versions)
      .map((v) => [lockKey(v, source.contentDir), v.hash]),
  );
  const noted = new Map<string, Noted & { file: string }>();
  const dir = source.contentDir;
  for (const i of contactNoted(manual.contacts)) noted.set(`contacts/${i.id}`, { ...i, file: `${dir}/contacts/${i.id}.yaml` });
  for (const i of resourceNoted(manual.resources)) noted.set(`resources/${i.id}`, { ...i, file: `${dir}/resources/${i.id}.yaml` });
  for (const i of glossaryNoted(manual.glossary)) noted.set(GLOSSARY, { ...i, file: `${dir}/glossary.yaml` });
  const findings = checkHistory(records, files, noted, manual.lock, dir);
  problems.push(...findings.map((f) => `${f.what} ${f.message}; ${f.fix}.`));
  const last = records.at(-1)?.record;
  console.log(
    `Checked ${source.contentDir} against ${counted(records.length, 'release record')}${site ? ' published on the site' : ''}${last ? ` (the last, release ${last.release}, of ${last.date})` : ''}.`,
  );
  for (const p of problems) console.log(`  ${p}`);
  console.log(
    problems.length
      ? `\n${counted(problems.length, 'problem')} with the history of the manual.`
      : '\nEverything published is as it was published, or was corrected after it, with a recorded reason.',
  );
  return problems.length;
}

await runCommand(async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  const [where] = positionals;
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (!where || (await siteRecords(where))) {
    const loaded = loadManual({ checkBodies: false });
    if (!where && !loaded.source.releaseRecordFiles?.length)
      throw new UserError(`${loaded.source.contentDir} has no release records yet: the first build that publishes the manual writes release-records/1.json.`);
    process.exitCode = verifyChain(loaded, where ? await siteRecords(where) : undefined) ? 1 : 0;
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
  const current = new Map(
    [...source.procedureFiles, ...(source.pageFiles ?? [])].map((f) => [
      lockKey(f, source.contentDir),
      f.sha256 ?? createHash('sha256').update(f.text, 'utf8').digest('hex'),
    ]),
  );
  const lock = lockOf(source);
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
