// The manual as readers of one language see it: each version's words from its text in that
// language (<date>.cy.mdx), and the Welsh words of contacts, resources, the glossary, the
// contents' sections, the change notes of contacts, resources and the glossary, and the
// settings, over the shared numbers, dates and links. The Welsh
// pages are built from it exactly as the English ones are from the manual as checked.
import type { Translations } from './check/languages.ts';
import { glossaryAnchor } from './glossary/glossary.ts';
import { MAIN_LANGUAGE, type Language } from './languages.ts';
import type { Manual } from './content/manual.ts';
import type { GlossaryEntry } from './schemas/glossary.ts';
import type { Resource } from './content/resources.ts';
import type { SiteSettings } from './schemas/site.ts';
import type { Section } from './schemas/structure.ts';
import { buildDocuments, collectionOf, type Version } from './content/versions.ts';

/** The settings with the partnership's and manual's names, the areas' and the accessibility statement's words in `language`. */
export function settingsInLanguage(settings: SiteSettings, language: Language): SiteSettings {
  if (language === MAIN_LANGUAGE || !settings.cy) return settings;
  const { partnership, shortName, manualTitle, areas, accessibility: welsh } = settings.cy;
  const named = new Map(areas.map((area) => [area.id, area]));
  const { accessibility } = settings;
  return {
    ...settings,
    partnership,
    shortName,
    manualTitle,
    areas: settings.areas.map((area) => named.get(area.id) ?? area),
    accessibility: welsh
      ? {
          ...accessibility,
          testedBy: welsh.testedBy,
          issues: accessibility.issues.map((issue, i) => ({ ...issue, description: welsh.issues[i]?.description ?? issue.description })),
          disproportionateBurden: accessibility.disproportionateBurden.map((burden, i) => welsh.disproportionateBurden[i] ?? burden),
          outOfScope: accessibility.outOfScope.map((part, i) => welsh.outOfScope[i] ?? part),
        }
      : accessibility,
  };
}

/** A version in `language`: its words and file from its translation, everything else from the English version. */
function versionInLanguage(version: Version, translations: Translations, language: Language): Version {
  const translation = translations.get(version.file)?.get(language);
  if (!translation) throw new Error(`${version.file} has no ${language} text: the check should have refused it`);
  const { title, summary, description, keywords, owner, approvedBy } = translation.fields;
  return {
    ...version,
    title,
    keywords,
    ...(summary === undefined ? {} : { summary }),
    ...(description === undefined ? {} : { description }),
    ...(owner === undefined ? {} : { owner }),
    ...(approvedBy === undefined ? {} : { approvedBy }),
    file: translation.file,
    hash: translation.hash,
  };
}

function sectionInLanguage<S extends Pick<Section, 'title' | 'note' | 'cy'>>(section: S): S {
  return section.cy ? { ...section, title: section.cy.title, ...(section.cy.note === undefined ? {} : { note: section.cy.note }) } : section;
}

/** A glossary entry with its Welsh words; the English plural has no place in the Welsh text. */
function glossaryEntryInWelsh(entry: GlossaryEntry): GlossaryEntry {
  if (!entry.cy) return entry;
  const { term, abbreviations, otherNames, definition } = entry.cy;
  const { id: _id, term: _term, plural: _plural, ...shared } = entry;
  return { ...shared, id: glossaryAnchor(term), term, abbreviations, otherNames, definition };
}

/** A resource with its Welsh words: its title, description, owner, each change and a flowchart's steps in words. */
function resourceInWelsh(resource: Resource): Resource {
  const welsh = resource.cy;
  if (!welsh) return resource;
  const { textAlternative } = resource;
  return {
    ...resource,
    title: welsh.title,
    description: welsh.description,
    owner: welsh.owner ?? resource.owner,
    changes: resource.changes.map((change, i) => {
      const words = welsh.changes?.[i];
      return words ? { ...change, summary: words.summary, approvedBy: words.approvedBy } : change;
    }),
    ...(textAlternative?.text !== undefined && welsh.textAlternative !== undefined
      ? { textAlternative: { ...textAlternative, text: welsh.textAlternative } }
      : {}),
  };
}

/** The manual in `language`: the manual itself for English. */
export function manualInLanguage(manual: Manual, translations: Translations, language: Language, today: string): Manual {
  if (language === MAIN_LANGUAGE) return manual;
  const versions = [...manual.chapters, ...manual.pages].flatMap((d) => d.versions).map((v) => versionInLanguage(v, translations, language));
  return {
    ...manual,
    // The English groups say nothing about Welsh words: the Welsh pages have their own file.
    synonyms: manual.welshSynonyms ?? [],
    chapters: buildDocuments(
      versions.filter((v) => collectionOf(v) === 'procedures'),
      today,
    ),
    pages: buildDocuments(
      versions.filter((v) => collectionOf(v) === 'pages'),
      today,
    ),
    structure: {
      ...manual.structure,
      sections: manual.structure.sections.map((section) => ({ ...sectionInLanguage(section), subsections: section.subsections.map(sectionInLanguage) })),
    },
    contacts: manual.contacts.map((contact) =>
      contact.cy
        ? {
            ...contact,
            service: contact.cy.service,
            ...(contact.cy.organisation === undefined ? {} : { organisation: contact.cy.organisation }),
            ...(contact.cy.notes === undefined ? {} : { notes: contact.cy.notes }),
            phones: contact.phones.map((phone, i) => {
              const words = contact.cy?.phones[i];
              return words ? { ...phone, label: words.label, ...(words.hoursText === undefined ? {} : { hoursText: words.hoursText }) } : phone;
            }),
            changes: contact.changes.map((change, i) => ({ ...change, summary: contact.cy?.changes?.[i]?.summary ?? change.summary })),
          }
        : contact,
    ),
    resources: manual.resources.map(resourceInWelsh),
    glossary: {
      ...manual.glossary,
      entries: manual.glossary.entries.map(glossaryEntryInWelsh),
      changes: manual.glossary.changes.map((change, i) => ({ ...change, summary: manual.glossary.cy?.changes[i]?.summary ?? change.summary })),
    },
  };
}
