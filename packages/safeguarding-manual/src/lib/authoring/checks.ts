// The checks the commands share on what they are given: a real date, text that is not empty, a
// free chapter number under a section, and no date before a version already published.
import { isIsoDate } from '../util/dates.ts';
import type { Manual } from '../content/manual.ts';
import { compareNumbers, isSectionNumber, parentNumber } from '../content/numbering.ts';
import { documentNoun, versionOn, type ManualDocument, type Version } from '../content/versions.ts';
import type { AuthoringContext } from './context.ts';
import type { Refusal } from './plan.ts';

function groupNumbers(manual: Manual): string[] {
  return manual.structure.sections.flatMap((s) => [s.number, ...s.subsections.map((sub) => sub.number)]).sort(compareNumbers);
}

/** Chapters other than `except` that use `section` on `date` or in a version dated after it. */
function numberUsers(manual: Manual, section: string, date: string, except?: string): Version[] {
  return manual.chapters
    .filter((c) => c.id !== except)
    .flatMap((c) => [versionOn(c, date), ...c.versions.filter((v) => v.amended > date)])
    .filter((v): v is Version => v !== undefined && v.change !== 'withdrawn' && v.section === section);
}

/** The first free number under `parent`, after the highest in use by a chapter or a sub-section. */
function freeNumber(manual: Manual, parent: string, date: string): string {
  const used = manual.chapters
    .flatMap((c) => c.versions.filter((v) => v.amended >= date || v === versionOn(c, date)))
    .map((v) => v.section)
    .concat(groupNumbers(manual))
    .filter((n) => parentNumber(n) === parent)
    .map((n) => Number(n.slice(parent.length + 1)));
  return `${parent}.${Math.max(0, ...used) + 1}`;
}

export function checkNumber(ctx: AuthoringContext, section: string, date: string, chapterId?: string): Refusal[] {
  const structure = `${ctx.contentDir}/structure.yaml`;
  if (!isSectionNumber(section)) {
    return [{ problem: `--section ${section} is not a chapter number`, fix: 'write numbers joined by dots, such as --section 2.33' }];
  }
  const groups = groupNumbers(ctx.manual);
  const parent = parentNumber(section);
  if (groups.includes(section)) {
    return [
      {
        problem: `${section} is the number of a section in ${structure}, not of a chapter`,
        fix: `number the chapter inside it, such as --section ${freeNumber(ctx.manual, section, date)}`,
      },
    ];
  }
  if (parent === undefined || !groups.includes(parent)) {
    return [
      {
        problem: `${section} does not sit under any section or sub-section in ${structure}`,
        fix: `use a number under one of ${groups.join(', ')}, or add section ${parent ?? section} to ${structure} first`,
      },
    ];
  }
  const users = numberUsers(ctx.manual, section, date, chapterId);
  if (users.length) {
    const who = users.map((v) => `${v.chapterId} (${v.title}${v.amended > date ? `, from ${v.amended}` : ''})`).join(', ');
    return [{ problem: `number ${section} is already used by ${who}`, fix: `choose a free number, such as --section ${freeNumber(ctx.manual, parent, date)}` }];
  }
  return [];
}

/** A refusal unless `date` is a real date on or after `today`: nothing is added to the past. */
export function checkDate(date: string, today: string | undefined): Refusal[] {
  if (!isIsoDate(date)) return [{ problem: `--date ${date} is not a real date`, fix: 'write it as YYYY-MM-DD, such as --date 2027-04-05' }];
  if (today !== undefined && date < today)
    return [
      {
        problem: `--date ${date} is before today (${today}): a new version takes effect on or after the day it is written, or it would change what the manual said on days already past`,
        fix: `leave out --date to use today, or give a later date; to correct what a published version said, edit it and run npm run correct -- <its file> --reason "..."`,
      },
    ];
  return [];
}

export function checkText(name: string, value: string | undefined, example: string): Refusal[] {
  return value?.trim() ? [] : [{ problem: `--${name} is missing`, fix: `add --${name} "${example}"` }];
}

/**
 * A refusal when `date` falls before a version of `document` that is already published: a new
 * version slipped in between would change what the document said on dates already past.
 */
export function checkNotBackdated(document: ManualDocument, date: string): Refusal[] {
  const latest = document.published.at(-1);
  if (!latest || latest.amended <= date) return [];
  const noun = documentNoun(document.collection);
  return [
    {
      problem: `${noun} ${document.id} already has a version published on ${latest.amended}, after --date ${date}: a version dated earlier would change what the ${noun} said in between`,
      fix: `leave out --date to use today, or give a date after ${latest.amended}; to correct what an earlier version said, see npm run correct -- --help`,
    },
  ];
}
