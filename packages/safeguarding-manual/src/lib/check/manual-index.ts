// The versions grouped into chapters and information pages, with the lookups the cross-file rules share.
import type { CheckOptions, ManualSource } from '../content/manual.ts';
import { isId } from '../content/ids.ts';
import { buildDocuments, collectionOf, type ManualDocument, type Collection, type Version } from '../content/versions.ts';
import type { ParsedVersion } from './version-files.ts';

export interface ManualIndex {
  source: ManualSource;
  options: CheckOptions;
  parsed: ParsedVersion[];
  chapters: ManualDocument[];
  pages: ManualDocument[];
  byId: Map<string, ManualDocument>;
  pageById: Map<string, ManualDocument>;
  /** Chapters or pages: see-also and replacedBy name documents of the version's own collection. */
  idsOf(version: Pick<Version, 'collection'>): Map<string, ManualDocument>;
  /** The chapter or page a version belongs to. */
  documentOf(version: Version): ManualDocument | undefined;
  /** The line of a frontmatter field of a version. */
  at: (version: Version, field: string) => number | undefined;
  /** True for a version the lock records: published, so never edited again. */
  isLocked(version: Pick<Version, 'file'>): boolean;
  /**
   * Chapter folders none of whose versions could be read: their files already carry the
   * problem, so references to them are not reported again as to a chapter that does not exist.
   */
  unreadable: Set<string>;
}

/** The files the lock records, read leniently: the lock's own rules report a damaged lock. */
function lockedFiles(source: ManualSource): Set<string> {
  try {
    return new Set(Object.keys((JSON.parse(source.lockFile?.text ?? '{}') as { files?: object }).files ?? {}));
  } catch {
    return new Set();
  }
}

export function indexManual(source: ManualSource, options: CheckOptions, parsed: ParsedVersion[]): ManualIndex {
  const inCollection = (collection: Collection) => parsed.map((p) => p.version).filter((v) => collectionOf(v) === collection);
  const chapters = buildDocuments(inCollection('procedures'), options.today);
  const pages = buildDocuments(inCollection('pages'), options.today);
  const byId = new Map(chapters.map((c) => [c.id, c]));
  const pageById = new Map(pages.map((p) => [p.id, p]));
  const located = new Map(parsed.map((p) => [p.version, p]));
  const prefix = `${source.contentDir}/procedures/`;
  const idsOf = (v: Pick<Version, 'collection'>) => (v.collection === 'pages' ? pageById : byId);
  const locked = lockedFiles(source);
  return {
    source,
    options,
    parsed,
    chapters,
    pages,
    byId,
    pageById,
    idsOf,
    documentOf: (v) => idsOf(v).get(v.chapterId),
    at: (v, field) => located.get(v)?.lineOf([field]),
    isLocked: (v) => locked.has(v.file.slice(source.contentDir.length + 1)),
    unreadable: new Set(source.procedureFiles.map((f) => f.file.slice(prefix.length).split('/')[0] ?? '').filter((id) => isId(id) && !byId.has(id))),
  };
}
