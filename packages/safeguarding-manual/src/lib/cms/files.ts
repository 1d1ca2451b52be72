// How the CMS reads and writes the manual's files: version files (frontmatter and an MDX body)
// and contact files (YAML). It writes the same fields in the same style as npm run amend, and
// nothing else: the schemas are strict, so a helper field or an empty optional one is dropped.
// Runs in the browser (the admin page's bundle) as well as in Node.
import { Document, isMap, parse, YAMLSeq } from 'yaml';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { editFrontmatter } from '../authoring/frontmatter-edit.ts';
import { quoted, renderVersionFile, YAML_OUTPUT } from '../authoring/version-writer.ts';

/**
 * The fields of a chapter version (src/lib/schemas/version.ts), in the order a file lists them:
 * replacedBy follows the summary, where npm run withdraw writes it, then the sign-off.
 */
export const VERSION_FIELDS = [
  'section',
  'title',
  'amended',
  'change',
  'summary',
  'replacedBy',
  'approvedBy',
  'approvedOn',
  'description',
  'keywords',
  'seeAlso',
  'reviewDue',
  'owner',
] as const;
/** The fields of an information page version (src/lib/schemas/page.ts). */
export const PAGE_FIELDS = [
  'title',
  'amended',
  'change',
  'summary',
  'replacedBy',
  'approvedBy',
  'approvedOn',
  'audience',
  'group',
  'description',
  'keywords',
  'seeAlso',
  'reviewDue',
  'owner',
] as const;
/** The fields of a version of a local text at an extension point (src/lib/schemas/local-text.ts). */
export const LOCAL_TEXT_FIELDS = ['amended', 'summary', 'approvedBy', 'approvedOn'] as const;
/**
 * The fields of a version's text in another language (src/lib/schemas/translation.ts), in the
 * order a file lists them: its words only.
 */
export const TRANSLATION_FIELDS = ['title', 'summary', 'description', 'keywords', 'owner', 'approvedBy'] as const;
/** The fields of a contact (src/lib/schemas/contact.ts). */
const CONTACT_FIELDS = [
  'organisation',
  'service',
  'category',
  'areas',
  'phones',
  'email',
  'address',
  'web',
  'notes',
  'verified',
  'changes',
  'draft',
  // The contact's Welsh words, in a manual published in Welsh too: kept as the file has them.
  'cy',
] as const;
const PHONE_FIELDS = ['label', 'number', 'hours', 'hoursText'] as const;
/** A contact's words in another language (src/lib/schemas/translation.ts), as the form gives them. */
const CONTACT_TRANSLATION_FIELDS = ['organisation', 'service', 'phones', 'notes', 'changes'] as const;
const PHONE_TRANSLATION_FIELDS = ['label', 'hoursText'] as const;
const CHANGE_TRANSLATION_FIELDS = ['summary'] as const;
const CHANGE_FIELDS = ['date', 'summary'] as const;

/** Lists written on one line, as in the example manual: `keywords: [s47, ICPC]`. */
const FLOW_LISTS = new Set(['keywords', 'seeAlso', 'audience', 'areas']);
/** Values written in double quotes, so that YAML never reads them as numbers. */
const QUOTED = new Set(['section', 'number']);

export type Data = Record<string, unknown>;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** Dates may reach us as Date objects from the date picker; the files hold YYYY-MM-DD. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value.trim();
  return value;
}

/** A YAML node for one field, with only the keys the schema knows, in its order. */
function node(doc: Document, key: string, value: unknown, translated = false): unknown {
  // The contact's Welsh words: those the form filled in, in the schema's order.
  if (key === 'cy' && typeof value === 'object' && value !== null && !Array.isArray(value)) return record(doc, value as Data, CONTACT_TRANSLATION_FIELDS);
  if (QUOTED.has(key) && typeof value === 'string') return quoted(value);
  if (Array.isArray(value)) {
    const items = value.map((item) => {
      if (key === 'phones') return record(doc, item as Data, translated ? PHONE_TRANSLATION_FIELDS : PHONE_FIELDS);
      if (key === 'changes') return record(doc, item as Data, translated ? CHANGE_TRANSLATION_FIELDS : CHANGE_FIELDS);
      return plain(item);
    });
    const seq = doc.createNode(items) as YAMLSeq;
    seq.flow = FLOW_LISTS.has(key);
    return seq;
  }
  return plain(value);
}

