// The lock's record of dated change notes: the contacts', the resources' and the glossary's. Each
// note is locked by its SHA-256 as it is published, like a version file: a published note is
// never rewritten, reordered or removed (npm run correct records a genuine correction), a change
// to what readers rely on needs a new note, and a new note takes effect no earlier than the day
// it is recorded.
import { createHash } from 'node:crypto';
import { contactDetailsHash } from '../content/contacts.ts';
import { glossaryHash } from '../glossary/glossary.ts';
import { LOCK_FILE, type Fingerprint, type Lock } from './lock.ts';
import type { Problem } from '../check/problems.ts';
import { resourceFingerprint, type Resource } from '../content/resources.ts';
import type { Contact } from '../schemas/contact.ts';
import type { Glossary } from '../schemas/glossary.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** JSON with its keys sorted, so that a note's hash does not depend on the order its fields are written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** The SHA-256 of one change note: its fields (date, summary, sign-off), whatever their order in the file. */
export function noteHash(note: object): string {
  return sha256(canonical(note));
}

/** The SHA-256 of a list of notes, as a correction records the list it replaces and a release record lists each item's notes. */
export function notesHash(hashes: readonly (string | null)[]): string {
  return sha256(hashes.map((h) => h ?? '-').join('\n'));
}

/** Something whose changes are noted: its id, its fingerprint now and its notes, oldest first. */
export interface Noted {
  id: string;
  sha256: string;
  notes: readonly { date: string }[];
}

/** Where an item's notes are written, for messages. */
export type Locate = (id: string) => { file: string; line?: number | undefined };

const correctFix = (file: string) =>
  `undo the edit (git diff -- ${file} shows it; git checkout -- ${file}); a published note is never rewritten, reordered or removed: add a new dated note instead, or for a genuine correction run npm run correct -- ${file} --reason "..."`;

/** New notes, dated before `today`, the day they are first recorded. */
function backdatedNotes(item: Noted, from: number, today: string, file: string, line: number | undefined): Problem[] {
  return item.notes.slice(from).flatMap((note, i) =>
    note.date < today
      ? [
          {
            severity: 'error' as const,
            file,
            line,
            field: 'changes',
            message: `change note ${from + i + 1} of ${item.id} is new and dated ${note.date}, before today (${today}), the day it is first recorded: nothing is added to the past`,
            fix: `date it ${today} or later (the day the change takes effect); to correct what a published note says, restore it and run npm run correct -- ${file} --reason "..."`,
          },
        ]
      : [],
  );
}

/**
 * Compares each item with its record in the lock: published notes unchanged and in order, a
 * changed fingerprint explained by a new note, new notes not dated in the past. `locked` is
 * undefined for a lock that has never recorded this kind of item.
 */
function checkNotes(
  locked: Record<string, Fingerprint> | undefined,
  items: readonly Noted[],
  locate: Locate,
  today: string,
  unnoted: { message: string; fix: string },
): Problem[] {
  const problems: Problem[] = [];
  for (const item of items) {
    const entry = locked?.[item.id];
    const { file, line } = locate(item.id);
    if (!entry) {
      if (locked) problems.push(...backdatedNotes(item, 0, today, file, line));
      continue;
    }
    const hashes = item.notes.map(noteHash);
    const rewritten = entry.notes.findIndex((h, i) => h !== null && h !== hashes[i]);
    if (hashes.length < entry.notes.length && (rewritten === -1 || rewritten >= hashes.length)) {
      problems.push({
        severity: 'error',
        file,
        line,
        field: 'changes',
        message: `lists ${hashes.length} of the ${entry.notes.length} change notes already published: a published note was removed`,
        fix: correctFix(file),
      });
    } else if (rewritten !== -1) {
      const date = item.notes[rewritten]?.date;
      problems.push({
        severity: 'error',
        file,
        line,
        field: 'changes',
        message: `change note ${rewritten + 1} of ${item.id}${date ? ` (now dated ${date})` : ''} is not the note published (its SHA-256 no longer matches ${LOCK_FILE}): it was rewritten, reordered or removed`,
        fix: correctFix(file),
      });
    } else if (item.sha256 !== entry.sha256 && hashes.length === entry.notes.length) {
      problems.push({ severity: 'error', file, line, field: 'changes', ...unnoted });
    } else {
      problems.push(...backdatedNotes(item, entry.notes.length, today, file, line));
    }
  }
  return problems;
}

/** Records the items as published, keeping the corrections already recorded; `changed` says whether the lock's record differs. */
export function fingerprints(
  locked: Record<string, Fingerprint> | undefined,
  items: readonly Noted[],
): { entries: Record<string, Fingerprint>; changed: boolean } {
  const entries = Object.fromEntries(
    [...items]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((i) => {
        const corrections = locked?.[i.id]?.corrections;
        return [i.id, { sha256: i.sha256, notes: i.notes.map(noteHash), ...(corrections ? { corrections } : {}) }] as const;
      }),
  );
  return { entries, changed: JSON.stringify(entries) !== JSON.stringify(locked ?? {}) };
}

