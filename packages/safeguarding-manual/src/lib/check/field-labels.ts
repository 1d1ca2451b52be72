// Fields named as a board member reads the file: "number of the second phone", not phones[1].number.

/** What one item of each list in the manual's files is called. */
const ITEM_NAMES: Readonly<Record<string, string>> = {
  phones: 'phone',
  changes: 'change',
  sections: 'section',
  subsections: 'sub-section',
  keywords: 'keyword',
  seeAlso: 'see-also entry',
  areas: 'area',
  audience: 'audience',
  worriedPanel: 'worried-panel contact',
  criteria: 'criterion',
  issues: 'issue',
  corrections: 'correction',
  groups: 'group',
  // A list inside a list item: the words of a group of synonyms.
  'groups[]': 'word',
  rounds: 'round',
  // The glossary: its entries, and each entry's names and chapters.
  entries: 'glossary entry',
  abbreviations: 'abbreviation',
  otherNames: 'other name',
  chapters: 'chapter',
};

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** "second" for 2, "12th" for 12. */
function ordinal(n: number): string {
  if (n >= 1 && n <= ORDINALS.length) return ORDINALS[n - 1]!;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * A field of a YAML file or frontmatter, by its path: `summary`; `the third keyword`;
 * `number of the second phone`; `number of the first sub-section of the second section`.
 */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  path.forEach((part, i) => {
    if (typeof part === 'number') {
      // A list inside a list item is named by the outer list: groups[] for the words of a group.
      const list = typeof path[i - 1] === 'number' ? `${String(path[i - 2])}[]` : String(path[i - 1] ?? 'list');
      if (typeof path[i - 1] === 'string') parts.pop();
      parts.push(`the ${ordinal(part + 1)} ${ITEM_NAMES[list] ?? `entry of ${list}`}`);
    } else parts.push(String(part));
  });
  return parts.reverse().join(' of ') || 'file';
}
