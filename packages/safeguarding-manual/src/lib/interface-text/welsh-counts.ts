// Counted nouns in Welsh: after a numeral Welsh keeps the noun singular, mutated as the numeral's
// last spoken word requires ("1 bennod", "2 ddiwygiad", "3 chais", "6 phennod", "5 diwygiad"),
// and a list is joined with "a", or "ac" before a vowel ("8 diwygiad ac 1 newid").

/** A Welsh noun in its radical (unmutated) form, with its gender, which decides some mutations. */
export interface WelshNoun {
  word: string;
  gender: 'm' | 'f';
}

/** The soft mutation of a lower-case word: pennod → bennod, diwygiad → ddiwygiad, gair → air. */
export function softMutation(word: string): string {
  const rules: [RegExp, string][] = [
    [/^ll/, 'l'],
    [/^rh/, 'r'],
    [/^c(?!h)/, 'g'],
    [/^p(?!h)/, 'b'],
    [/^t(?!h)/, 'd'],
    [/^b/, 'f'],
    [/^d(?!d)/, 'dd'],
    [/^m/, 'f'],
    [/^g/, ''],
  ];
  for (const [initial, mutated] of rules) if (initial.test(word)) return word.replace(initial, mutated);
  return word;
}

/** The aspirate mutation of a lower-case word: cais → chais, pennod → phennod, tudalen → thudalen. */
export function aspirateMutation(word: string): string {
  return word.replace(/^([cpt])(?!h)/, '$1h');
}

/**
 * The noun as it follows `count` written in figures. Figures are read in the decimal way, so the
 * last word spoken is that of the last digit: un (1, 11, 21...), dau or dwy (2), tri or tair (3), chwe (6).
 */
export function nounAfter(count: number, noun: WelshNoun): string {
  const { word, gender } = noun;
  switch (Math.abs(count) % 10) {
    case 1:
      // "un" softens a feminine noun, except one that begins with ll or rh.
      return gender === 'f' && !/^(ll|rh)/.test(word) ? softMutation(word) : word;
    case 2:
      return softMutation(word);
    case 3:
      return gender === 'm' ? aspirateMutation(word) : word;
    case 6:
      return aspirateMutation(word);
    default:
      return word;
  }
}

/** The count in figures and the noun after it: counted(2, { word: 'diwygiad', gender: 'm' }) is "2 ddiwygiad". */
export function countedCy(count: number, noun: WelshNoun): string {
  return `${count} ${nounAfter(count, noun)}`;
}

/** True when `text` begins with a vowel as it is spoken, figures read in Welsh: un (1, 10-19), wyth (8, 80-89, 800-899). */
function startsWithVowel(text: string): boolean {
  const figures = /^\d+/.exec(text)?.[0];
  if (figures === undefined) return /^[aeiouwyâêîôûŵŷ]/i.test(text);
  const n = Number(figures);
  if (n >= 1000) return n >= 2000 && startsWithVowel(String(Math.floor(n / 1000)));
  const leading = n >= 100 ? Math.floor(n / 100) : n >= 10 ? Math.floor(n / 10) : n;
  // A hundred is "cant", not "un cant"; ten to nineteen begin "un deg".
  return n >= 100 ? leading === 8 : leading === 1 || leading === 8;
}

/** "a" or "ac", as the next word needs. */
export function andBefore(next: string): string {
  return startsWithVowel(next) ? 'ac' : 'a';
}

/** Words as a Welsh sentence lists them: "a", "a a b", "a, b a c" (with "ac" before a vowel). */
export function joinWithA(words: readonly string[]): string {
  if (words.length < 2) return words[0] ?? '';
  const last = words.at(-1)!;
  return `${words.slice(0, -1).join(', ')} ${andBefore(last)} ${last}`;
}
