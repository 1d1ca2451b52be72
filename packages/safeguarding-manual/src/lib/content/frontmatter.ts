// The one place a version file is split into its frontmatter (YAML between two --- lines) and its MDX body.

export interface SplitFile {
  /** The YAML between the --- lines. */
  yaml: string;
  /** Everything after the closing --- line. */
  body: string;
  /** The line of the file the body starts on (1-based). */
  bodyLine: number;
}

/** A byte order mark, which Word and some Windows editors put at the start of a file. */
const BOM = '\uFEFF';
const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits a version file; undefined when it does not start with frontmatter. A leading byte order mark is ignored. */
export function splitFrontmatter(text: string): SplitFile | undefined {
  const unmarked = text.startsWith(BOM) ? text.slice(1) : text;
  const match = FRONTMATTER.exec(unmarked);
  if (!match) return undefined;
  return { yaml: (match[1] ?? '').replace(/\r?\n$/, ''), body: unmarked.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** The body of a version file: the whole text when it has no frontmatter. */
export function bodyOf(text: string): string {
  return splitFrontmatter(text)?.body ?? text;
}
