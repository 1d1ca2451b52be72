// UK phone numbers: validation, readable formatting and tel: links.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** When a number is answered, in the words the contacts page uses. */
export const HOURS_WORDS = { 'office-hours': 'office hours', 'out-of-hours': 'out of hours', '24-hours': '24 hours a day' } as const;

/** A number ready to show: the readable text and the tel: link target. */
export interface Phone {
  display: string;
  tel: string;
}

// libphonenumber-js has no short-number data, so the UK short codes practitioners
// dial are listed here: 999 and 112 (emergency), 101 (police), 111 (NHS).
const SHORT_NUMBERS = new Set(['999', '112', '101', '111']);

// The same few numbers appear on every page (the "Worried about a child?" panel, contact
// cards), and libphonenumber takes about a tenth of a millisecond to parse one: parse each once.
const parsed = new Map<string, Phone | undefined>();

/** Parses a UK number; undefined when it is not a valid, diallable number. */
export function parseUkPhone(raw: string): Phone | undefined {
  if (!parsed.has(raw)) parsed.set(raw, parse(raw));
  return parsed.get(raw);
}

function parse(raw: string): Phone | undefined {
  const compact = raw.replace(/[\s()-]/g, '');
  if (SHORT_NUMBERS.has(compact)) return { display: compact, tel: `tel:${compact}` };
  const phone = parsePhoneNumberFromString(raw, 'GB');
  if (!phone || !phone.isValid()) return undefined;
  return {
    display: phone.country === 'GB' ? phone.formatNational() : phone.formatInternational(),
    tel: `tel:${phone.number}`,
  };
}
