// Counted nouns in messages: "1 version", "3 versions".

/** `count` and the noun, plural unless the count is 1: counted(3, 'version') is "3 versions". */
export function counted(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}

/** The noun alone, for a count: plural(1, 'version') is "version". */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return count === 1 ? noun : pluralNoun;
}

/** Words as a sentence lists them: "a", "a and b", "a, b and c". */
export function joinWithAnd(words: readonly string[]): string {
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? '');
}
