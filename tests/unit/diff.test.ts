import { describe, expect, it } from 'vitest';
import { diffBlocks, toBlocks, withContext } from '../../src/lib/diff.ts';

const before = `Scope paragraph.

## Timescales

Confirm the referral in writing within 24 hours.

- Phone the front door.
- Tell your safeguarding lead.

| Step | When |
| --- | --- |
| Strategy discussion | Within 1 working day |

Call <Contact id="front-door" /> now.

## Recording

Keep notes.
`;

const after = `Scope paragraph.

## Timescales

Confirm the referral in writing within 48 hours.

- Phone the front door.
- Tell your safeguarding lead.
- Record the decision.

| Step | When |
| --- | --- |
| Strategy discussion | Within 2 working days |

Call <Contact id="front-door" /> now.

## Recording

Keep notes.
`;

describe('comparing versions', () => {
  const name = (id: string) => `[${id}]`;
  const diff = diffBlocks(toBlocks(before, name), toBlocks(after, name));

  it('splits a body into headings, paragraphs, list items and table rows', () => {
    expect(toBlocks(before, name).map((b) => `${b.kind}: ${b.text}`)).toEqual([
      'paragraph: Scope paragraph.',
      'heading: Timescales',
      'paragraph: Confirm the referral in writing within 24 hours.',
      'item: Phone the front door.',
      'item: Tell your safeguarding lead.',
      'row: Step | When',
      'row: Strategy discussion | Within 1 working day',
      'paragraph: Call [front-door] now.',
      'heading: Recording',
      'paragraph: Keep notes.',
    ]);
  });

  it('marks inserted and deleted words inside an edited block', () => {
    const changed = diff.blocks.filter((b) => b.status === 'changed');
    expect(changed.map((b) => b.segments.filter((s) => s.op !== 'same').map((s) => `${s.op}:${s.text}`))).toEqual([
      ['del:24', 'ins:48'],
      ['del:1', 'ins:2', 'del:day', 'ins:days'],
    ]);
  });

  it('counts the changes', () => {
    expect(diff.counts).toEqual({ added: 1, removed: 0, changed: 2, unchanged: 8, wordsInserted: 6, wordsDeleted: 3 });
  });

  it('shows a whole new block as inserted and a dropped one as deleted', () => {
    const reverse = diffBlocks(toBlocks(after, name), toBlocks(before, name));
    expect(diff.blocks.find((b) => b.status === 'added')?.segments).toEqual([{ op: 'ins', text: 'Record the decision.' }]);
    expect(reverse.blocks.find((b) => b.status === 'removed')?.segments).toEqual([{ op: 'del', text: 'Record the decision.' }]);
  });

  it('keeps one unchanged block of context either side and collapses the rest', () => {
    const items = withContext(diff.blocks, 1);
    expect(items.map((i) => (i.type === 'collapsed' ? `(${i.blocks.length} unchanged)` : i.block.status))).toEqual([
      '(1 unchanged)',
      'same',
      'changed',
      'same',
      'same',
      'added',
      'same',
      'changed',
      'same',
      '(2 unchanged)',
    ]);
  });

  it('reports no change for identical bodies', () => {
    const same = diffBlocks(toBlocks(before), toBlocks(before));
    expect(same.counts).toMatchObject({ added: 0, removed: 0, changed: 0, wordsInserted: 0, wordsDeleted: 0 });
    expect(withContext(same.blocks)).toEqual([{ type: 'collapsed', blocks: same.blocks }]);
  });
});
