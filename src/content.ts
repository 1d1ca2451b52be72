// The one adapter between Astro and the manual: it validates the files once, and maps
// each version to the collection entry that renders it. Pages import from here only.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import settings from '../manual.config.ts';
import { collectAmendments, collectCorrections, collectUpcoming, type Amendment } from './lib/amendments.ts';
import { collectContactChanges, contactUsage, type ContactChange } from './lib/contacts.ts';
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
  contactById: Map<string, Contact>;
  /** Every published version and correction, newest first. */
  amendments: Amendment[];
  /** Versions published ahead of the date they take effect, soonest first. */
  upcoming: Amendment[];
  /** Dated changes to contacts' details, newest first. */
  contactChanges: ContactChange[];
  /** The chapters in force that use each contact, by contact id. */
  contactUsage: Map<string, Chapter[]>;
  entryFor(version: Version): CollectionEntry<'procedures'>;
}

let loading: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const today = buildDateFromEnv();
  const source = readManualSource(contentDirFromEnv());
  const { problems, manual } = checkManual(source, { today, settings, settingsFile: 'manual.config.ts', checkBodies: false });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`The manual has errors:\n${formatProblems(errors)}`);
  const entries = new Map((await getCollection('procedures')).map((entry) => [entry.id, entry]));
  const texts = new Map(source.procedureFiles.map((f) => [f.file, f.text]));
  return {
    ...manual,
    today,
    contents: buildContents(manual.structure, manual.chapters),
    chapterById: new Map(manual.chapters.map((c) => [c.id, c])),
    contactById: new Map(manual.contacts.map((c) => [c.id, c])),
    amendments: collectAmendments(manual.chapters, collectCorrections(manual.chapters, manual.lock, source.contentDir)),
    upcoming: collectUpcoming(manual.chapters),
    contactChanges: collectContactChanges(manual.contacts),
    contactUsage: contactUsage(manual.chapters, (file) => texts.get(file)),
    entryFor(version) {
      const entry = entries.get(`${version.chapterId}/${version.amended}`);
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

/** Renders a version's MDX body. */
export async function renderVersion(site: SiteData, version: Version) {
  return render(site.entryFor(version));
}
