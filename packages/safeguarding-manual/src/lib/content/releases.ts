// Update rounds: the round each amendment belongs to, the log grouped by round, and the
// planned round still to come. Rounds are read from releases.yaml (schemas/releases.ts).
import { chapterIdFromTitle } from '../authoring/chapter-id.ts';
import { groupByMonth } from '../site/amendments.ts';
import { dayAfter } from '../util/dates.ts';
import type { PlannedRound, Releases, Round } from '../schemas/releases.ts';

/** A round with its address and the period it covers. */
export interface RoundInfo extends Round {
  /** The last part of its address, /amendments/<id>/, made from its name. */
  id: string;
  /** The first day it covers: the day after the round before; undefined for the first round, which covers everything before it. */
  from: string | undefined;
}

/** The id a round's name gives: "Spring 2026 update" is spring-2026-update. */
export function roundId(name: string): string {
  return chapterIdFromTitle(name);
}

/** Why an id cannot be a round's address (it is empty, or the address of a year's or a section's log), or undefined. */
export function roundIdClash(id: string): string | undefined {
  if (id === '') return 'has no letters or digits to make its address from';
  if (/^\d{4}$/.test(id)) return `would have the address /amendments/${id}/, which is the log of the year ${id}`;
  if (/^section-/.test(id)) return `would have the address /amendments/${id}/, which belongs to the logs of the sections`;
  return undefined;
}

/** The rounds oldest first, each with its id and the first day it covers. */
export function roundsOf(releases: Releases | undefined): RoundInfo[] {
  const sorted = [...(releases?.rounds ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  return sorted.map((round, i) => {
    const before = sorted[i - 1];
    return { ...round, id: roundId(round.name), from: before ? dayAfter(before.date) : undefined };
  });
}

/** The round a date belongs to: the first round dated on or after it; undefined after the last round. */
export function roundFor(date: string, rounds: readonly RoundInfo[]): RoundInfo | undefined {
  return rounds.find((round) => date <= round.date);
}

/** Log entries under one round; `round` is undefined for the entries after the last round. */
export interface RoundGroup<T> {
  round: RoundInfo | undefined;
  entries: T[];
}

/** Groups entries (newest first) by round, newest round first; entries after the last round come first. Rounds with no entries are left out. */
export function groupByRound<T extends { date: string }>(entries: readonly T[], rounds: readonly RoundInfo[]): RoundGroup<T>[] {
  const groups: RoundGroup<T>[] = [];
  for (const entry of entries) {
    const round = roundFor(entry.date, rounds);
    let group = groups.find((g) => g.round === round);
    if (!group) {
      group = { round, entries: [] };
      groups.push(group);
    }
    group.entries.push(entry);
  }
  const order = (g: RoundGroup<T>) => g.round?.date ?? '9999-12-31';
  return groups.sort((a, b) => order(b).localeCompare(order(a)));
}

/** The entries that belong to `round`. */
export function entriesOfRound<T extends { date: string }>(entries: readonly T[], round: RoundInfo): T[] {
  return entries.filter((entry) => entry.date <= round.date && (round.from === undefined || entry.date >= round.from));
}

/** The planned round, while its date is still to come on `today`; a round whose date has passed is not shown. */
export function plannedRound(releases: Releases | undefined, today: string): PlannedRound | undefined {
  const next = releases?.next;
  return next && next.date > today ? next : undefined;
}

/** The newest round published on or before `today`. */
export function latestRound(rounds: readonly RoundInfo[], today: string): RoundInfo | undefined {
  return rounds.findLast((round) => round.date <= today);
}

/** The round a person names, by its name (in any case) or its id. */
export function findRound(rounds: readonly RoundInfo[], name: string): RoundInfo | undefined {
  const wanted = name.trim().toLowerCase();
  return rounds.find((round) => round.name.toLowerCase() === wanted || round.id === wanted);
}

/** A heading of the amendments log and the entries under it: a month, or an update round. */
export interface LogGroup<T> {
  /** The heading's id, such as month-2026-10 or round-spring-2026-update. */
  id: string;
  heading: string;
  /** The round the entries belong to, when the log is grouped by round. */
  round?: RoundInfo | undefined;
  /** For entries after the last round: that round. */
  after?: RoundInfo | undefined;
  entries: T[];
}

/** The log's groups: by update round where the manual has rounds, otherwise by month. Entries are newest first. */
export function logGroups<T extends { date: string }>(entries: readonly T[], rounds: readonly RoundInfo[] = []): LogGroup<T>[] {
  const last = rounds.at(-1);
  if (!last) return groupByMonth(entries).map((g) => ({ id: `month-${g.month}`, heading: g.label, entries: g.entries }));
  return groupByRound(entries, rounds).map(({ round, entries: list }) =>
    round
      ? { id: `round-${round.id}`, heading: round.name, round, entries: list }
      : { id: 'round-since-last', heading: `Since the ${last.name}`, after: last, entries: list },
  );
}
