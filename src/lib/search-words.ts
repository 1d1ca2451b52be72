// The words of a query as search weighs them, without the page: which words are left out (words
// of grammar, and the filler of a question), the words and phrases searched for, and the form of
// each word Pagefind is given so that forms its stemmer leaves apart meet.

/**
 * Words that say nothing about what a chapter is about: the query Pagefind is given leaves them
 * out (searchTerm), so that "what to do if my mum drinks" finds the pages with "mum" and
 * "drinks", whether or not they also say "my". Only words of grammar: "child", "abuse" or
 * "worried" are on many pages but are what practitioners mean.
 */
const COMMON_WORDS = new Set(
  (
    'a about after all also am an and any are as at be been before being between but by can could did do does doing done ' +
    'for from get gets getting got had has have having he her here hers herself him himself his how i if in into ' +
    'is it its itself just me more most much my myself no not now of off on once only or other our ours out over ' +
    'own really she should so some still such than that the their theirs them themselves then there these they ' +
    'this those to too up us very was we were what when where which while who whom why will with would you your ' +
    'yours yourself'
  ).split(' '),
);

/**
 * The words of a question or a request that are not its topic: "what happens if", "do I need to",
 * "is it ok to", "can someone tell me". Left out like the words of grammar, so that the extra
 * words of a question do not outweigh what it is about; never words a chapter is about
 * ("worried", "help", "child" stay).
 */
const FILLER_WORDS = new Set(
  (
    'anyone anything anybody around able again always ask asked asking cannot can’t dont don’t else even ever guidance happen happened happens ' +
    'happening know let like lot lots may might must need needed needs ok okay please procedure procedures say says said ' +
    'someone something somebody sure tell thing things think way ways whether want wants going gone keep keeps kept'
  ).split(' '),
);

/** Whether a word is one of the common words search leaves out: words of grammar, and the filler of a question. */
export function isCommonWord(word: string): boolean {
  const plain = word.toLowerCase().replace(/['’]s$/, '');
  return COMMON_WORDS.has(plain) || FILLER_WORDS.has(plain);
}

/**
 * Forms of a word that the Porter2 stemmer Pagefind uses leaves apart, brought together: the
 * irregular forms of the verbs readers type (drunk and drank are drink), and a word's -ant/-ent
 * and -ance/-ence/-ancy/-ency forms (pregnant and pregnancy, violent and violence), which become
 * their shared beginning: Pagefind matches a word by its beginning, so "pregnan" finds both.
 * Applied to the query Pagefind is given only, never to what the reader sees.
 */
const IRREGULAR_FORMS: Record<string, string> = {
  drunk: 'drink',
  drank: 'drink',
  fought: 'fight',
  hid: 'hide',
  hidden: 'hide',
  bitten: 'bite',
  ran: 'run',
  sold: 'sell',
  stole: 'steal',
  stolen: 'steal',
  beaten: 'beat',
  taken: 'take',
  took: 'take',
  gave: 'give',
  given: 'give',
  threw: 'throw',
  thrown: 'throw',
};

/** A word as Pagefind is given it, so that its other forms meet (IRREGULAR_FORMS). */
export function matchingForm(word: string): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_FORMS[lower];
  if (irregular) return irregular;
  if (lower.length >= 7 && !/ments?$/.test(lower)) return lower.replace(/(an|en)(ts?|ces?|cy|cies)$/, '$1');
  return word;
}

/** The query Pagefind is given for a searchTerm: each word in its matching form, unless the query is a quoted phrase. */
export function matchingQuery(term: string): string {
  if (term.includes('"')) return term;
  return term
    .split(/\s+/)
    .map((word) => (/^[\p{L}]+$/u.test(word) ? matchingForm(word) : word))
    .join(' ');
}

/** The words of a query as typed, without quotes or punctuation around them. */
export function queryWords(query: string): string[] {
  return query
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0);
}

/**
 * The query Pagefind is given for what was typed: without the common words, unless that
 * leaves nothing, or the query has quotes (Pagefind then looks for the words as a phrase).
 */
export function searchTerm(query: string): string {
  const trimmed = query.trim();
  if (trimmed.includes('"')) return trimmed;
  const meaningful = queryWords(trimmed).filter((word) => !isCommonWord(word));
  return meaningful.length > 0 ? meaningful.join(' ') : trimmed;
}

