// The email digest of a period or an update round, for the partnership's mailing list: every
// version of a chapter or information page dated in the period and every change to a contact,
// grouped by section, as an email-ready HTML document (inline styles, which email clients need;
// no script, no image) and as plain text. Links are absolute, from the site setting.
import { toAmendment, type AmendmentKind } from './amendments.ts';
import { collectContactChanges, type ContactChange } from './contacts.ts';
import { formatDate, isIsoDate } from './dates.ts';
import { escapeHtml } from './html-text.ts';
import { compareNumbers, topLevelNumber } from './numbering.ts';
import { counted } from './plural.ts';
import { findRound, type RoundInfo } from './releases.ts';
import type { Contact } from './schemas/contact.ts';
import type { SiteSettings } from './schemas/site.ts';
import type { Structure } from './schemas/structure.ts';
import { absoluteUrl, paths } from './urls.ts';
import { UserError } from './user-error.ts';
import { versionLabel, type Chapter } from './versions.ts';

/** The period a digest covers, and the round it is for. */
export interface DigestPeriod {
  since: string | undefined;
  until: string;
  round: RoundInfo | undefined;
  /** The digest's files are named after it: the round's id, or changes-<since>-to-<until>. */
  name: string;
}

/**
 * The period the digest command's options ask for: --release names a round (its period, unless
 * --since or --until narrow it); otherwise --since is needed, and --until is the build date.
 */
export function digestPeriod(options: { since?: string | undefined; until?: string | undefined; release?: string | undefined }, rounds: readonly RoundInfo[], today: string, releasesFile: string): DigestPeriod {
  for (const [name, value] of [['since', options.since], ['until', options.until]] as const) {
    if (value !== undefined && !isIsoDate(value)) throw new UserError(`--${name} is "${value}", which is not a date: write it as YYYY-MM-DD, such as --${name} 2026-03-01.`);
  }
  let round: RoundInfo | undefined;
  if (options.release !== undefined) {
    if (!rounds.length) throw new UserError(`The manual has no update rounds: name them in ${releasesFile}, or give the period with --since YYYY-MM-DD.`);
    round = findRound(rounds, options.release);
    if (!round) throw new UserError(`There is no update round "${options.release}" in ${releasesFile}: the rounds are ${rounds.map((r) => `"${r.name}"`).join(', ')}.`);
  } else if (options.since === undefined) {
    throw new UserError('Say which changes the digest is for: --since YYYY-MM-DD (the first day; the last is --until, or today), or --release "Spring 2026 update".');
  }
  const since = options.since ?? round?.from;
  const until = options.until ?? round?.date ?? today;
  if (since !== undefined && since > until) throw new UserError(`The period starts on ${formatDate(since)}, after it ends (${formatDate(until)}): give a --since on or before --until.`);
  return { since, until, round, name: round && options.since === undefined && options.until === undefined ? round.id : `changes-${since ?? 'start'}-to-${until}` };
}

export interface DigestInput {
  /** Every chapter and information page. */
  documents: readonly Chapter[];
  contacts: readonly Contact[];
  structure: Structure;
  settings: SiteSettings;
  /** The build date: versions dated after it are announced as coming into effect. */
  today: string;
  /** The first and last day of the period, YYYY-MM-DD; `since` undefined for everything up to `until`. */
  since: string | undefined;
  until: string;
  /** The update round the digest is for, which names it and gives its notes. */
  round?: RoundInfo | undefined;
}

/** One version in the digest. */
export interface DigestEntry {
  kind: AmendmentKind;
  /** "1.3.4 Section 47 Enquiries", or a page's title. */
  label: string;
  /** The number and title before, when this version changed them. */
  was: string | undefined;
  date: string;
  /** True when the version takes effect after the build date. */
  upcoming: boolean;
  summary: string;
  /** The chapter's page; for a version still to come, the version itself. */
  link: string;
  /** Its changes page, when there is a version before it. */
  changes: string | undefined;
}

export interface DigestGroup {
  heading: string;
  entries: DigestEntry[];
}

export interface Digest {
  subject: string;
  /** The heading: the round's name, or the period. */
  title: string;
  /** The period in words: "dated from 8 April 2025 to 5 October 2026". */
  period: string;
  notes: string | undefined;
  /** Chapters by top-level section, then information pages. */
  groups: DigestGroup[];
  contactChanges: (ContactChange & { link: string })[];
  /** How many versions it lists. */
  versions: number;
}

