// The keys of Astro's incremental build (experimental.incrementalBuild): for each page that
// a build may copy from the previous one instead of rendering again, a digest of exactly what
// the page shows. One function per kind of page; a new input to a page goes into its function.
// Keys fail closed: when any input is missing (undefined), or cannot be written down as data,
// the page gets no key and Astro renders it every time.
import { createHash } from 'node:crypto';
import type { Amendment } from '../site/amendments.ts';
import type { ContactChange } from '../content/contacts.ts';
import type { DocumentPage } from '../site/document-page.ts';
import type { Manual } from '../content/manual.ts';
import type { ManualDocument, Version } from '../content/versions.ts';
import type { LocalText } from '../region/local-text.ts';

/** Raised to change every key at once when what the keys mean changes. */
const KEY_FORMAT = 'manual-cache-key/1';

/**
 * What every page shows: the settings (header, areas, quick exit), the build date (footer and a
 * chapter's currency line), the sections (breadcrumbs), contacts, glossary, resources, and the
 * update rounds (the currency line's next round).
 */
export interface SiteInputs {
  today: string;
  rounds: unknown;
  settings: unknown;
  structure: Manual['structure'];
  contacts: Manual['contacts'];
  glossary: Manual['glossary'];
  resources: Manual['resources'];
}

/** Thrown inside a digest when an input cannot stand in a key. */
class NotKeyable extends Error {}

/** JSON of `value` with maps and sets as arrays; a function, a symbol or an undefined input makes it unkeyable. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, function (this: unknown, _key, v: unknown) {
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') throw new NotKeyable();
    if (v instanceof Map) return { map: [...v.entries()] };
    if (v instanceof Set) return { set: [...v] };
    return v;
  });
}

/**
 * The digest of named inputs, or undefined (no key, so the page is always rendered) when one
 * of them is missing or is not plain data.
 */
export function keyOf(kind: string, inputs: Readonly<Record<string, unknown>>): string | undefined {
  const hash = createHash('sha256').update(KEY_FORMAT).update('\0').update(kind);
  for (const [name, value] of Object.entries(inputs)) {
    if (value === undefined) return undefined;
    let json: string;
    try {
      json = stableJson(value);
    } catch (e) {
      if (e instanceof NotKeyable) return undefined;
      throw e;
    }
    hash.update('\0').update(name).update('\0').update(json);
  }
  return hash.digest('hex');
}

const siteKeys = new WeakMap<SiteInputs, string | undefined>();

/** The fingerprint of what every page shows (SiteInputs), computed once per build. */
function siteFingerprint(site: SiteInputs): string | undefined {
  if (!siteKeys.has(site)) {
    const { today, settings, structure, contacts, glossary, resources, rounds } = site;
    siteKeys.set(site, keyOf('site', { today, settings, structure, contacts, glossary, resources, rounds }));
  }
  return siteKeys.get(site);
}

const documentKeys = new WeakMap<ManualDocument, string | undefined>();

/** The fingerprint of a chapter or information page: every version (each with its file's hash), and which is in force, to come, or withdrawn. */
function documentFingerprint(document: ManualDocument): string | undefined {
  if (!documentKeys.has(document)) {
    const { id, collection, versions, withdrawn } = document;
    documentKeys.set(
      document,
      keyOf('document', {
        id,
        collection,
        versions,
        hashes: versions.map((v) => v.hash),
        current: document.current?.hash ?? null,
        upcoming: document.upcoming.map((v) => v.hash),
        withdrawn,
      }),
    );
  }
  return documentKeys.get(document);
}

/**
 * A dated version's page (/procedures/<id>/<date>/): the version (its hash and fields), and the
 * document it belongs to, since its banner says which version is in force and which comes next;
 * and the local texts of the document's extension points, which its body shows.
 */
export function versionPageKey(site: SiteInputs, document: ManualDocument, version: Version, local: readonly LocalText[] = []): string | undefined {
  return keyOf('version', { site: siteFingerprint(site), document: documentFingerprint(document), version, hash: version.hash, local });
}

/** A changes page (/procedures/<id>/<date>/changes/): its two versions, each with its file's hash. */
export function changesPageKey(site: SiteInputs, document: ManualDocument, before: Version, after: Version): string | undefined {
  const { id, collection } = document;
  return keyOf('changes', { site: siteFingerprint(site), id, collection, before, beforeHash: before.hash, after, afterHash: after.hash });
}

/**
 * A document's own page (/procedures/<id>/): the document, what its page shows of others (its
 * see-also list and any replacement), the synonyms its search entry carries, and the local texts
 * at its extension points (each version, with its file's hash).
 */
export function documentPageKey(
  site: SiteInputs,
  document: ManualDocument,
  page: DocumentPage,
  synonyms: Manual['synonyms'],
  local: readonly LocalText[] = [],
): string | undefined {
  return keyOf('document-page', { site: siteFingerprint(site), document: documentFingerprint(document), page, synonyms, local });
}

/**
 * A document's history (/procedures/<id>/history/): the document, which holds every version it
 * lists, the corrections recorded to them, and the versions of the local texts at its extension points.
 */
export function historyPageKey(
  site: SiteInputs,
  document: ManualDocument,
  corrections: readonly Amendment[],
  local: readonly Amendment[] = [],
): string | undefined {
  return keyOf('history', {
    site: siteFingerprint(site),
    document: documentFingerprint(document),
    corrections,
    local,
    localHashes: local.map((a) => a.version.hash),
  });
}

/**
 * A local text's page (/procedures/<id>/local/<point>/<date>/): the chapter it sits in (whose
 * version in force it names), and every version at its point (each with its file's hash).
 */
export function localTextPageKey(site: SiteInputs, document: ManualDocument, atPoint: readonly Amendment[]): string | undefined {
  return keyOf('local-text', { site: siteFingerprint(site), document: documentFingerprint(document), atPoint, hashes: atPoint.map((a) => a.version.hash) });
}

/** A document's Atom feed (/procedures/<id>/history.xml): the entries it lists. */
export function historyFeedKey(site: SiteInputs, document: ManualDocument, entries: readonly Amendment[]): string | undefined {
  return keyOf('history-feed', { site: siteFingerprint(site), document: documentFingerprint(document), entries });
}

/**
 * An edition (/as-at/<date>/): it lists every document as it stood on its date and counts the
 * changes since, so its key is every document's fingerprint, the contact changes, the local texts and the date.
 */
export function editionPageKey(
  site: SiteInputs,
  documents: readonly ManualDocument[],
  contactChanges: readonly ContactChange[],
  date: string,
  local: readonly Amendment[] = [],
): string | undefined {
  return keyOf('edition', {
    site: siteFingerprint(site),
    manual: manualFingerprint(documents),
    contactChanges,
    date,
    local,
    localHashes: local.map((a) => a.version.hash),
  });
}

const manualKeys = new WeakMap<readonly ManualDocument[], string | undefined>();

/** The fingerprint of every document of the manual. */
function manualFingerprint(documents: readonly ManualDocument[]): string | undefined {
  if (!manualKeys.has(documents)) {
    const parts = documents.map(documentFingerprint);
    manualKeys.set(documents, parts.includes(undefined) ? undefined : keyOf('manual', { parts }));
  }
  return manualKeys.get(documents);
}
