// The CMS configuration, generated from the manual each time the studio starts or the site is
// built, never written by hand: one collection per chapter and per information page (its "new"
// entry is the next version, starting from the current text), one to add a chapter, one to add
// a page, and the contacts; in a manual that follows a regional core, one more for the
// partnership's local texts at the extension points of its chapters. Pickers list the chapters, pages and contacts that exist; the
// fields of each form are in fields.ts and contact-fields.ts. In the studio, a manual published in
// more than one language has each version's text in every language side by side (Decap's i18n).
import { CHECK_STATUS_CONTEXT } from '../check/check-report.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { parseUkPhone } from '../content/phones.ts';
import type { CmsSettings, SiteSettings } from '../schemas/site.ts';
import { MAIN_LANGUAGE, translationFile, type Language } from '../languages.ts';
import type { Manual } from '../content/manual.ts';
import { versionLabel, type ManualDocument, type Version } from '../content/versions.ts';
import { contactFields } from './contact-fields.ts';
import { LOCAL_DIR, pointsDeclaredFrom } from '../region/local-text.ts';
import { chapterFields, localTextFields, pageFields, translatedFields, type Defaults, type Option } from './fields.ts';
import { parseVersionFile } from './files.ts';
import { CONTACTS, documentCollection, LOCAL_TEXTS, NEW_CHAPTER, NEW_PAGE, type CmsDocument, type CmsManual } from './model.ts';
import { schemaRules } from './schema-rules.ts';

/** Where the CMS saves: the local git proxy of npm run studio, or the partnership's GitHub or GitLab repository. */
export type CmsBackend =
  | { name: 'proxy'; proxyUrl: string; branch: string }
  | { name: 'github'; repo: string; branch: string; baseUrl?: string | undefined; authEndpoint?: string | undefined }
  | { name: 'gitlab'; repo: string; branch: string; appId: string; apiRoot?: string | undefined; baseUrl?: string | undefined };

/** The backend of the published site's admin page, from the cms setting in manual.config.ts. */
export function siteBackend(cms: CmsSettings): CmsBackend {
  if (cms.backend === 'github') return { name: 'github', repo: cms.repo, branch: cms.branch, baseUrl: cms.authUrl, authEndpoint: cms.authEndpoint };
  const gitlab = (cms.gitlabUrl ?? 'https://gitlab.com').replace(/\/+$/, '');
  return { name: 'gitlab', repo: cms.repo, branch: cms.branch, appId: cms.appId, baseUrl: gitlab, apiRoot: `${gitlab}/api/v4` };
}

function documentOptions(documents: readonly ManualDocument[]): Option[] {
  return documents.map((d) => {
    const latest = d.current ?? d.versions.at(-1)!;
    return { value: d.id, label: `${d.collection === 'pages' ? latest.title : versionLabel(latest)}${d.withdrawn ? ' (withdrawn)' : ''}` };
  });
}

function versionDefaults(texts: ReadonlyMap<string, string>, version: Version | undefined): Defaults | undefined {
  const text = version && texts.get(version.file);
  if (text === undefined) return undefined;
  const { body, ...fields } = parseVersionFile(text);
  return { fields, body: typeof body === 'string' ? body : '' };
}

function frontmatterOf(texts: ReadonlyMap<string, string>, file: string | undefined): string | undefined {
  const text = file && texts.get(file);
  return text === undefined || text === '' ? undefined : splitFrontmatter(text)?.yaml;
}

/**
 * The languages the editor writes side by side, when the manual has more than one. Decap CMS's
 * i18n expects the English file <date>.mdx as <date>.en.mdx: the studio's server names it so
 * (studio-languages.ts), and on the published site's admin page the page's script does
 * (admin-languages.ts).
 */
export function editedLanguages(settings: Pick<SiteSettings, 'languages'>): readonly Language[] | undefined {
  return settings.languages.length > 1 ? settings.languages : undefined;
}

/**
 * The commit status CI reports on every proposed change (.github/workflows/manual.yml): the
 * CMS on the published site shows it on the draft, where it would show a deploy preview.
 */
export { CHECK_STATUS_CONTEXT };

function backendConfig(backend: CmsBackend): Record<string, unknown> {
  switch (backend.name) {
    case 'proxy':
      return { name: 'proxy', proxy_url: backend.proxyUrl, branch: backend.branch };
    case 'github':
      return {
        name: 'github',
        repo: backend.repo,
        branch: backend.branch,
        preview_context: CHECK_STATUS_CONTEXT,
        ...(backend.baseUrl ? { base_url: backend.baseUrl } : {}),
        ...(backend.authEndpoint ? { auth_endpoint: backend.authEndpoint } : {}),
      };
    case 'gitlab':
      return {
        name: 'gitlab',
        repo: backend.repo,
        branch: backend.branch,
        preview_context: CHECK_STATUS_CONTEXT,
        auth_type: 'pkce',
        app_id: backend.appId,
        ...(backend.apiRoot ? { api_root: backend.apiRoot } : {}),
        ...(backend.baseUrl ? { base_url: backend.baseUrl } : {}),
      };
  }
}

