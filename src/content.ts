// The one adapter between Astro and the manual: it validates the files once, and maps
// each version to the collection entry that renders it. Pages import from here only.
import { readFileSync } from 'node:fs';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import settings from '../manual.config.ts';
import { collectAmendments, collectCorrections, collectUpcoming, type Amendment } from './lib/amendments.ts';
import { collectContactChanges, contactUsage, type ContactChange } from './lib/contacts.ts';
import { parseChecked } from './lib/checked.ts';
import { buildContents, type ContentsSection } from './lib/contents.ts';
import { formatProblems } from './lib/problems.ts';
import { buildDateFromEnv, contentDirFromEnv, readManualSource } from './lib/source.ts';
import { checkManual, type Manual } from './lib/validate.ts';
import type { Chapter, Version } from './lib/versions.ts';
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
  return {
    ...manual,
    today,
    contents: buildContents(manual.structure, manual.chapters),
    chapterById: new Map(manual.chapters.map((c) => [c.id, c])),
    documents: everything,
    pageById: new Map(manual.pages.map((p) => [p.id, p])),
    contactById: new Map(manual.contacts.map((c) => [c.id, c])),
    amendments: collectAmendments(everything, collectCorrections(everything, manual.lock, contentDir)),
    upcoming: collectUpcoming(everything),
    contactChanges: collectContactChanges(manual.contacts),
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

/** A version's MDX body, read from its file: the collection does not keep bodies (see content.config.ts). */
export function versionBody(version: Version): string {
  return readFileSync(version.file, 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/, '');
}

/** Renders a version's MDX body. */
export async function renderVersion(site: SiteData, version: Version) {
  return render(site.entryFor(version));
}
