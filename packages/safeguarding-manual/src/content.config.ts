// Wires the manual's files to their schemas. The schemas live in src/lib/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './lib/schemas/page.ts';
import { versionSchema } from './lib/schemas/version.ts';
import { contentDirFromEnv } from './lib/source.ts';

const contentDir = contentDirFromEnv();

/**
 * One entry per version file of a folder (procedures/ or pages/); the id is
 * <chapter-id>/<YYYY-MM-DD>. The store keeps no bodies: it would hold every body as text for
 * the whole build and write it to the cache, and only the changes pages need them, which
 * read the two files they compare (versionBody).
 */
function versionFiles(folder: 'procedures' | 'pages') {
  return glob({ pattern: '*/*.mdx', base: `${contentDir}/${folder}`, generateId: ({ entry }) => entry.replace(/\.mdx$/, ''), retainBody: false });
}

/** Chapters: one entry per version. */
const procedures = defineCollection({ loader: versionFiles('procedures'), schema: versionSchema });

/** Information pages: one entry per version. */
const pages = defineCollection({ loader: versionFiles('pages'), schema: pageSchema });

export const collections = { procedures, pages };
