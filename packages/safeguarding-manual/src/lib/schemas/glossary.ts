// The glossary file, src/content/glossary.yaml: the terms and abbreviations practitioners meet,
// explained where each chapter first uses them and listed A to Z at /glossary/.
import { z } from 'astro/zod';
import { example, idSchema, isoDateSchema, lineSchema, textSchema } from './common.ts';
import { glossaryChangesTranslationSchema, glossaryTranslationSchema } from './translation.ts';

/** A name the text may use for an entry: at least two characters, as abbreviations such as s47 are. */
function nameSchema(sample: string) {
  return lineSchema(sample).refine((value) => value.length >= 2, { error: `must be at least two characters, such as ${sample}` });
}

const glossaryEntrySchema = z
  .object({
    /** The term in full, in lower case unless it is a name, such as initial child protection conference. */
    term: nameSchema('initial child protection conference'),
    /** Abbreviations, written as the text writes them, such as [ICPC]. */
    abbreviations: z.array(nameSchema('ICPC')).default([]).meta(example('[ICPC]')),
    /** Other names for the same thing, which link to the entry but are not expanded, such as [initial conference]. */
    otherNames: z.array(nameSchema('initial conference')).default([]).meta(example('[initial conference]')),
    /** The plural, when it is not the term with s or es added, such as children in need. */
    plural: nameSchema('children in need').optional(),
    /** What it means, in plain English, in a sentence or two. */
    definition: textSchema('"The first meeting of family members and practitioners after a section 47 enquiry."'),
    /** Ids of the chapters that say most about it, such as [initial-child-protection-conferences]. */
    chapters: z.array(idSchema).default([]).meta(example('[initial-child-protection-conferences]')),
    /** In a manual published in Welsh too: the term, its abbreviations and other names, and the definition in Welsh. */
    cy: glossaryTranslationSchema.meta(example('{ term: cynhadledd amddiffyn plant gychwynnol, definition: ... }')).optional(),
  })
  .strict();

const glossaryChangeSchema = z
  .object({
    /** The date the change was made, YYYY-MM-DD. */
    date: isoDateSchema.meta(example('2026-11-30')),
    /** What changed, such as Added LADO and EDT. */
    summary: lineSchema('"Added LADO and EDT."'),
  })
  .strict();

export const glossarySchema = z
  .object({
    /** The terms, in any order: the glossary page lists them A to Z. */
    entries: z.array(glossaryEntrySchema).min(1, { error: 'must list at least one term' }).meta(example('(a list of term, abbreviations and definition)')),
    /** Dated notes of what changed, for the amendments log. */
    changes: z.array(glossaryChangeSchema).default([]).meta(example('(a list of date and summary)')),
    /** In a manual published in Welsh too: each change's summary in Welsh, in the order of changes. */
    cy: glossaryChangesTranslationSchema.meta(example('{ changes: [{ summary: Ychwanegwyd LADO ac EDT. }] }')).optional(),
  })
  .strict();

export type GlossaryChangeNote = z.output<typeof glossaryChangeSchema>;
/** One entry, with the anchor its term has on the glossary page. */
export type GlossaryEntry = z.output<typeof glossaryEntrySchema> & { id: string };

/** The checked glossary: no entries when the manual has none. */
export interface Glossary {
  entries: GlossaryEntry[];
  changes: GlossaryChangeNote[];
  /** The change notes' Welsh words, in a manual published in Welsh too. */
  cy?: { changes: { summary: string }[] } | undefined;
}
