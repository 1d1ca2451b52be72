import { describe, expect, it } from 'vitest';
import { changesPage } from '../../../src/lib/site/changes-page.ts';
import { diffBlocks, toBlocks, withContext } from '../../../src/lib/site/diff.ts';

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

describe('area blocks in a comparison', () => {
  const areas = [
    { id: 'tamsford', name: 'Tamsford' },
    { id: 'wyvern-vale', name: 'Wyvern Vale' },
  ];
  const shared = 'Every area takes referrals by phone.\n\n';
  const block = (id: string, text: string) => `<Area name="${id}">\n\n${text}\n\n</Area>\n\n`;

  it('labels each block of an area with the area', () => {
    const blocks = toBlocks(
      `${shared}${block('tamsford', 'Email the front door.\n\n- Then call.')}Then wait.`,
      undefined,
      (id) => areas.find((a) => a.id === id)!.name,
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Every area takes referrals by phone.' },
      { kind: 'paragraph', text: 'Email the front door.', area: 'Tamsford' },
      { kind: 'item', text: 'Then call.', area: 'Tamsford' },
      { kind: 'paragraph', text: 'Then wait.' },
    ]);
  });

  it('shows what changed in which area on the changes page', () => {
    const version = (amended: string) => ({
      chapterId: 'referrals',
      section: '1.1',
      title: 'Referrals',
      amended,
      change: 'updated' as const,
      file: '',
      hash: '',
      keywords: [],
      seeAlso: [],
    });
    const page = changesPage(
      version('2024-01-01'),
      version('2024-06-01'),
      {
        before: `${shared}${block('tamsford', 'Email the front door by noon.')}${block('wyvern-vale', 'Call the hub.')}`,
        after: `${shared}${block('tamsford', 'Email the front door by 3pm.')}${block('wyvern-vale', 'Call the hub.')}${block('tamsford', 'Out of hours, call the EDT.')}`,
      },
      new Map(),
      areas,
    );
    expect(
      page.items.flatMap((i) => (i.type === 'block' ? [[i.block.status, i.block.area, i.block.segments.map((s) => `${s.op}:${s.text}`).join('|')]] : [])),
    ).toEqual([
      ['same', undefined, 'same:Every area takes referrals by phone.'],
      ['changed', 'Tamsford', 'same:Email the front door by |del:noon|ins:3pm|same:.'],
      ['same', 'Wyvern Vale', 'same:Call the hub.'],
      ['added', 'Tamsford', 'ins:Out of hours, call the EDT.'],
    ]);
  });
});
