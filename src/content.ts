// The one adapter between Astro and the manual: it validates the files once, and maps
// each version to the collection entry that renders it. Pages import from here only.
import { readFileSync } from 'node:fs';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import settings from '../manual.config.ts';
import { collectAmendments, collectCorrections, collectUpcoming, logFilters, type Amendment, type LogFilters } from './lib/amendments.ts';
import { collectContactChanges, contactUsage, type ContactChange } from './lib/contacts.ts';
import { parseChecked } from './lib/checked.ts';
import { buildContents, type ContentsSection } from './lib/contents.ts';
import { bodyOf } from './lib/frontmatter.ts';
import { collectGlossaryChanges, type GlossaryChange } from './lib/glossary.ts';
import { formatProblems } from './lib/problems.ts';
import { buildDateFromEnv, contentDirFromEnv, readManualSource } from './lib/source.ts';
import type { Manual } from './lib/manual.ts';
import { checkManual } from './lib/validate.ts';
import { collectionSegments } from './lib/urls.ts';
import { previousVersion, type Chapter, type Version } from './lib/versions.ts';
import type { Contact } from './lib/schemas/contact.ts';

export { settings };

export interface SiteData extends Manual {
  today: string;
  contents: ContentsSection[];
  chapterById: Map<string, Chapter>;
  /** Every chapter, then every information page: what the routes under /procedures/ and /information/ are built from. */
  documents: Chapter[];
  /** Information pages by id. */
  pageById: Map<string, Chapter>;
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
  contactUsage: Map<string, Chapter[]>;
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
  const amendments = collectAmendments(everything, collectCorrections(everything, manual.lock, contentDir));
  const contactChanges = collectContactChanges(manual.contacts);
  const glossaryChanges = collectGlossaryChanges(manual.glossary, today);
  return {
    ...manual,
    today,
    contents,
    chapterById: new Map(manual.chapters.map((c) => [c.id, c])),
    documents: everything,
    pageById: new Map(manual.pages.map((p) => [p.id, p])),
    contactById: new Map(manual.contacts.map((c) => [c.id, c])),
    amendments,
    upcoming: collectUpcoming(everything),
    contactChanges,
    glossaryChanges,
    logFilters: logFilters([...amendments, ...contactChanges, ...glossaryChanges], contents),
    contactUsage: contactUsage(everything),
    entryFor(version) {
      const entry = (version.collection === 'pages' ? pageEntries : entries).get(`${version.chapterId}/${version.amended}`);
      if (!entry) throw new Error(`No collection entry for ${version.file}`);
      return entry;
    },
  };
}

/** The validated manual, loaded once per build and shared by every page. */
export function getSite(): Promise<SiteData> {
  loading ??= load();
  return loading;
}

/** The routes of the pages about a whole chapter or information page (its current page, its history): one per document. */
export async function documentRoutes() {
  const site = await getSite();
  return site.documents.map((chapter) => ({ params: { collection: collectionSegments[chapter.collection], id: chapter.id }, props: { chapter } }));
}

/** The routes of the pages about one version (its dated page, its changes): one per version, or per version with one before it. */
export async function versionRoutes(which: 'every' | 'with-previous') {
  const site = await getSite();
  return site.documents.flatMap((chapter) =>
    chapter.versions
      .filter((version) => which === 'every' || previousVersion(chapter, version))
      .map((version) => ({ params: { collection: collectionSegments[chapter.collection], id: chapter.id, date: version.amended }, props: { chapter, version } })),
  );
}

/** A version's MDX body, read from its file: the collection does not keep bodies (see content.config.ts). */
export function versionBody(version: Version): string {
  return bodyOf(readFileSync(version.file, 'utf8'));
}

/** Renders a version's MDX body. */
export async function renderVersion(site: SiteData, version: Version) {
  return render(site.entryFor(version));
}
