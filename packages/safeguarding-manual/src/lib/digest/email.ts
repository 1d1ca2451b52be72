// The digest as an email for the partnership's mailing list: an email-ready HTML document (inline
// styles, which email clients need; no script, no image) and plain text.
import type { ContactChange } from '../content/contacts.ts';
import { xmlSafe } from '../check/control-characters.ts';
import { formatDate } from '../util/dates.ts';
import { escapeHtml } from '../util/html-text.ts';
import { counted } from '../util/plural.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { absoluteUrl, paths } from '../site/urls.ts';
import type { Digest, DigestEntry } from './build.ts';

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
    ]
      .filter(Boolean)
      .join('\n');
  const body = [
    settings.exampleContent
      ? `<p style="${STYLE.example}"><strong>Example content:</strong> this digest describes a fictional partnership. Its numbers reach no one.</p>`
      : '',
    `<p style="${STYLE.kicker}">${escapeHtml(settings.partnership)}: ${escapeHtml(settings.manualTitle)}</p>`,
    `<h1 style="${STYLE.h1}">${escapeHtml(digest.title)}</h1>`,
    digest.notes ? `<p style="${STYLE.p}">${escapeHtml(digest.notes)}</p>` : '',
    `<p style="${STYLE.p}">${escapeHtml(capitalise(`${tally(digest)}, ${digest.period}.`))}</p>`,
    ...digest.groups.flatMap((group) => [
      `<h2 style="${STYLE.h2}">${escapeHtml(group.heading)}</h2>`,
      `<ul style="${STYLE.list}">`,
      ...group.entries.map(entry),
      '</ul>',
    ]),
    ...(digest.contactChanges.length
      ? [
          `<h2 style="${STYLE.h2}">Contact details</h2>`,
          `<ul style="${STYLE.list}">`,
          ...digest.contactChanges.map((c) =>
            [
              `<li style="${STYLE.item}">`,
              `<p style="${STYLE.kind}">Contact changed, ${escapeHtml(formatDate(c.date))}</p>`,
              `<p style="${STYLE.title}">${a(c.link, contactName(c))}</p>`,
              `<p style="${STYLE.entryP}">${escapeHtml(c.summary)}</p>`,
              '</li>',
            ].join('\n'),
          ),
          '</ul>',
        ]
      : []),
    digest.versions === 0 && digest.contactChanges.length === 0 ? `<p style="${STYLE.p}">Nothing in the manual changed in this period.</p>` : '',
    `<hr style="${STYLE.rule}">`,
    `<p style="${STYLE.foot}">Read the procedures at ${a(abs(paths.home), abs(paths.home))}. Every change is listed in the ${a(abs(paths.amendments), 'amendments log')}; ${a(abs(paths.updates), 'follow changes')} to a section or a chapter.</p>`,
    `<p style="${STYLE.foot}">Use the online version: a printed or saved copy may be out of date.</p>`,
  ].filter(Boolean);
  // Whatever the check let through, no control character reaches the email.
  return xmlSafe(`<!DOCTYPE html>
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
`);
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
  lines.push(
    '--',
    `Read the procedures: ${abs(paths.home)}`,
    `Every change: ${abs(paths.amendments)}`,
    `Follow changes: ${abs(paths.updates)}`,
    'Use the online version: a printed or saved copy may be out of date.',
  );
  // Whatever the check let through, no control character reaches the email.
  return xmlSafe(`${lines.join('\n')}\n`);
}
