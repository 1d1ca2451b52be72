// What a draft changes, as the reviewer sees it in the editor's preview: block by block and word by word.
import { describe, expect, it } from 'vitest';
import { contactChanges, draftChanges, textBlocks, type ComparedContact } from '../../../src/lib/cms/admin-changes.ts';

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

describe("a contact draft's changes against the contact as published", () => {
  const published: ComparedContact = {
    service: 'Allegations Management Service (LADO)',
    organisation: 'Brackenshire Council',
    phones: [{ label: 'Office hours', number: '0113 496 0600', hours: 'office-hours' }],
    email: 'lado@brackenshire.example',
    changes: 1,
  };
  const draft = {
    ...published,
    phones: [{ label: 'Office hours', number: '0113 496 0601', hours: 'office-hours' }],
    changes: [
      { date: '2025-01-06', summary: 'Published.' },
      { date: '2026-11-22', summary: 'New office hours number.' },
    ],
  };

  it('marks each detail changed, word by word, and each change note added', () => {
    const changes = contactChanges(published, draft);
    expect(changes.map((b) => [b.status, b.segments.map((s) => `${s.op}:${s.text}`).join('|')])).toEqual([
      ['changed', 'same:Office hours: 0113 496 |del:0600|ins:0601|same: (office hours)'],
      ['added', 'ins:Change noted for 22 November 2026: New office hours number.'],
    ]);
  });

  it('lists nothing when the draft changes nothing, and every detail for a new contact', () => {
    expect(contactChanges(published, { ...published, changes: [{ date: '2025-01-06', summary: 'Published.' }] })).toEqual([]);
    expect(contactChanges(undefined, { ...published, changes: [] }).map((b) => b.status)).toEqual(['added', 'added', 'added', 'added']);
  });
});
