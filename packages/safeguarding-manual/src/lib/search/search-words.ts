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
 * The words of a question or a request that are not its topic: "what happens if", "do I have to know",
 * "is it ok to", "can someone tell me". Left out like the words of grammar, so that the extra
 * words of a question do not outweigh what it is about; never words a chapter is about
 * ("worried", "help", "child" and "need", as in child in need, stay).
 *
 * With them, the everyday verbs a situation is told with, and words of how many or how often,
 * that name no situation: "comes home", "goes out", "nobody has seen him", "every day", "found
 * her". Synonym phrases use them too ("not come home"), so that, kept, they matched every page
 * with such a phrase whatever the situation. "Never" stays, as "not" would if it were not a word of
 * grammar: "never came back to school" is what happened.
 */
const FILLER_WORDS = new Set(
  (
    'anyone anything anybody around able again always ask asked asking cannot can’t dont don’t else even ever guidance happen happened happens ' +
    'happening know like lot lots may might must ok okay please procedure procedures say says said ' +
    'someone something somebody sure tell thing things think way ways whether want wants going gone keep keeps kept ' +
    'come comes came coming go goes went every everyone everybody nobody already see sees seen saw make makes put puts find finds found'
  ).split(' '),
);

/** Whether a word is one of the common words search leaves out: words of grammar, and the filler of a question. */
export function isCommonWord(word: string): boolean {
  const plain = word.toLowerCase().replace(/['’]s$/, '');
  return COMMON_WORDS.has(plain) || FILLER_WORDS.has(plain);
}

/**
 * The irregular forms of the verbs readers type, which the Porter2 stemmer Pagefind uses leaves
 * apart from the verb: Pagefind is given the verb (drunk and drank are drink), and the index
 * holds the synonyms and keywords in the same form (matchingText), so that "left alone" and
 * "leaves him alone" meet.
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
  left: 'leave',
  broke: 'break',
  broken: 'break',
  fell: 'fall',
  fallen: 'fall',
  caught: 'catch',
  brought: 'bring',
  bought: 'buy',
  sent: 'send',
  lost: 'lose',
  met: 'meet',
  fed: 'feed',
  shook: 'shake',
  shaken: 'shake',
  slept: 'sleep',
  ate: 'eat',
  eaten: 'eat',
  grew: 'grow',
  grown: 'grow',
  spoke: 'speak',
  spoken: 'speak',
  wrote: 'write',
  written: 'write',
  told: 'tell',
  swore: 'swear',
  sworn: 'swear',
};

/** Plurals the stemmer leaves apart from their singular (children is not child to it), both ways. */
const IRREGULAR_PLURALS: Record<string, string> = { child: 'children', person: 'people', man: 'men', woman: 'women' };
for (const [one, many] of Object.entries(IRREGULAR_PLURALS)) IRREGULAR_PLURALS[many] = one;

/** The word's irregular plural or singular (children for child, child for children), if it has one. */
export function otherNumber(word: string): string | undefined {
  return IRREGULAR_PLURALS[word.toLowerCase()];
}

/** A word as Pagefind is given it: an irregular form of a verb as the verb (IRREGULAR_FORMS), any other word as typed. */
export function matchingForm(word: string): string {
  return IRREGULAR_FORMS[word.toLowerCase()] ?? word;
}

/**
 * The beginning a word shares with its other forms, when the stemmer leaves them apart: a word's
 * -ant/-ent and -ance/-ence/-ancy/-ency forms (pregnant and pregnancy, violent and violence)
 * share "pregnan" and "violen". Pagefind matches a word by its beginning, so searching the
 * beginning finds every form, each scored below the form typed. Undefined for other words
 * (short ones, and -ment).
 */
export function sharedBeginning(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 7 || /ments?$/.test(lower)) return undefined;
  const beginning = lower.replace(/(an|en)(ts?|ces?|cy|cies)$/, '$1');
  return beginning === lower ? undefined : beginning;
}

/** The query Pagefind is given: each word in its matching form, unless the query is a quoted phrase. */
export function matchingQuery(term: string): string {
  if (term.includes('"')) return term;
  return term
    .split(/\s+/)
    .map((word) => (/^[\p{L}]+$/u.test(word) ? matchingForm(word) : word))
    .join(' ');
}

/**
 * A synonym or keyword as the index holds it: each word in its matching form, as the query is
 * given to Pagefind (matchingQuery), so that a phrase with an irregular form ("left alone",
 * "hidden harm") is found by the form typed, whichever it is.
 */
export function matchingText(text: string): string {
  return text
    .split(/(\s+)/)
    .map((word) => (/^[\p{L}]+$/u.test(word) ? matchingForm(word) : word))
    .join('');
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
