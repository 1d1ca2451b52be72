// Drafts the version files that board staff's commands write: a new chapter, an amendment
// (including renumbering and retitling) and a withdrawal, each checked against the manual first.
import { Document, parseDocument } from 'yaml';
import { formatDate, isIsoDate } from './dates.ts';
import { compareNumbers, isSectionNumber, parentNumber } from './numbering.ts';
import { collectionSegments } from './urls.ts';
import { TEMPLATE_BODY } from './chapter-template.ts';
import { quoted, renderVersionFile, YAML_OUTPUT } from './version-writer.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { editFrontmatter } from './frontmatter-edit.ts';
import { isId } from './ids.ts';
import { documentNoun, versionLabel, versionOn, type Chapter, type Collection, type Version } from './versions.ts';
import type { Manual, ManualSource } from './manual.ts';
import type { SiteSettings } from './schemas/site.ts';

/** What a command is about to write: a new version file and what to tell the user. */
export interface Draft {
  /** The new version file, relative to the project root. */
  file: string;
  text: string;
  /** One line on what the file is. */
  summary: string;
  /** Other things the user must do, such as chapters that still point to a withdrawn one. */
  notes: string[];
}

/** A reason a command refuses, with one line on how to put it right. */
export interface Refusal {
  problem: string;
  fix: string;
}

export type Planned = { draft: Draft; refusals?: undefined } | { draft?: undefined; refusals: Refusal[] };

/** The manual a command works on. */
export interface AuthoringContext {
  manual: Manual;
  /** The content folder, relative to the project root, such as src/content. */
  contentDir: string;
  /** Chapter folders on disk, including any whose versions could not be read. */
  chapterFolders: ReadonlySet<string>;
  /** The text of every version file (chapters and information pages), by path. */
  texts: ReadonlyMap<string, string>;
  /** Versions taking effect on or after this date must record who approved them (the setting signOffRequiredFrom). */
  signOffRequiredFrom?: string | undefined;
}

/** Who approved a new version and when, as the commands take them (--approved-by, --approved-on). */
export interface SignOffArgs {
  approvedBy?: string | undefined;
  approvedOn?: string | undefined;
}

/** The context for a command, from the manual's files and the manual checked from them. */
export function authoringContext(source: ManualSource, manual: Manual, settings?: Pick<SiteSettings, 'signOffRequiredFrom'>): AuthoringContext {
  const prefix = `${source.contentDir}/procedures/`;
  return {
    manual,
    signOffRequiredFrom: settings?.signOffRequiredFrom,
    contentDir: source.contentDir,
    chapterFolders: new Set(source.procedureFiles.map((f) => f.file.slice(prefix.length).split('/')[0] ?? '')),
    texts: new Map([...source.procedureFiles, ...(source.pageFiles ?? [])].map((f) => [f.file, f.text])),
  };
}

/** The longest id made from a title: it names a folder and sits in every address of the chapter. */
export const MAX_ID_LENGTH = 60;

/**
 * The chapter id for a title: lower-case words joined by hyphens ("Children's Homes & Care"
 * gives childrens-homes-and-care), cut after the last whole word that fits in MAX_ID_LENGTH.
 */
export function chapterIdFromTitle(title: string): string {
  const id = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (id.length <= MAX_ID_LENGTH) return id;
  const cut = id.slice(0, MAX_ID_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_ID_LENGTH);
}

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

