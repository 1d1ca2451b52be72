// The update rounds, src/content/releases.yaml (optional): the rounds in which the partnership
// publishes amendments, and the next one it plans.
import { z } from 'astro/zod';
import { example, isoDateSchema, lineSchema, textSchema } from './common.ts';

const roundSchema = z
  .object({
    /** The round's name, such as Spring 2026 update: its page's address is made from it. */
    name: lineSchema('Spring 2026 update'),
    /** The day the round was published, YYYY-MM-DD: it holds the versions dated on or before it, after the round before. */
    date: isoDateSchema,
    /** What the round changed, in a sentence or two. */
    notes: textSchema('Brings the conference chapters into line with Working Together 2023.'),
  })
  .strict();

const plannedRoundSchema = z
  .object({
    /** The planned round's name, such as Spring 2027 update. */
    name: lineSchema('Spring 2027 update'),
    /** The day it is planned for, YYYY-MM-DD: after the build date and the last round. */
    date: isoDateSchema,
    /** The last day suggestions for it reach the board, YYYY-MM-DD: before the round's date. */
    suggestionsBy: isoDateSchema,
    /** Where suggestions go, an email address, such as procedures@example.org. */
    suggestionsTo: z.email({ error: 'must be an email address, such as procedures@example.org' }).meta(example('procedures@example.org')).optional(),
  })
  .strict();

export const releasesSchema = z
  .object({
    /** The rounds published so far (or published in advance), in any order. */
    rounds: z.array(roundSchema).default([]),
    /** The next round the partnership plans, shown on the home and amendments pages. */
    next: plannedRoundSchema.optional(),
  })
  .strict();

export type Round = z.output<typeof roundSchema>;
export type PlannedRound = z.output<typeof plannedRoundSchema>;
export type Releases = z.output<typeof releasesSchema>;