/** What the digest of a period holds. */
export function buildDigest(input: DigestInput): Digest {
  const { settings, since, until, round, today } = input;
  const abs = (path: string) => absoluteUrl(settings.site, settings.base, path);
  const inPeriod = (date: string) => (since === undefined || date >= since) && date <= until;

  const entries = input.documents.flatMap((document) =>
    document.versions
      .filter((version) => inPeriod(version.amended))
      .map((version) => {
        const a = toAmendment(document, version);
        const upcoming = version.amended > today;
        const entry: DigestEntry = {
          kind: a.kind,
          label: versionLabel(version),
          was: a.previous && versionLabel(a.previous),
          date: version.amended,
          upcoming,
          summary: a.summary,
          link: abs(upcoming ? paths.version(document.id, version.amended, document.collection) : paths.chapter(document.id, document.collection)),
          changes: a.hasChanges ? abs(paths.changes(document.id, version.amended, document.collection)) : undefined,
        };
        return { entry, section: version.section };
      }),
  );
  const byNumberThenDate = (a: (typeof entries)[number], b: (typeof entries)[number]) =>
    compareNumbers(a.section, b.section) || a.entry.date.localeCompare(b.entry.date);
  const sections = [...input.structure.sections].sort((a, b) => compareNumbers(a.number, b.number));
  const groups: DigestGroup[] = sections
    .map((s) => ({ heading: `${s.number}. ${s.title}`, entries: entries.filter((e) => e.section && topLevelNumber(e.section) === s.number).sort(byNumberThenDate).map((e) => e.entry) }))
    .filter((g) => g.entries.length > 0);
  const pages = entries.filter((e) => !e.section).map((e) => e.entry).sort((a, b) => a.label.localeCompare(b.label) || a.date.localeCompare(b.date));
  if (pages.length) groups.push({ heading: 'Information pages', entries: pages });

  const contactChanges = collectContactChanges(input.contacts)
    .filter((c) => inPeriod(c.date))
    .reverse()
    .map((c) => ({ ...c, link: `${abs(paths.contacts)}#${c.contactId}` }));
  const period = since === undefined ? `dated on or before ${formatDate(until)}` : `dated from ${formatDate(since)} to ${formatDate(until)}`;
  const title = round ? round.name : `Changes from ${formatDate(since ?? until)} to ${formatDate(until)}`;
  return {
    subject: `${title}: ${settings.manualTitle}`,
    title,
    period,
    notes: round?.notes,
    groups,
    contactChanges,
    versions: entries.length,
  };
}

/** "2 chapters and information pages and 1 contact", for the opening line. */
function tally(digest: Digest): string {
  const parts = [counted(digest.versions, 'change', 'changes') + ' to chapters and information pages'];
  if (digest.contactChanges.length) parts.push(counted(digest.contactChanges.length, 'change', 'changes') + ' to contact details');
  return parts.join(' and ');
}

function whenLine(entry: DigestEntry): string {
  return entry.upcoming ? `comes into effect on ${formatDate(entry.date)}` : formatDate(entry.date);
}

// Colours with at least 4.5:1 contrast on white; email clients keep inline styles only.
const STYLE = {
  body: 'margin:0;padding:0;background-color:#ffffff;',
  wrap: 'max-width:640px;margin:0 auto;padding:24px 16px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1b1b1b;background-color:#ffffff;',
  example: 'margin:0 0 16px;padding:8px 12px;background-color:#fff4d6;border-left:4px solid #b58105;color:#1b1b1b;',
  kicker: 'margin:0 0 8px;font-size:14px;color:#4a4a4a;',
  h1: 'margin:0 0 16px;font-size:26px;line-height:1.25;color:#0b3d5c;',
  p: 'margin:0 0 16px;',
  h2: 'margin:32px 0 12px;padding-bottom:4px;border-bottom:2px solid #b1b4b6;font-size:20px;line-height:1.3;color:#1b1b1b;',
  list: 'margin:0;padding:0;list-style:none;',
  item: 'margin:0 0 20px;padding:0;',
  kind: 'margin:0;font-size:14px;font-weight:bold;color:#4a4a4a;',
  title: 'margin:2px 0 4px;font-size:18px;font-weight:bold;',
  entryP: 'margin:0 0 4px;',
  link: 'color:#1a4f9c;text-decoration:underline;',
  rule: 'margin:32px 0 16px;border:0;border-top:1px solid #b1b4b6;',
  foot: 'margin:0 0 8px;font-size:14px;color:#4a4a4a;',
} as const;

const a = (href: string, text: string) => `<a href="${escapeHtml(href)}" style="${STYLE.link}">${escapeHtml(text)}</a>`;

