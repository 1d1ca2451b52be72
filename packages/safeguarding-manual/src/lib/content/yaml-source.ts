// Parses YAML (whole files or frontmatter) keeping positions, and turns schema issues into Problems.
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import type { Problem } from '../check/problems.ts';
import { fieldLabel } from '../check/field-labels.ts';
import { explainYamlMistake } from '../check/yaml-mistakes.ts';

export interface ParsedYaml {
  data: unknown;
  /** Line of the node at `path`, or of its nearest ancestor. */
  lineOf: (path: readonly PropertyKey[]) => number;
  problems: Problem[];
}

/** Parses YAML text that starts on line `firstLine` of `file`. */
export function parseYaml(text: string, file: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  // The first error is the mistake; the parser's later errors are mostly its consequences.
  const problems: Problem[] = doc.errors.slice(0, 1).map((error) => {
    const lineIndex = lineCounter.linePos(error.pos[0]).line - 1;
    const plain = explainYamlMistake(error.code, text.split(/\r?\n/), lineIndex);
    return {
      severity: 'error',
      file,
      line: (plain?.lineIndex ?? lineIndex) + firstLine,
      field: 'yaml',
      message: plain?.message ?? `the YAML cannot be read: ${error.message.split('\n')[0]}`,
      fix: plain?.fix ?? 'check the indentation (spaces, not tabs) and put text that holds a colon or starts with a quote in double quotes',
    };
  });
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let p = [...path]; p.length > 0; p = p.slice(0, -1)) {
      const parent = p.length > 1 ? doc.getIn(p.slice(0, -1), true) : doc.contents;
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === p.at(-1));
        const range = (pair?.key as { range?: [number, number] } | undefined)?.range;
        if (range) return toLine(range[0]);
      }
      const node = doc.getIn(p, true) as { range?: [number, number] } | undefined;
      if (node?.range) return toLine(node.range[0]);
    }
    return firstLine;
  };
  let data: unknown;
  if (!problems.length) {
    try {
      data = doc.toJS();
    } catch (e) {
      // The yaml package refuses documents whose aliases (&name, *name) would expand without bound.
      const aliases = /alias/i.test((e as Error).message);
      problems.push({
        severity: 'error',
        file,
        line: firstLine,
        field: 'yaml',
        message: aliases ? 'the YAML repeats itself through too many aliases (*name) to be read' : `the YAML cannot be read: ${(e as Error).message}`,
        fix: aliases ? 'write each value out in full instead of using & and * aliases' : 'check the indentation and that text containing a colon is in quotes',
      });
    }
  }
  return { data, lineOf, problems };
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = row[j]!;
        row[j] = next;
      }
    }
    return row[b.length]!;
  };
  const best = candidates.map((c) => ({ c, d: distance(word.toLowerCase(), c.toLowerCase()) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.c : undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The schema inside optional, default, nullable and similar wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  const def = (schema as unknown as { def: { type: string; innerType?: z.ZodType } }).def;
  return def.innerType && ['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch'].includes(def.type) ? unwrap(def.innerType) : schema;
}

/** The example a schema gives in its metadata (`.meta({ example })`), looking through wrappers. */
function exampleOf(schema: z.ZodType): string | undefined {
  for (let s: z.ZodType | undefined = schema; s; s = s === unwrap(s) ? undefined : (s as unknown as { def: { innerType: z.ZodType } }).def.innerType) {
    const example = (s.meta() as { example?: string } | undefined)?.example;
    if (example !== undefined) return example;
  }
  return undefined;
}

/** The schema of the field at `path` inside an object schema, or undefined. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    const def: { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType } = (unwrap(current) as unknown as { def: { type: string } }).def;
    current = def.type === 'object' ? def.shape?.[String(key)] : def.type === 'array' ? def.element : undefined;
  }
  return current;
}

/** How a fix shows the field at `path` written correctly, such as `section: "1.3.4"`, from the schema's examples. */
function fieldExample(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  const leaf = [...path].reverse().find((p): p is string => typeof p === 'string');
  if (leaf === undefined) return undefined;
  // A list item's problem is shown with the list's example: keywords[2] with keywords: [s47, ICPC].
  const field = schemaAt(schema, path.slice(0, path.lastIndexOf(leaf) + 1));
  const example = field && exampleOf(field);
  return example === undefined ? undefined : `${leaf}: ${example}`;
}

/** Validates `parsed` against `schema`, returning the data or every issue as a Problem. Fixes quote the schema's examples. */
export function applySchema<S extends z.ZodType>(
  schema: S,
  parsed: ParsedYaml,
  file: string,
  knownFields: readonly string[],
): { data: z.output<S> | undefined; problems: Problem[] } {
  const result = schema.safeParse(parsed.data ?? {}, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const guess = path.length === 0 ? closest(key, knownFields) : undefined;
        problems.push({
          severity: 'error',
          file,
          line: parsed.lineOf([...path, key]),
          field: fieldLabel([...path, key]),
          message: 'is not a field this file can have',
          fix: guess ? `rename it to ${guess}` : 'remove it, or see docs/files.md for the fields this file can have',
        });
      }
      continue;
    }
    const example = fieldExample(schema, path);
    // A rule may name its own fix (see textSchema); otherwise the fix shows the field written well.
    const ownFix = (issue as { params?: { fix?: string } }).params?.fix;
    const missing = valueAt(parsed.data, path) === undefined;
    problems.push({
      severity: 'error',
      file,
      line: parsed.lineOf(path),
      field: fieldLabel(path),
      message: missing ? 'is missing' : issue.message,
      fix: ownFix ?? (example ? `${missing ? 'add' : 'write it as'} ${example}` : `correct ${fieldLabel(path)}`),
    });
  }
  return { data: undefined, problems };
}
