// Plain English for information pages written for families and young people: the page's body
// is stripped to its sentences and scored on the Flesch reading ease scale.
import { flesch } from 'flesch';
import type { Root } from 'mdast';
import { syllable } from 'syllable';
import { visit } from 'unist-util-visit';
import { isForFamilies } from '../content/information.ts';
import { parseBody } from '../content/mdx-body.ts';
import type { Problem } from './problems.ts';
import type { Version } from '../content/versions.ts';

/** Pages for families and young people should score at least this: 60 to 70 is plain English. */
const READING_EASE_THRESHOLD = 60;
/** How many of the longest sentences a warning lists. */
const LONGEST = 3;

export interface Sentence {
  text: string;
  words: number;
  /** The line of the file the sentence's paragraph starts on. */
  line: number;
}

export interface Readability {
  /** Flesch reading ease, rounded: 100 is very easy, below 30 very hard. */
  score: number;
  sentences: Sentence[];
}

const sentenceSegmenter = new Intl.Segmenter('en-GB', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('en-GB', { granularity: 'word' });

/** The words of a piece of text (numbers count as words, punctuation does not; multi-agency is one word). */
function wordsOf(text: string): string[] {
  const joined = text.replace(/(?<=\p{L})-(?=\p{L})/gu, '');
  return [...wordSegmenter.segment(joined)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** The text a reader reads, without Markdown: every paragraph (in lists and quotes too) and table cell, with its line. */
function readableBlocks(tree: Root, firstLine: number): { text: string; line: number }[] {
  const blocks: { text: string; line: number }[] = [];
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'tableCell') return;
    let text = '';
    visit(node, (inner) => {
      if (inner.type === 'text' || inner.type === 'inlineCode') text += inner.value;
      // Components such as <Contact inline /> stand for a phone number, read as one word.
      if (inner.type === 'mdxJsxTextElement') text += ' number ';
    });
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (trimmed) blocks.push({ text: trimmed, line: (node.position?.start.line ?? 1) + firstLine - 1 });
    return 'skip';
  });
  return blocks;
}

/** Scores an MDX body that starts on line `firstLine` of its file. */
export function measureReadability(body: string, firstLine = 1): Readability {
  const sentences: Sentence[] = [];
  let syllables = 0;
  for (const block of readableBlocks(parseBody(body), firstLine)) {
    for (const { segment } of sentenceSegmenter.segment(block.text)) {
      const words = wordsOf(segment);
      if (!words.length) continue;
      syllables += words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
      sentences.push({ text: segment.trim(), words: words.length, line: block.line });
    }
  }
  const word = sentences.reduce((sum, s) => sum + s.words, 0);
  const score = word ? Math.round(flesch({ sentence: sentences.length, word, syllable: syllables })) : 100;
  return { score, sentences };
}

/** The longest sentences, longest first (the first written wins a tie). */
export function longestSentences(sentences: readonly Sentence[], count = LONGEST): Sentence[] {
  return [...sentences].sort((a, b) => b.words - a.words || a.line - b.line).slice(0, count);
}

const quote = (text: string) => `"${text.length > 70 ? `${text.slice(0, 67).trimEnd()}...` : text}"`;

/** A warning when a page for families or young people reads poorly; none for other versions. */
export function checkReadability(version: Version, body: string, firstLine: number): Problem[] {
  if (!isForFamilies(version.page)) return [];
  let result: Readability;
  try {
    result = measureReadability(body, firstLine);
  } catch {
    return []; // Unreadable MDX is reported by the body checks.
  }
  if (result.score >= READING_EASE_THRESHOLD) return [];
  const longest = longestSentences(result.sentences).map((s) => `line ${s.line} (${s.words} words) ${quote(s.text)}`);
  return [
    {
      severity: 'warning',
      file: version.file,
      line: undefined,
      field: 'body',
      message: `reads at ${result.score} on the Flesch reading ease scale, below ${READING_EASE_THRESHOLD}: pages for ${version.page!.audience.filter((a) => a === 'families' || a === 'young-people').join(' and ')} must be in plain English`,
      fix: `use shorter sentences and everyday words; the longest sentences are ${longest.join('; ')}`,
    },
  ];
}
