// The frontmatter of one version file: src/content/procedures/<chapter-id>/<YYYY-MM-DD>.mdx.
import { z } from 'astro/zod';
import { idSchema, isoDateSchema, numberSchema, textSchema } from './common.ts';

export const changeKinds = ['new', 'updated', 'withdrawn'] as const;

export const versionSchema = z
  .object({
    /** The chapter number in this version, in quotes, such as "1.3.4". */
    section: numberSchema,
    /** The chapter title in this version. */
    title: textSchema('Section 47 Enquiries'),
    /** The date this version took effect, YYYY-MM-DD; it must equal the file name. */
    amended: isoDateSchema,
    /** new (the first version only), updated, or withdrawn (the chapter leaves the contents). */
    change: z.enum(changeKinds, { error: 'must be one of new, updated or withdrawn' }),
    /** What changed and why: required on every version after the first. */
    summary: textSchema('"Timescale for written confirmation changed to 48 hours."').optional(),
    /** One sentence on what the chapter covers, shown in search results and page descriptions. */
    description: textSchema('"How to make a referral to children\'s social care."').optional(),
    /** Words practitioners search for, such as s47 or ICPC. */
    keywords: z.array(textSchema('s47'), { error: 'must be a list, such as [s47, ICPC]' }).default([]),
    /** Ids of related chapters, shown as "See also" with their current number and title. */
    seeAlso: z.array(idSchema, { error: 'must be a list of chapter ids, such as [strategy-discussions]' }).default([]),
    /** When the chapter is next due for review, YYYY-MM-DD. */
    reviewDue: isoDateSchema.optional(),
    /** The agency or team responsible for the chapter. */
    owner: textSchema("Children's social care").optional(),
    /** With change: withdrawn, the id of the chapter that replaces this one. */
    replacedBy: idSchema.optional(),
  })
  .strict();

export type VersionFrontmatter = z.output<typeof versionSchema>;
export type ChangeKind = (typeof changeKinds)[number];
