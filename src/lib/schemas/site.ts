// The site settings in manual.config.ts: one typed place for everything a partnership sets.
import { z } from 'astro/zod';
import { idSchema, textSchema } from './common.ts';

export const areaSchema = z
  .object({
    /** The id contacts use for this area, such as tamsford. */
    id: idSchema,
    /** The area's name, such as Tamsford. */
    name: textSchema('Tamsford'),
    /** The council responsible for children's social care there. */
    council: textSchema('Tamsford City Council'),
  })
  .strict();

export const siteSchema = z
  .object({
    /** The partnership's name, shown in the header and page titles. */
    partnership: textSchema('Brackenshire Safeguarding Children Partnership'),
    /** A short name for narrow screens, such as Brackenshire SCP. */
    shortName: textSchema('Brackenshire SCP'),
    /** The title of the manual. */
    manualTitle: textSchema('Multi-Agency Safeguarding Children Procedures'),
    /** The areas the manual covers. */
    areas: z.array(areaSchema).min(1),
    /** The address the site is published at, such as https://procedures.example.org. */
    site: z.url({ error: 'must be the full web address, such as https://procedures.example.org' }),
    /** A sub-path when the site is not at the root of its host, such as /manual. */
    base: z.string().regex(/^\/([a-z0-9._~-]+\/?)*$/, { error: 'must start with /, such as /manual' }).default('/'),
    /** How many days a chapter shows a New or Updated badge after it changes. */
    badgeDays: z.number().int().positive().default(90),
    /** Shows the "Example content" banner on every page. */
    exampleContent: z.boolean().default(false),
    /** npm run check warns about a contact whose details were last verified longer ago than this. */
    contactReviewMonths: z.number().int().positive().default(12),
    /** Contact ids shown in the "Worried about a child?" panel, most urgent first. */
    worriedPanel: z.array(idSchema).min(1),
  })
  .strict();

export type Area = z.output<typeof areaSchema>;
export type SiteSettings = z.output<typeof siteSchema>;
export type SiteInput = z.input<typeof siteSchema>;
