// Plain calendar dates (YYYY-MM-DD strings): the manual's dates have no time or zone.
import { currentLanguage, LANGUAGE_TAGS, LANGUAGES, type Language } from '../languages.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Today's date in the United Kingdom, where the manual's dates take effect. */
export function todayInLondon(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The day before `date`. */
export function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** The day after `date`. */
export function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

// Dates read in the language the site is built in (languages.ts): "12 March 2018", "12 Mawrth 2018".
const LONG = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    new Intl.DateTimeFormat(LANGUAGE_TAGS[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ]),
) as Record<Language, Intl.DateTimeFormat>;
const MONTH = Object.fromEntries(
  LANGUAGES.map((language) => [language, new Intl.DateTimeFormat(LANGUAGE_TAGS[language], { month: 'long', year: 'numeric', timeZone: 'UTC' })]),
) as Record<Language, Intl.DateTimeFormat>;

// Node has every language's dates, but a browser may have no Welsh ones (Chromium's Intl has
// none, and writes "November 22, 2026"): the scripts and the offline worker that write dates on
// Welsh pages then use these names, in the order Intl would.
const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
const hasOwnDates = (formatter: Intl.DateTimeFormat, language: Language) => formatter.resolvedOptions().locale.startsWith(language);

/** "12 March 2018" (in Welsh, "12 Mawrth 2018"). */
export function formatDate(date: string, language: Language = currentLanguage()): string {
  const day = new Date(`${date}T00:00:00Z`);
  if (language === 'cy' && !hasOwnDates(LONG.cy, 'cy')) return `${day.getUTCDate()} ${WELSH_MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
  return LONG[language].format(day);
}

/** "March 2018" (in Welsh, "Mawrth 2018"). */
export function formatMonth(date: string, language: Language = currentLanguage()): string {
  const day = new Date(`${date}T00:00:00Z`);
  if (language === 'cy' && !hasOwnDates(MONTH.cy, 'cy')) return `${WELSH_MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
  return MONTH[language].format(day);
}
