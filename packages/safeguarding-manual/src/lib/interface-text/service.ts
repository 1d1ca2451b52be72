// The pages about the site itself: the accessibility statement, review status, not found, offline.
// English and Welsh side by side; interface-text.ts gathers this with the site's other words.
import type { Language } from '../languages.ts';

export interface ServiceText {
  title: string;
}

export const SERVICE_TEXT: Record<Language, ServiceText> = {
  en: { title: '' },
  cy: { title: '' },
};
