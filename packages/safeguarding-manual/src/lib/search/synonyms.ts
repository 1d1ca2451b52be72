// Other names for things: the groups of words in synonyms.yaml that mean the same to a reader
// ("mum", "mother", "parent"), checked like the rest of the manual, and applied when a page is
// indexed: a page whose title, keywords or headings use one word of a group is also indexed,
// as a detail of the page, under the others, so that search finds it by any of them.
import stem from 'wink-porter2-stemmer';
import type { Problem } from '../check/problems.ts';
import { synonymsSchema, type SynonymGroup } from '../schemas/synonyms.ts';
import { fieldLabel } from '../check/field-labels.ts';
import type { SourceFile } from '../content/manual.ts';
import { applySchema, parseYaml } from '../content/yaml-source.ts';

/** The synonyms file's name in the content folder. It is optional: without it no page has synonyms. */
export const SYNONYMS_FILE = 'synonyms.yaml';

/** The Welsh pages' groups, in the same format, for a manual published in Welsh too (docs/languages.md). */
export const WELSH_SYNONYMS_FILE = 'synonyms.cy.yaml';

/** A fix that names what a group, or a word in one, should look like. */
function withFix(problem: Problem): Problem {
  if (/^the \S+ word of the \S+ group$/.test(problem.field))
    return { ...problem, fix: 'write a word or a phrase of letters and digits, such as domestic abuse' };
  if (/^the \S+ group$/.test(problem.field)) return { ...problem, fix: 'write the group as words in square brackets, such as - [mum, mother, parent]' };
  return problem;
}

/**
 * The words of `text` as search compares them: lower case, without a possessive 's, each cut
 * to its stem with the Porter2 (Snowball English) stemmer that Pagefind also uses, so that
 * "parents" and "parent" are one word.
 */
export function stems(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map(stemOf);
}

// Each word is stemmed once per process: a build asks for the same words on every page (the
// synonyms' words on all of them), and a manual's vocabulary is a few thousand words.
const stemmed = new Map<string, string>();
function stemOf(word: string): string {
  let result = stemmed.get(word);
  if (result === undefined) {
    result = stem(word);
    stemmed.set(word, result);
  }
  return result;
}

/** Checks the synonyms file, when there is one: every problem at once, and the groups in lower case. */
export function checkSynonyms(source: SourceFile | undefined): { problems: Problem[]; synonyms: SynonymGroup[] } {
  if (!source) return { problems: [], synonyms: [] };
  const { file, text } = source;
  const parsed = parseYaml(text, file);
  if (parsed.problems.length) return { problems: parsed.problems, synonyms: [] };
  const result = applySchema(synonymsSchema, parsed, file, ['groups']);
  if (!result.data) return { problems: result.problems.map(withFix), synonyms: [] };

  const problems: Problem[] = [];
  const groups = result.data.groups.map((group) => group.map((term) => term.toLowerCase()));
  const groupAt = new Map<string, number>();
  groups.forEach((group, i) => {
    const seen = new Map<string, string>();
    group.forEach((term, j) => {
      const key = stems(term).join(' ');
      const same = seen.get(key);
      if (same !== undefined) {
        const path = ['groups', i, j];
        problems.push({
          severity: 'error',
          file,
          line: parsed.lineOf(path),
          field: fieldLabel(path),
          message: same === term ? `${term} is in this group twice` : `${term} is the same word to search as ${same}, earlier in this group`,
          fix: `remove ${term} from this group`,
        });
      }
      seen.set(key, same ?? term);
    });
    const whole = [...seen.keys()].sort().join('|');
    const earlier = groupAt.get(whole);
    if (earlier !== undefined) {
      problems.push({
        severity: 'error',
        file,
        line: parsed.lineOf(['groups', i]),
        field: fieldLabel(['groups', i]),
        message: `has the same words as group ${earlier + 1} (line ${parsed.lineOf(['groups', earlier])})`,
        fix: 'remove one of the two groups',
      });
    } else {
      groupAt.set(whole, i);
    }
  });
  return { problems, synonyms: groups };
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0) return false;
  for (let i = 0; i + run.length <= words.length; i++) {
    if (run.every((word, k) => words[i + k] === word)) return true;
  }
  return false;
}

/**
 * The other names of what `texts` (a page's title, keywords and headings) speak of: for each
 * group one of whose words or phrases appears in one of the texts, the group's words that do
 * not, in the order of the groups. A phrase counts only when its words appear together in one text.
 */
export function synonymsFor(texts: readonly string[], groups: readonly SynonymGroup[]): string[] {
  const inTexts = texts.map(stems);
  const found = new Map<string, boolean>();
  const has = (term: string): boolean => {
    let known = found.get(term);
    if (known === undefined) {
      const run = stems(term);
      known = inTexts.some((words) => containsRun(words, run));
      found.set(term, known);
    }
    return known;
  };
  const others: string[] = [];
  for (const group of groups) {
    if (!group.some(has)) continue;
    for (const term of group) if (!has(term) && !others.includes(term)) others.push(term);
  }
  return others;
}
