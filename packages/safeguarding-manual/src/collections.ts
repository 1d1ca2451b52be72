// The manual's content collections, for the generator's src/content.config.ts and for a
// partnership's own Astro project (`export const collections = manualCollections();`). The
// schemas live in src/lib/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './lib/schemas/page.ts';
import { translationSchema } from './lib/schemas/translation.ts';
import { versionSchema } from './lib/schemas/version.ts';
import { localTextSchema } from './lib/schemas/local-text.ts';
import { LOCAL_DIR } from './lib/region/local-text.ts';
import { buildLanguage, MAIN_LANGUAGE, type Language } from './lib/languages.ts';
import { contentDirFromEnv } from './lib/content/source.ts';

/** A version file's name, <YYYY-MM-DD>.mdx: its text in another language is <YYYY-MM-DD>.<language>.mdx. */
const VERSION_FILE = '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]';

/**
 * One entry per version file of a folder (procedures/ or pages/) of the content folder, in the
 * language the site is built in (the English files, or their siblings such as 2026-12-04.cy.mdx);
 * the id is <chapter-id>/<YYYY-MM-DD> in every language. The store keeps no bodies: it would hold
 * every body as text for the whole build and write it to the cache, and only the changes pages
 * need them, which read the two files they compare (versionBody).
 */
function versionFiles(contentDir: string, folder: 'procedures' | 'pages', language: Language) {
  const suffix = language === MAIN_LANGUAGE ? '.mdx' : `.${language}.mdx`;
  return glob({
    pattern: `*/${VERSION_FILE}${suffix}`,
    base: `${contentDir}/${folder}`,
    generateId: ({ entry }) => entry.slice(0, -suffix.length),
    retainBody: false,
  });
}

/**
 * One entry per version of a local text at an extension point (local/<chapter-id>/<point>/<YYYY-MM-DD>.mdx,
 * src/lib/region/local-text.ts); the id is <chapter-id>/<point>/<YYYY-MM-DD>. Local texts are written
 * in the manual's main language only.
 */
function localTextFiles(contentDir: string) {
  return glob({
    pattern: `*/*/${VERSION_FILE}.mdx`,
    base: `${contentDir}/${LOCAL_DIR}`,
    generateId: ({ entry }) => entry.slice(0, -'.mdx'.length),
    retainBody: false,
  });
}

/** The collections of the manual in `contentDir` (by default the content folder of the manual the build is for). */
export function manualCollections(contentDir: string = contentDirFromEnv(), language: Language = buildLanguage()) {
  // A version's text in another language holds only its words (schemas/translation.ts); the check has compared it with the English.
  const schemas = language === MAIN_LANGUAGE ? { procedures: versionSchema, pages: pageSchema } : { procedures: translationSchema, pages: translationSchema };
  return {
    /** Chapters: one entry per version. */
    procedures: defineCollection({ loader: versionFiles(contentDir, 'procedures', language), schema: schemas.procedures }),
    /** Information pages: one entry per version. */
    pages: defineCollection({ loader: versionFiles(contentDir, 'pages', language), schema: schemas.pages }),
    /** A partnership's local texts at its chapters' extension points: one entry per version. */
    local: defineCollection({ loader: localTextFiles(contentDir), schema: localTextSchema }),
  };
}
