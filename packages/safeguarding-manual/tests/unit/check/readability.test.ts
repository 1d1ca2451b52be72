import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/lib/check/problems.ts';
import { longestSentences, measureReadability } from '../../../src/lib/check/readability.ts';
import { checkManual } from '../../../src/lib/check/validate.ts';
import { firstPage, options, source } from '../helpers.ts';

const PLAIN = `## Who to call

Call us if you are worried. You do not need proof. We will listen.

- Tell us **what** you saw.
- Tell us [when](/information/plain/) it was.

Call <Contact id="emergency" inline /> if a child is in danger now.
`;

const HARD = `The multi-agency safeguarding arrangements established collaboratively by the statutory partners necessitate comprehensive consideration of proportionate interventions whenever practitioners anticipate significant deterioration.

Notwithstanding organisational responsibilities, information sharing considerations require documented justification, particularly regarding confidentiality, consent and legitimate expectations.

Families experiencing difficulties are encouraged to communicate concerns.
`;

describe('reading ease', () => {
  it('reads the text without Markdown: paragraphs and list items, not headings or markup', () => {
    const { sentences, score } = measureReadability(PLAIN, 7);
    expect(sentences.map((s) => `${s.line}: ${s.text} (${s.words})`)).toEqual([
      '9: Call us if you are worried. (6)',
      '9: You do not need proof. (5)',
      '9: We will listen. (3)',
      '11: Tell us what you saw. (5)',
      '12: Tell us when it was. (5)',
      '14: Call number if a child is in danger now. (9)',
    ]);
    expect(score).toBeGreaterThan(90);
  });

  it('lists the longest sentences first', () => {
    expect(longestSentences(measureReadability(HARD).sentences, 2).map((s) => s.words)).toEqual([21, 16]);
  });

  it('warns about a hard page for families, naming the score, the threshold and the longest sentences', () => {
    const problems = checkManual(
      source({}, { pages: { 'hard/2020-01-06.mdx': firstPage('Hard', ['families', 'public'], '2020-01-06', {}, HARD) } }),
      options,
    ).problems;
    expect(formatProblems(problems.filter((p) => p.field === 'body'))).toMatchInlineSnapshot(`
      "m/pages/hard/2020-01-06.mdx
        warning file, body: reads at -105 on the Flesch reading ease scale, below 60: pages for families must be in plain English
          fix: this version is published, so make the change in a new version: npm run amend -- hard --summary "...", then in the new file: use shorter sentences and everyday words; the longest sentences are line 10 (21 words) "The multi-agency safeguarding arrangements established collaborativ..."; line 12 (16 words) "Notwithstanding organisational responsibilities, information sharin..."; line 14 (8 words) "Families experiencing difficulties are encouraged to communicate co..."

      0 errors, 1 warning"
    `);
  });

  it('leaves plain pages, and pages for the public and professionals, alone', () => {
    const pages = {
      'plain/2020-01-06.mdx': firstPage('Plain', ['young-people'], '2020-01-06', {}, PLAIN),
      'hard/2020-01-06.mdx': firstPage('Hard', ['professionals', 'public'], '2020-01-06', {}, HARD),
    };
    expect(checkManual(source({}, { pages }), options).problems.filter((p) => p.field === 'body')).toEqual([]);
  });
});
