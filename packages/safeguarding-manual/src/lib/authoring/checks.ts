// The checks the commands make of what they are given before they can draft a file: a real
// date and text that is not empty. Everything else about the drafted file (its number, its
// date against today and the versions already published, its id) is the one check's
// (checkPlan in plan.ts, which runs checkProposedChange).
import { isIsoDate } from '../util/dates.ts';
import type { Refusal } from './plan.ts';

/** A refusal unless `date` is a real date, written YYYY-MM-DD. */
export function checkDate(date: string): Refusal[] {
  return isIsoDate(date) ? [] : [{ problem: `--date ${date} is not a real date`, fix: 'write it as YYYY-MM-DD, such as --date 2027-04-05' }];
}

export function checkText(name: string, value: string | undefined, example: string): Refusal[] {
  return value?.trim() ? [] : [{ problem: `--${name} is missing`, fix: `add --${name} "${example}"` }];
}
