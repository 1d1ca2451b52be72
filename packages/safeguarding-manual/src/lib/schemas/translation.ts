// The frontmatter of a version's text in another language: <chapter-id>/<YYYY-MM-DD>.cy.mdx beside
// <YYYY-MM-DD>.mdx. It holds only the words; the number, dates, change, see-also and review fields
// are written once, in the English file, for both languages.
import { z } from 'astro/zod';
import { example, lineSchema, textSchema } from './common.ts';

export const translationSchema = z
  .object({
    /** The title in this language, such as Ymholiadau Adran 47. */
    title: lineSchema('Ymholiadau Adran 47'),
    /** What changed and why, in this language: required when the English version has a summary. */
    summary: lineSchema('"Newidiwyd yr amserlen ar gyfer cadarnhad ysgrifenedig i 48 awr."').optional(),
    /** What the chapter or page covers, in this language: required when the English version has a description. */
    description: textSchema('"Sut i wneud atgyfeiriad i wasanaethau cymdeithasol plant."').optional(),
    /** Words practitioners search for in this language, such as [a47, cynhadledd]. */
    keywords: z.array(lineSchema('a47'), { error: 'must be a list, such as [a47, cynhadledd]' }).default([]),
    /** The agency or team responsible, in this language (the English one when absent). */
    owner: lineSchema('Gofal cymdeithasol plant').optional(),
    /** Who approved the version, in this language (the English one when absent). */
    approvedBy: lineSchema('Grŵp Polisïau a Gweithdrefnau').optional(),
  })
  .strict();

export type TranslationFrontmatter = z.output<typeof translationSchema>;

/** The Welsh words of a contact, beside its English ones in the same file (cy: { service, notes }). */
export const contactTranslationSchema = z
  .object({
    /** The organisation's name in Welsh, such as Cyngor Sir Tawelan. */
    organisation: lineSchema('Cyngor Sir Tawelan').optional(),
    /** The team or service in Welsh, such as Drws Ffrynt Plant. */
    service: lineSchema('Drws Ffrynt Plant'),
    /** Each number's label and hours in Welsh, in the order of phones, such as { label: Oriau swyddfa, hoursText: Dydd Llun i ddydd Gwener 9am i 5pm }. */
    phones: z
      .array(
        z
          .object({
            /** What the number is for, in Welsh, such as Oriau swyddfa. */
            label: lineSchema('Oriau swyddfa'),
            /** The exact hours in Welsh, such as Dydd Llun i ddydd Gwener 9am i 5pm. */
            hoursText: lineSchema('Dydd Llun i ddydd Gwener 9am i 5pm').optional(),
          })
          .strict(),
      )
      .default([]),
    /** The notes in Welsh: required when the contact has notes. */
    notes: textSchema('"Ar gyfer honiadau yn erbyn unrhyw un sy’n gweithio gyda phlant."').optional(),
    /** What each change to the details was, in Welsh, in the order of changes: required when the contact lists changes. */
    changes: z
      .array(
        z
          .object({
            /** What changed, in Welsh, such as Rhif newydd y tu allan i oriau swyddfa. */
            summary: lineSchema('"Rhif newydd y tu allan i oriau swyddfa."'),
          })
          .strict(),
        { error: 'must be a list of changes in the order of changes, each with its summary in Welsh' },
      )
      .meta(example('(a list of summary, in the order of changes)'))
      .optional(),
  })
  .strict();

/** The Welsh words of a glossary entry (cy: { term, definition }). */
export const glossaryTranslationSchema = z
  .object({
    /** The term in full in Welsh, in lower case unless it is a name, such as cynhadledd amddiffyn plant gychwynnol. */
    term: lineSchema('cynhadledd amddiffyn plant gychwynnol'),
    /** Abbreviations as the Welsh text writes them, such as [CAPG]. */
    abbreviations: z.array(lineSchema('CAPG')).default([]),
    /** Other names, including mutated forms the Welsh text uses, such as [gynhadledd amddiffyn plant gychwynnol]. */
    otherNames: z.array(lineSchema('gynhadledd amddiffyn plant gychwynnol')).default([]),
    /** What it means, in plain Welsh, in a sentence or two. */
    definition: textSchema('"Cyfarfod o’r ymarferwyr sy’n adnabod y plentyn..."'),
  })
  .strict();

/** The Welsh words of a resource (cy: { title, description, owner, changes }). */
export const resourceTranslationSchema = z
  .object({
    /** The title in Welsh, such as Ffurflen atgyfeirio amlasiantaethol. */
    title: lineSchema('Ffurflen atgyfeirio amlasiantaethol'),
    /** One or two sentences in Welsh on what it is and when to use it. */
    description: textSchema('"Y ffurflen i’w defnyddio wrth atgyfeirio plentyn..."'),
    /** The agency or team that keeps it up to date, in Welsh, such as Uned fusnes y bwrdd: required in a manual published in Welsh. */
    owner: lineSchema('Uned fusnes y bwrdd').optional(),
    /** Each change in Welsh, in the order of changes: what changed and who signed it off. Required in a manual published in Welsh. */
    changes: z
      .array(
        z
          .object({
            /** What changed and why, in Welsh. */
            summary: lineSchema('"Adran newydd ar gyfer geiriau’r plentyn ei hun."'),
            /** Who signed the change off, in Welsh, such as Is-grŵp gweithdrefnau. */
            approvedBy: lineSchema('Is-grŵp gweithdrefnau'),
          })
          .strict(),
        { error: 'must be a list of changes in the order of changes, each with summary and approvedBy in Welsh' },
      )
      .meta(example('(a list of summary and approvedBy, in the order of changes)'))
      .optional(),
    /** A flowchart's steps written out in words, in Welsh: required when its textAlternative is text. */
    textAlternative: textSchema('"1. Siaradwch â’ch arweinydd diogelu. 2. ..."').optional(),
  })
  .strict();

/** The Welsh words of the glossary's change notes (cy: { changes }), beside its entries. */
export const glossaryChangesTranslationSchema = z
  .object({
    /** What each change was, in Welsh, in the order of changes: required when the glossary lists changes. */
    changes: z
      .array(
        z
          .object({
            /** What changed, in Welsh, such as Ychwanegwyd LADO ac EDT. */
            summary: lineSchema('"Ychwanegwyd LADO ac EDT."'),
          })
          .strict(),
        { error: 'must be a list of changes in the order of changes, each with its summary in Welsh' },
      )
      .meta(example('(a list of summary, in the order of changes)')),
  })
  .strict();

/** The Welsh title and note of a section or sub-section of the contents (cy: { title }). */
export const sectionTranslationSchema = z
  .object({
    /** The title in Welsh, such as Asesu Angen a Darparu Cymorth. */
    title: lineSchema('Asesu Angen a Darparu Cymorth'),
    /** The note in Welsh, when the section has one. */
    note: textSchema('"Darllenwch gyda phennod 1.2.1."').optional(),
  })
  .strict();
