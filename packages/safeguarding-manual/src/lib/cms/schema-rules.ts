// The CMS's field rules, read from the zod schemas so that the two cannot drift apart: which
// fields are required, which must match a pattern, and which take one of a fixed set of values.
import { z } from 'astro/zod';
import { contactChangeSchema, contactSchema, phoneSchema } from '../schemas/contact.ts';
import { idSchema } from '../schemas/common.ts';
import { localTextSchema } from '../schemas/local-text.ts';
import { pageSchema } from '../schemas/page.ts';
import { versionSchema } from '../schemas/version.ts';

/** What the schema says about one field. */
export interface FieldRule {
  required: boolean;
  /** A regular expression the value (or each item of a list) must match. */
  pattern?: string | undefined;
  /** The values allowed (or allowed in a list). */
  options?: string[] | undefined;
}

interface JsonSchema {
  type?: string;
  pattern?: string;
  enum?: string[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

function rulesOf(schema: z.ZodType): Record<string, FieldRule> {
  // The input side: a field with a default may be left out of a file, so it is not required.
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const required = new Set(json.required ?? []);
  return Object.fromEntries(
    Object.entries(json.properties ?? {}).map(([name, property]) => {
      const inner = property.items ?? property;
      return [name, { required: required.has(name), pattern: inner.pattern, options: inner.enum }];
    }),
  );
}

/** The rules of every file the CMS writes, by schema, then by field name. */
export const schemaRules = {
  version: rulesOf(versionSchema),
  page: rulesOf(pageSchema),
  contact: rulesOf(contactSchema),
  phone: rulesOf(phoneSchema),
  contactChange: rulesOf(contactChangeSchema),
  localText: rulesOf(localTextSchema),
};

/** The pattern of an id: a chapter's, a page's or a contact's. */
export const idPattern = (z.toJSONSchema(idSchema) as JsonSchema).pattern!;