function checkNumber(ctx: AuthoringContext, section: string, date: string, chapterId?: string): Refusal[] {
  const structure = `${ctx.contentDir}/structure.yaml`;
  if (!isSectionNumber(section)) {
    return [{ problem: `--section ${section} is not a chapter number`, fix: 'write numbers joined by dots, such as --section 2.33' }];
  }
  const groups = groupNumbers(ctx.manual);
  const parent = parentNumber(section);
  if (groups.includes(section)) {
    return [{ problem: `${section} is the number of a section in ${structure}, not of a chapter`, fix: `number the chapter inside it, such as --section ${freeNumber(ctx.manual, section, date)}` }];
  }
  if (parent === undefined || !groups.includes(parent)) {
    return [{ problem: `${section} does not sit under any section or sub-section in ${structure}`, fix: `use a number under one of ${groups.join(', ')}, or add section ${parent ?? section} to ${structure} first` }];
  }
  const users = numberUsers(ctx.manual, section, date, chapterId);
  if (users.length) {
    const who = users.map((v) => `${v.chapterId} (${v.title}${v.amended > date ? `, from ${v.amended}` : ''})`).join(', ');
    return [{ problem: `number ${section} is already used by ${who}`, fix: `choose a free number, such as --section ${freeNumber(ctx.manual, parent, date)}` }];
  }
  return [];
}

function checkDate(date: string): Refusal[] {
  return isIsoDate(date) ? [] : [{ problem: `--date ${date} is not a real date`, fix: 'write it as YYYY-MM-DD, such as --date 2027-04-05' }];
}

function checkText(name: string, value: string | undefined, example: string): Refusal[] {
  return value?.trim() ? [] : [{ problem: `--${name} is missing`, fix: `add --${name} "${example}"` }];
}

/** The sign-off given to a command: both parts or neither, a real date, on or before the version's date. */
function checkSignOffArgs(args: SignOffArgs, date: string): Refusal[] {
  const by = args.approvedBy?.trim();
  const on = args.approvedOn;
  const refusals: Refusal[] = [];
  if (args.approvedBy !== undefined && !by) refusals.push({ problem: '--approved-by is empty', fix: 'add --approved-by "Policy and Procedures Group" (who approved the version)' });
  if (on !== undefined && !isIsoDate(on)) refusals.push({ problem: `--approved-on ${on} is not a real date`, fix: 'write it as YYYY-MM-DD, such as --approved-on 2027-03-15' });
  else if (on !== undefined && isIsoDate(date) && on > date) refusals.push({ problem: `--approved-on ${on} is after the version takes effect on ${date}`, fix: `give the date it was approved, on or before ${date}` });
  if (by && on === undefined) refusals.push({ problem: '--approved-on is missing: an approval needs its date', fix: `add --approved-on YYYY-MM-DD, the day ${by} approved it` });
  if (on !== undefined && args.approvedBy === undefined) refusals.push({ problem: '--approved-by is missing: an approval date needs who approved the version', fix: 'add --approved-by "Policy and Procedures Group"' });
  return refusals;
}

/** What the user must still add when the settings require a sign-off the command was not given. */
function signOffNotes(ctx: AuthoringContext, args: SignOffArgs, date: string, file: string): string[] {
  if (args.approvedBy !== undefined || ctx.signOffRequiredFrom === undefined || date < ctx.signOffRequiredFrom) return [];
  return [`versions taking effect from ${ctx.signOffRequiredFrom} must say who approved them: add approvedBy: and approvedOn: to ${file} once the version is approved (npm run check reports it until then), or give --approved-by and --approved-on`];
}

/** The frontmatter fields a sign-off writes, after the field named by `after`; undefined removes a field copied from an earlier version. */
function signOffFields(args: SignOffArgs, after: string): [string, string | undefined, string][] {
  return [
    ['approvedBy', args.approvedBy?.trim(), after],
    ['approvedOn', args.approvedOn, 'approvedBy'],
  ];
}

/** Finds the chapter (or information page), or says why it cannot be used. */
function findChapter(ctx: AuthoringContext, id: string): Chapter | Refusal {
  const chapter = ctx.manual.chapters.find((c) => c.id === id);
  const page = ctx.manual.pages.find((p) => p.id === id);
  if (chapter && page) {
    return { problem: `${id} is the id of both a chapter and an information page, so the command cannot tell which you mean`, fix: `rename the information page's folder (${ctx.contentDir}/pages/${id}) before its first version is published, or ask for help: npm run check reports it too` };
  }
  if (chapter ?? page) return (chapter ?? page)!;
  if (ctx.chapterFolders.has(id)) {
    return { problem: `chapter ${id} has no version that can be read`, fix: 'run npm run check and fix the problems it reports in that chapter first' };
  }
  const close = ctx.manual.chapters.map((c) => c.id).filter((c) => c.includes(id) || id.includes(c));
  return { problem: `there is no chapter ${id}`, fix: close.length ? `did you mean ${close.slice(0, 3).join(', ')}?` : `use the name of a folder in ${ctx.contentDir}/procedures` };
}

