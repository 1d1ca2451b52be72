// The languages a manual is published in: which there can be, what each is called, how a
// version's text in another language is named (<date>.cy.mdx beside <date>.mdx), and which
// language a build of the site is for.

/** The languages the generator has interface text for (src/lib/interface-text.ts). English is always the first. */
export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language every manual has, in whose files the shared fields (numbers, dates, links) are written. */
export const MAIN_LANGUAGE: Language = 'en';

/** Each language's name in itself: the word a reader looks for in a link to it (never a flag). */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', cy: 'Cymraeg' };

/** Each language's name in English, for the messages of the check and the editor. */
export const LANGUAGE_IN_ENGLISH: Record<Language, string> = { en: 'English', cy: 'Welsh' };

/** The BCP 47 tag each language's pages carry in lang and hreflang. */
export const LANGUAGE_TAGS: Record<Language, string> = { en: 'en-GB', cy: 'cy-GB' };

/** The folder of the site that holds a language's pages: '' for English (the site's usual addresses), cy/ for Welsh. */
export function languageFolder(language: Language): string {
  return language === MAIN_LANGUAGE ? '' : `${language}/`;
}

/** True when `value` is a language the generator can publish in. */
export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** Node's environment, read through globalThis: this module also runs in browsers and the offline worker, which have none. */
type Env = Record<string, string | undefined>;
const nodeEnv = (): Env | undefined => (globalThis as { process?: { env: Env } }).process?.env;

/** The language a build of the site is for: MANUAL_LANGUAGE (set by npm run build for each language), or English. */
export function buildLanguage(env: Env = nodeEnv() ?? {}): Language {
  const value = env['MANUAL_LANGUAGE'];
  return value && isLanguage(value) ? value : MAIN_LANGUAGE;
}

/**
 * The language of what is being made: the build's (MANUAL_LANGUAGE) while the site is built, or
 * the page's own (its lang) in a reader's browser, where a script formats dates in the page's language.
 */
export function currentLanguage(): Language {
  // A page's document first, read through globalThis (the build and the offline worker have
  // none): a bundle for the browser stands an empty object in for Node's environment, which
  // would otherwise make every page's dates English.
  const page = (globalThis as { document?: { documentElement: { lang: string } } }).document;
  if (page) {
    const code = page.documentElement.lang.slice(0, 2);
    return isLanguage(code) ? code : MAIN_LANGUAGE;
  }
  return buildLanguage(nodeEnv() ?? {});
}

/** The name of a version file's text in `language`: 2026-12-04.mdx becomes 2026-12-04.cy.mdx. */
export function translationFile(file: string, language: Language): string {
  return file.replace(/\.mdx$/, `.${language}.mdx`);
}

/** The language of a version file by its name (2026-12-04.cy.mdx is Welsh), and the name of the main file it translates. */
export function fileLanguage(file: string): { language: string; main: string } | undefined {
  const match = /^(.*)\.([a-z]{2})\.mdx$/.exec(file);
  return match ? { language: match[2]!, main: `${match[1]}.mdx` } : undefined;
}

/** The address of the same page in `to`, from its address in `from`, both inside the site's base path. */
export function pathInLanguage(path: string, base: string, from: Language, to: Language): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const inside = path.startsWith(root) ? path.slice(root.length) : path.replace(/^\//, '');
  const folder = languageFolder(from);
  const rest = folder && inside.startsWith(folder) ? inside.slice(folder.length) : inside;
  return `${root}${languageFolder(to)}${rest}`;
}

/** The base path of the whole site, from the base a language's pages are built under (/cy/ gives /). */
export function siteBase(languageBase: string, language: Language): string {
  const base = languageBase.endsWith('/') ? languageBase : `${languageBase}/`;
  const folder = languageFolder(language);
  return folder && base.endsWith(`/${folder}`) ? base.slice(0, base.length - folder.length) : base;
}
