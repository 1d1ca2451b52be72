// The YAML mistakes board staff make most often, explained in words with the line as it should
// be written: a colon inside text, a quote that is never closed, a tab, a dash at the start of text.

export interface YamlMistake {
  /** 0-based index of the line the mistake is on, within the YAML. */
  lineIndex: number;
  message: string;
  fix: string;
}

const FIELD_LINE = /^(\s*(?:-\s+)?)([A-Za-z][\w-]*):[ \t]+(.*?)\s*$/;

/** The line written with its text in double quotes. */
function quotedLine(indent: string, key: string, value: string): string {
  const text = value
    .replace(/^["']|["']$/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"');
  return `${indent}${key}: "${text}"`;
}

/**
 * Explains the yaml package's error `code` on line `lineIndex` of `lines`, or returns undefined
 * for a mistake that has no plainer explanation.
 */
export function explainYamlMistake(code: string, lines: readonly string[], lineIndex: number): YamlMistake | undefined {
  const line = lines[lineIndex] ?? '';
  if (code === 'TAB_AS_INDENT' || /^\t/.test(line)) {
    const at = /^ *\t/.test(line) ? lineIndex : lines.findIndex((l) => /^ *\t/.test(l));
    const tabbed = lines[at] ?? line;
    return {
      lineIndex: at,
      message: 'this line is indented with a tab, and YAML needs spaces',
      fix: `indent it with spaces instead: ${tabbed.replace(/\t/g, '  ').trimEnd()}`,
    };
  }
  if (code === 'MISSING_CHAR') {
    // The quote opens on the first field line whose value starts with a quote it never closes.
    const opened = lines.findIndex((l) => {
      const value = FIELD_LINE.exec(l)?.[3] ?? '';
      const mark = value[0];
      return (mark === '"' || mark === "'") && !(value.length > 1 && value.endsWith(mark));
    });
    const match = opened === -1 ? undefined : FIELD_LINE.exec(lines[opened]!);
    if (match) {
      return {
        lineIndex: opened,
        message: `the text of ${match[2]} opens a quote (${match[3]![0]}) that is never closed`,
        fix: `close it at the end of the text, on the same line: ${quotedLine(match[1]!, match[2]!, match[3]!)}`,
      };
    }
    return undefined;
  }
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'UNEXPECTED_TOKEN') {
    const match = FIELD_LINE.exec(line);
    if (!match) return undefined;
    const [, indent, key, value] = match as unknown as [string, string, string, string];
    if (/:\s/.test(value)) {
      return {
        lineIndex,
        message: `the text of ${key} holds a colon followed by a space, which YAML reads as the start of another field`,
        fix: `put the text in double quotes: ${quotedLine(indent, key, value)}`,
      };
    }
    if (/^- /.test(value)) {
      return {
        lineIndex,
        message: `the text of ${key} starts with "- ", which YAML reads as a list`,
        fix: `put the text in double quotes: ${quotedLine(indent, key, value)}`,
      };
    }
  }
  return undefined;
}
