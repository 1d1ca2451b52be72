// The frontmatter of one information page version: src/content/pages/<page-id>/<YYYY-MM-DD>.mdx.
// It shares every field with a chapter version except the number, and adds whom the page is for.
import { z } from 'astro/zod';
import { example, idSchema, textSchema } from './common.ts';
import { versionSchema } from './version.ts';

export const audiences = ['families', 'young-people', 'public', 'professionals'] as const;
/** The headings of the home page that list information pages, in the order shown. */
export const homeGroups = ['worried', 'involved', 'young-people', 'professionals', 'about'] as const;

const audienceSchema = z.enum(audiences, { error: 'must be one of families, young-people, public or professionals' });

export const pageSchema = versionSchema
  .omit({ section: true, description: true, seeAlso: true, replacedBy: true })
  .extend({
    /** Whom the page is written for: one or more of families, young-people, public, professionals. */
    audience: z
      .preprocess(
        (value) => (typeof value === 'string' ? [value] : value),
        z
          .array(audienceSchema, { error: 'must be one or more of families, young-people, public or professionals, such as [families]' })
          .min(1, { error: 'must name at least one audience, such as [families]' }),
      )
      .meta(example('[families]')),
    /** The home page heading to list the page under, when it differs from the one its first audience gives. */
    group: z.enum(homeGroups, { error: 'must be one of worried, involved, young-people, professionals or about' }).meta(example('worried')).optional(),
    /** One or two sentences on what the page covers, shown where the page is listed and in search results. */
    description: textSchema('"What happens after you tell us you are worried about a child."'),
    /** Ids of related information pages, shown as "See also". */
    seeAlso: z.array(idSchema, { error: 'must be a list of page ids, such as [worried-about-a-child]' }).meta(example('[worried-about-a-child]')).default([]),
    /** With change: withdrawn, the id of the page that replaces this one. */
    replacedBy: idSchema.meta(example('worried-about-a-child')).optional(),
  })
  .strict();

export type Audience = (typeof audiences)[number];
export type HomeGroup = (typeof homeGroups)[number];

/** What a version of an information page carries beyond the fields it shares with a chapter. */
export interface PageFields {
  audience: Audience[];
  /** The home page heading it is listed under: `group`, or the one its first audience gives. */
  group: HomeGroup;
}
