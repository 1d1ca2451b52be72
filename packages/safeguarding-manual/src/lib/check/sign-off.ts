// Who approved each version and when: approvedBy and approvedOn go together, an approval comes
// on or before the day the version takes effect, and from the date the settings name
// (signOffRequiredFrom) every new version records one: versions already published (locked)
// need no retrofitting, since a published version never changes.
import { formatDate } from '../util/dates.ts';
import type { ProblemReport } from './problems.ts';
import { documentNoun, type Version } from '../content/versions.ts';
import type { CheckOptions } from '../content/manual.ts';
import type { ManualIndex } from './manual-index.ts';

export function checkSignOff(index: ManualIndex, report: ProblemReport): void {
  for (const chapter of [...index.chapters, ...index.pages]) {
    const noun = documentNoun(chapter.collection);
    for (const v of chapter.versions) checkVersionSignOff(v, noun, (field) => index.at(v, field), index.isLocked(v), index.options, report);
  }
}

/** The sign-off of one version (of a chapter, a page, or a local text), `noun` naming what it is a version of. */
export function checkVersionSignOff(
  v: Pick<Version, 'file' | 'amended' | 'approvedBy' | 'approvedOn'>,
  noun: string,
  at: (field: string) => number | undefined,
  locked: boolean,
  options: Pick<CheckOptions, 'settings' | 'settingsFile'>,
  report: ProblemReport,
): void {
  const requiredFrom = options.settings.signOffRequiredFrom;
  if (v.approvedBy === undefined && v.approvedOn === undefined) {
    if (requiredFrom !== undefined && v.amended >= requiredFrom && !locked) {
      report.error(
        v.file,
        at('amended'),
        'approvedBy',
        `is missing: every version taking effect on or after ${formatDate(requiredFrom)} must say who approved it and when (signOffRequiredFrom in ${options.settingsFile})`,
        `add approvedBy: Policy and Procedures Group and approvedOn: ${v.amended} (the group or person that approved the ${noun}, and the date, on or before ${v.amended})`,
      );
    }
  } else if (v.approvedOn === undefined) {
    report.error(
      v.file,
      at('approvedBy'),
      'approvedOn',
      'is missing: an approval needs its date',
      `add approvedOn: followed by the date ${v.approvedBy} approved it, on or before ${v.amended}`,
    );
  } else if (v.approvedBy === undefined) {
    report.error(
      v.file,
      at('approvedOn'),
      'approvedBy',
      'is missing: an approval date needs the group or person that approved the version',
      'add approvedBy: followed by who approved it, such as Policy and Procedures Group',
    );
  } else if (v.approvedOn > v.amended) {
    report.error(
      v.file,
      at('approvedOn'),
      'approvedOn',
      `is ${v.approvedOn}, after the version takes effect on ${v.amended}: a version is approved before it takes effect`,
      `write the date it was approved, on or before ${v.amended}, or date the version later`,
    );
  }
}
