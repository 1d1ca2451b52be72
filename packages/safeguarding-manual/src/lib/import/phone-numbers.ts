// Finds the phone numbers typed into imported chapters. The manual keeps every number in
// contacts/ (chapters name them with <Contact>), so each one found is listed for board staff,
// with a draft of the contact files to write; the chapters' text is left as it was.
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { parse, stringify } from 'yaml';
import { parseUkPhone } from '../content/phones.ts';

export interface FoundNumber {
  /** The number as the manual writes it, such as 0116 496 0100. */
  number: string;
  /** 1-based line in the text searched. */
  line: number;
  /** The line it is on, shortened. */
  context: string;
}

// Short numbers libphonenumber does not find: 999 always, 101, 111 and 112 when the words
// around them say they are to be dialled (or they stand alone in a table cell).
const UK_CANDIDATE = /(?<![\d+])(?:\+44[\s-]?(?:\(0\)[\s-]?)?|\(?0)\d[\d\s()-]{7,16}\d/g;
const EMERGENCY = /(?<![\d.,/-])999(?![\d.,/-]\d)/g;
const SHORT = /(?<=(?:\bcall|\bring|\bdial|\bphone|\btelephone|\btel|\bon)\s*:?\s*|\|\s*)(101|111|112)(?=\s*(?:\||[.,;:)]|\s|$))/gi;

/** The line, or some 120 characters of it around position `at`, cut between words. */
function shorten(line: string, at: number): string {
  const text = line.trim();
  if (text.length <= 120) return text;
  let start = Math.max(0, at - 60);
  let end = Math.min(line.length, start + 120);
  if (start > 0) start = line.indexOf(' ', start) + 1 || start;
  if (end < line.length) end = line.lastIndexOf(' ', end) > at ? line.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '… ' : ''}${line.slice(start, end).trim()}${end < line.length ? ' …' : ''}`;
}

/** Every phone number in `text`, line by line; `firstLine` is the line number of the text's first line. */
export function findPhoneNumbers(text: string, firstLine = 1): FoundNumber[] {
  const found: FoundNumber[] = [];
  text.split('\n').forEach((line, i) => {
    const seen = new Set<string>();
    const add = (number: string, at: number) => {
      if (seen.has(number)) return;
      seen.add(number);
      found.push({ number, line: firstLine + i, context: shorten(line, at) });
    };
    for (const match of findPhoneNumbersInText(line, 'GB')) {
      const raw = line.slice(match.startsAt, match.endsAt);
      add(parseUkPhone(raw)?.display ?? raw, match.startsAt);
    }
    // libphonenumber's finder skips a number right after other digits and punctuation
    // ("section 47; 0113 496 0999"): UK-shaped runs of digits are tried one by one too,
    // dropping trailing groups (an extension, a year) until one is a valid number.
    for (const match of line.matchAll(UK_CANDIDATE)) {
      const groups = match[0].trim().split(/\s+/);
      for (let n = groups.length; n > 0; n--) {
        const phone = parseUkPhone(groups.slice(0, n).join(' '));
        if (phone && phone.display.replace(/\D/g, '').length >= 10) {
          add(phone.display, match.index);
          break;
        }
      }
    }
    for (const match of line.matchAll(EMERGENCY)) add('999', match.index);
    for (const match of line.matchAll(SHORT)) add(match[1]!, match.index);
  });
  return found;
}

/** A number found in an imported version file. */
export interface NumberInFile extends FoundNumber {
  file: string;
}

/**
 * The draft contacts file: one entry per number, with where it was found and a contact to
 * complete. It lives outside contacts/, so the check does not read it.
 */
export function draftContacts(found: readonly NumberInFile[], date: string, contentDir: string): string {
  const byNumber = new Map<string, NumberInFile[]>();
  for (const f of found) byNumber.set(f.number, [...(byNumber.get(f.number) ?? []), f]);
  const entries = [...byNumber].map(([number, uses]) => ({
    number,
    foundIn: uses.map((u) => ({ file: u.file, line: u.line, text: u.context })),
    contact: {
      organisation: '',
      service: '',
      category: '',
      areas: [],
      phones: [{ label: '', number, hours: '' }],
      verified: '',
    },
  }));
  const header = [
    `# Phone numbers found by npm run import on ${date}, with a draft contact for each.`,
    '# This file is not checked and not published. For each number:',
    `#   1. Decide which service it belongs to (a service with several numbers is one contact).`,
    `#   2. Write ${contentDir}/contacts/<contact-id>.yaml from the draft under "contact",`,
    '#      completing every field (see "Contacts" in docs/files.md for what each one means).',
    '#   3. In each file under "foundIn", replace the number with <Contact id="<contact-id>" inline />',
    '#      (or <Contact id="<contact-id>" /> on a line of its own for a card with every number).',
    '#   4. Run npm run check. Delete this file when every number has a contact.',
  ].join('\n');
  return `${header}\n${stringify(entries, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}`;
}

/** The numbers of the manual's existing contacts, as the manual writes them, with the contact's id. */
export function contactNumbers(contactFiles: readonly { file: string; text: string }[]): Map<string, string> {
  const numbers = new Map<string, string>();
  for (const { file, text } of contactFiles) {
    const id = file
      .split('/')
      .pop()!
      .replace(/\.ya?ml$/, '');
    let phones: unknown;
    try {
      phones = (parse(text) as { phones?: unknown } | null)?.phones;
    } catch {
      continue;
    }
    if (!Array.isArray(phones)) continue;
    for (const phone of phones) {
      const raw = (phone as { number?: unknown } | null)?.number;
      if (typeof raw !== 'string') continue;
      numbers.set(parseUkPhone(raw)?.display ?? raw, id);
    }
  }
  return numbers;
}
