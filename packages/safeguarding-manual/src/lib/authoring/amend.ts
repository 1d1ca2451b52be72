// npm run amend: drafts the next version of a chapter or information page, a copy of the version
// in force on the date to edit, renumbered or retitled when asked.
import { formatDate } from '../util/dates.ts';
import { documentNoun, versionOn } from '../content/versions.ts';
import { checkDate, checkText } from './checks.ts';
import { findChapter, versionPath, type AuthoringContext } from './context.ts';
import { describe, type Planned, type Refusal } from './plan.ts';
import { checkSignOffArgs, signOffFields, signOffNotes, type SignOffArgs } from './sign-off.ts';
import { patchVersion, versionText } from './version-text.ts';

/** Drafts the next version of a chapter: a copy of the version in force on `date`, to edit. */
export function planAmendment(
  ctx: AuthoringContext,
  id: string,
  args: { summary: string | undefined; date: string; section?: string | undefined; title?: string | undefined } & SignOffArgs,
): Planned {
  const found = findChapter(ctx, id);
  if (!('id' in found)) return { refusals: [found] };
  const refusals: Refusal[] = [...checkDate(args.date), ...checkSignOffArgs(args, args.date)];
  if (args.title !== undefined) refusals.push(...checkText('title', args.title, 'Children Missing from Education'));
  if (refusals.some((r) => r.problem.startsWith('--date'))) return { refusals };
  const base = versionOn(found, args.date);
  const first = found.versions[0]!;
  if (!base) {
    refusals.push({
      problem: `${documentNoun(found.collection)} ${id} starts on ${first.amended}, after ${args.date}`,
      fix: `date the amendment on or after ${first.amended}`,
    });
  } else if (base.change === 'withdrawn') {
    refusals.push({
      problem: `${documentNoun(found.collection)} ${id} is withdrawn from ${base.amended}`,
      fix: 'a withdrawn chapter cannot be amended: write a new chapter with npm run new-chapter',
    });
  }
  const isPage = found.collection === 'pages';
  if (args.section !== undefined && isPage) refusals.push({ problem: `${id} is an information page, which has no number`, fix: 'leave out --section' });
  if (refusals.length || !base) return { refusals };

  const section = args.section ?? base.section;
  const title = args.title?.trim() ?? base.title;
  // The copy never keeps the sign-off of the version it copies: each version is approved on its own.
  const fields: [string, string | undefined, string][] = [
    ['section', section, ''],
    ['title', title, 'section'],
    ['amended', args.date, 'title'],
    ['change', 'updated', 'amended'],
    ['summary', args.summary?.trim() || undefined, 'change'],
    ...signOffFields(args, 'summary'),
  ];
  const text = patchVersion(versionText(ctx, base), isPage ? fields.slice(1) : fields);
  const file = versionPath(ctx, id, args.date, found.collection);
  const later = found.versions.filter((v) => v.amended > args.date);
  const changes = [section !== base.section && `renumbered ${base.section} to ${section}`, title !== base.title && `retitled "${title}"`].filter(Boolean);
  return {
    draft: {
      file,
      text,
      summary: `a new version of ${describe(found, { section, title })}, in force from ${formatDate(args.date)}, copied from the version of ${base.amended}${changes.length ? ` and ${changes.join(' and ')}` : ''}`,
      notes: [
        ...later.map((v) => `a later version, ${v.file}, already exists: it does not include this change, so make the change there too if it should last`),
        ...signOffNotes(ctx, args, args.date, file),
      ],
    },
  };
}
