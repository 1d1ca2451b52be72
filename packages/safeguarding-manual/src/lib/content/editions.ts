// The manual's editions: the dates on which it changed, and which one stood on a given day.
// Kept apart from the rest of versions.ts, which words a version for pages: the as-at page's
// script uses these in the reader's browser, and carries nothing else.
import type { ManualDocument } from './versions.ts';

/**
 * The manual's editions up to `until`: every date on which a version of any document took
 * effect, oldest first. The manual stands unchanged from one edition to the day before the next.
 */
export function editionDates(documents: readonly ManualDocument[], until: string): string[] {
  return [...new Set(documents.flatMap((c) => c.versions.map((v) => v.amended)).filter((d) => d <= until))].sort();
}

/** The edition in force on `date`: the latest of `editions` (oldest first) on or before it; undefined before the first. */
export function editionOn(editions: readonly string[], date: string): string | undefined {
  return editions.findLast((edition) => edition <= date);
}

/** What resolving a date gives: the edition in force on it, or why there is none. */
type EditionResolution = { kind: 'edition'; edition: string } | { kind: 'before-first'; first: string } | { kind: 'no-editions' };

/** The edition in force at the end of `date`: the latest on or before it. */
export function resolveEdition(editions: readonly string[], date: string): EditionResolution {
  const first = editions[0];
  if (first === undefined) return { kind: 'no-editions' };
  const edition = editionOn(editions, date);
  return edition === undefined ? { kind: 'before-first', first } : { kind: 'edition', edition };
}
