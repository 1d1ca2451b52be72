// What one version changed against the one before: the bodies as blocks of text, compared
// block by block, and word by word inside a block that was edited.
import { diffArrays, diffWordsWithSpace } from 'diff';
import type { Nodes, Root, RootContent } from 'mdast';
import { parseBody } from '../content/mdx-body.ts';

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'row' | 'contact' | 'other';

/** A unit of text that a reader sees as one piece: a heading, a paragraph, a list item, a table row. */
export interface Block {
  kind: BlockKind;
  /** Heading level, for headings. */
  depth?: number;
  text: string;
  /** The area it applies to, by name, when it sits in an <Area> block. */
  area?: string | undefined;
}

export interface Segment {
  op: 'same' | 'ins' | 'del';
  text: string;
}

export interface DiffBlock {
  status: 'same' | 'added' | 'removed' | 'changed';
  kind: BlockKind;
  depth?: number | undefined;
  segments: Segment[];
  /** The area it applies to, by name, when it sits in an <Area> block. */
  area?: string | undefined;
}

export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
  wordsInserted: number;
  wordsDeleted: number;
}

export interface VersionDiff {
  blocks: DiffBlock[];
  counts: DiffCounts;
}

/** Names a contact for the diff, so a changed contact reads as text. */
export type ContactNamer = (id: string) => string;

/** Names an area for readers, from the id an <Area name="..."> block gives. */
export type AreaNamer = (id: string) => string;

function textOf(node: Nodes, name: ContactNamer): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
    const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    return typeof id === 'string' ? name(id) : '';
  }
  if ('children' in node) {
    const sep = node.type === 'listItem' || node.type === 'list' ? ' ' : '';
    return (node.children as Nodes[]).map((child) => textOf(child, name)).join(sep);
  }
  return 'value' in node && typeof node.value === 'string' ? node.value : '';
}

function blocksOf(node: RootContent, name: ContactNamer, areaName: AreaNamer): Block[] {
  switch (node.type) {
    case 'heading':
      return [{ kind: 'heading', depth: node.depth, text: textOf(node, name) }];
    case 'paragraph':
      return [{ kind: 'paragraph', text: textOf(node, name) }];
    case 'list':
      return node.children.map((item) => ({ kind: 'item', text: textOf(item, name) }));
    case 'table':
      return node.children.map((row) => ({ kind: 'row', text: row.children.map((cell) => textOf(cell, name)).join(' | ') }));
    case 'blockquote':
      return node.children.flatMap((child) => blocksOf(child, name, areaName));
    case 'mdxJsxFlowElement': {
      if (node.name !== 'Area') return [{ kind: 'contact', text: textOf(node, name) }];
      const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'name')?.value;
      const area = typeof id === 'string' ? areaName(id) : '';
      return node.children.flatMap((child) => blocksOf(child, name, areaName)).map((block) => ({ ...block, area }));
    }
    case 'yaml':
      return [];
    default:
      return [{ kind: 'other', text: textOf(node, name) }];
  }
}

/** Splits an MDX body into blocks of text; a block in an <Area> block is labelled with its area. */
export function toBlocks(body: string, name: ContactNamer = (id) => `Contact: ${id}`, areaName: AreaNamer = (id) => id): Block[] {
  const tree: Root = parseBody(body);
  return tree.children
    .flatMap((node) => blocksOf(node, name, areaName))
    .map((b) => ({ ...b, text: b.text.replace(/\s+/g, ' ').trim() }))
    .filter((b) => b.text !== '');
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Word-level comparison of two texts, as segments to mark up. */
export function diffText(before: string, after: string): Segment[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    op: part.added ? 'ins' : part.removed ? 'del' : 'same',
    text: part.value,
  }));
}

function similarity(segments: Segment[]): number {
  const same = segments.filter((s) => s.op === 'same').reduce((n, s) => n + wordCount(s.text), 0);
  const all = segments.reduce((n, s) => n + wordCount(s.text), 0);
  return all ? same / all : 0;
}

/** Compares two lists of blocks: unchanged, added, removed, and edited blocks with word changes. */
export function diffBlocks(before: readonly Block[], after: readonly Block[]): VersionDiff {
  const key = (b: Block) => `${b.kind}:${b.depth ?? ''}:${b.area ?? ''}:${b.text}`;
  const parts = diffArrays(before.map(key), after.map(key));
  const blocks: DiffBlock[] = [];
  let b = 0;
  let a = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.added && !part.removed) {
      for (let k = 0; k < part.count; k++) {
        const block = after[a++]!;
        b++;
        blocks.push({ status: 'same', kind: block.kind, depth: block.depth, area: block.area, segments: [{ op: 'same', text: block.text }] });
      }
      continue;
    }
    const removed = part.removed ? before.slice(b, (b += part.count)) : [];
    const next = parts[i + 1];
    const added = part.removed && next?.added ? after.slice(a, (a += next.count)) : part.added ? after.slice(a, (a += part.count)) : [];
    if (part.removed && next?.added) i++;
    // Pair removed and added blocks in order while they stay alike; the rest are whole additions or removals.
    let r = 0;
    let n = 0;
    while (r < removed.length || n < added.length) {
      const old = removed[r];
      const neu = added[n];
      if (old && neu && old.kind === neu.kind && old.area === neu.area) {
        const segments = diffText(old.text, neu.text);
        if (similarity(segments) >= 0.4) {
          blocks.push({ status: 'changed', kind: neu.kind, depth: neu.depth, area: neu.area, segments });
          r++;
          n++;
          continue;
        }
      }
      if (old && (removed.length - r >= added.length - n || !neu)) {
        blocks.push({ status: 'removed', kind: old.kind, depth: old.depth, area: old.area, segments: [{ op: 'del', text: old.text }] });
        r++;
      } else if (neu) {
        blocks.push({ status: 'added', kind: neu.kind, depth: neu.depth, area: neu.area, segments: [{ op: 'ins', text: neu.text }] });
        n++;
      }
    }
  }
  const counts: DiffCounts = { added: 0, removed: 0, changed: 0, unchanged: 0, wordsInserted: 0, wordsDeleted: 0 };
  for (const block of blocks) {
    if (block.status === 'same') counts.unchanged++;
    else counts[block.status]++;
    for (const s of block.segments) {
      if (s.op === 'ins') counts.wordsInserted += wordCount(s.text);
      if (s.op === 'del') counts.wordsDeleted += wordCount(s.text);
    }
  }
  return { blocks, counts };
}

export type DisplayItem = { type: 'block'; block: DiffBlock } | { type: 'collapsed'; blocks: DiffBlock[] };

/** Keeps changed blocks with `context` unchanged blocks either side; longer unchanged runs are collapsed. */
export function withContext(blocks: readonly DiffBlock[], context = 1): DisplayItem[] {
  const near = blocks.map((_, i) => blocks.slice(Math.max(0, i - context), i + context + 1).some((b) => b.status !== 'same'));
  const items: DisplayItem[] = [];
  blocks.forEach((block, i) => {
    if (block.status !== 'same' || near[i]) {
      items.push({ type: 'block', block });
      return;
    }
    const last = items.at(-1);
    if (last?.type === 'collapsed') last.blocks.push(block);
    else items.push({ type: 'collapsed', blocks: [block] });
  });
  return items;
}
