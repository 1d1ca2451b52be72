// Rules for releases.yaml, the update rounds: real dates, one name and one date per round, an
// address for each that no other log page has, and a planned round that is still to come.
import { formatDate } from '../util/dates.ts';
import { fieldLabel } from './field-labels.ts';
import type { ProblemReport } from './problems.ts';
import { roundId, roundIdClash, roundsOf } from '../content/releases.ts';
import type { Contact } from '../schemas/contact.ts';
import { releasesSchema, type Releases } from '../schemas/releases.ts';
import { applySchema, parseYaml } from '../content/yaml-source.ts';
import type { ManualIndex } from './manual-index.ts';

/** The update rounds, or undefined when the manual has no releases.yaml or it cannot be read. */
export function checkReleases(index: ManualIndex, contacts: readonly Contact[], report: ProblemReport): Releases | undefined {
  const { source, options } = index;
  if (!source.releasesFile) return undefined;
  const { file, text } = source.releasesFile;
  const parsed = parseYaml(text, file);
  report.add(parsed.problems);
  if (parsed.problems.length) return undefined;
  const result = applySchema(releasesSchema, parsed, file, Object.keys(releasesSchema.shape));
  report.add(result.problems);
  if (!result.data) return undefined;
  const releases = result.data;
  const at = (i: number, field: string) => parsed.lineOf(['rounds', i, field]);
  const field = (i: number, name: string) => fieldLabel(['rounds', i, name]);

  const seenNames = new Map<string, string>();
  const seenDates = new Map<string, string>();
  releases.rounds.forEach((round, i) => {
    const id = roundId(round.name);
    const clash = roundIdClash(id);
    if (clash)
      report.error(
        file,
        at(i, 'name'),
        field(i, 'name'),
        `the round "${round.name}" ${clash}`,
        'name it in words with its season or month, such as Spring 2026 update',
      );
    const sameName = seenNames.get(id);
    if (sameName !== undefined)
      report.error(
        file,
        at(i, 'name'),
        field(i, 'name'),
        `the name "${round.name}" is used twice (also "${sameName}"), and each round has a page of its own`,
        'give each round its own name, such as Spring 2026 update',
      );
    seenNames.set(id, round.name);
    const sameDate = seenDates.get(round.date);
    if (sameDate !== undefined)
      report.error(
        file,
        at(i, 'date'),
        field(i, 'date'),
        `"${round.name}" has the same date as "${sameDate}", so no amendment could belong to one of them`,
        'give each round the day it was published',
      );
    seenDates.set(round.date, round.name);
  });

  // A round no version or contact change belongs to has an empty page: its date is probably wrong.
  const dates = [
    ...[...index.chapters, ...index.pages].flatMap((c) => c.versions.map((v) => v.amended)),
    ...contacts.flatMap((c) => c.changes.map((change) => change.date)),
  ];
  if (seenDates.size === releases.rounds.length) {
    for (const round of roundsOf(releases)) {
      if (dates.some((d) => d <= round.date && (round.from === undefined || d >= round.from))) continue;
      const i = releases.rounds.findIndex((r) => r.name === round.name);
      const period = round.from ? `from ${formatDate(round.from)} to ${formatDate(round.date)}` : `on or before ${formatDate(round.date)}`;
      report.warning(
        file,
        at(i, 'date'),
        field(i, 'date'),
        `no version or contact change is dated ${period}, so "${round.name}" lists nothing`,
        'check the date: a round holds what is dated on or before it, after the round before',
      );
    }
  }

  const { next } = releases;
  if (next) {
    const last = roundsOf(releases).at(-1);
    if (next.suggestionsBy >= next.date) {
      report.error(
        file,
        parsed.lineOf(['next', 'suggestionsBy']),
        fieldLabel(['next', 'suggestionsBy']),
        `suggestions are due on ${formatDate(next.suggestionsBy)}, which is not before the round itself (${formatDate(next.date)})`,
        'give a date before the round, leaving the board time to consider them',
      );
    }
    if (last && next.date <= last.date) {
      report.error(
        file,
        parsed.lineOf(['next', 'date']),
        fieldLabel(['next', 'date']),
        `the planned round is dated ${formatDate(next.date)}, not after the last round, "${last.name}" (${formatDate(last.date)})`,
        'give the date the next round is planned for, or move a round that has been published into rounds',
      );
    } else if (next.date <= options.today) {
      report.warning(
        file,
        parsed.lineOf(['next', 'date']),
        fieldLabel(['next', 'date']),
        `the planned round "${next.name}" was due on ${formatDate(next.date)}, which has passed, so the site no longer shows it`,
        'move it into rounds once it is published, with its notes, and plan the next one',
      );
    }
  }
  return releases;
}
