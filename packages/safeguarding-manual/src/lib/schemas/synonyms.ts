// The manual's synonyms file, src/content/synonyms.yaml: groups of words that mean the same
// to a reader, so that search finds a chapter by the words practitioners type.
import { z } from 'astro/zod';
import { example } from './common.ts';

/** A word or a phrase of a few words, such as mum or domestic abuse. */
const synonymTermSchema = z
  .string({ error: 'must be a word or phrase, such as mum or domestic abuse' })
  .trim()
  .min(1, { error: 'must not be empty; write a word or phrase, such as mum' })
  .regex(/^[\p{L}\p{N}]+([ '’-][\p{L}\p{N}]+)*$/u, {
    error: 'must be words of letters and digits only, such as domestic abuse (no commas, brackets or other signs)',
  });

export const synonymsSchema = z
  .object({
    /** Each group is a list of words or phrases that a reader means the same by, such as [mum, mother, parent]. */
    groups: z
      .array(
        z
          .array(synonymTermSchema, { error: 'must be a list of words in square brackets, such as [mum, mother]' })
          .min(2, { error: 'must list at least two words that mean the same, such as [mum, mother]' }),
        { error: 'must be a list of groups, each on a line starting with a dash' },
      )
      .meta(example('(a list of groups, each such as [mum, mother, parent])')),
  })
  .strict();

/** Words or phrases that mean the same to a reader, in lower case. */
export type SynonymGroup = readonly string[];
