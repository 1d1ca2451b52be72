// The site settings in manual.config.ts: one typed place for everything a partnership sets.
import { z } from 'astro/zod';
import { parseUkPhone } from '../content/phones.ts';
import { idSchema, isoDateSchema, lineSchema, textSchema } from './common.ts';
import { coreSchema, regionSchema } from './region.ts';
import { LANGUAGES, MAIN_LANGUAGE } from '../languages.ts';

const areaSchema = z
  .object({
    /** The id contacts use for this area, such as tamsford. */
    id: idSchema,
    /** The area's name, such as Tamsford. */
    name: lineSchema('Tamsford'),
    /** The council responsible for children's social care there. */
    council: lineSchema('Tamsford City Council'),
  })
  .strict();

const quickExitSchema = z
  .object({
    /** The neutral site "Exit this page" replaces the page with, such as https://www.bbc.co.uk/weather. */
    url: z.url({ error: 'must be the full web address of a neutral site, such as https://www.bbc.co.uk/weather' }),
  })
  .strict();

/** A form field's name, as a mailing-list provider expects it, such as EMAIL or list_id. */
const formFieldName = z.string().regex(/^[A-Za-z0-9_.[\]-]+$/, { error: 'must be a form field name of letters, digits and _ . - [ ], such as EMAIL' });

const mailingListSchema = z
  .object({
    /** The https:// address of the sign-up form at the partnership's mailing-list provider: the form on /updates/ posts there. */
    signUpUrl: z.url({
      protocol: /^https$/,
      hostname: z.regexes.domain,
      error: 'must be the https:// address the provider gives for its sign-up form, such as https://lists.example.org/subscribe',
    }),
    /** The name the provider gives the email address field (email by default; Mailchimp uses EMAIL). */
    emailField: formFieldName.default('email'),
    /** Other fields the provider's form needs, sent as they are, such as { list: 'procedures' }. */
    hiddenFields: z.record(formFieldName, z.string()).default({}),
    /** The list's privacy notice: what is kept about subscribers, and how to leave. */
    privacyUrl: z.url({ error: 'must be the full web address of the privacy notice, such as https://www.example.org/privacy' }).optional(),
  })
  .strict();

const accessibilityIssueSchema = z
  .object({
    /** What does not work, for whom, in plain words. */
    description: textSchema('Some older tables have no header cells, so screen readers cannot announce them'),
    /** The WCAG success criteria it fails, such as "1.3.1 Info and Relationships". */
    criteria: z.array(textSchema('1.3.1 Info and Relationships')).default([]),
    /** When it will be fixed, YYYY-MM-DD. */
    fixBy: isoDateSchema.optional(),
  })
  .strict();

const accessibilitySchema = z
  .object(
    {
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
    },
    { error: 'must be set for the accessibility statement: { contactEmail, statementDate, testedDate, testedBy }' },
  )
  .strict();

/** A repository as owner/name on GitHub, or group/name (with any sub-groups) on GitLab. */
const repoSchema = z
  .string({ error: 'must be the repository as owner/name in quotes, such as "brackenshire-scp/procedures"' })
  .regex(/^[\w.-]+(\/[\w.-]+)+$/, { error: 'must be the repository as owner/name, such as brackenshire-scp/procedures' })
  .meta({ example: 'brackenshire-scp/procedures' });

const branchSchema = z
  .string()
  .regex(/^[\w./-]+$/, { error: 'must be a branch name, such as main' })
  .default('main');

const githubCmsSchema = z
  .object({
    /** github: editors sign in with their GitHub account. */
    backend: z.literal('github'),
    /** The manual's repository on GitHub, owner/name. */
    repo: repoSchema,
    /** The branch the site is built from, which publishing merges into. */
    branch: branchSchema,
    /** The sign-in service that holds the GitHub OAuth app's client secret, such as https://manual-sign-in.example.org (never the secret itself). */
    authUrl: z.url({ error: 'must be the full web address of the sign-in service, such as https://manual-sign-in.example.org' }),
    /** The path of the sign-in service's start page, when it is not auth. */
    authEndpoint: z.string().optional(),
  })
  .strict();

