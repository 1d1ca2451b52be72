// The frontmatter of one version file: src/content/procedures/<chapter-id>/<YYYY-MM-DD>.mdx.
import { z } from 'astro/zod';
import { example, idSchema, isoDateSchema, numberSchema, lineSchema, textSchema } from './common.ts';

export const changeKinds = ['new', 'updated', 'withdrawn'] as const;

export const versionSchema = z
  .object({
    /** The chapter number in this version, in quotes, such as "1.3.4". */
    section: numberSchema,
    /** The chapter title in this version. */
    title: lineSchema('Section 47 Enquiries'),
    /** The date this version took effect, YYYY-MM-DD; it must equal the file name. */
    amended: isoDateSchema.meta(example('2024-03-25 (the same date as the file name)')),
    /** new (the first version only), updated, or withdrawn (the chapter leaves the contents). */
    change: z.enum(changeKinds, { error: 'must be one of new, updated or withdrawn' }).meta(example('updated')),
    /** What changed and why: required on every version after the first. */
    summary: lineSchema('"Timescale for written confirmation changed to 48 hours."').optional(),
    /** One sentence on what the chapter covers, shown in search results and page descriptions. */
    description: textSchema('"How to make a referral to children\'s social care."').optional(),
    /** Words practitioners search for, such as s47 or ICPC. */
    keywords: z.array(lineSchema('s47'), { error: 'must be a list, such as [s47, ICPC]' }).meta(example('[s47, child protection enquiry]')).default([]),
    /** Ids of related chapters, shown as "See also" with their current number and title. */
    seeAlso: z.array(idSchema, { error: 'must be a list of chapter ids, such as [strategy-discussions]' }).meta(example('[strategy-discussions]')).default([]),
    /** When the chapter is next due for review, YYYY-MM-DD. */
    reviewDue: isoDateSchema.meta(example('2027-03-31')).optional(),
    /** The agency or team responsible for the chapter. */
    owner: lineSchema("Children's social care").optional(),
    /** With change: withdrawn, the id of the chapter that replaces this one. */
    replacedBy: idSchema.meta(example('child-criminal-exploitation')).optional(),
    /** Who approved this version: the group or person, such as Policy and Procedures Group. */
    approvedBy: lineSchema('Policy and Procedures Group').optional(),
    /** The date this version was approved, YYYY-MM-DD: on or before the date it takes effect. */
    approvedOn: isoDateSchema.meta(example('2024-03-11')).optional(),
  })
  .strict();

export type VersionFrontmatter = z.output<typeof versionSchema>;
export type ChangeKind = (typeof changeKinds)[number];
