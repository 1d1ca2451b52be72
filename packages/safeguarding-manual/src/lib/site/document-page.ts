// What a chapter's (or an information page's) current page shows: which version, whether it is
// still to come or withdrawn, what replaces it, and its see-also list, each document shown with
// the number and title it has now.
import { liveReplacement, type ManualDocument, type Collection, type Version } from '../content/versions.ts';

/** A link to a document as it stands now. */
export interface DocumentItem {
  id: string;
  collection: Collection;
  number: string;
  title: string;
}

export interface DocumentPage {
  /** The version the page shows: the one in force, or, before the first takes effect, that first one. */
  version: Version;
  /** True when no version is in force yet: the page only announces the first. */
  pending: boolean;
  /** The next version, when one is published ahead of its date. */
  next: Version | undefined;
  /** For a withdrawn document: what now stands in for it. */
  replacement: DocumentItem | undefined;
  /** True when the version shown is the document's first. */
  isFirst: boolean;
  seeAlso: DocumentItem[];
}

function itemFor(document: ManualDocument): DocumentItem {
  const current = document.current!;
  return { id: document.id, collection: document.collection, number: current.section, title: current.title };
}

/**
 * The documents a see-also list leads to now: each in force, a withdrawn one replaced by what
 * stands in for it (or left out), never the document itself, and each once.
 */
export function seeAlsoItems(version: Pick<Version, 'chapterId' | 'seeAlso'>, byId: ReadonlyMap<string, ManualDocument>): DocumentItem[] {
  const seen = new Set<string>([version.chapterId]);
  const items: DocumentItem[] = [];
  for (const id of version.seeAlso) {
    const target = byId.get(id);
    const shown = target?.withdrawn ? liveReplacement(target, byId) : target;
    if (!shown?.current || seen.has(shown.id)) continue;
    seen.add(shown.id);
    items.push(itemFor(shown));
  }
  return items;
}

/** The page of `document`; `byId` holds the documents of its collection. */
export function documentPage(document: ManualDocument, byId: ReadonlyMap<string, ManualDocument>): DocumentPage {
  const version = document.current ?? document.upcoming[0]!;
  const replacement = document.withdrawn ? liveReplacement(document, byId) : undefined;
  return {
    version,
    pending: !document.current,
    next: document.current ? document.upcoming[0] : undefined,
    replacement: replacement && itemFor(replacement),
    isFirst: version === document.published[0],
    seeAlso: seeAlsoItems(version, byId),
  };
}
