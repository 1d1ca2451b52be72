// Types for wink-porter2-stemmer, which ships none: the Porter2 (Snowball English) stemmer.
declare module 'wink-porter2-stemmer' {
  /** The stem of one lower-case word, such as `parent` for `parents`. */
  export default function stem(word: string): string;
}
