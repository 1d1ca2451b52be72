// npm run new-chapter -- --section 2.33 --title "...": creates a chapter's folder and its first version from a template.
import { planNewChapter } from '../src/lib/authoring/new-chapter.ts';
import { runAuthoringCommand } from './authoring-command.ts';

const HELP = `Usage: npm run new-chapter -- --section <number> --title "<title>" [--date YYYY-MM-DD] [--id <chapter-id>] [--summary "..."] [--approved-by "..." --approved-on YYYY-MM-DD]

Creates a new chapter: its folder, named by an id made from the title (for example
"Children Missing from Education" gives children-missing-education), and its first
version, procedures/<chapter-id>/<date>.mdx, from a template for you to fill in.

  --section   the chapter's number, such as 2.33; it must sit under a section or
              sub-section in structure.yaml and not be used by another chapter
  --title     the chapter's title
  --date      the date the chapter takes effect (default: today in the UK)
  --id        the chapter id, if not the one made from the title; it never changes
  --summary   a sentence for the amendments log (optional for a new chapter)
  --approved-by  who approved the version, such as "Policy and Procedures Group"
  --approved-on  the date it was approved, YYYY-MM-DD, on or before the date it takes
                 effect (both are required from the date signOffRequiredFrom names)

Nothing is overwritten: the command refuses when the chapter already exists.`;

await runAuthoringCommand(
  HELP,
  {
    section: { type: 'string' },
    title: { type: 'string' },
    date: { type: 'string' },
    id: { type: 'string' },
    summary: { type: 'string' },
    'approved-by': { type: 'string' },
    'approved-on': { type: 'string' },
  },
  (ctx, values, positionals, today) => {
    if (positionals.length) return `Unexpected ${positionals.join(' ')}: put the title in quotes after --title.`;
    if (values['section'] === undefined || values['title'] === undefined) return 'Give both --section and --title.';
    return planNewChapter(ctx, {
      section: values['section'],
      title: values['title'],
      date: values['date'] ?? today,
      id: values['id'],
      summary: values['summary'],
      approvedBy: values['approved-by'],
      approvedOn: values['approved-on'],
    });
  },
);
