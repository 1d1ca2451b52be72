// The pages a reader finds things on: home, contents, contacts, resources, glossary, search filters.
// English and Welsh side by side; interface-text.ts gathers this with the site's other words.
import type { Language } from '../languages.ts';

export interface ReferenceText {
  title: string;
}

export const REFERENCE_TEXT: Record<Language, ReferenceText> = {
  en: { title: '' },
  cy: { title: '' },
};
