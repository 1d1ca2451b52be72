// The check's rules for a manual that follows a regional core: the core record (content/core.json)
// is readable and agrees with the settings, and every core chapter's files are the core's text.
import { lockKey } from '../history/lock.ts';
import type { SourceFile } from '../content/manual.ts';
import type { ProblemReport } from '../check/problems.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { checkCoreCopy, CORE_FILE, coreRecordSchema, type CoreRecord } from './core-record.ts';

/** What the rules read: the content folder, its chapter files, and the core record's file. */
export interface CoreSource {
  contentDir: string;
  procedureFiles: readonly SourceFile[];
  coreFile?: SourceFile | undefined;
}

const ACCEPT = 'npm run core-update, then, once the board has accepted the release, npm run core-update -- --release <n> --accept --by "..." --on <date>';

/** Checks the core record and the core's files; returns the record when it can be read. */
export function checkCore(source: CoreSource, settings: Pick<SiteSettings, 'core'>, settingsFile: string, report: ProblemReport): CoreRecord | undefined {
  const recordPath = `${source.contentDir}/${CORE_FILE}`;
  const { coreFile } = source;
  if (!coreFile) {
    if (settings.core)
      report.warning(
        settingsFile,
        undefined,
        'core',
        `the settings name the core ${settings.core.name}, but this manual has taken none of its releases yet`,
        `run ${ACCEPT}`,
      );
    return undefined;
  }
  const restore = `restore it from version control (git checkout -- ${recordPath}); npm run core-update writes it`;
  let json: unknown;
  try {
    json = JSON.parse(coreFile.text);
  } catch (e) {
    report.error(recordPath, undefined, 'file', `the core record cannot be read: ${(e as Error).message}`, restore);
    return undefined;
  }
  const parsed = coreRecordSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    report.error(recordPath, undefined, issue?.path.join('.') || 'file', `the core record is damaged: ${issue?.message ?? 'unknown problem'}`, restore);
    return undefined;
  }
  const record = parsed.data;
  if (!settings.core)
    report.error(
      settingsFile,
      undefined,
      'core',
      `${recordPath} says this manual follows ${record.name}, but the settings name no core`,
      `add core: { from: '<the core's folder or repository>', name: '${record.name}' } to ${settingsFile}`,
    );
  const files = new Map(source.procedureFiles.map((f) => [lockKey(f, source.contentDir), f]));
  for (const problem of checkCoreCopy(record, files, recordPath)) report.error(problem.file, undefined, problem.field, problem.message, problem.fix);
  return record;
}
