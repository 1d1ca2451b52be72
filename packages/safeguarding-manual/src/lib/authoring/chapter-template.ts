// The text a new chapter starts with: two sentences for the author to replace, which the check
// warns about while either is left.

/** The template's sentences for the author to replace. */
const TEMPLATE_SENTENCES = [
  'Say here who this chapter is for and what it covers, in a sentence or two.',
  'Write the procedure here: short paragraphs, or numbered steps.',
] as const;

/** The body of a new chapter's first version. */
export const TEMPLATE_BODY = `${TEMPLATE_SENTENCES[0]}\n\n## What to do\n\n${TEMPLATE_SENTENCES[1]}\n`;

/** Each template sentence still in a body, with the 0-based line it is on within the body. */
export function findTemplateText(body: string): { line: number; sentence: string }[] {
  const lines = body.split('\n');
  return TEMPLATE_SENTENCES.flatMap((sentence) => {
    const line = lines.findIndex((l) => l.includes(sentence));
    return line === -1 ? [] : [{ line, sentence }];
  });
}
