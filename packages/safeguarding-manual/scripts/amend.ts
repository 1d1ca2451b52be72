// npm run amend -- <chapter-id> --summary "...": creates the next version of a chapter as a copy of the current one.
import { planAmendment } from '../src/lib/authoring/amend.ts';
import { runAuthoringCommand } from './authoring-command.ts';

const HELP = `Usage: npm run amend -- <chapter-id> --summary "<what changed and why>" [--date YYYY-MM-DD] [--section <number>] [--title "<title>"] [--approved-by "..." --approved-on YYYY-MM-DD]

Creates the next version of a chapter, procedures/<chapter-id>/<date>.mdx, as a copy of
the version in force on that date, and prints the path of the file to edit. An information
page is amended the same way, by its id: pages/<page-id>/<date>.mdx (it has no --section).

  --summary   what changed and why, in a sentence or two (shown in the amendment box,
              the chapter's history and the amendments log)
  --date      the date the change takes effect (default: today in the UK); a later date
              shows as "comes into effect on" until then
  --section   renumber the chapter, such as --section 1.3.5 (its address does not change)
  --title     retitle the chapter
  --approved-by  who approved the version, such as "Policy and Procedures Group"
  --approved-on  the date it was approved, YYYY-MM-DD, on or before the date it takes
                 effect (both are required from the date signOffRequiredFrom names)

Nothing is overwritten: the command refuses when a version with that date exists.`;

await runAuthoringCommand(
  HELP,
  {
    summary: { type: 'string' },
    date: { type: 'string' },
    section: { type: 'string' },
    title: { type: 'string' },
    'approved-by': { type: 'string' },
    'approved-on': { type: 'string' },
  },
  (ctx, values, positionals, today) => {
    const [id, ...rest] = positionals;
    if (!id) return 'Give the chapter id (its folder name) first.';
    if (rest.length) return `Unexpected ${rest.join(' ')}: put the summary in quotes after --summary.`;
    return planAmendment(ctx, id, {
      summary: values['summary'],
      date: values['date'] ?? today,
      section: values['section'],
      title: values['title'],
      approvedBy: values['approved-by'],
      approvedOn: values['approved-on'],
    });
  },
);
