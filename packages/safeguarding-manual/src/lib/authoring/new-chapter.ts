// npm run new-chapter: drafts the first version of a new chapter, from the chapter template,
// with an id made from its title and a free number under a section.
import { parseDocument } from 'yaml';
import { TEMPLATE_BODY } from './chapter-template.ts';
import { formatDate } from '../util/dates.ts';
import { isId } from '../content/ids.ts';
import { quoted, renderVersionFile } from './version-writer.ts';
import { chapterIdFromTitle } from './chapter-id.ts';
import { checkDate, checkText } from './checks.ts';
import { versionPath, type AuthoringContext } from './context.ts';
import type { Planned, Refusal } from './plan.ts';
import { checkSignOffArgs, signOffNotes, type SignOffArgs } from './sign-off.ts';

/** Drafts the first version of a new chapter. */
export function planNewChapter(
  ctx: AuthoringContext,
  args: { title: string; section: string; date: string; id?: string | undefined; summary?: string | undefined } & SignOffArgs,
): Planned {
  const title = args.title.trim();
  const refusals: Refusal[] = [...checkText('title', title, 'Children Missing from Education'), ...checkDate(args.date), ...checkSignOffArgs(args, args.date)];
  const id = args.id ?? chapterIdFromTitle(title);
  if (title && !isId(id)) {
    refusals.push(
      args.id === undefined
        ? {
            problem: `no chapter id can be made from the title "${title}"`,
            fix: 'give one with --id, in lower-case words joined by hyphens, such as --id children-missing-education',
          }
        : { problem: `--id ${id} is not a chapter id`, fix: 'write lower-case words joined by hyphens, such as --id children-missing-education' },
    );
  }
  if (refusals.length) return { refusals };

  const doc = parseDocument('{}');
  doc.set('section', quoted(args.section));
  doc.set('title', title);
  doc.set('amended', args.date);
  doc.set('change', 'new');
  if (args.summary?.trim()) doc.set('summary', args.summary.trim());
  if (args.approvedBy !== undefined) doc.set('approvedBy', args.approvedBy.trim());
  if (args.approvedOn !== undefined) doc.set('approvedOn', args.approvedOn);
  (doc.contents as { flow?: boolean }).flow = false;
  const file = versionPath(ctx, id, args.date);
  return {
    draft: {
      file,
      text: renderVersionFile(doc, TEMPLATE_BODY),
      summary: `the first version of chapter ${args.section} ${title}, in force from ${formatDate(args.date)}`,
      notes: signOffNotes(ctx, args, args.date, file),
    },
  };
}