const gitlabCmsSchema = z
  .object({
    /** gitlab: editors sign in with their GitLab account. */
    backend: z.literal('gitlab'),
    /** The manual's repository on GitLab, group/name. */
    repo: repoSchema,
    /** The branch the site is built from, which publishing merges into. */
    branch: branchSchema,
    /** The Application ID of the GitLab OAuth application (not confidential: GitLab signs in with PKCE, without a secret). */
    appId: z
      .string()
      .regex(/^[0-9a-f]{16,}$/i, { error: 'must be the Application ID GitLab shows for the application, a long string of letters and digits' })
      .meta({ example: '"0123abcd…" (the Application ID under Settings, Applications in GitLab)' }),
    /** A self-managed GitLab's address, such as https://gitlab.example.org (default https://gitlab.com). */
    gitlabUrl: z.url({ error: 'must be the full web address of the GitLab server, such as https://gitlab.example.org' }).optional(),
  })
  .strict();

/** Editing in the browser on the published site: the CMS at /admin/, signing in to GitHub or GitLab. */
const cmsSchema = z.discriminatedUnion('backend', [githubCmsSchema, gitlabCmsSchema], {
  error: 'must say backend: "github" or backend: "gitlab", with the repository and the sign-in settings',
});

/** The manual's names in Welsh, for the Welsh pages. */
const welshSettingsSchema = z
  .object({
    /** The partnership's name in Welsh, such as Partneriaeth Diogelu Plant Tawelan. */
    partnership: lineSchema('Partneriaeth Diogelu Plant Tawelan'),
    /** The short name in Welsh, for narrow screens, such as PDP Tawelan. */
    shortName: lineSchema('PDP Tawelan'),
    /** The title of the manual in Welsh. */
    manualTitle: lineSchema('Gweithdrefnau Amlasiantaethol Diogelu Plant'),
    /** The areas in Welsh, with the same ids as areas: their names and councils as Welsh readers know them. */
    areas: z.array(areaSchema).default([]),
    /**
     * The accessibility statement's own words in Welsh: who tested the site, and each known
     * problem, burden and exclusion, in the order of accessibility's lists.
     */
    accessibility: z
      .object({
        /** Who tested the site and how, in Welsh. */
        testedBy: textSchema('uned fusnes y bartneriaeth, gyda gwiriadau awtomatig a gwiriadau â llaw'),
        /** Each issue's description in Welsh, in the order of accessibility.issues. */
        issues: z.array(z.object({ description: textSchema('Nid oes gan rai tablau hŷn gelloedd pennawd') }).strict()).default([]),
        /** Each disproportionate burden in Welsh, in the same order. */
        disproportionateBurden: z.array(textSchema('Nid oes testun amgen i fapiau wedi’u sganio o 2015')).default([]),
        /** Each exclusion in Welsh, in the same order. */
        outOfScope: z.array(textSchema('Dogfennau PDF a gyhoeddwyd cyn 23 Medi 2018')).default([]),
      })
      .strict()
      .optional(),
  })
  .strict();

