// Control characters other than tab and line breaks: invisible, often left behind by copying
// from Word, and not allowed in the XML of the feeds. No text of the manual may hold one.

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The first control character in `text`, as U+000B, and where it is; undefined when there is none. */
export function findControlCharacter(text: string): { code: string; index: number } | undefined {
  const found = CONTROL_CHARACTER.exec(text);
  return found ? { code: `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, index: found.index } : undefined;
}
