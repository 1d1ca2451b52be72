// One contact file, src/content/contacts/<contact-id>.yaml: a team's numbers and details.
import { z } from 'astro/zod';
import { parseUkPhone } from '../content/phones.ts';
import { example, idSchema, isoDateSchema, lineSchema, textSchema } from './common.ts';
import { contactTranslationSchema } from './translation.ts';

export const contactCategories = ['emergency', 'referral', 'out-of-hours', 'police', 'lado', 'early-help', 'health', 'partnership', 'national'] as const;

export const phoneHours = ['office-hours', 'out-of-hours', '24-hours'] as const;

export const phoneSchema = z
  .object({
    /** What the number is for, such as Office hours. */
    label: lineSchema('Office hours'),
    /** The number as dialled in the UK, in quotes, such as "0116 496 0100", or a short code such as "999". */
    number: z
      .string({ error: 'must be a phone number in quotes, such as "0116 496 0100"' })
      .refine((value) => parseUkPhone(value) !== undefined, {
        error: 'is not a valid UK phone number; check every digit (for example "0116 496 0100")',
      })
      .meta(example('"0116 496 0100"')),
    /** When it is answered: office-hours, out-of-hours or 24-hours. */
    hours: z.enum(phoneHours, { error: 'must be one of office-hours, out-of-hours or 24-hours' }).meta(example('office-hours')),
    /** The exact hours, such as Monday to Friday 9am to 5pm. */
    hoursText: textSchema('Monday to Friday 9am to 5pm').optional(),
  })
  .strict();

export const contactChangeSchema = z
  .object({
    /** The date the change took effect, YYYY-MM-DD. */
    date: isoDateSchema.meta(example('2026-10-05')),
    /** What changed, such as New out-of-hours number. */
    summary: lineSchema('"New out-of-hours number."'),
  })
  .strict();

export const contactSchema = z
  .object({
    /** The organisation, such as Tamsford City Council. */
    organisation: lineSchema('Tamsford City Council'),
    /** The team or service, such as Children's Front Door. */
    service: lineSchema("Children's Front Door"),
    /** What kind of contact it is; decides where it appears on the contacts page. */
    category: z.enum(contactCategories, { error: `must be one of ${contactCategories.join(', ')}` }).meta(example('referral')),
    /** Ids of the areas covered (from the site settings), or [all]. */
    areas: z.array(idSchema).min(1, { error: 'must name at least one area, or [all]' }).meta(example('[tamsford]')),
    /** One or more numbers, each with a label and its hours. */
    phones: z.array(phoneSchema).min(1, { error: 'must list at least one phone number' }).meta(example('(a list of label, number and hours)')),
    /** An email address. */
    email: z.email({ error: 'is not a valid email address, such as frontdoor@tamsford.example' }).meta(example('frontdoor@tamsford.example')).optional(),
    /** A postal address on one line. */
    address: textSchema('"Civic Centre, Market Street, Tamsford TF1 1AA"').optional(),
    /** A web address starting with https://. */
    web: z
      .url({ protocol: /^https?$/, error: 'must be a web address starting with https://' })
      .meta(example('https://www.tamsford.example/front-door'))
      .optional(),
    /** Anything a caller should know. */
    notes: textSchema('"Outside office hours call the Emergency Duty Team."').optional(),
    /** The date someone last checked these details, YYYY-MM-DD. */
    verified: isoDateSchema.meta(example('2026-10-01')),
    /** Dated changes to these details, for the amendments log. */
    changes: z.array(contactChangeSchema).default([]),
    /**
     * true while the details are placeholders that nobody has checked yet, as in a new manual:
     * the check warns and the site marks the contact as a draft until it is completed.
     */
    draft: z.boolean({ error: 'must be true or false' }).meta(example('true')).optional(),
    /** In a manual published in Welsh too: the service, organisation and notes in Welsh. */
    cy: contactTranslationSchema.meta(example('{ service: Drws Ffrynt Plant, notes: ... }')).optional(),
  })
  .strict();

export type Contact = z.output<typeof contactSchema> & { id: string };
