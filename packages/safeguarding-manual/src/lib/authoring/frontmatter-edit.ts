// Changes fields of a version file's frontmatter while keeping every other line exactly as it
// was written (folded descriptions, comments, spacing), so that a new version differs from the
// one it was copied from only where something changed. Used by npm run amend and withdraw and
// by the CMS; runs in the browser too.
import { isMap, isScalar, parseDocument } from 'yaml';

/** One field to change: `text` is the field as it should be written (its key, a colon and its value, ending in a new line); none removes it. */
export interface FieldEdit {
  key: string;
  text: string | undefined;
  /** A field that is not there yet goes after this one (or at the end when it is not there either). */
  after: string;
}

/** The frontmatter YAML (the text between the --- lines) with each edit made in turn. */
export function editFrontmatter(yaml: string, edits: readonly FieldEdit[]): string {
  let text = yaml === '' || yaml.endsWith('\n') ? yaml : `${yaml}\n`;
  for (const { key, text: line, after } of edits) {
    // Where each top-level field starts, and where the next begins, in the current text.
    const doc = parseDocument(text);
    const items = isMap(doc.contents) ? doc.contents.items : [];
    const starts = items.map((item) => (isScalar(item.key) ? item.key.range?.[0] : undefined) ?? 0);
    const span = (i: number): [number, number] => [starts[i]!, starts[i + 1] ?? text.length];
    const at = items.findIndex((item) => isScalar(item.key) && item.key.value === key);
    const previous = items.findIndex((item) => isScalar(item.key) && item.key.value === after);
    if (at !== -1) {
      const [from, to] = span(at);
      text = text.slice(0, from) + (line ?? '') + text.slice(to);
    } else if (line !== undefined) {
      const to = previous === -1 ? text.length : span(previous)[1];
      text = text.slice(0, to) + line + text.slice(to);
    }
  }
  return text;
}
