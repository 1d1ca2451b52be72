// The frontmatter of one version of a partnership's local text at a core chapter's extension point:
// content/local/<chapter-id>/<point>/<YYYY-MM-DD>.mdx (docs/regional-manuals.md).
import { z } from 'astro/zod';
import { example, isoDateSchema, lineSchema } from './common.ts';

export const localTextSchema = z
  .object({
    /** The date this version of the local text took effect, YYYY-MM-DD; it must equal the file name. */
    amended: isoDateSchema.meta(example('2026-12-05 (the same date as the file name)')),
    /** What changed and why: required on every version after the first. */
    summary: lineSchema('"Names the Northmoor front door\'s online referral form."').optional(),
    /** Who approved this version: the group or person, such as Procedures Sub-group. */
    approvedBy: lineSchema('Northmoor Procedures Sub-group').optional(),
    /** The date this version was approved, YYYY-MM-DD: on or before the date it takes effect. */
    approvedOn: isoDateSchema.meta(example('2026-12-01')).optional(),
  })
  .strict();

export type LocalTextFrontmatter = z.output<typeof localTextSchema>;