export const contactNoted = (contacts: readonly Contact[]): Noted[] => contacts.map((c) => ({ id: c.id, sha256: contactDetailsHash(c), notes: c.changes }));
export const resourceNoted = (resources: readonly Resource[]): Noted[] =>
  resources.map((r) => ({ id: r.id, sha256: resourceFingerprint(r), notes: r.changes }));

/** The glossary's key in a release record and in corrections. */
export const GLOSSARY = 'glossary';
export const glossaryNoted = (glossary: Glossary): Noted[] =>
  glossary.entries.length ? [{ id: GLOSSARY, sha256: glossaryHash(glossary), notes: glossary.changes }] : [];

/** Changed contact details need a new dated entry under `changes`; a published note is never rewritten or removed. */
export function checkContactLock(lock: Lock, contacts: readonly Contact[], locate: Locate, today: string): Problem[] {
  return checkNotes(lock.contacts, contactNoted(contacts), locate, today, {
    message: 'the contact details changed, but no dated entry under changes says what changed',
    fix: 'add an entry to changes: "- date: YYYY-MM-DD" and "summary: New out-of-hours number." (the date the change took effect)',
  });
}

/** A changed file (or address) needs a new dated, signed-off entry under `changes`; a published note is never rewritten or removed. */
export function checkResourceLock(lock: Lock, resources: readonly Resource[], locate: Locate, today: string): Problem[] {
  return checkNotes(lock.resources, resourceNoted(resources), locate, today, {
    message: `the file changed since it was published (its SHA-256 no longer matches ${LOCK_FILE}), but no new dated entry under changes says what changed`,
    fix: 'add an entry to changes with date (the day the new file takes effect), summary, approvedBy and approvedOn',
  });
}

/** Changed glossary entries need a new dated note under `changes`; a published note is never rewritten or removed. */
export function checkGlossaryLock(lock: Lock, glossary: Glossary, file: string, line: number | undefined, today: string): Problem[] {
  const locked = lock.glossary && { [GLOSSARY]: lock.glossary };
  return checkNotes(locked, glossaryNoted(glossary), () => ({ file, line }), today, {
    message: 'the glossary changed, but no dated note under changes says what changed',
    fix: 'add a note to changes: "- date: YYYY-MM-DD" and "summary: Added LADO." (the date of the change)',
  });
}

/** Records the glossary as published (nothing when the manual has none); `changed` says whether the lock differs. */
export function lockGlossary(lock: Lock, glossary: Glossary): { lock: Lock; changed: boolean } {
  const [noted] = glossaryNoted(glossary);
  if (!noted) return { lock, changed: false };
  const { entries, changed } = fingerprints(lock.glossary && { [GLOSSARY]: lock.glossary }, [noted]);
  return { lock: { ...lock, glossary: entries[GLOSSARY] }, changed };
}

/** Records every contact's details and notes as published; `changed` says whether the lock differs. */
export function lockContacts(lock: Lock, contacts: readonly Contact[]): { lock: Lock; changed: boolean } {
  const { entries, changed } = fingerprints(lock.contacts, contactNoted(contacts));
  return { lock: { ...lock, contacts: entries }, changed };
}

/** Records every resource's file and notes as published; `changed` says whether the lock differs. */
export function lockResources(lock: Lock, resources: readonly Resource[]): { lock: Lock; changed: boolean } {
  const { entries, changed } = fingerprints(lock.resources, resourceNoted(resources));
  // A manual without resources keeps a lock without the field.
  if (!resources.length && !lock.resources) return { lock, changed: false };
  return { lock: { ...lock, resources: entries }, changed };
}

/**
 * Records a correction of an item's published notes: the notes as they are now, with the date,
 * the reason and the SHA-256 of the list they replace. `family` is contacts, resources or glossary.
 */
export function recordNotesCorrection(lock: Lock, family: 'contacts' | 'resources' | 'glossary', item: Noted, date: string, reason: string): Lock {
  const entry = family === 'glossary' ? lock.glossary : lock[family]?.[item.id];
  if (!entry) throw new Error(`${item.id} has no published notes in ${LOCK_FILE}: there is nothing to correct`);
  const notes = item.notes.map(noteHash);
  if (notesHash(notes) === notesHash(entry.notes))
    throw new Error(`the notes of ${item.id} have not changed since they were published: there is nothing to correct`);
  const corrected: Fingerprint = {
    sha256: item.sha256,
    notes,
    corrections: [...(entry.corrections ?? []), { date, reason, previous: notesHash(entry.notes) }],
  };
  if (family === 'glossary') return { ...lock, glossary: corrected };
  return { ...lock, [family]: { ...lock[family], [item.id]: corrected } };
}
