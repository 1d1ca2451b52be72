// The manual's content collections, for the generator's src/content.config.ts and for a
// partnership's own Astro project (`export const collections = manualCollections();`). The
// schemas live in src/lib/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './lib/schemas/page.ts';
import { versionSchema } from './lib/schemas/version.ts';
import { contentDirFromEnv } from './lib/content/source.ts';

/**
 * One entry per version file of a folder (procedures/ or pages/) of the content folder; the id
 * is <chapter-id>/<YYYY-MM-DD>. The store keeps no bodies: it would hold every body as text for
 * the whole build and write it to the cache, and only the changes pages need them, which read
 * the two files they compare (versionBody).
 */
function versionFiles(contentDir: string, folder: 'procedures' | 'pages') {
  return glob({ pattern: '*/*.mdx', base: `${contentDir}/${folder}`, generateId: ({ entry }) => entry.replace(/\.mdx$/, ''), retainBody: false });
}

/** The collections of the manual in `contentDir` (by default the content folder of the manual the build is for). */
export function manualCollections(contentDir: string = contentDirFromEnv()) {
  return {
    /** Chapters: one entry per version. */
    procedures: defineCollection({ loader: versionFiles(contentDir, 'procedures'), schema: versionSchema }),
    /** Information pages: one entry per version. */
    pages: defineCollection({ loader: versionFiles(contentDir, 'pages'), schema: pageSchema }),
  };
}
