// The pages of the record: a history, a dated version, the amendments log, updates, as-at editions.
// English and Welsh side by side; interface-text.ts gathers this with the site's other words.
import type { Language } from '../languages.ts';

export interface RecordsText {
  title: string;
}

export const RECORDS_TEXT: Record<Language, RecordsText> = {
  en: { title: '' },
  cy: { title: '' },
};