export interface CmsInput {
  manual: Manual;
  /** The text of every version file, by path relative to the repository. */
  texts: ReadonlyMap<string, string>;
  contentDir: string;
  settings: SiteSettings;
  today: string;
  backend: CmsBackend;
  /** Where the built site is, for "view on the site" links. */
  siteUrl?: string | undefined;
}

/** The CMS configuration and what the admin page's script needs to know about the manual. */
export function buildCms(input: CmsInput): { config: Record<string, unknown>; manual: CmsManual } {
  const { manual, texts, contentDir, settings, today } = input;
  const byNumber = [...manual.chapters].sort((a, b) =>
    (a.current ?? a.versions.at(-1)!).section.localeCompare((b.current ?? b.versions.at(-1)!).section, 'en', { numeric: true }),
  );
  const byTitle = [...manual.pages].sort((a, b) => (a.current ?? a.versions.at(-1)!).title.localeCompare((b.current ?? b.versions.at(-1)!).title));
  const chapterOptions = documentOptions(byNumber);
  const pageOptions = documentOptions(byTitle);

  // What every version form is given besides its rules, documents and defaults.
  const dates = { today, signOffFrom: settings.signOffRequiredFrom };
  const languages = editedLanguages(settings);
  // Each version's words in every language, its shared fields in English only (Decap's i18n, field by field).
  const inLanguages = <T extends object>(collection: T, fields: ReturnType<typeof chapterFields>) =>
    languages ? { ...collection, i18n: true, fields: translatedFields(fields) } : { ...collection, fields };

  const documentCollectionConfig = (d: ManualDocument, label: string) => {
    const base = d.current ?? d.versions.at(-1);
    const isPage = d.collection === 'pages';
    const defaults = versionDefaults(texts, base);
    const others = (isPage ? pageOptions : chapterOptions).filter((o) => o.value !== d.id);
    const collection = {
      name: documentCollection(d.collection, d.id),
      label,
      label_singular: 'new version',
      description: d.withdrawn
        ? 'This chapter is withdrawn: its versions stay as they were published.'
        : 'Every version of this chapter, by the date it takes effect. A version the public site has recorded is not deleted or changed: add a new version to amend it, or put right a mistake with "Correct a mistake".',
      folder: `${contentDir}/${d.collection}/${d.id}`,
      extension: 'mdx',
      // Its own format, which writes a new version as a copy of the current one (admin.ts).
      format: documentCollection(d.collection, d.id),
      create: !d.withdrawn,
      // A version no build of the public site has recorded can be deleted; the studio refuses the others.
      delete: true,
      slug: '{{amended}}',
      identifier_field: 'amended',
      summary: '{{amended}}: {{summary}}',
      sortable_fields: ['amended'],
    };
    return inLanguages(
      collection,
      isPage
        ? pageFields({ ...dates, rules: schemaRules.page, documents: others, defaults, isNew: false })
        : chapterFields({ ...dates, rules: schemaRules.version, documents: others, defaults, isNew: false }),
    );
  };

  const newCollection = (kind: 'procedures' | 'pages') => {
    const collection = {
      name: kind === 'pages' ? NEW_PAGE : NEW_CHAPTER,
      label: kind === 'pages' ? 'New information page' : 'New chapter',
      label_singular: kind === 'pages' ? 'information page' : 'chapter',
      description:
        kind === 'pages'
          ? 'Add an information page. Its later versions are under its own title.'
          : 'Add a chapter to the manual. Its later versions are under its own number and title.',
      folder: `${contentDir}/${kind}`,
      path: kind === 'pages' ? '{{page}}/{{amended}}' : '{{chapter}}/{{amended}}',
      extension: 'mdx',
      format: 'manual-version',
      create: true,
      delete: false,
      // Lists nothing: existing chapters and pages are edited in their own collections.
      filter: { field: kind === 'pages' ? 'page' : 'chapter', value: 'new' },
      slug: '{{amended}}',
      identifier_field: 'title',
    };
    return inLanguages(
      collection,
      kind === 'pages'
        ? pageFields({ ...dates, rules: schemaRules.page, documents: pageOptions, defaults: undefined, isNew: true })
        : chapterFields({ ...dates, rules: schemaRules.version, documents: chapterOptions, defaults: undefined, isNew: true }),
    );
  };

  // In a manual that follows a core: the places its chapters in force leave for the partnership's own
  // text (<Local name="..." />), as the check allows a local text dated from today to fill them.
  const places: Option[] = settings.core
    ? byNumber
        .filter((d) => d.current && !d.withdrawn)
        .flatMap((d) => {
          const label = chapterOptions.find((o) => o.value === d.id)!.label;
          return pointsDeclaredFrom(d, today).map((point) => ({ value: `${d.id}/${point}`, label: `${label}: ${point}` }));
        })
    : [];
  const localCollection = {
    name: LOCAL_TEXTS,
    label: 'Local arrangements',
    label_singular: 'new version of local arrangements',
    description:
      "The partnership's own text at the places the core's chapters leave for it, each version by its place (chapter/place) and the date it takes effect. A version the public site has recorded is not changed or deleted here: add a new version at the same place.",
    folder: `${contentDir}/${LOCAL_DIR}`,
    // <chapter-id>/<point>/<date>.mdx: the chapter and the point are set from the place chosen (save-rules.ts), never written in the file.
    path: '{{chapter}}/{{point}}/{{amended}}',
    extension: 'mdx',
    format: LOCAL_TEXTS,
    create: true,
    // A version no build of the public site has recorded can be deleted; the studio refuses the others.
    delete: true,
    slug: '{{amended}}',
    identifier_field: 'amended',
    summary: '{{dirname}}, {{amended}}',
    sortable_fields: ['amended'],
    fields: localTextFields({ rules: schemaRules.localText, places, today, signOffFrom: settings.signOffRequiredFrom }),
  };

  const areas: Option[] = [...settings.areas.map((a) => ({ value: a.id, label: a.name })), { value: 'all', label: 'All areas' }];
  const config = {
    backend: backendConfig(input.backend),
    publish_mode: 'editorial_workflow',
    load_config_file: false,
    locale: 'en',
    ...(languages ? { i18n: { structure: 'multiple_files', locales: [...languages], default_locale: MAIN_LANGUAGE } } : {}),
    media_folder: `${contentDir}/media`,
    ...(input.siteUrl ? { site_url: input.siteUrl, display_url: input.siteUrl } : {}),
    slug: { encoding: 'ascii', clean_accents: true },
    collections: [
      {
        name: CONTACTS,
        label: 'Contacts',
        label_singular: 'contact',
        description: 'Every phone number in the manual. A change to a number or other detail needs a dated change note.',
        folder: `${contentDir}/contacts`,
        extension: 'yaml',
        format: 'manual-contact',
        create: true,
        delete: false,
        slug: '{{id}}',
        identifier_field: 'service',
        summary: '{{service}}, {{organisation}}',
        fields: contactFields(areas, settings.languages),
      },
      newCollection('procedures'),
      ...byNumber.map((d) => documentCollectionConfig(d, chapterOptions.find((o) => o.value === d.id)!.label)),
      ...(places.length ? [localCollection] : []),
      newCollection('pages'),
      ...byTitle.map((d) => documentCollectionConfig(d, `Information: ${pageOptions.find((o) => o.value === d.id)!.label}`)),
    ],
  };

  const documents: CmsDocument[] = [...byNumber, ...byTitle].map((d) => ({
    collection: documentCollection(d.collection, d.id),
    kind: d.collection,
    id: d.id,
    label: (d.collection === 'pages' ? pageOptions : chapterOptions).find((o) => o.value === d.id)!.label.replace(/ \(withdrawn\)$/, ''),
    dates: d.versions.map((v) => v.amended),
    current: d.current?.amended,
    withdrawn: d.withdrawn,
    frontmatter: frontmatterOf(texts, (d.current ?? d.versions.at(-1))?.file),
    ...(languages
      ? {
          translations: Object.fromEntries(
            languages
              .filter((l) => l !== MAIN_LANGUAGE)
              .flatMap((l) => {
                const yaml = frontmatterOf(texts, translationFile((d.current ?? d.versions.at(-1))!.file, l));
                return yaml === undefined ? [] : [[l, yaml]];
              }),
          ),
        }
      : {}),
  }));
  const contacts = manual.contacts.map((c) => ({
    id: c.id,
    service: c.service,
    organisation: c.organisation,
    phones: c.phones.map((p) => {
      const phone = parseUkPhone(p.number);
      return {
        label: p.label,
        display: phone?.display ?? p.number,
        tel: phone?.tel ?? `tel:${p.number}`,
        number: p.number,
        hours: p.hours,
        hoursText: p.hoursText,
      };
    }),
    email: c.email,
    notes: c.notes,
    changes: c.changes.length,
  }));
  return {
    config,
    manual: {
      today,
      contentDir,
      base: settings.base.endsWith('/') ? settings.base : `${settings.base}/`,
      locked: Object.keys(manual.lock.files).map((key) => `${contentDir}/${key}`),
      signOffRequiredFrom: settings.signOffRequiredFrom,
      ...(languages ? { languages: [...languages] } : {}),
      documents,
      contacts,
    },
  };
}