function record(doc: Document, data: Data, fields: readonly string[]): unknown {
  const map = doc.createNode({}) as ReturnType<Document['createNode']>;
  if (!isMap(map)) throw new Error('expected a map');
  const translated = fields === CONTACT_TRANSLATION_FIELDS;
  for (const key of fields) {
    const value = data[key];
    if (!isEmpty(value) && !(key === 'cy' && isBlank(value))) map.set(key, node(doc, key, value, translated));
  }
  return map;
}

/** True for a value with no words in it: an empty form part (the Welsh words left empty). */
function isBlank(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(isBlank);
  if (typeof value === 'object' && value !== null) return Object.values(value).every(isBlank);
  return isEmpty(value);
}

function documentOf(data: Data, fields: readonly string[]): Document {
  const doc = new Document({});
  const map = record(doc, data, fields);
  doc.contents = map as Document['contents'];
  return doc;
}

function yamlOf(data: Data, fields: readonly string[]): string {
  return documentOf(data, fields).toString(YAML_OUTPUT);
}

/**
 * The key under which a version opened in the editor keeps its file as read, so that a save
 * (a correction, a draft saved again) rewrites only what the editor changed. Never written.
 */
export const AS_READ = 'asRead';

/** A version file as the editor opens it: its fields and body, and the file as read (AS_READ). */
export function readVersionFile(text: string): Data {
  return { ...parseVersionFile(text), [AS_READ]: text };
}

/** The file a version was read from, when the editor opened one (none for a new version). */
export function asRead(data: Data): string | undefined {
  return typeof data[AS_READ] === 'string' ? data[AS_READ] : undefined;
}

/**
 * True for a version's text in another language, as the editor gives it to be written: its
 * words, without the date it takes effect, which only the English file holds.
 */
export function isTranslation(data: Data): boolean {
  return !('amended' in data) && !('change' in data);
}

/** Reads a version file into its fields and its body (the text after the frontmatter, as written). */
export function parseVersionFile(text: string): Data {
  const split = splitFrontmatter(text);
  if (!split) return { body: text };
  const fields = (parse(split.yaml) ?? {}) as Data;
  return { ...fields, body: split.body };
}

/** A value as it compares with another: dates as YYYY-MM-DD, text trimmed, lists item by item. */
function comparable(value: unknown): string {
  const normal = (v: unknown): unknown => (Array.isArray(v) ? v.map(normal) : isEmpty(v) ? undefined : plain(v));
  return JSON.stringify(normal(value) ?? null);
}

/**
 * Writes a version file: the schema's fields in order, then the body as given. With `base`, the
 * frontmatter of the version this one was copied from, only the fields whose values differ
 * from it are rewritten and every other line is kept as written there, as npm run amend does.
 */
export function serializeVersionFile(data: Data, fields: readonly string[] = VERSION_FIELDS, base?: string): string {
  const body = (typeof data['body'] === 'string' ? data['body'] : '').replace(/\s*$/, '\n');
  if (base === undefined) return renderVersionFile(documentOf(data, fields), body);
  const before = (parse(base) ?? {}) as Data;
  // A field the base lacks goes after the nearest field before it in the schema's order that the file will hold.
  let previous = '';
  const edits = fields.flatMap((key) => {
    const after = previous;
    const value = data[key];
    if (!isEmpty(value)) previous = key;
    if (comparable(value) === comparable(before[key])) return [];
    return [{ key, text: isEmpty(value) ? undefined : yamlOf({ [key]: value }, [key]), after }];
  });
  return `---\n${editFrontmatter(base, edits)}---\n${body}`;
}

/** Reads a contact file. */
export function parseContactFile(text: string): Data {
  return (parse(text) ?? {}) as Data;
}

/** Writes a contact file: the schema's fields in order, numbers in quotes; draft only while it is true. */
export function serializeContactFile(data: Data): string {
  const { draft, ...details } = data;
  return yamlOf(draft === true ? data : details, CONTACT_FIELDS);
}
