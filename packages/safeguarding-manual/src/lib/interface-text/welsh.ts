// What Welsh words do to the words after them, for the interface text's Welsh.

/**
 * "yn" before a place name, with the nasal mutation it takes: yn Nhawelan, yng Nglanmorlan,
 * ym Mangor, yng Nghaerdydd, ym Mhen-y-bont, yn Ninbych; other names are unchanged.
 */
export function inPlace(name: string, word: 'yn' | 'Yn'): string {
  const y = word[0];
  const nasal: [RegExp, string, string][] = [
    [/^C(?!h)/, 'ng', 'Ngh'],
    [/^P(?!h)/, 'm', 'Mh'],
    [/^T(?!h)/, 'n', 'Nh'],
    [/^G/, 'ng', 'Ng'],
    [/^B/, 'm', 'M'],
    [/^D(?!d)/, 'n', 'N'],
  ];
  for (const [initial, ending, mutated] of nasal) {
    if (initial.test(name)) return `${y}${ending} ${name.replace(initial, mutated)}`;
  }
  return `${word} ${name}`;
}
