// The manual's structure file, src/content/structure.yaml: numbered sections and sub-sections.
import { z } from 'astro/zod';
import { example, numberSchema, lineSchema, textSchema } from './common.ts';
import { sectionTranslationSchema } from './translation.ts';

const subsectionSchema = z
  .object({
    /** The sub-section number, such as "1.3". */
    number: numberSchema.meta(example('"1.3"')),
    /** The sub-section title, such as Referral, Investigation and Assessment. */
    title: lineSchema('Referral, Investigation and Assessment'),
    /** A note shown under the title in the contents. */
    note: textSchema('"Read with chapter 1.2.1."').optional(),
    /** In a manual published in Welsh too: the title (and note) in Welsh. */
    cy: sectionTranslationSchema.meta(example('{ title: Atgyfeirio, Ymchwilio ac Asesu }')).optional(),
  })
  .strict();

const sectionSchema = z
  .object({
    /** The section number, such as "1". */
    number: numberSchema.meta(example('"1"')),
    /** The section title, such as Assessing Need and Providing Help. */
    title: lineSchema('Assessing Need and Providing Help'),
    /** A note shown under the title in the contents. */
    note: textSchema('"Read with chapter 1.2.1."').optional(),
    /** The section's sub-sections, if it has any. */
    subsections: z.array(subsectionSchema).default([]),
    /** In a manual published in Welsh too: the title (and note) in Welsh. */
    cy: sectionTranslationSchema.meta(example('{ title: Asesu Angen a Darparu Cymorth }')).optional(),
  })
  .strict();

export const structureSchema = z
  .object({
    /** The top-level sections, in any order: the contents sorts them by number. */
    sections: z.array(sectionSchema).min(1, { error: 'must list at least one section' }).meta(example('(a list of sections)')),
  })
  .strict();

export type Structure = z.output<typeof structureSchema>;
export type Section = z.output<typeof sectionSchema>;