export const siteSchema = z
  .object({
    /** The languages the manual is published in: [en] (English only), or [en, cy] for English and Welsh, every page in both. */
    languages: z
      .array(z.enum(LANGUAGES, { error: "must be a list of en (English) and cy (Welsh), such as ['en', 'cy']" }))
      .refine((list) => list[0] === MAIN_LANGUAGE && new Set(list).size === list.length, {
        error: "must start with 'en' and name each language once, such as ['en', 'cy']",
      })
      .default([MAIN_LANGUAGE]),
    /** With cy in languages: the manual's names in Welsh (partnership, shortName, manualTitle, areas). */
    cy: welshSettingsSchema.optional(),
    /** The partnership's name, shown in the header and page titles. */
    partnership: lineSchema('Brackenshire Safeguarding Children Partnership'),
    /** A short name for narrow screens, such as Brackenshire SCP. */
    shortName: lineSchema('Brackenshire SCP'),
    /** The title of the manual. */
    manualTitle: lineSchema('Multi-Agency Safeguarding Children Procedures'),
    /** The areas the manual covers. */
    areas: z.array(areaSchema).min(1),
    /** The address the site is published at, such as https://procedures.example.org. */
    site: z.url({ error: 'must be the full web address, such as https://procedures.example.org' }),
    /** A sub-path when the site is not at the root of its host, such as /manual. */
    base: z
      .string()
      .regex(/^\/([a-z0-9._~-]+\/?)*$/, { error: 'must start with /, such as /manual' })
      .default('/'),
    /** How many days a chapter shows a New or Updated badge after it changes. */
    badgeDays: z.number().int().positive().default(90),
    /** Shows the "Example content" banner on every page. */
    exampleContent: z.boolean().default(false),
    /** npm run check warns about a contact whose details were last verified longer ago than this. */
    contactReviewMonths: z.number().int().positive().default(12),
    /** npm run check refuses a resource's file (a form, flowchart or leaflet) larger than this many megabytes. */
    resourceMaxMB: z.number().positive().default(5),
    /** Pages read from a device's offline copy warn that it may be out of date once it has gone this many days without being checked against the site. */
    offlineStaleDays: z
      .number({ error: 'must be a number of days, such as 7' })
      .int({ error: 'must be a whole number of days, such as 7' })
      .positive({ error: 'must be at least 1 day, such as 7' })
      .default(7),
    /** Contact ids shown in the "Worried about a child?" panel, most urgent first. */
    worriedPanel: z.array(idSchema).min(1),
    /** "Exit this page" on pages for families and young people; absent: no quick exit. */
    quickExit: quickExitSchema.optional(),
    /** The partnership's mailing list for changes to the manual: /updates/ has a sign-up form that posts to it; absent: no form. */
    mailingList: mailingListSchema.optional(),
    /** What the accessibility statement at /accessibility/ says. */
    accessibility: accessibilitySchema,
    /** Editing in the browser at /admin/ on the published site (see docs/editing-in-the-browser.md); absent: the site has no admin page. */
    cms: cmsSchema.optional(),
    /** Versions taking effect on or after this date must record approvedBy and approvedOn; earlier ones need not. */
    signOffRequiredFrom: isoDateSchema.optional(),
    /** How many days ahead /review/ and npm run review list chapters and pages coming due for review. */
    reviewWindowDays: z.number().int().positive().default(90),
    /** Shows "Review overdue since <date>" on a chapter or information page whose review date has passed. */
    showReviewOverdue: z.boolean().default(false),
    /** The core manual this manual follows (docs/regional-manuals.md); absent: it follows none. */
    core: coreSchema.optional(),
    /** The other sites of the manual's region, which its search page searches too (docs/regional-manuals.md). */
    region: regionSchema.optional(),
  })
  .strict()
  .refine((settings) => !settings.languages.includes('cy') || settings.cy !== undefined, {
    error: "is missing: with 'cy' in languages, the Welsh pages need the manual's names in Welsh: cy: { partnership, shortName, manualTitle }",
    path: ['cy'],
  })
  .superRefine((settings, context) => {
    // The Welsh accessibility statement says in Welsh what the English one says in English.
    if (!settings.languages.includes('cy') || !settings.cy) return;
    const { accessibility } = settings;
    const welsh = settings.cy.accessibility;
    if (!welsh) {
      context.addIssue({
        code: 'custom',
        path: ['cy', 'accessibility'],
        message: "is missing: the Welsh accessibility statement needs who tested the site in Welsh: cy: { accessibility: { testedBy: '...' } }",
      });
      return;
    }
    for (const list of ['issues', 'disproportionateBurden', 'outOfScope'] as const) {
      if (welsh[list].length !== accessibility[list].length) {
        context.addIssue({
          code: 'custom',
          path: ['cy', 'accessibility', list],
          message: `has ${welsh[list].length} entries in Welsh for the ${accessibility[list].length} of accessibility.${list}: give each one in Welsh, in the same order`,
        });
      }
    }
  });

export type Area = z.output<typeof areaSchema>;
export type SiteSettings = z.output<typeof siteSchema>;
export type SiteInput = z.input<typeof siteSchema>;
export type AccessibilitySettings = z.output<typeof accessibilitySchema>;
export type CmsSettings = z.output<typeof cmsSchema>;
