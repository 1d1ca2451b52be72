// Who approved a new version and when, as the commands take it: checking --approved-by and
// --approved-on, writing them into the frontmatter, and saying when the settings need them.
import { isIsoDate } from '../util/dates.ts';
import type { AuthoringContext } from './context.ts';
import type { Refusal } from './plan.ts';

/** Who approved a new version and when, as the commands take them (--approved-by, --approved-on). */
export interface SignOffArgs {
  approvedBy?: string | undefined;
  approvedOn?: string | undefined;
}

/** The sign-off given to a command: both parts or neither, a real date, on or before the version's date. */
export function checkSignOffArgs(args: SignOffArgs, date: string): Refusal[] {
  const by = args.approvedBy?.trim();
  const on = args.approvedOn;
  const refusals: Refusal[] = [];
  if (args.approvedBy !== undefined && !by)
    refusals.push({ problem: '--approved-by is empty', fix: 'add --approved-by "Policy and Procedures Group" (who approved the version)' });
  if (on !== undefined && !isIsoDate(on))
    refusals.push({ problem: `--approved-on ${on} is not a real date`, fix: 'write it as YYYY-MM-DD, such as --approved-on 2027-03-15' });
  else if (on !== undefined && isIsoDate(date) && on > date)
    refusals.push({ problem: `--approved-on ${on} is after the version takes effect on ${date}`, fix: `give the date it was approved, on or before ${date}` });
  if (by && on === undefined)
    refusals.push({ problem: '--approved-on is missing: an approval needs its date', fix: `add --approved-on YYYY-MM-DD, the day ${by} approved it` });
  if (on !== undefined && args.approvedBy === undefined)
    refusals.push({
      problem: '--approved-by is missing: an approval date needs who approved the version',
      fix: 'add --approved-by "Policy and Procedures Group"',
    });
  return refusals;
}

/** What the user must still add when the settings require a sign-off the command was not given. */
export function signOffNotes(ctx: AuthoringContext, args: SignOffArgs, date: string, file: string): string[] {
  if (args.approvedBy !== undefined || ctx.signOffRequiredFrom === undefined || date < ctx.signOffRequiredFrom) return [];
  return [
    `versions taking effect from ${ctx.signOffRequiredFrom} must say who approved them: add approvedBy: and approvedOn: to ${file} once the version is approved (npm run check reports it until then), or give --approved-by and --approved-on`,
  ];
}

/** The frontmatter fields a sign-off writes, after the field named by `after`; undefined removes a field copied from an earlier version. */
export function signOffFields(args: SignOffArgs, after: string): [string, string | undefined, string][] {
  return [
    ['approvedBy', args.approvedBy?.trim(), after],
    ['approvedOn', args.approvedOn, 'approvedBy'],
  ];
}
