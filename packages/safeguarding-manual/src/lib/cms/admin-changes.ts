// What a draft changes, for the reviewer: the draft's text against the version in force, block
// by block and word by word, in the site's changes-page markup (DiffView.astro's classes), so
// the preview shows it as the site's changes page will. Runs in the browser (the admin page's
// bundle): blocks are the text's paragraphs, headings and list items, read from its lines.
import { diffArrays, diffWordsWithSpace } from 'diff';
import type { BlockKind, DiffBlock, Segment } from '../site/diff.ts';
import { formatDate, isIsoDate } from '../util/dates.ts';
import { HOURS_WORDS } from '../content/phones.ts';

interface TextBlock {
  kind: BlockKind;
  depth?: number | undefined;
  text: string;
}

/** The text's blocks: headings, list items, contacts and paragraphs, as a reader sees them. */
export function textBlocks(body: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const chunk of body.split(/\n\s*\n/)) {
    for (const line of chunk.split(/\n(?=\s*(?:[-*+]|\d+\.)\s)/)) {
      const text = line.replace(/\s*\n\s*/g, ' ').trim();
      if (!text) continue;
      const heading = /^(#{1,6})\s+(.*)$/.exec(text);
      if (heading) blocks.push({ kind: 'heading', depth: heading[1]!.length, text: heading[2]! });
      else if (/^(?:[-*+]|\d+\.)\s/.test(text)) blocks.push({ kind: 'item', text: text.replace(/^(?:[-*+]|\d+\.)\s+/, '') });
      else if (/^<Contact\b/.test(text)) blocks.push({ kind: 'contact', text });
      else blocks.push({ kind: 'paragraph', text });
    }
  }
  return blocks;
}

const key = (b: TextBlock) => `${b.kind}:${b.depth ?? ''}:${b.text}`;

/** The draft's blocks against the version in force's: a removed block followed by an added one of the same kind is one changed block. */
export function draftChanges(before: string, after: string): DiffBlock[] {
  const parts = diffArrays(textBlocks(before), textBlocks(after), { comparator: (a, b) => key(a) === key(b) });
  const out: DiffBlock[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      const pairs = Math.min(part.value.length, next.value.length);
      for (let j = 0; j < pairs; j++) {
        const [a, b] = [part.value[j]!, next.value[j]!];
        if (a.kind !== b.kind) {
          out.push({ status: 'removed', kind: a.kind, depth: a.depth, segments: [{ op: 'del', text: a.text }] });
          out.push({ status: 'added', kind: b.kind, depth: b.depth, segments: [{ op: 'ins', text: b.text }] });
          continue;
        }
        const segments: Segment[] = diffWordsWithSpace(a.text, b.text).map((c) => ({ op: c.added ? 'ins' : c.removed ? 'del' : 'same', text: c.value }));
        out.push({ status: 'changed', kind: b.kind, depth: b.depth, segments });
      }
      for (const b of part.value.slice(pairs)) out.push({ status: 'removed', kind: b.kind, depth: b.depth, segments: [{ op: 'del', text: b.text }] });
      for (const b of next.value.slice(pairs)) out.push({ status: 'added', kind: b.kind, depth: b.depth, segments: [{ op: 'ins', text: b.text }] });
      i++;
      continue;
    }
    const status = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const op = part.added ? 'ins' : part.removed ? 'del' : 'same';
    for (const b of part.value) out.push({ status, kind: b.kind, depth: b.depth, segments: [{ op, text: b.text }] });
  }
  return out;
}

/** A contact as compared for the reviewer: its details as published, and how many dated changes it listed then. */
export interface ComparedContact {
  service: string;
  organisation: string;
  phones: readonly { label: string; number: string; hours?: string | undefined; hoursText?: string | undefined }[];
  email?: string | undefined;
  notes?: string | undefined;
  changes: number;
}

const oneLine = (value: unknown): string => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');

/** A contact's details, one line each as a reader sees them, and the change notes after the first `noted`. */
function contactLines(contact: Record<string, unknown>, noted: number): string[] {
  const phones = Array.isArray(contact['phones']) ? (contact['phones'] as Record<string, unknown>[]) : [];
  const changes = Array.isArray(contact['changes']) ? (contact['changes'] as Record<string, unknown>[]) : [];
  const hours = (p: Record<string, unknown>) => oneLine(p['hoursText']) || (HOURS_WORDS as Record<string, string>)[oneLine(p['hours'])] || '';
  return [
    `Service: ${oneLine(contact['service'])}`,
    `Organisation: ${oneLine(contact['organisation'])}`,
    ...phones.map((p) => `${oneLine(p['label'])}: ${oneLine(p['number'])}${hours(p) ? ` (${hours(p)})` : ''}`),
    ...(oneLine(contact['email']) ? [`Email: ${oneLine(contact['email'])}`] : []),
    ...(oneLine(contact['notes']) ? [`Notes: ${oneLine(contact['notes'])}`] : []),
    ...changes.slice(noted).map((c) => {
      const date = c['date'] instanceof Date ? c['date'].toISOString().slice(0, 10) : oneLine(c['date']);
      return `Change noted for ${isIsoDate(date) ? formatDate(date) : date}: ${oneLine(c['summary'])}`;
    }),
  ];
}

/**
 * What a contact's draft changes against the contact as published (none for a new contact):
 * each detail that differs, word by word, and each change note it adds.
 */
export function contactChanges(before: ComparedContact | undefined, after: Record<string, unknown>): DiffBlock[] {
  const noted = before?.changes ?? 0;
  const lines = (contact: Record<string, unknown>, n: number) => contactLines(contact, n).join('\n\n');
  const published = before ? lines({ ...before, changes: [] }, 0) : '';
  return draftChanges(published, lines(after, noted)).filter((b) => b.status !== 'same');
}
