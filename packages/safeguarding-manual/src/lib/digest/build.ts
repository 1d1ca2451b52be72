// What the email digest of a period or an update round holds: every version of a chapter or
// information page dated in the period and every change to a contact, grouped by section, with
// absolute links from the site setting; and the period the digest command's options ask for.
import { oneLine } from '../check/control-characters.ts';
import { toAmendment, type AmendmentKind } from '../site/amendments.ts';
import { collectContactChanges, type ContactChange } from '../content/contacts.ts';
import { formatDate, isIsoDate } from '../util/dates.ts';
import { compareNumbers, topLevelNumber } from '../content/numbering.ts';
import { findRound, type RoundInfo } from '../content/releases.ts';
import type { Contact } from '../schemas/contact.ts';
import type { SiteSettings } from '../schemas/site.ts';
import type { Structure } from '../schemas/structure.ts';
import { absoluteUrl, paths } from '../site/urls.ts';
import { UserError } from '../util/user-error.ts';
import { versionLabel, type ManualDocument } from '../content/versions.ts';

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
export function digestPeriod(
  options: { since?: string | undefined; until?: string | undefined; release?: string | undefined },
  rounds: readonly RoundInfo[],
  today: string,
  releasesFile: string,
): DigestPeriod {
  for (const [name, value] of [
    ['since', options.since],
    ['until', options.until],
  ] as const) {
    if (value !== undefined && !isIsoDate(value))
      throw new UserError(`--${name} is "${value}", which is not a date: write it as YYYY-MM-DD, such as --${name} 2026-03-01.`);
  }
  let round: RoundInfo | undefined;
  if (options.release !== undefined) {
    if (!rounds.length) throw new UserError(`The manual has no update rounds: name them in ${releasesFile}, or give the period with --since YYYY-MM-DD.`);
    round = findRound(rounds, options.release);
    if (!round)
      throw new UserError(`There is no update round "${options.release}" in ${releasesFile}: the rounds are ${rounds.map((r) => `"${r.name}"`).join(', ')}.`);
  } else if (options.since === undefined) {
    throw new UserError(
      'Say which changes the digest is for: --since YYYY-MM-DD (the first day; the last is --until, or today), or --release "Spring 2026 update".',
    );
  }
  const since = options.since ?? round?.from;
  const until = options.until ?? round?.date ?? today;
  if (since !== undefined && since > until)
    throw new UserError(`The period starts on ${formatDate(since)}, after it ends (${formatDate(until)}): give a --since on or before --until.`);
  return {
    since,
    until,
    round,
    name: round && options.since === undefined && options.until === undefined ? round.id : `changes-${since ?? 'start'}-to-${until}`,
  };
}

export interface DigestInput {
  /** Every chapter and information page. */
  documents: readonly ManualDocument[];
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
    .map((s) => ({
      heading: `${s.number}. ${s.title}`,
      entries: entries
        .filter((e) => e.section && topLevelNumber(e.section) === s.number)
        .sort(byNumberThenDate)
        .map((e) => e.entry),
    }))
    .filter((g) => g.entries.length > 0);
  const pages = entries
    .filter((e) => !e.section)
    .map((e) => e.entry)
    .sort((a, b) => a.label.localeCompare(b.label) || a.date.localeCompare(b.date));
  if (pages.length) groups.push({ heading: 'Information pages', entries: pages });

  const contactChanges = collectContactChanges(input.contacts)
    .filter((c) => inPeriod(c.date))
    .reverse()
    .map((c) => ({ ...c, link: `${abs(paths.contacts)}#${c.contactId}` }));
  const period = since === undefined ? `dated on or before ${formatDate(until)}` : `dated from ${formatDate(since)} to ${formatDate(until)}`;
  // The subject becomes an email header: one line, whatever the round's name holds, so it can never add a header of its own.
  const title = oneLine(round ? round.name : `Changes from ${formatDate(since ?? until)} to ${formatDate(until)}`);
  return {
    subject: oneLine(`${title}: ${settings.manualTitle}`),
    title,
    period,
    notes: round?.notes,
    groups,
    contactChanges,
    versions: entries.length,
  };
}
