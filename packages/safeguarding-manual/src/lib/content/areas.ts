// Local areas in a chapter: the <Area name="..."> blocks that hold one area's arrangements
// inside a shared chapter, and how each is named for readers.
import type { Area } from '../schemas/site.ts';

const AREA_TAG = /<Area\b[^>]*?\bname="([^"]+)"/g;

/** The areas a version body has blocks for, in order, once each. */
export function areaIdsIn(body: string): string[] {
  return [...new Set([...body.matchAll(AREA_TAG)].map((m) => m[1]!))];
}

/** An area's name for readers, from its id (the id itself for an area the settings do not list). */
export function areaName(areas: readonly Pick<Area, 'id' | 'name'>[], id: string): string {
  return areas.find((a) => a.id === id)?.name ?? id;
}
