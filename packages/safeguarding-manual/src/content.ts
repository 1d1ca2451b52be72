// The one adapter between Astro and the manual: it validates the files once, and maps
// each version to the collection entry that renders it. Pages import from here only.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { loadSettings } from './lib/manual/settings.ts';
import { buildLanguage } from './lib/languages.ts';
import { settingsInLanguage } from './lib/manual-language.ts';
import { indexEditions, type EditionIndex } from './lib/history/as-at.ts';
import {
  amendmentsTo,
  collectAmendments,
  collectCorrections,
  correctionsTo,
  collectUpcoming,
  localTextAmendments,
  logFilters,
  type Amendment,
  type LogFilters,
} from './lib/site/amendments.ts';
import { collectContactChanges, contactUsage, type ContactChange } from './lib/content/contacts.ts';
import { parseChecked } from './lib/build/checked.ts';
import { latestRound, plannedRound, roundsOf, type RoundInfo } from './lib/content/releases.ts';
import type { PlannedRound } from './lib/schemas/releases.ts';
import {
  changesPageKey,
  documentPageKey,
  editionPageKey,
  historyFeedKey,
  historyPageKey,
  localTextPageKey,
  versionPageKey,
  type SiteInputs,
} from './lib/build/cache-keys.ts';
import { buildContents, type ContentsSection } from './lib/site/contents.ts';
import { documentPage } from './lib/site/document-page.ts';
import { bodyOf } from './lib/content/frontmatter.ts';
import { collectGlossaryChanges, type GlossaryChange } from './lib/glossary/glossary.ts';
import { formatProblems } from './lib/check/problems.ts';
import { collectResourceChanges, resourceUsage, type Resource, type ResourceChange, type ResourceUse } from './lib/content/resources.ts';
import { buildDateFromEnv, contentDirFromEnv, readManualSource } from './lib/content/source.ts';
import type { Manual } from './lib/content/manual.ts';
import { checkManual } from './lib/check/validate.ts';
import { collectionSegments } from './lib/site/urls.ts';
import { coreOrigin, type CoreOrigin } from './lib/region/core-record.ts';
import { localEntryId, localPointsIn, localTextOn, localTextsOf } from './lib/region/local-text.ts';
import type { ContentData, LocalPoints } from './components/content-components.ts';
import { previousVersion, type ManualDocument, type Version } from './lib/content/versions.ts';
import type { Contact } from './lib/schemas/contact.ts';

/** The manual's settings, from manual.config.ts at its root (manual-root.ts), with its names in the language the site is built in. */
export const settings = settingsInLanguage(await loadSettings(), buildLanguage());

export interface SiteData extends Manual {
  today: string;
  /** The content folder the manual was read from. */
  contentDir: string;
  contents: ContentsSection[];
  chapterById: Map<string, ManualDocument>;
  /** Every chapter, then every information page: what the routes under /procedures/ and /information/ are built from. */
  documents: ManualDocument[];
  /** Information pages by id. */
  pageById: Map<string, ManualDocument>;
  contactById: Map<string, Contact>;
  /** Every published version and correction, newest first. */
  amendments: Amendment[];
  /** Versions published ahead of the date they take effect, soonest first. */
  upcoming: Amendment[];
  /** Dated changes to contacts' details, newest first. */
  contactChanges: ContactChange[];
  /** Dated changes to the glossary, newest first. */
  glossaryChanges: GlossaryChange[];
  /** The years and sections the amendments log filters by. */
  logFilters: LogFilters;
  /** The chapters and information pages in force that use each contact, by contact id. */
  contactUsage: Map<string, ManualDocument[]>;
  /** The update rounds from releases.yaml, oldest first (none when the manual has no rounds). */
  rounds: RoundInfo[];
  /** The newest round published by the build date. */
  latestRound: RoundInfo | undefined;
  /** The next round the partnership plans, while its date is to come. */
  plannedRound: PlannedRound | undefined;
  resourceById: Map<string, Resource>;
  /** Dated, signed-off changes to resources' files, newest first. */
  resourceChanges: ResourceChange[];
  /** The chapters and information pages that use each resource (in force, or from a version to come), by resource id. */
  resourceUsage: Map<string, ResourceUse[]>;
  /** The manual's editions (every date on which something took effect) up to the build date. */
  editions: EditionIndex;
  entryFor(version: Version): CollectionEntry<'procedures'> | CollectionEntry<'pages'>;
}

let loading: Promise<SiteData> | undefined;

/**
 * The validated manual: from the check npm run build has just run (MANUAL_CHECKED names its
 * JSON), or, when Astro is run on its own, by checking the files here.
 */
function validated(): { manual: Manual; today: string; contentDir: string } {
  const checked = process.env['MANUAL_CHECKED'];
  if (checked) return parseChecked(readFileSync(checked, 'utf8'));
  const today = buildDateFromEnv();
  const source = readManualSource(contentDirFromEnv());
  const { problems, manual } = checkManual(source, { today, settings, settingsFile: 'manual.config.ts', checkBodies: false });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`The manual has errors:\n${formatProblems(errors)}`);
  return { manual, today, contentDir: source.contentDir };
}

