// What a draft changes, as the reviewer sees it in the editor's preview: block by block and word by word.
import { describe, expect, it } from 'vitest';
import { draftChanges, textBlocks } from '../../../src/lib/cms/admin-changes.ts';

const BEFORE = '## When\n\nThe team manager decides. Any agency can ask for one.\n\n- police\n- health\n';

describe("a draft's changes against the version in force", () => {
  it('reads the text as headings, paragraphs, list items and contacts', () => {
    expect(textBlocks(`${BEFORE}\n<Contact id="lado" />\n`).map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'When'],
      ['paragraph', 'The team manager decides. Any agency can ask for one.'],
      ['item', 'police'],
      ['item', 'health'],
      ['contact', '<Contact id="lado" />'],
    ]);
  });

  it('marks the words changed, and the blocks added and removed', () => {
    const after = '## When\n\nThe team manager decides. Every agency can ask for one.\n\n- police\n\n<Contact id="lado" />\n';
    const changed = draftChanges(BEFORE, after).filter((b) => b.status !== 'same');
    expect(changed).toEqual([
      {
        status: 'changed',
        kind: 'paragraph',
        depth: undefined,
        segments: [
          { op: 'same', text: 'The team manager decides. ' },
          { op: 'del', text: 'Any' },
          { op: 'ins', text: 'Every' },
          { op: 'same', text: ' agency can ask for one.' },
        ],
      },
      { status: 'removed', kind: 'item', depth: undefined, segments: [{ op: 'del', text: 'health' }] },
      { status: 'added', kind: 'contact', depth: undefined, segments: [{ op: 'ins', text: '<Contact id="lado" />' }] },
    ]);
    expect(draftChanges(BEFORE, BEFORE).every((b) => b.status === 'same')).toBe(true);
  });
});
