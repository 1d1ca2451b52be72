// npm run withdraw -- <chapter-id> --summary "...": creates a version that withdraws a chapter.
import { planWithdrawal } from '../src/lib/authoring/withdraw.ts';
import { runAuthoringCommand } from './authoring-command.ts';

const HELP = `Usage: npm run withdraw -- <chapter-id> --summary "<why>" [--replaced-by <chapter-id>] [--date YYYY-MM-DD] [--approved-by "..." --approved-on YYYY-MM-DD]

Withdraws a chapter from the date given: creates procedures/<chapter-id>/<date>.mdx with
change: withdrawn. The chapter leaves the contents; its address keeps a withdrawal notice
(pointing to the replacement, if there is one) and its full history. An information page
is withdrawn the same way, by its id, and replaced only by another information page.

  --summary       why the chapter is withdrawn
  --replaced-by   the id of the chapter that replaces it
  --date          the date of the withdrawal (default: today in the UK)
  --approved-by  who approved the version, such as "Policy and Procedures Group"
  --approved-on  the date it was approved, YYYY-MM-DD, on or before the date it takes
                 effect (both are required from the date signOffRequiredFrom names)

Nothing is overwritten: the command refuses when a version with that date exists.`;

await runAuthoringCommand(
  HELP,
  {
    summary: { type: 'string' },
    'replaced-by': { type: 'string' },
    date: { type: 'string' },
    'approved-by': { type: 'string' },
    'approved-on': { type: 'string' },
  },
  (ctx, values, positionals, today) => {
    const [id, ...rest] = positionals;
    if (!id) return 'Give the chapter id (its folder name) first.';
    if (rest.length) return `Unexpected ${rest.join(' ')}: put the summary in quotes after --summary.`;
    return planWithdrawal(ctx, id, {
      summary: values['summary'],
      date: values['date'] ?? today,
      replacedBy: values['replaced-by'],
      approvedBy: values['approved-by'],
      approvedOn: values['approved-on'],
    });
  },
);
