// The site settings in manual.config.ts: one typed place for everything a partnership sets.
import { z } from 'astro/zod';
import { parseUkPhone } from '../phones.ts';
import { idSchema, isoDateSchema, textSchema } from './common.ts';

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

export const quickExitSchema = z
  .object({
    /** The neutral site "Exit this page" replaces the page with, such as https://www.bbc.co.uk/weather. */
    url: z.url({ error: 'must be the full web address of a neutral site, such as https://www.bbc.co.uk/weather' }),
  })
  .strict();

export const accessibilityIssueSchema = z
  .object({
    /** What does not work, for whom, in plain words. */
    description: textSchema('Some older tables have no header cells, so screen readers cannot announce them'),
    /** The WCAG success criteria it fails, such as "1.3.1 Info and Relationships". */
    criteria: z.array(textSchema('1.3.1 Info and Relationships')).default([]),
    /** When it will be fixed, YYYY-MM-DD. */
    fixBy: isoDateSchema.optional(),
  })
  .strict();

export const accessibilitySchema = z
  .object({
    /** Where people ask for another format or report a problem. */
    contactEmail: z.email({ error: 'must be an email address, such as accessibility@example.org' }),
    /** A phone number for the same, written as dialled, such as 0116 496 0999. */
    contactPhone: z
      .string({ error: 'must be a phone number in quotes, such as "0116 496 0999"' })
      .refine((value) => parseUkPhone(value) !== undefined, {
        error: 'is not a valid UK phone number; check every digit (for example "0116 496 0999")',
      })
      .optional(),
    /** How many working days a reply takes at most. */
    replyDays: z.number().int().positive().default(5),
    /** The date the statement was first prepared, YYYY-MM-DD. */
    statementDate: isoDateSchema,
    /** The date the statement was last reviewed, YYYY-MM-DD. */
    reviewedDate: isoDateSchema.optional(),
    /** The date the site was last tested, YYYY-MM-DD. */
    testedDate: isoDateSchema,
    /** Who tested it and how. */
    testedBy: textSchema('the partnership business unit, with automated and manual checks'),
    /** Known failures of WCAG 2.2 AA; none means the site is fully compliant. */
    issues: z.array(accessibilityIssueSchema).default([]),
    /** Failures the partnership will not fix because it would be a disproportionate burden, and why. */
    disproportionateBurden: z.array(textSchema('Scanned maps from 2015 have no text alternative')).default([]),
    /** Content the regulations do not cover, such as documents published before 23 September 2018. */
    outOfScope: z.array(textSchema('PDF documents published before 23 September 2018')).default([]),
  }, { error: 'must be set for the accessibility statement: { contactEmail, statementDate, testedDate, testedBy }' })
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
    /** "Exit this page" on pages for families and young people; absent: no quick exit. */
    quickExit: quickExitSchema.optional(),
    /** What the accessibility statement at /accessibility/ says. */
    accessibility: accessibilitySchema,
    /** Versions taking effect on or after this date must record approvedBy and approvedOn; earlier ones need not. */
    signOffRequiredFrom: isoDateSchema.optional(),
    /** How many days ahead /review/ and npm run review list chapters and pages coming due for review. */
    reviewWindowDays: z.number().int().positive().default(90),
    /** Shows "Review overdue since <date>" on a chapter or information page whose review date has passed. */
    showReviewOverdue: z.boolean().default(false),
  })
  .strict();

export type Area = z.output<typeof areaSchema>;
export type SiteSettings = z.output<typeof siteSchema>;
export type SiteInput = z.input<typeof siteSchema>;
export type AccessibilitySettings = z.output<typeof accessibilitySchema>;