async function load(): Promise<SiteData> {
  const { manual, today, contentDir } = validated();
  const entries = new Map((await getCollection('procedures')).map((entry) => [entry.id, entry]));
  const pageEntries = new Map((await getCollection('pages')).map((entry) => [entry.id, entry]));
  const everything = [...manual.chapters, ...manual.pages];
  const contents = buildContents(manual.structure, manual.chapters);
  // The partnership's own texts at its core chapters' extension points are amendments to those chapters.
  const localTexts = manual.localTexts ?? [];
  const amendments = collectAmendments(
    everything,
    collectCorrections(everything, manual.lock, contentDir),
    localTextAmendments(manual.chapters, localTexts, today, 'published'),
  );
  const contactChanges = collectContactChanges(manual.contacts);
  const rounds = roundsOf(manual.releases);
  const resourceChanges = collectResourceChanges(manual.resources);
  const glossaryChanges = collectGlossaryChanges(manual.glossary, today);
  return {
    ...manual,
    today,
    contentDir,
    contents,
    chapterById: new Map(manual.chapters.map((c) => [c.id, c])),
    documents: everything,
    pageById: new Map(manual.pages.map((p) => [p.id, p])),
    contactById: new Map(manual.contacts.map((c) => [c.id, c])),
    amendments,
    upcoming: collectUpcoming(everything, localTextAmendments(manual.chapters, localTexts, today, 'upcoming')),
    contactChanges,
    glossaryChanges,
    logFilters: logFilters([...amendments, ...contactChanges, ...resourceChanges, ...glossaryChanges], contents, rounds),
    contactUsage: contactUsage(everything),
    rounds,
    latestRound: latestRound(rounds, today),
    plannedRound: plannedRound(manual.releases, today),
    resourceById: new Map(manual.resources.map((r) => [r.id, r])),
    resourceChanges,
    resourceUsage: resourceUsage(everything),
    editions: indexEditions(
      everything,
      today,
      amendments.filter((a) => a.local),
    ),
    entryFor(version) {
      const entry = (version.collection === 'pages' ? pageEntries : entries).get(`${version.chapterId}/${version.amended}`);
      if (!entry) throw new Error(`No collection entry for ${version.file}`);
      return entry;
    },
  };
}

/**
 * Where a version of a manual that follows a regional core came from, with the core's name; undefined
 * for the manual's own versions. It never changes once a version is published (npm run core-update
 * records it as it copies the file in), so the incremental build's page keys need not name it.
 */
export function coreOriginOf(site: SiteData, version: Version): (CoreOrigin & { name: string }) | undefined {
  const origin = version.collection === 'pages' ? undefined : coreOrigin(site.core, version.chapterId, version.amended);
  return origin && settings.core ? { ...origin, name: settings.core.name } : undefined;
}

/** The validated manual, loaded once per build and shared by every page. */
export function getSite(): Promise<SiteData> {
  loading ??= load();
  return loading;
}

/** What every page shows, for the keys of the incremental build (src/lib/build/cache-keys.ts). */
function siteInputs(site: SiteData): SiteInputs {
  let inputs = siteInputsOf.get(site);
  if (!inputs) {
    inputs = {
      today: site.today,
      settings,
      structure: site.structure,
      contacts: site.contacts,
      glossary: site.glossary,
      resources: site.resources,
      rounds: site.rounds,
    };
    siteInputsOf.set(site, inputs);
  }
  return inputs;
}
const siteInputsOf = new WeakMap<SiteData, SiteInputs>();

/**
 * The routes of the pages about a whole chapter or information page: one per document, each
 * with the key of what its page shows (its current page, its history, or its feed).
 */
export async function documentRoutes(kind: 'page' | 'history' | 'feed') {
  const site = await getSite();
  const inputs = siteInputs(site);
  const key = (chapter: ManualDocument): string | undefined => {
    if (kind === 'history') return historyPageKey(inputs, chapter, correctionsTo(site.amendments, chapter), localEntriesTo(site, chapter));
    if (kind === 'feed') return historyFeedKey(inputs, chapter, amendmentsTo(site.amendments, chapter));
    return documentPageKey(
      inputs,
      chapter,
      documentPage(chapter, chapter.collection === 'pages' ? site.pageById : site.chapterById),
      site.synonyms,
      localTextsOf(site.localTexts ?? [], chapter.id),
    );
  };
  return site.documents.map((chapter) =>
    withKey(
      {
        params: { collection: collectionSegments[chapter.collection], id: chapter.id },
        props: { chapter, ...(kind === 'history' ? { corrections: correctionsTo(site.amendments, chapter), local: localEntriesTo(site, chapter) } : {}) },
      },
      key(chapter),
    ),
  );
}

