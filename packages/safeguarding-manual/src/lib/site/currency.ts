// How current a page is: where a version stands on the build date (what a dated page says at
// its top), and the currency line of a document's page and its print ("Up to date with every
// change in force on or before ...", the approved versions still to come, the next update round).
import { dayBefore } from '../util/dates.ts';
import type { PlannedRound } from '../schemas/releases.ts';
import type { ManualDocument, Version } from '../content/versions.ts';

/** Where a version stands on the build date. */
export type Standing =
  /** In force now: the document's current version. */
  | { kind: 'in-force'; from: string }
  /** Approved and published ahead of the date it takes effect. */
  | { kind: 'upcoming'; from: string }
  /** Replaced by a newer version on `on`; it was last in force on `until`. */
  | { kind: 'replaced'; from: string; until: string; on: string }
  /** The document was withdrawn on `on`; this version was last in force on `until`. */
  | { kind: 'withdrawn'; from: string; until: string; on: string };

/** Where `version` of `document` stands on the date the document was built for. */
export function versionStanding(document: ManualDocument, version: Version): Standing {
  const from = version.amended;
  if (document.upcoming.includes(version)) return { kind: 'upcoming', from };
  const next = document.published.find((v) => v.amended > version.amended);
  if (!next) return { kind: 'in-force', from };
  const ended = { from, until: dayBefore(next.amended), on: next.amended };
  return next.change === 'withdrawn' ? { kind: 'withdrawn', ...ended } : { kind: 'replaced', ...ended };
}

/** What a document's page (and its print) says about how current it is. */
export interface Currency {
  /** Every change in force on or before this date is in the page: the build date. */
  upTo: string;
  /** The dates of the approved versions that take effect later, soonest first. */
  later: string[];
  /** The next update round, while one is planned. */
  nextRound: Pick<PlannedRound, 'name' | 'date'> | undefined;
}

/** The currency line of `document`'s page, built on `today`, with the partnership's planned round. */
export function currencyOf(document: ManualDocument, today: string, planned: PlannedRound | undefined): Currency {
  return {
    upTo: today,
    later: document.upcoming.map((v) => v.amended),
    nextRound: planned && planned.date > today ? { name: planned.name, date: planned.date } : undefined,
  };
}