function versionPath(ctx: AuthoringContext, id: string, date: string, collection: Collection = 'procedures'): string {
  return `${ctx.contentDir}/${collection}/${id}/${date}.mdx`;
}

/** How a command names a chapter or an information page in what it prints. */
function describe(chapter: Chapter, version: Pick<Version, 'section' | 'title'>): string {
  return chapter.collection === 'pages' ? `information page "${version.title}"` : `chapter ${version.section} ${version.title}`;
}

/**
 * Rewrites fields of a version file, in order, keeping every other line exactly as written.
 * A field that is not there yet goes after the one named by `after`. The section is
 * always written in double quotes.
 */
function patchVersion(text: string, fields: [key: string, value: string | undefined, after: string][]): string {
  const split = splitFrontmatter(text);
  const body = split?.body ?? text;
  const edits = fields.map(([key, value, after]) => {
    const pair = new Document();
    if (value !== undefined) pair.set(key, key === 'section' ? quoted(value) : value);
    // An absent value removes the field.
    return { key, text: value === undefined ? undefined : pair.toString(YAML_OUTPUT), after };
  });
  return `---\n${editFrontmatter(split ? split.yaml : '', edits)}---\n${body}`;
}

/** Drafts the first version of a new chapter. */
export function planNewChapter(ctx: AuthoringContext, args: { title: string; section: string; date: string; id?: string | undefined; summary?: string | undefined } & SignOffArgs): Planned {
  const title = args.title.trim();
  const refusals: Refusal[] = [...checkText('title', title, 'Children Missing from Education'), ...checkDate(args.date), ...checkSignOffArgs(args, args.date)];
  const id = args.id ?? chapterIdFromTitle(title);
  if (title && !isId(id)) {
    refusals.push(args.id === undefined
      ? { problem: `no chapter id can be made from the title "${title}"`, fix: 'give one with --id, in lower-case words joined by hyphens, such as --id children-missing-education' }
      : { problem: `--id ${id} is not a chapter id`, fix: 'write lower-case words joined by hyphens, such as --id children-missing-education' });
  } else if (title && (ctx.chapterFolders.has(id) || ctx.manual.chapters.some((c) => c.id === id))) {
    const existing = ctx.manual.chapters.find((c) => c.id === id);
    const what = existing?.versions.at(-1) ? ` (${existing.versions.at(-1)!.section} ${existing.versions.at(-1)!.title}${existing.withdrawn ? ', withdrawn' : ''})` : '';
    refusals.push({ problem: `a chapter with the id ${id} already exists${what}`, fix: `to change that chapter use npm run amend -- ${id}; for a different chapter give another id with --id ${id}-2 or similar` });
  }
  if (!refusals.some((r) => r.problem.startsWith('--date'))) refusals.push(...checkNumber(ctx, args.section, args.date));
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

/** Drafts the next version of a chapter: a copy of the version in force on `date`, to edit. */
export function planAmendment(ctx: AuthoringContext, id: string, args: { summary: string | undefined; date: string; section?: string | undefined; title?: string | undefined } & SignOffArgs): Planned {
  const found = findChapter(ctx, id);
  if (!('id' in found)) return { refusals: [found] };
  const refusals: Refusal[] = [...checkText('summary', args.summary, 'What changed and why.'), ...checkDate(args.date), ...checkSignOffArgs(args, args.date)];
  if (args.title !== undefined) refusals.push(...checkText('title', args.title, 'Children Missing from Education'));
  if (refusals.some((r) => r.problem.startsWith('--date'))) return { refusals };
  const base = versionOn(found, args.date);
  const first = found.versions[0]!;
  if (!base) {
    refusals.push({ problem: `${documentNoun(found.collection)} ${id} starts on ${first.amended}, after ${args.date}`, fix: `date the amendment on or after ${first.amended}` });
  } else if (base.change === 'withdrawn') {
    refusals.push({ problem: `${documentNoun(found.collection)} ${id} is withdrawn from ${base.amended}`, fix: 'a withdrawn chapter cannot be amended: write a new chapter with npm run new-chapter' });
  } else if (base.amended === args.date) {
    refusals.push({ problem: `${documentNoun(found.collection)} ${id} already has a version dated ${args.date} (${base.file})`, fix: found.published.includes(base) ? 'choose another --date: that version is published and cannot be changed' : 'edit that file, which is not in force yet, or choose another --date' });
  } else {
    refusals.push(...checkNotBackdated(found, args.date));
  }
  const isPage = found.collection === 'pages';
  if (args.section !== undefined && isPage) refusals.push({ problem: `${id} is an information page, which has no number`, fix: 'leave out --section' });
  else if (args.section !== undefined) refusals.push(...checkNumber(ctx, args.section, args.date, id));
  if (refusals.length || !base) return { refusals };

  const section = args.section ?? base.section;
  const title = args.title?.trim() ?? base.title;
  // The copy never keeps the sign-off of the version it copies: each version is approved on its own.
  const fields: [string, string | undefined, string][] = [
    ['section', section, ''],
    ['title', title, 'section'],
    ['amended', args.date, 'title'],
    ['change', 'updated', 'amended'],
    ['summary', args.summary!.trim(), 'change'],
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

/**
 * A refusal when `date` falls before a version of `document` that is already published: a new
 * version slipped in between would change what the document said on dates already past.
 */
function checkNotBackdated(document: Chapter, date: string): Refusal[] {
  const latest = document.published.at(-1);
  if (!latest || latest.amended <= date) return [];
  const noun = documentNoun(document.collection);
  return [{
    problem: `${noun} ${document.id} already has a version published on ${latest.amended}, after --date ${date}: a version dated earlier would change what the ${noun} said in between`,
    fix: `leave out --date to use today, or give a date after ${latest.amended}; to correct what an earlier version said, see npm run correct -- --help`,
  }];
}

/** Drafts a version that withdraws a chapter, optionally naming the chapter that replaces it. */
export function planWithdrawal(ctx: AuthoringContext, id: string, args: { summary: string | undefined; date: string; replacedBy?: string | undefined } & SignOffArgs): Planned {
  const found = findChapter(ctx, id);
  if (!('id' in found)) return { refusals: [found] };
  const refusals: Refusal[] = [...checkText('summary', args.summary, 'Why the chapter is withdrawn.'), ...checkDate(args.date), ...checkSignOffArgs(args, args.date)];
  if (refusals.some((r) => r.problem.startsWith('--date'))) return { refusals };
  const base = versionOn(found, args.date);
  const later = found.versions.filter((v) => v.amended > args.date);
  if (!base) {
    refusals.push({ problem: `${documentNoun(found.collection)} ${id} starts on ${found.versions[0]!.amended}, after ${args.date}`, fix: `date the withdrawal on or after ${found.versions[0]!.amended}` });
  } else if (base.change === 'withdrawn') {
    refusals.push({ problem: `${documentNoun(found.collection)} ${id} is already withdrawn from ${base.amended}`, fix: 'nothing to do: it no longer appears in the contents' });
  } else if (base.amended === args.date) {
    refusals.push({ problem: `${documentNoun(found.collection)} ${id} already has a version dated ${args.date} (${base.file})`, fix: 'choose a later --date' });
  } else if (checkNotBackdated(found, args.date).length) {
    refusals.push(...checkNotBackdated(found, args.date));
  } else if (later.length) {
    refusals.push({ problem: `${documentNoun(found.collection)} ${id} has a later version dated ${later.at(-1)!.amended}`, fix: `date the withdrawal after it, with --date on or after ${later.at(-1)!.amended}` });
  }
  let replacement: Version | undefined;
  if (args.replacedBy !== undefined) {
    const target = findChapter(ctx, args.replacedBy);
    if (!('id' in target)) refusals.push({ problem: `--replaced-by: ${target.problem}`, fix: target.fix });
    else if (target.collection !== found.collection) refusals.push({ problem: `--replaced-by: ${target.id} is ${found.collection === 'pages' ? 'a chapter, not an information page' : 'an information page, not a chapter'}`, fix: `name a ${documentNoun(found.collection)} that replaces it` });
    else if (target.id === id) refusals.push({ problem: '--replaced-by names the chapter being withdrawn', fix: 'name the chapter that replaces it, or leave out --replaced-by' });
    else {
      replacement = versionOn(target, args.date);
      if (!replacement) refusals.push({ problem: `--replaced-by: chapter ${target.id} starts on ${target.versions[0]!.amended}, after ${args.date}`, fix: `withdraw on or after ${target.versions[0]!.amended}` });
      else if (replacement.change === 'withdrawn') refusals.push({ problem: `--replaced-by: chapter ${target.id} is withdrawn itself`, fix: 'name a chapter that is in force' });
    }
  }
  if (refusals.length || !base) return { refusals };

  const isPage = found.collection === 'pages';
  const fields: [string, string | undefined, string][] = [
    ['section', base.section, ''],
    ['amended', args.date, 'title'],
    ['change', 'withdrawn', 'amended'],
    ['summary', args.summary!.trim(), 'change'],
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
function pointersTo(manual: Manual, withdrawn: Chapter, date: string): string[] {
  const notes: string[] = [];
  const id = withdrawn.id;
  for (const chapter of withdrawn.collection === 'pages' ? manual.pages : manual.chapters) {
    if (chapter.id === id) continue;
    const versions = [versionOn(chapter, date), ...chapter.versions.filter((v) => v.amended > date)].filter((v): v is Version => v !== undefined);
    const v = versions.find((x) => x.seeAlso.includes(id) || x.replacedBy === id);
    if (!v) continue;
    notes.push(v.replacedBy === id
      ? `${chapter.id} (${versionLabel(v)}) names ${id} as its replacement: edit replacedBy in ${v.file}`
      : `${chapter.id} (${versionLabel(v)}) lists ${id} under seeAlso: its page will show ${withdrawn.collection === 'pages' ? 'the page' : 'the chapter'} that replaces it, or leave it out; to change the list, run npm run amend -- ${chapter.id} --summary "..."`);
  }
  return notes;
}

/** The text of a version file, as the commands read it from the manual's source. */
function versionText(ctx: AuthoringContext, version: Version): string {
  const text = ctx.texts.get(version.file);
  if (text === undefined) throw new Error(`the text of ${version.file} was not read`);
  return text;
}

/** What a command prints once it has written `draft`: what it did, and what to do next. */
export function describeDraft(draft: Draft, chapterUrl: string): string {
  const lines = [`Created ${draft.file}: ${draft.summary}.`];
  if (draft.notes.length) lines.push('', 'Also needed:', ...draft.notes.map((n) => `  - ${n}`));
  lines.push(
    '',
    'Next:',
    `  1. Open ${draft.file} and edit it: the frontmatter between the --- lines, then the text.`,
    '  2. Run npm run check, and fix anything it reports.',
    `  3. Run npm start and open ${chapterUrl} to see it, its history and the amendments log.`,
    '  4. Commit the new file.',
  );
  return lines.join('\n');
}

/** The message for a command that refuses, listing every reason at once. */
export function describeRefusals(refusals: readonly Refusal[]): string {
  return ['Nothing was written:', ...refusals.flatMap((r) => [`  - ${r.problem}`, `    fix: ${r.fix}`])].join('\n');
}
