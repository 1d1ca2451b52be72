// The text of a version file, as the commands read it from the manual's source and rewrite its
// frontmatter field by field for the next version.
import { Document } from 'yaml';
import { editFrontmatter } from './frontmatter-edit.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { quoted, YAML_OUTPUT } from './version-writer.ts';
import type { Version } from '../content/versions.ts';
import type { AuthoringContext } from './context.ts';

/**
 * Rewrites fields of a version file, in order, keeping every other line exactly as written.
 * A field that is not there yet goes after the one named by `after`. The section is
 * always written in double quotes.
 */
export function patchVersion(text: string, fields: [key: string, value: string | undefined, after: string][]): string {
  const split = splitFrontmatter(text);
  const body = split?.body ?? text;
  const edits = fields.map(([key, value, after]) => {
    const pair = new Document();
    if (value !== undefined) pair.set(key, key === 'section' ? quoted(value) : value);
    // An absent value removes the field.
    return { key, text: value === undefined ? undefined : pair.toString(YAML_OUTPUT), after };
  });
  return `---\n${editFrontmatter(split ? split.yaml : '', edits)}---\n${body}`;
}

/** The text of a version file, as the commands read it from the manual's source. */
export function versionText(ctx: AuthoringContext, version: Version): string {
  const text = ctx.texts.get(version.file);
  if (text === undefined) throw new Error(`the text of ${version.file} was not read`);
  return text;
}
