// Keeps an amendment's text as the author of the previous version wrote it, except where the
// editor changed it. The CMS's rich-text editor writes Markdown its own way (`*` for `-` in
// lists, padded tables, a blank line before a nested list); without this, a one-sentence
// amendment would rewrite every list and table in the file.
import { diffArrays } from 'diff';

/** A line as a reader sees it: list markers, table padding and spacing do not count. */
function normalizeLine(line: string): string {
  let text = line.trim().replace(/^[-*+]\s+/, '- ');
  if (/^\|.*\|$/.test(text)) {
    const cells = text
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim());
    text = cells.every((cell) => /^:?-+:?$/.test(cell)) ? `|${cells.map((cell) => cell.replace(/-+/, '---')).join('|')}|` : `|${cells.join('|')}|`;
  }
  return text.replace(/\s+/g, ' ');
}

/**
 * The edited body, with every line that only differs from the previous version in how it is
 * written put back as it was. Lines the editor changed, added or removed are kept as edited;
 * a list item the editor added takes the `-` marker the manual uses.
 */
export function preserveFormatting(previous: string, edited: string): string {
  const before = previous.split('\n');
  const after = edited.split('\n');
  const parts = diffArrays(before, after, { comparator: (a, b) => normalizeLine(a) === normalizeLine(b) });
  const out: string[] = [];
  let i = 0;
  for (const part of parts) {
    if (!part.added && !part.removed) {
      out.push(...before.slice(i, i + part.count));
      i += part.count;
    } else if (part.removed) {
      // A blank line the editor dropped (before the first paragraph, say) is put back; removed text stays removed.
      const lines = before.slice(i, i + part.count);
      if (lines.every((line) => line.trim() === '')) out.push(...lines);
      i += part.count;
    } else if (part.value.some((line) => line.trim() !== '')) {
      out.push(...part.value.map((line) => line.replace(/^(\s*)\*(\s+)/, '$1-$2')));
    }
    // Blank lines alone that the editor added (such as one before a nested list) are dropped.
  }
  return out.join('\n');
}
