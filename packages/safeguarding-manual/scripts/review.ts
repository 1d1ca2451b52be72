// npm run review -- [--within 90] [--csv]: the chapters and information pages overdue for
// review, or due within a number of days, with their owners (as /review/ lists them).
import { settings } from './manual-settings.ts';
import { reviewCsv, reviewList, reviewText } from '../src/lib/review.ts';
import { UserError } from '../src/lib/user-error.ts';
import { parseCommandArgs } from './authoring-command.ts';
import { runCommand } from './run-command.ts';
import { loadManual } from './load-manual.ts';

const HELP = `Usage: npm run review -- [--within <days>] [--csv]

Lists every chapter and information page in force today that is overdue for review, or due
within a number of days, soonest first, with its owner, number, title, the date it was last
amended and its review date (the reviewDue of the version in force).

  --within   how many days ahead to look (default: reviewWindowDays in manual.config.ts, ${settings.reviewWindowDays})
  --csv      print CSV for a spreadsheet instead: npm run review -- --csv > review.csv`;

await runCommand(() => {
  const { values, positionals } = parseCommandArgs(HELP, { within: { type: 'string' }, csv: { type: 'boolean' } });
  if (positionals.length) throw new UserError(`Unexpected ${positionals.join(' ')}.\n\n${HELP}`);
  const within = values['within'] === undefined ? settings.reviewWindowDays : Number(values['within']);
  if (!Number.isInteger(within) || within < 0)
    throw new UserError(`--within ${String(values['within'])} is not a number of days: write a whole number, such as --within 90.`);
  const { today, manual } = loadManual({ checkBodies: false });
  const rows = reviewList([...manual.chapters, ...manual.pages], today, within);
  process.stdout.write(values['csv'] ? reviewCsv(rows) : `${reviewText(rows, today, within)}\n`);
});