/** The digest as an email-ready HTML document. */
export function digestHtml(digest: Digest, settings: SiteSettings): string {
  const abs = (path: string) => absoluteUrl(settings.site, settings.base, path);
  const entry = (e: DigestEntry) =>
    [
      `<li style="${STYLE.item}">`,
      `<p style="${STYLE.kind}">${escapeHtml(e.kind)}, ${escapeHtml(whenLine(e))}</p>`,
      `<p style="${STYLE.title}">${a(e.link, e.label)}</p>`,
      e.was ? `<p style="${STYLE.entryP}">Was ${escapeHtml(e.was)}.</p>` : '',
      e.summary ? `<p style="${STYLE.entryP}">${escapeHtml(e.summary)}</p>` : '',
      e.changes ? `<p style="${STYLE.entryP}">${a(e.changes, `What changed in ${e.label}`)}</p>` : '',
      '</li>',
    ].filter(Boolean).join('\n');
  const body = [
    settings.exampleContent ? `<p style="${STYLE.example}"><strong>Example content:</strong> this digest describes a fictional partnership. Its numbers reach no one.</p>` : '',
    `<p style="${STYLE.kicker}">${escapeHtml(settings.partnership)}: ${escapeHtml(settings.manualTitle)}</p>`,
    `<h1 style="${STYLE.h1}">${escapeHtml(digest.title)}</h1>`,
    digest.notes ? `<p style="${STYLE.p}">${escapeHtml(digest.notes)}</p>` : '',
    `<p style="${STYLE.p}">${escapeHtml(capitalise(`${tally(digest)}, ${digest.period}.`))}</p>`,
    ...digest.groups.flatMap((group) => [`<h2 style="${STYLE.h2}">${escapeHtml(group.heading)}</h2>`, `<ul style="${STYLE.list}">`, ...group.entries.map(entry), '</ul>']),
    ...(digest.contactChanges.length
      ? [
          `<h2 style="${STYLE.h2}">Contact details</h2>`,
          `<ul style="${STYLE.list}">`,
          ...digest.contactChanges.map((c) =>
            [`<li style="${STYLE.item}">`, `<p style="${STYLE.kind}">Contact changed, ${escapeHtml(formatDate(c.date))}</p>`, `<p style="${STYLE.title}">${a(c.link, contactName(c))}</p>`, `<p style="${STYLE.entryP}">${escapeHtml(c.summary)}</p>`, '</li>'].join('\n'),
          ),
          '</ul>',
        ]
      : []),
    digest.versions === 0 && digest.contactChanges.length === 0 ? `<p style="${STYLE.p}">Nothing in the manual changed in this period.</p>` : '',
    `<hr style="${STYLE.rule}">`,
    `<p style="${STYLE.foot}">Read the procedures at ${a(abs(paths.home), abs(paths.home))}. Every change is listed in the ${a(abs(paths.amendments), 'amendments log')}; ${a(abs(paths.updates), 'follow changes')} to a section or a chapter.</p>`,
    `<p style="${STYLE.foot}">Use the online version: a printed or saved copy may be out of date.</p>`,
  ].filter(Boolean);
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(digest.subject)}</title>
</head>
<body style="${STYLE.body}">
<div style="${STYLE.wrap}">
${body.join('\n')}
</div>
</body>
</html>
`;
}

function contactName(c: ContactChange): string {
  return c.organisation !== c.service ? `${c.service}, ${c.organisation}` : c.service;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `text` wrapped at `width` columns, each line after `indent`. */
function wrap(text: string, indent = '', width = 72): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

function underline(text: string, char: string): string[] {
  return [text, char.repeat(Math.min(text.length, 72))];
}

/** The digest as plain text, for mail programs that show no HTML. */
export function digestText(digest: Digest, settings: SiteSettings): string {
  const abs = (path: string) => absoluteUrl(settings.site, settings.base, path);
  const lines: string[] = [];
  if (settings.exampleContent) lines.push('EXAMPLE CONTENT: this digest describes a fictional partnership.', '');
  lines.push(...wrap(`${settings.partnership}: ${settings.manualTitle}`), '', ...underline(digest.title.toUpperCase(), '='), '');
  if (digest.notes) lines.push(...wrap(digest.notes), '');
  lines.push(...wrap(capitalise(`${tally(digest)}, ${digest.period}.`)), '');
  for (const group of digest.groups) {
    lines.push('', ...underline(group.heading, '-'), '');
    for (const e of group.entries) {
      lines.push(...wrap(`${e.kind}, ${whenLine(e)}: ${e.label}`));
      if (e.was) lines.push(...wrap(`Was ${e.was}.`, '  '));
      if (e.summary) lines.push(...wrap(e.summary, '  '));
      lines.push(`  Read it: ${e.link}`);
      if (e.changes) lines.push(`  What changed: ${e.changes}`);
      lines.push('');
    }
  }
  if (digest.contactChanges.length) {
    lines.push('', ...underline('Contact details', '-'), '');
    for (const c of digest.contactChanges) {
      lines.push(...wrap(`Contact changed, ${formatDate(c.date)}: ${contactName(c)}`), ...wrap(c.summary, '  '), `  ${c.link}`, '');
    }
  }
  if (digest.versions === 0 && digest.contactChanges.length === 0) lines.push('Nothing in the manual changed in this period.', '');
  lines.push('--', `Read the procedures: ${abs(paths.home)}`, `Every change: ${abs(paths.amendments)}`, `Follow changes: ${abs(paths.updates)}`, 'Use the online version: a printed or saved copy may be out of date.');
  return `${lines.join('\n')}\n`;
}
