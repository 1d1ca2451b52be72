// What changed since a reader's last visit to the contents. The reader's browser remembers
// which version of each chapter the contents listed (in localStorage: no cookie, nothing sent
// anywhere); a visit is one browser session, so the marks stay while the reader moves between
// pages, and the next visit compares with what the contents listed at the end of this one.
// Runs in the browser (components/LastVisit.astro): no Node modules here.
import type { CountedTexts } from './script-words.ts';

/** What the contents listed: each chapter's id and the date its version in force took effect. */
export type Listed = Record<string, string>;

/** What the browser remembers. */
export interface VisitMemory {
  /** What the contents listed when last shown, and when (an ISO timestamp). */
  seen: Listed;
  seenAt: string;
  /** What it listed at the end of the previous visit: this visit marks the changes since. */
  before?: Listed | undefined;
  beforeAt?: string | undefined;
}

export type Mark = 'new' | 'changed';

/** The box's words, which the page gives its script in the page's language (data-words). */
export interface LastVisitWords {
  /**
   * The months' names, January first, for the date of the last visit ("2 November 2026"): a
   * browser need not know the page's language (Welsh) to write it.
   */
  months: string[];
  marks: Record<Mark, string>;
  /** "Since your last visit on {date}, 2 chapters have changed...", for each count. */
  changed: CountedTexts;
  /** "No chapter has changed since your last visit on {date}." */
  none: string;
  cleared: string;
}

function isListed(value: unknown): value is Listed {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}

/** A moment as the box writes the day of it, in the reader's time: "2 November 2026". */
export function visitDate(at: string, months: readonly string[]): string {
  const date = new Date(at);
  return `${date.getDate()} ${months[date.getMonth()] ?? ''} ${date.getFullYear()}`;
}

/** Reads what the browser stored; anything else (nothing, or text another version wrote) is forgotten. */
export function readMemory(text: string | null): VisitMemory | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<VisitMemory>;
    if (!isListed(value.seen) || typeof value.seenAt !== 'string') return undefined;
    const before = isListed(value.before) && typeof value.beforeAt === 'string' ? { before: value.before, beforeAt: value.beforeAt } : {};
    return { seen: value.seen, seenAt: value.seenAt, ...before };
  } catch {
    return undefined;
  }
}

/**
 * The memory after the contents is shown at `now`. The first time in a visit (`newVisit`), what
 * was last seen becomes what this visit compares with; later in the same visit, that stays.
 */
export function openContents(memory: VisitMemory | undefined, listed: Listed, now: string, newVisit: boolean): VisitMemory {
  const before = newVisit ? memory && { before: memory.seen, beforeAt: memory.seenAt } : memory?.before && { before: memory.before, beforeAt: memory.beforeAt };
  return { seen: listed, seenAt: now, ...before };
}

/** The chapters listed now that were not listed before (new) or had another version (changed); none on a first visit. */
export function changedSince(memory: VisitMemory, listed: Listed): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  const { before } = memory;
  if (!before) return marks;
  for (const [id, amended] of Object.entries(listed)) {
    if (!(id in before)) marks.set(id, 'new');
    else if (before[id] !== amended) marks.set(id, 'changed');
  }
  return marks;
}

/** The memory once the reader clears the marks: this visit now compares with what is listed now. */
export function clearMarks(memory: VisitMemory): VisitMemory {
  return { ...memory, before: memory.seen, beforeAt: memory.seenAt };
}
