// Field types shared by the manual's schemas, each with a message a board member can act on.
import { z } from 'astro/zod';
import { findControlCharacter, findLineBreak } from '../check/control-characters.ts';
import { isIsoDate } from '../util/dates.ts';
import { ID_PATTERN } from '../content/ids.ts';
import { isSectionNumber } from '../content/numbering.ts';

/** A stable kebab-case id, such as `section-47-enquiries`. */
export const idSchema = z.string({ error: 'must be an id in quotes or plain text, such as section-47-enquiries' }).regex(ID_PATTERN, {
  error: 'must be lower-case words joined by hyphens, such as section-47-enquiries',
});

/** A YYYY-MM-DD date. YAML parsers may hand over a Date for an unquoted date, so both are accepted. */
export const isoDateSchema = z
  .preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: 'must be a date written as YYYY-MM-DD, such as 2024-03-25' })
      .refine(isIsoDate, { error: 'must be a real date written as YYYY-MM-DD, such as 2024-03-25' }),
  )
  .meta({ example: '2024-03-25' });

/** A section or chapter number such as "1.3.4". It must be quoted: unquoted 2.10 reads as the number 2.1. */
export const numberSchema = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number'
        ? `must be in double quotes, like "${String(issue.input)}": without quotes a number such as 2.10 is read as 2.1`
        : 'must be a number in double quotes, such as "1.3.4"',
  })
  .refine(isSectionNumber, { error: 'must be numbers joined by dots, such as "1.3.4"' })
  .meta({ example: '"1.3.4"' });

/** Required text that is not blank; `example` is shown in messages and fixes. */
export function textSchema(example: string) {
  return z
    .string({ error: `must be text, such as ${example}` })
    .trim()
    .min(1, { error: `must not be empty; write, for example, ${example}` })
    .refine((value) => !findControlCharacter(value), {
      error: (issue) => {
        const text = String(issue.input).trim();
        const found = findControlCharacter(text)!;
        const before = text.slice(Math.max(0, found.index - 20), found.index).trim();
        return `holds an invisible control character (${found.code})${before ? ` after "${before}"` : ''}, often left by copying from Word, which would break the feeds`;
      },
      params: { fix: 'retype that part of the text (deleting and re-adding the spaces and line breaks around it)' },
    })
    .meta({ example });
}

/** Text on one line, such as a title, a summary, a name or a reason: it goes into feed titles and email subjects, where a line break would start something else. */
export function lineSchema(example: string) {
  return textSchema(example).refine((value) => !findLineBreak(value), {
    error: (issue) => {
      const text = String(issue.input).trim();
      const found = findLineBreak(text)!;
      const before = text.slice(Math.max(0, found.index - 20), found.index).trim();
      return `must be on one line, but has a line break (${found.code})${before ? ` after "${before}"` : ''}`;
    },
    params: { fix: 'write it on one line (in YAML, a | keeps line breaks: write the text after the colon, or use > to fold the lines into one)' },
  });
}

/** The example a fix shows for a field, such as `2024-03-25 (the same date as the file name)`. */
export function example(text: string) {
  return { example: text };
}