/** The entries for the partnership's own texts at a chapter's extension points, in force or to come, newest first. */
export function localEntriesTo(site: SiteData, chapter: ManualDocument): Amendment[] {
  if (chapter.collection !== 'procedures') return [];
  return [...site.upcoming, ...site.amendments].filter((a) => a.local && a.chapterId === chapter.id).sort((a, b) => b.date.localeCompare(a.date));
}

/**
 * The routes of the pages of the partnership's own texts at its chapters' extension points: one
 * per version, in force or to come, with the versions at the same point (to say which came next).
 */
export async function localTextRoutes() {
  const site = await getSite();
  const inputs = siteInputs(site);
  const entries = [...site.upcoming, ...site.amendments].filter((a) => a.local);
  return entries.map((entry) => {
    const chapter = site.chapterById.get(entry.chapterId)!;
    const atPoint = entries
      .filter((e) => e.chapterId === entry.chapterId && e.local!.point === entry.local!.point)
      .sort((a, b) => a.date.localeCompare(b.date));
    const text = (site.localTexts ?? []).find((t) => t.file === entry.version.file)!;
    return withKey(
      { params: { id: entry.chapterId, point: entry.local!.point, date: entry.date }, props: { chapter, entry, text, atPoint } },
      localTextPageKey(inputs, chapter, atPoint),
    );
  });
}

/** The routes of the pages about one version (its dated page, its changes): one per version, or per version with one before it. */
export async function versionRoutes(which: 'every' | 'with-previous') {
  const site = await getSite();
  const inputs = siteInputs(site);
  return site.documents.flatMap((chapter) =>
    chapter.versions.flatMap((version) => {
      const before = previousVersion(chapter, version);
      if (which === 'with-previous' && !before) return [];
      const key =
        which === 'every'
          ? versionPageKey(inputs, chapter, version, localTextsOf(site.localTexts ?? [], chapter.id))
          : changesPageKey(inputs, chapter, before!, version);
      return [
        withKey({ params: { collection: collectionSegments[chapter.collection], id: chapter.id, date: version.amended }, props: { chapter, version } }, key),
      ];
    }),
  );
}

/** The routes of the editions (/as-at/<date>/), each with the key of what it lists. */
export async function editionRoutes() {
  const site = await getSite();
  const inputs = siteInputs(site);
  return site.editions.editions.map((date) =>
    withKey({ params: { date } }, editionPageKey(inputs, site.documents, site.contactChanges, date, site.editions.local)),
  );
}

/** A route with its cache key, or without one (always rendered) when the key failed closed or MANUAL_INCREMENTAL=0. */
function withKey<T extends object>(route: T, cacheKey: string | undefined): T & { cacheKey?: string } {
  return cacheKey === undefined || process.env['MANUAL_INCREMENTAL'] === '0' ? route : { ...route, cacheKey };
}

/** A version's MDX body, read from its file: the collection does not keep bodies (see content.config.ts). */
export function versionBody(version: Version): string {
  return bodyOf(readFileSync(version.file, 'utf8'));
}

/**
 * The bytes of a resource's file, for its address on the site. They must be the bytes the check
 * passed: a file replaced while the site was building fails the build rather than publish unchecked.
 */
export function resourceFileBytes(site: SiteData, resource: Resource): Uint8Array<ArrayBuffer> {
  const { attached } = resource;
  if (!attached) throw new Error(`The resource ${resource.id} has no file`);
  const path = `${site.contentDir}/resources/files/${attached.name}`;
  const bytes = readFileSync(path);
  if (createHash('sha256').update(bytes).digest('hex') !== attached.sha256) {
    throw new Error(`${path} changed after the manual was checked: build again`);
  }
  return new Uint8Array(bytes);
}

/** Renders a version's MDX body. */
export async function renderVersion(site: SiteData, version: Version) {
  return render(site.entryFor(version));
}

/**
 * What a version's body shows through its components (components/content-components.ts): the
 * contacts, resources and areas, and, in a manual that follows a core, the partnership's own text
 * at each of the version's extension points as it stood on `date`, rendered.
 */
export async function contentDataFor(site: SiteData, chapter: ManualDocument, version: Version, date: string): Promise<ContentData> {
  const data: ContentData = { contactById: site.contactById, resourceById: site.resourceById, areas: settings.areas };
  if (!settings.core) return data;
  const byPoint: Map<string, NonNullable<ReturnType<LocalPoints['byPoint']['get']>>> = new Map();
  const points = localPointsIn(versionBody(version));
  for (const point of points) {
    const text = localTextOn(site.localTexts ?? [], chapter.id, point, date);
    if (!text) continue;
    const entry = await getEntry('local', localEntryId(text));
    if (!entry) throw new Error(`No collection entry for ${text.file}`);
    byPoint.set(point, { text, Content: (await render(entry)).Content });
  }
  return { ...data, local: { partnership: settings.partnership, shortName: settings.shortName, coreName: settings.core.name, byPoint } };
}
