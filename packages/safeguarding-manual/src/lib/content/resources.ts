// Local resources: the partnership's forms, flowcharts, guidance and leaflets. What a resource's
// file is (its format, size and SHA-256), how the resources page lists them, which chapters use
// each, and the dated changes the amendments log shows.
import { createHash } from 'node:crypto';
import { componentIdsIn } from './ids.ts';
import { activeContent, publishedKind } from '../build/published-files.ts';
import type { ResourceKind, ResourceRecord } from '../schemas/resource.ts';
import { byNumberThenTitle, type ManualDocument } from './versions.ts';
import { interfaceText } from '../interface-text.ts';
import { REFERENCE_TEXT, type ReferenceText } from '../interface-text/reference.ts';

/** The words resources are described in: the reference pages' (interface-text/reference.ts). */
type ResourceWords = ReferenceText['resources'];

/** The formats a resource's file may have, by extension; the label is the check's, in English (readers get ResourceWords' fileTypes). */
export const FILE_TYPES = {
  pdf: { label: 'PDF', mime: 'application/pdf' },
  docx: { label: 'Word document', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { label: 'Excel spreadsheet', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  png: { label: 'PNG image', mime: 'image/png' },
  svg: { label: 'SVG image', mime: 'image/svg+xml' },
} as const;

export type FileType = keyof typeof FILE_TYPES;

/** The allowed formats as board staff name them: "PDF, DOCX, XLSX, PNG or SVG". */
export const ALLOWED_TYPES_TEXT = `${Object.keys(FILE_TYPES).slice(0, -1).join(', ').toUpperCase()} or ${Object.keys(FILE_TYPES).at(-1)!.toUpperCase()}`;

/** A file in resources/files/ as the check sees it: never its bytes, only what can be said of them. */
export interface AttachedFile {
  /** The path, relative to the project root. */
  file: string;
  size: number;
  sha256: string;
  /** The format its first bytes show, whatever its name says; undefined for none of the allowed ones. */
  format: FileType | undefined;
  /** The first thing in it that could run code or load from elsewhere, such as <script> in an SVG or a script in a PDF. */
  unsafe?: string | undefined;
}

/** What a published resource's file is: what pages show beside its link. */
export interface ResourceFile {
  /** The file's name, which is also the last part of its address. */
  name: string;
  type: FileType;
  size: number;
  sha256: string;
}

/** A resource as pages use it: its record, its id, and its file once checked. */
export interface Resource extends ResourceRecord {
  id: string;
  /** The checked file, for a resource published as a file (not an address elsewhere). */
  attached?: ResourceFile | undefined;
  /** A text alternative given as a chapter heading: the chapter, the heading's id and its words. */
  alternativeHeading?: { chapterId: string; headingId: string; text: string } | undefined;
}

/** One dated, signed-off change to a resource, as the amendments log shows it. */
export interface ResourceChange {
  resourceId: string;
  title: string;
  date: string;
  summary: string;
  approvedBy: string;
  approvedOn: string;
  /** True for its first publication. */
  added: boolean;
}

/** The address of the page that lists each kind alone, in the order /resources/ lists them (their words are ResourceWords' kinds). */
export const RESOURCE_KINDS: Readonly<Record<ResourceKind, { slug: string }>> = {
  form: { slug: 'forms' },
  flowchart: { slug: 'flowcharts' },
  guidance: { slug: 'guidance' },
  leaflet: { slug: 'leaflets' },
};

/** Ids a resource may not have: the addresses of the pages listing one kind. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(Object.values(RESOURCE_KINDS).map((k) => k.slug));

/** The extension of a file name, in lower case, without the dot; '' when it has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export function isFileType(extension: string): extension is FileType {
  return Object.hasOwn(FILE_TYPES, extension);
}

/** The format the bytes are in, by their content (the one rule for published files), when it is one resources may have. */
export function detectFormat(bytes: Uint8Array): FileType | undefined {
  const kind = publishedKind(bytes);
  return kind !== undefined && isFileType(kind) ? kind : undefined;
}

/** Describes a file of resources/files/ from its bytes: what the check needs, without the bytes. */
export function describeAttachment(file: string, bytes: Uint8Array): AttachedFile {
  const format = detectFormat(bytes);
  return {
    file,
    size: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    format,
    unsafe: format === undefined ? undefined : activeContent(format, bytes),
  };
}

/** A size as GOV.UK shows an attachment's: "512 bytes", "24 KB", "1.3 MB"; in English unless the words of another language are given. */
export function formatSize(bytes: number, words: Pick<ResourceWords, 'bytes'> = REFERENCE_TEXT.en.resources): string {
  if (bytes < 1024) return words.bytes(bytes);
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** "PDF, 24 KB", or for a document elsewhere, the site it is on ("on gov.uk"), in the language the site is built in. */
export function fileSummary(resource: Pick<Resource, 'attached' | 'url'>, words: ResourceWords = interfaceText().reference.resources): string {
  if (resource.attached) return `${words.fileTypes[resource.attached.type]}, ${formatSize(resource.attached.size, words)}`;
  return resource.url ? words.on(new URL(resource.url).hostname.replace(/^www\./, '')) : '';
}

/** The date of the latest change: when the file last changed. */
export function lastChanged(resource: Pick<Resource, 'changes'>): string {
  return resource.changes
    .map((c) => c.date)
    .sort()
    .at(-1)!;
}

/** The ids of the resources a version body names with <Resource id="..." />, in order, once each. */
export function resourceIdsIn(body: string): string[] {
  return componentIdsIn(body, 'Resource');
}

/** A chapter or information page that uses a resource: from its version in force, or from the date a version to come first does. */
export interface ResourceUse {
  document: ManualDocument;
  /** The date a version to come starts using it, when the version in force does not. */
  from?: string | undefined;
}

/**
 * Which chapters and information pages use each resource: those whose version in force links
 * it, then those whose version to come will (with its date), so that board staff see what a
 * change to a form reaches, including amendments published ahead. Withdrawn documents do not count.
 */
export function resourceUsage(documents: readonly ManualDocument[]): Map<string, ResourceUse[]> {
  const usage = new Map<string, ResourceUse[]>();
  const add = (id: string, use: ResourceUse) => usage.set(id, [...(usage.get(id) ?? []), use]);
  for (const document of [...documents].sort(byNumberThenTitle)) {
    const now = document.current && !document.withdrawn ? (document.current.resourceIds ?? []) : [];
    now.forEach((id) => add(id, { document }));
    const later = new Map<string, string>();
    for (const version of document.upcoming) {
      if (version.change === 'withdrawn') break;
      for (const id of version.resourceIds ?? []) if (!now.includes(id) && !later.has(id)) later.set(id, version.amended);
    }
    later.forEach((from, id) => add(id, { document, from }));
  }
  return usage;
}

/** Every dated change of every resource, newest first (of two on one day, the one listed later first). */
export function collectResourceChanges(resources: readonly Resource[]): ResourceChange[] {
  return resources
    .flatMap((r) => {
      const first = [...r.changes].sort((a, b) => a.date.localeCompare(b.date))[0];
      return r.changes.map((c, order) => ({
        order,
        change: { resourceId: r.id, title: r.title, date: c.date, summary: c.summary, approvedBy: c.approvedBy, approvedOn: c.approvedOn, added: c === first },
      }));
    })
    .sort((a, b) => b.change.date.localeCompare(a.change.date) || a.change.title.localeCompare(b.change.title) || b.order - a.order)
    .map((c) => c.change);
}

/** Resources grouped by kind, in the order of RESOURCE_KINDS, each by title, under their kind's heading; kinds with none are left out. */
export function groupResources(
  resources: readonly Resource[],
  words: ResourceWords = interfaceText().reference.resources,
): { kind: ResourceKind; heading: string; slug: string; resources: Resource[] }[] {
  return (Object.keys(RESOURCE_KINDS) as ResourceKind[])
    .map((kind) => ({
      kind,
      heading: words.kinds[kind].heading,
      ...RESOURCE_KINDS[kind],
      resources: resources.filter((r) => r.kind === kind).sort((a, b) => a.title.localeCompare(b.title)),
    }))
    .filter((group) => group.resources.length > 0);
}

/**
 * A fingerprint of what a reader gets: the file's SHA-256, or the address of a document kept
 * elsewhere. The record's words and its change notes do not change it.
 */
export function resourceFingerprint(resource: Pick<Resource, 'attached' | 'url'>): string {
  if (resource.attached) return resource.attached.sha256;
  return createHash('sha256')
    .update(`url:${resource.url ?? ''}`, 'utf8')
    .digest('hex');
}

/** Whom a resource is for, in words: "families and young people". */
export function audienceText(audience: ResourceRecord['audience'], words: ResourceWords = interfaceText().reference.resources): string {
  return words.audienceList(audience.map((a) => words.audiences[a]));
}
