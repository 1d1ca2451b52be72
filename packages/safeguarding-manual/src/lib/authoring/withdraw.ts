// npm run withdraw: drafts the version that withdraws a chapter or information page, the notice
// that takes the place of its text (which the CMS writes too), and the chapters still pointing to it.
import { formatDate } from '../util/dates.ts';
import type { Manual } from '../content/manual.ts';
import { collectionSegments } from '../site/urls.ts';
import { documentNoun, versionLabel, versionOn, type ManualDocument, type Collection, type Version } from '../content/versions.ts';
import { checkDate } from './checks.ts';
import { findChapter, versionPath, type AuthoringContext } from './context.ts';
import { describe, type Planned, type Refusal } from './plan.ts';
import { checkSignOffArgs, signOffFields, signOffNotes, type SignOffArgs } from './sign-off.ts';
import { patchVersion, versionText } from './version-text.ts';

/** Drafts a version that withdraws a chapter, optionally naming the chapter that replaces it. */
export function planWithdrawal(
  ctx: AuthoringContext,
  id: string,
  args: { summary: string | undefined; date: string; replacedBy?: string | undefined } & SignOffArgs,
): Planned {
  const found = findChapter(ctx, id);
  if (!('id' in found)) return { refusals: [found] };
  const refusals: Refusal[] = [...checkDate(args.date), ...checkSignOffArgs(args, args.date)];
  if (refusals.some((r) => r.problem.startsWith('--date'))) return { refusals };
  const base = versionOn(found, args.date);
  const later = found.versions.filter((v) => v.amended > args.date);
  if (!base) {
    refusals.push({
      problem: `${documentNoun(found.collection)} ${id} starts on ${found.versions[0]!.amended}, after ${args.date}`,
      fix: `date the withdrawal on or after ${found.versions[0]!.amended}`,
    });
  } else if (base.change === 'withdrawn') {
    refusals.push({
      problem: `${documentNoun(found.collection)} ${id} is already withdrawn from ${base.amended}`,
      fix: 'nothing to do: it no longer appears in the contents',
    });
  } else if (later.length) {
    refusals.push({
      problem: `${documentNoun(found.collection)} ${id} has a later version dated ${later.at(-1)!.amended}`,
      fix: `date the withdrawal after it, with --date on or after ${later.at(-1)!.amended}`,
    });
  }
  let replacement: Version | undefined;
  if (args.replacedBy !== undefined) {
    const target = findChapter(ctx, args.replacedBy);
    if (!('id' in target)) refusals.push({ problem: `--replaced-by: ${target.problem}`, fix: target.fix });
    else if (target.collection !== found.collection)
      refusals.push({
        problem: `--replaced-by: ${target.id} is ${found.collection === 'pages' ? 'a chapter, not an information page' : 'an information page, not a chapter'}`,
        fix: `name a ${documentNoun(found.collection)} that replaces it`,
      });
    else if (target.id === id)
      refusals.push({ problem: '--replaced-by names the chapter being withdrawn', fix: 'name the chapter that replaces it, or leave out --replaced-by' });
    else {
      replacement = versionOn(target, args.date);
      if (!replacement)
        refusals.push({
          problem: `--replaced-by: chapter ${target.id} starts on ${target.versions[0]!.amended}, after ${args.date}`,
          fix: `withdraw on or after ${target.versions[0]!.amended}`,
        });
      else if (replacement.change === 'withdrawn')
        refusals.push({ problem: `--replaced-by: chapter ${target.id} is withdrawn itself`, fix: 'name a chapter that is in force' });
    }
  }
  if (refusals.length || !base) return { refusals };

  const isPage = found.collection === 'pages';
  const fields: [string, string | undefined, string][] = [
    ['section', base.section, ''],
    ['amended', args.date, 'title'],
    ['change', 'withdrawn', 'amended'],
    ['summary', args.summary?.trim() || undefined, 'change'],
  ];
  if (args.replacedBy !== undefined) fields.push(['replacedBy', args.replacedBy, 'summary']);
  fields.push(...signOffFields(args, args.replacedBy !== undefined ? 'replacedBy' : 'summary'));
  const file = versionPath(ctx, id, args.date, found.collection);
  const body = withdrawalNotice(found.collection, replacement && { id: replacement.chapterId, label: versionLabel(replacement) });
  return {
    draft: {
      file,
      text: patchVersion(versionText(ctx, base), isPage ? fields.slice(1) : fields).replace(/\n---\n[\s\S]*$/, `\n---\n${body}`),
      summary: `the withdrawal of ${describe(found, base)}, from ${formatDate(args.date)}`,
      notes: [...pointersTo(ctx.manual, found, args.date), ...signOffNotes(ctx, args, args.date, file)],
    },
  };
}

/** The text of a version that withdraws a chapter (or page), with a link to its replacement. */
export function withdrawalNotice(collection: Collection, replacement?: { id: string; label: string }): string {
  const link = replacement && `[${replacement.label}](/${collectionSegments[collection]}/${replacement.id}/)`;
  return `This ${documentNoun(collection)} has been withdrawn.${link ? ` It is replaced by ${link}.` : ''}\n`;
}

/** Chapters (or pages) in force on or after `date` that still name `withdrawn` in seeAlso or replacedBy, which a withdrawal breaks. */
function pointersTo(manual: Manual, withdrawn: ManualDocument, date: string): string[] {
  const notes: string[] = [];
  const id = withdrawn.id;
  for (const chapter of withdrawn.collection === 'pages' ? manual.pages : manual.chapters) {
    if (chapter.id === id) continue;
    const versions = [versionOn(chapter, date), ...chapter.versions.filter((v) => v.amended > date)].filter((v): v is Version => v !== undefined);
    const v = versions.find((x) => x.seeAlso.includes(id) || x.replacedBy === id);
    if (!v) continue;
    notes.push(
      v.replacedBy === id
        ? `${chapter.id} (${versionLabel(v)}) names ${id} as its replacement: edit replacedBy in ${v.file}`
        : `${chapter.id} (${versionLabel(v)}) lists ${id} under seeAlso: its page will show ${withdrawn.collection === 'pages' ? 'the page' : 'the chapter'} that replaces it, or leave it out; to change the list, run npm run amend -- ${chapter.id} --summary "..."`,
    );
  }
  return notes;
}
