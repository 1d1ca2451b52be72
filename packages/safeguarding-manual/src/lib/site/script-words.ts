// The words a page's script shows, handed to it by the page in the page's language (a data-words
// attribute), so that a script bundled once for every language needs no text of its own.
// Plain TypeScript with no Node modules: the browser runs countedText.

/**
 * A text that depends on a count, as a page hands it to its script: the text for each count up to
 * ten, as each language gives it (Welsh mutates the noun after 1, 2, 3 and 6: 1 bennod, 2 bennod,
 * 3 pennod, 6 phennod), and the text for any other count, with {count} where the count goes.
 */
export interface CountedTexts {
  upToTen: string[];
  other: string;
}

const OTHER = 99;

/** The texts for every count, from the function that writes one. */
export function countedTexts(text: (count: number) => string): CountedTexts {
  return {
    upToTen: Array.from({ length: 11 }, (_, count) => text(count)),
    other: text(OTHER).replace(String(OTHER), '{count}'),
  };
}

/** The text for `count`. */
export function countedText(texts: CountedTexts, count: number): string {
  return texts.upToTen[count] ?? texts.other.replace('{count}', String(count));
}
