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

/** The soft mutation of a word: pennod gives bennod, tudalen dudalen, gair air, llawlyfr lawlyfr. */
function soft(word: string): string {
  const rules: [RegExp, string][] = [
    [/^ll/i, 'l'],
    [/^rh/i, 'r'],
    [/^p(?!h)/i, 'b'],
    [/^t(?!h)/i, 'd'],
    [/^c(?!h)/i, 'g'],
    [/^b/i, 'f'],
    [/^d(?!d)/i, 'dd'],
    [/^g/i, ''],
    [/^m/i, 'f'],
  ];
  return mutate(word, rules);
}

/** The aspirate mutation of a word: pennod gives phennod, tudalen thudalen, Caerdydd Chaerdydd. */
function aspirate(word: string): string {
  return mutate(word, [
    [/^p(?!h)/i, 'ph'],
    [/^t(?!h)/i, 'th'],
    [/^c(?!h)/i, 'ch'],
  ]);
}

/** The nasal mutation of a word: pennod gives mhennod, cynhadledd nghynhadledd, gwasanaeth ngwasanaeth. */
export function nasal(word: string): string {
  return mutate(word, [
    [/^p(?!h)/i, 'mh'],
    [/^t(?!h)/i, 'nh'],
    [/^c(?!h)/i, 'ngh'],
    [/^b/i, 'm'],
    [/^d(?!d)/i, 'n'],
    [/^g/i, 'ng'],
  ]);
}

/** True when `name` is one of `words` as a mutation changes it: drafodaeth strategaeth is trafodaeth strategaeth. */
export function isMutationOf(name: string, words: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return words.some((word) => {
    const base = word.toLowerCase();
    return base !== lower && [soft(base), aspirate(base), nasal(base)].includes(lower);
  });
}

/** The first rule that matches, keeping a capital letter a capital. */
function mutate(word: string, rules: [RegExp, string][]): string {
  for (const [initial, replacement] of rules) {
    const match = initial.exec(word);
    if (!match) continue;
    const rest = word.slice(match[0].length);
    if (!replacement) return match[0] === match[0].toLowerCase() ? rest : rest.charAt(0).toUpperCase() + rest.slice(1);
    const capital = match[0][0] !== match[0][0]!.toLowerCase();
    return (capital ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement) + rest;
  }
  return word;
}

/**
 * A number and the noun it counts, as Welsh writes it: the noun stays singular and takes the
 * mutation the number said aloud gives it. A feminine noun: 1 bennod, 2 bennod, 3 pennod,
 * 6 phennod; a masculine one: 1 diwrnod, 2 ddiwrnod, 3 diwrnod, 3 thymor. Only the noun's
 * first word changes (1 dudalen wybodaeth).
 */
export function counted(count: number, noun: string, gender: 'masculine' | 'feminine'): string {
  const feminine = gender === 'feminine';
  let word = noun;
  if ((count === 1 && feminine && !/^(ll|rh)/i.test(noun)) || count === 2) word = soft(noun);
  else if ((count === 3 && !feminine) || count === 6) word = aspirate(noun);
  return `${count} ${word}`;
}

/** True when a word or number is said with a vowel first, so "and" before it is "ac": ac un, ac wyth, ac Abertawe. */
function startsWithVowel(text: string): boolean {
  const number = /^\d+/.exec(text)?.[0];
  if (number !== undefined) return number === '1' || number === '11' || number.startsWith('8');
  return /^[aeiouwyâêîôûŵŷáéíóú]/i.test(text);
}

/** "and" as it is before a word: "ac" before a vowel, "a" before anything else. */
export function andWord(next: string): 'a' | 'ac' {
  return startsWithVowel(next) ? 'ac' : 'a';
}

/** "and" and the word after it, with the aspirate mutation "a" gives: "a Thawelan", "a phobl ifanc", "ac Abertawe". */
export function andBefore(text: string): string {
  return startsWithVowel(text) ? `ac ${text}` : `a ${aspirate(text)}`;
}

/** Words as a Welsh sentence lists them: "Tawelan a Glanmorlan", "Abertawe, Tawelan a Chaerdydd", "2 bennod ac 1 dudalen". */
export function joinWithA(words: readonly string[]): string {
  if (words.length < 2) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${andBefore(words.at(-1)!)}`;
}
