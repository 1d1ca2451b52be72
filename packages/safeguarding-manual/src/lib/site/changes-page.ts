// What a changes page shows: one version compared with the one before it, block by block and
// word by word, with counts in words and any change of number or title.
import { areaName } from '../content/areas.ts';
import { diffBlocks, diffText, toBlocks, withContext, type Block, type DiffCounts, type DisplayItem, type Segment } from './diff.ts';
import type { Contact } from '../schemas/contact.ts';
import type { Area } from '../schemas/site.ts';
import type { Version } from '../content/versions.ts';

export interface ChangesPage {
  items: DisplayItem[];
  /** The number before and after, when it changed. */
  number: { before: string; after: string } | undefined;
  /** The title's words, marked, when it changed. */
  title: Segment[] | undefined;
  /** How many blocks changed, were added, removed or left, and how many words were inserted and deleted: the page says them in its language. */
  counts: DiffCounts;
}

/** How a contact reads in a comparison: its service and numbers, so a changed number shows as changed text. */
function contactLabel(contacts: ReadonlyMap<string, Contact>, id: string): string {
  const contact = contacts.get(id);
  return contact ? `${contact.service} (${contact.phones.map((p) => p.number).join(', ')})` : id;
}

// A build compares each version with the one before and then with the one after: the pages of
// one document's versions render in turn, so the blocks of the last few bodies are kept, and
// each body is parsed once rather than twice. Kept only while the contacts and areas are the same.
const RECENT_BODIES = 8;
let recent: { contacts: ReadonlyMap<string, Contact>; areas: readonly Pick<Area, 'id' | 'name'>[]; blocks: Map<string, Block[]> } | undefined;

function blocksOf(body: string, contacts: ReadonlyMap<string, Contact>, areas: readonly Pick<Area, 'id' | 'name'>[]): Block[] {
  if (recent?.contacts !== contacts || recent.areas !== areas) recent = { contacts, areas, blocks: new Map() };
  let blocks = recent.blocks.get(body);
  if (!blocks) {
    blocks = toBlocks(
      body,
      (id) => contactLabel(contacts, id),
      (id) => areaName(areas, id),
    );
    recent.blocks.set(body, blocks);
    if (recent.blocks.size > RECENT_BODIES) recent.blocks.delete(recent.blocks.keys().next().value!);
  }
  return blocks;
}

/** Compares `after` with `before`, given both versions' MDX bodies; blocks in <Area> blocks are labelled with the area's name. */
export function changesPage(
  before: Version,
  after: Version,
  bodies: { before: string; after: string },
  contacts: ReadonlyMap<string, Contact>,
  areas: readonly Pick<Area, 'id' | 'name'>[] = [],
): ChangesPage {
  const diff = diffBlocks(blocksOf(bodies.before, contacts, areas), blocksOf(bodies.after, contacts, areas));
  return {
    items: withContext(diff.blocks),
    number: before.section !== after.section ? { before: before.section, after: after.section } : undefined,
    title: before.title !== after.title ? diffText(before.title, after.title) : undefined,
    counts: diff.counts,
  };
}
