// Writing the YAML of version files and structure.yaml the way people write them by hand:
// numbers in double quotes (unquoted, 2.10 would be read as 2.1), no line wrapping, lists
// on one line as [a, b].
import { Scalar, type Document } from 'yaml';

/** The options every file the commands write is stringified with. */
export const YAML_OUTPUT = { lineWidth: 0, flowCollectionPadding: false } as const;

/** A value written in double quotes, such as a chapter number. */
export function quoted(value: string): Scalar {
  const scalar = new Scalar(value);
  scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

/** A version file: the frontmatter between --- lines, then the body. */
export function renderVersionFile(frontmatter: Document, body: string): string {
  return `---\n${frontmatter.toString(YAML_OUTPUT)}---\n${body}`;
}
