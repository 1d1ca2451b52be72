// One resource file, src/content/resources/<resource-id>.yaml: a form, flowchart, guidance
// document or leaflet that chapters link to, with its file (or address) and its signed-off changes.
import { z } from 'astro/zod';
import { example, isoDateSchema, lineSchema, textSchema } from './common.ts';
import { resourceTranslationSchema } from './translation.ts';
import { audiences } from './page.ts';

const resourceKinds = ['form', 'flowchart', 'guidance', 'leaflet'] as const;

const resourceChangeSchema = z
  .object({
    /** The date this file (or address) took effect, YYYY-MM-DD. */
    date: isoDateSchema.meta(example('2026-11-30')),
    /** What changed and why, such as New section for the child's own words. */
    summary: lineSchema('"New section for the child\'s own words."'),
    /** Who signed the change off, such as the procedures sub-group. */
    approvedBy: lineSchema('Procedures sub-group'),
    /** The date it was signed off, YYYY-MM-DD: on or before the change's date. */
    approvedOn: isoDateSchema.meta(example('2026-11-24')),
  })
  .strict();

const textAlternativeSchema = z
  .object({
    /** A chapter heading that describes the same steps, such as /procedures/referrals-to-childrens-social-care/#what-happens-next. */
    link: z
      .string({ error: 'must be a link to a chapter heading, such as /procedures/referrals-to-childrens-social-care/#what-happens-next' })
      .meta(example('/procedures/referrals-to-childrens-social-care/#what-happens-next'))
      .optional(),
    /** The steps written out in words, when no chapter heading gives them. */
    text: textSchema('"1. Talk to your safeguarding lead. 2. ..."').optional(),
  })
  .strict();

export const resourceSchema = z
  .object({
    /** The title practitioners know it by, such as Multi-agency referral form. */
    title: lineSchema('Multi-agency referral form'),
    /** One or two sentences on what it is and when to use it. */
    description: textSchema('"The form to refer a child to children\'s social care."'),
    /** form, flowchart, guidance or leaflet: decides where /resources/ lists it. */
    kind: z.enum(resourceKinds, { error: `must be one of ${resourceKinds.join(', ')}` }).meta(example('form')),
    /** Whom it is for: one or more of families, young-people, public, professionals. */
    audience: z
      .array(z.enum(audiences, { error: `must be one of ${audiences.join(', ')}` }), { error: 'must be a list, such as [professionals]' })
      .min(1, { error: 'must name at least one audience, such as [professionals]' })
      .meta(example('[professionals]')),
    /** The agency or team that keeps it up to date. */
    owner: lineSchema("Children's social care"),
    /** The file's name in resources/files/, such as multi-agency-referral-form.docx. */
    file: z.string({ error: 'must be a file name, such as multi-agency-referral-form.docx' }).meta(example('multi-agency-referral-form.docx')).optional(),
    /** Instead of a file: the address of a document published elsewhere, starting with https://. */
    url: z
      .url({ protocol: /^https$/, error: 'must be a web address starting with https://' })
      .meta(example('https://www.gov.uk/government/publications/working-together-to-safeguard-children--2'))
      .optional(),
    /** The same content in words: required for a flowchart. Either link (a chapter heading) or text. */
    textAlternative: textAlternativeSchema.meta(example('{ link: /procedures/<chapter-id>/#<heading-id> }')).optional(),
    /** Every change to the file, oldest first, each dated and signed off; the first is its publication. */
    changes: z
      .array(resourceChangeSchema, { error: 'must be a list of changes, each with date, summary, approvedBy and approvedOn' })
      .min(1, { error: 'must list at least the first publication: date, summary, approvedBy and approvedOn' })
      .meta(example('(a list of date, summary, approvedBy and approvedOn)')),
    /** In a manual published in Welsh too: the title and description in Welsh. */
    cy: resourceTranslationSchema.meta(example('{ title: Ffurflen atgyfeirio amlasiantaethol, description: ... }')).optional(),
  })
  .strict();

export type ResourceKind = (typeof resourceKinds)[number];
export type ResourceRecord = z.output<typeof resourceSchema>;
