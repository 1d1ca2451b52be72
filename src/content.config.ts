// Wires the manual's files to their schemas. The schemas live in src/lib/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contactSchema } from './lib/schemas/contact.ts';
import { pageSchema } from './lib/schemas/page.ts';
import { versionSchema } from './lib/schemas/version.ts';
import { contentDirFromEnv } from './lib/source.ts';

const contentDir = contentDirFromEnv();

/** One entry per version file; the id is <chapter-id>/<YYYY-MM-DD>. */
const procedures = defineCollection({
  loader: glob({
    pattern: '*/*.mdx',
    base: `${contentDir}/procedures`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    // The store would keep every body as text for the whole build, and write it to the cache;
    // only the changes pages need it, and they read the two files they compare (versionBody).
    retainBody: false,
  }),
  schema: versionSchema,
});

/** One entry per information page version; the id is <page-id>/<YYYY-MM-DD>. */
const pages = defineCollection({
  loader: glob({
    pattern: '*/*.mdx',
    base: `${contentDir}/pages`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    // As for chapters: the changes pages read the files they compare.
    retainBody: false,
  }),
  schema: pageSchema,
});

/** One entry per contact file; the id is the file name. */
const contacts = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/contacts` }),
  schema: contactSchema,
});

export const collections = { procedures, pages, contacts };
