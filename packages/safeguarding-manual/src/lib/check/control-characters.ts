// Characters no text of the manual may hold: control characters other than tab and line breaks
// (invisible, often left behind by copying from Word), and the others XML 1.0 forbids (U+FFFE,
// U+FFFF, a surrogate without its pair), which would make every feed ill-formed. Single-line
// fields (titles, summaries, names, reasons) hold no line breaks either: they go into email
// headers and feed titles, where a line break starts something else.

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/;
const LINE_BREAKS = /\s*[\r\n\u0085\u2028\u2029]+\s*/g;

const codeOf = (character: string) => `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The first control character (or other character XML forbids) in `text`, as U+000B, and where it is; undefined when there is none. */
export function findControlCharacter(text: string): { code: string; index: number } | undefined {
  const found = CONTROL_CHARACTER.exec(text);
  return found ? { code: codeOf(found[0]), index: found.index } : undefined;
}

/** The first line break in `text` (CR, LF, NEL, or the Unicode line and paragraph separators), and where it is. */
export function findLineBreak(text: string): { code: string; index: number } | undefined {
  const found = LINE_BREAK.exec(text);
  return found ? { code: codeOf(found[0]), index: found.index } : undefined;
}

/** `text` without the characters XML 1.0 forbids: what feed writers put in XML whatever the check let through. */
export function xmlSafe(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

/** `text` on one line, without forbidden characters: what goes into an email header or a one-line title. */
export function oneLine(text: string): string {
  return xmlSafe(text).replace(LINE_BREAKS, ' ');
}

/** Why `value`, given for `what` (such as --reason), is not plain text on one line, or undefined when it is. */
export function plainLineProblem(what: string, value: string): string | undefined {
  const control = findControlCharacter(value);
  if (control)
    return `${what} holds an invisible control character (${control.code}) after "${value.slice(Math.max(0, control.index - 20), control.index)}": type it again as plain text.`;
  const linebreak = findLineBreak(value);
  if (linebreak)
    return `${what} must be on one line, but has a line break after "${value.slice(Math.max(0, linebreak.index - 20), linebreak.index)}": write it on one line.`;
  return undefined;
}
