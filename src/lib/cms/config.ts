// The CMS configuration, generated from the manual each time the studio starts or the site is
// built, never written by hand: one collection per chapter and per information page (its "new"
// entry is the next version, starting from the current text), one to add a chapter, one to add
// a page, and the contacts. Pickers list the chapters, pages and contacts that exist; required
// fields and patterns come from the schemas (schema-rules.ts).
import { TEMPLATE_BODY } from '../chapter-template.ts';
import { formatDate } from '../dates.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import { parseUkPhone } from '../phones.ts';
import { contactCategories, phoneHours } from '../schemas/contact.ts';
import { audiences, homeGroups } from '../schemas/page.ts';
import type { CmsSettings, SiteSettings } from '../schemas/site.ts';
import { changeKinds } from '../schemas/version.ts';
import type { Manual } from '../manual.ts';
import { versionLabel, type Chapter, type Version } from '../versions.ts';
import { parseVersionFile } from './files.ts';
import { CONTACTS, contactDetails, documentCollection, NEW_CHAPTER, NEW_PAGE, type CmsDocument, type CmsManual } from './model.ts';
import { idPattern, schemaRules, type FieldRule } from './schema-rules.ts';

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

export type Field = Record<string, unknown> & { name: string; label: string; widget: string };

type Option = { label: string; value: string };

const CHANGE_LABELS: Record<(typeof changeKinds)[number], string> = {
  new: 'First version of the chapter',
  updated: 'Amends the chapter',
  withdrawn: 'Withdraws the chapter',
};

/** A field with the schema's rules: required or optional, and its pattern. */
function ruled(rule: FieldRule | undefined, field: Field, message?: string): Field {
  const out: Field = { ...field, required: rule?.required ?? false };
  if (rule?.pattern && message) out['pattern'] = [rule.pattern, message];
  return out;
}

function dateField(name: string, label: string, rule: FieldRule | undefined, extra: Record<string, unknown> = {}): Field {
  return ruled(rule, { name, label, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true, ...extra });
}

function options(values: readonly string[]): Option[] {
  return values.map((value) => ({ label: value, value }));
}

function documentOptions(documents: readonly Chapter[]): Option[] {
  return documents.map((d) => {
    const latest = d.current ?? d.versions.at(-1)!;
    return { value: d.id, label: `${d.collection === 'pages' ? latest.title : versionLabel(latest)}${d.withdrawn ? ' (withdrawn)' : ''}` };
  });
}

interface Defaults {
  fields: Record<string, unknown>;
  body: string;
}

/** The fields of a chapter version, with defaults for the next version. */
/**
 * Who approved the version and when. Never copied from the version before: each version is
 * approved on its own, as npm run amend and npm run withdraw write it.
 */
function signOffFields(rules: Record<string, FieldRule>, requiredFrom: string | undefined): Field[] {
  const when = requiredFrom ? ` Needed for every version taking effect on or after ${formatDate(requiredFrom)}.` : '';
  return [
    ruled(rules['approvedBy'], { name: 'approvedBy', label: 'Approved by', widget: 'string', hint: `The group or person that approved this version, such as Policy and Procedures Group.${when}` }),
    dateField('approvedOn', 'Approved on', rules['approvedOn'], { hint: 'The date it was approved: on or before the day it takes effect.' }),
  ];
}

function chapterFields(rules: Record<string, FieldRule>, chapters: Option[], today: string, defaults: Defaults | undefined, isNew: boolean, signOffFrom: string | undefined): Field[] {
  const d = defaults?.fields ?? {};
  const r = (name: string) => rules[name];
  return [
    ...(isNew
      ? [ruled({ required: false, pattern: idPattern }, { name: 'chapter', label: 'Chapter id', widget: 'string', hint: 'The last part of its address, /procedures/<id>/, which never changes. Leave it empty to make it from the title.' }, 'must be lower-case words joined by hyphens, such as children-missing-education')]
      : []),
    // Required after the first version: the validator's rule, beyond the schema.
    ruled({ required: !isNew }, { name: 'summary', label: 'Summary of the change', widget: 'text', hint: 'What changed and why, in a sentence or two: shown in the amendment box, the history and the amendments log.' }),
    dateField('amended', 'Takes effect on', r('amended'), { default: today, hint: 'Today, or a later date: until then the site shows the version as coming into effect.' }),
    ruled(r('change'), {
      name: 'change',
      label: 'This version',
      widget: 'select',
      options: (isNew ? ['new'] : ['updated', 'withdrawn', 'new']).map((value) => ({ value, label: CHANGE_LABELS[value as keyof typeof CHANGE_LABELS] })),
      default: isNew ? 'new' : 'updated',
      hint: isNew ? '' : 'Withdraw: the chapter leaves the contents and its page says it was withdrawn (and what replaces it).',
    }),
    ruled(r('replacedBy'), { name: 'replacedBy', label: 'Replaced by', widget: 'select', options: chapters, hint: 'Only when withdrawing: the chapter that replaces this one.' }),
    ...signOffFields(rules, signOffFrom),
    ruled(r('section'), { name: 'section', label: 'Number', widget: 'string', default: d['section'] ?? '', hint: 'The chapter number, such as 1.3.4: it must sit under a section of the contents.' }, 'must be numbers joined by dots, such as 1.3.4'),
    ruled(r('title'), { name: 'title', label: 'Title', widget: 'string', default: d['title'] ?? '' }),
    ruled(r('description'), { name: 'description', label: 'Description', widget: 'text', default: d['description'] ?? '', hint: 'One sentence on what the chapter covers, for search results.' }),
    ruled(r('keywords'), { name: 'keywords', label: 'Keywords', widget: 'list', default: d['keywords'] ?? [], hint: 'Words practitioners search for, most important first, separated by commas.' }),
    ruled(r('seeAlso'), { name: 'seeAlso', label: 'See also', widget: 'select', multiple: true, options: chapters, default: d['seeAlso'] ?? [] }),
    dateField('reviewDue', 'Review due', r('reviewDue'), d['reviewDue'] ? { default: d['reviewDue'] } : {}),
    ruled(r('owner'), { name: 'owner', label: 'Owner', widget: 'string', default: d['owner'] ?? '', hint: 'The agency or team responsible for the chapter.' }),
    { name: 'body', label: 'Text', widget: 'markdown', required: true, default: defaults?.body ?? TEMPLATE_BODY, editor_components: ['contact'], modes: ['rich_text', 'raw'] },
  ];
}

/** The fields of an information page version. */
function pageFields(rules: Record<string, FieldRule>, pages: Option[], today: string, defaults: Defaults | undefined, isNew: boolean, signOffFrom: string | undefined): Field[] {
  const d = defaults?.fields ?? {};
  const r = (name: string) => rules[name];
  return [
    ...(isNew
      ? [ruled({ required: false, pattern: idPattern }, { name: 'page', label: 'Page id', widget: 'string', hint: 'The last part of its address, /information/<id>/. Leave it empty to make it from the title.' }, 'must be lower-case words joined by hyphens, such as worried-about-a-child')]
      : []),
    ruled({ required: !isNew }, { name: 'summary', label: 'Summary of the change', widget: 'text', hint: 'What changed and why, in a sentence or two.' }),
    dateField('amended', 'Takes effect on', r('amended'), { default: today }),
    ruled(r('change'), {
      name: 'change',
      label: 'This version',
      widget: 'select',
      options: (isNew ? ['new'] : ['updated', 'withdrawn', 'new']).map((value) => ({ value, label: CHANGE_LABELS[value as keyof typeof CHANGE_LABELS].replace('chapter', 'page') })),
      default: isNew ? 'new' : 'updated',
    }),
    ruled(r('replacedBy'), { name: 'replacedBy', label: 'Replaced by', widget: 'select', options: pages, hint: 'Only when withdrawing: the page that replaces this one.' }),
    ...signOffFields(rules, signOffFrom),
    ruled(r('title'), { name: 'title', label: 'Title', widget: 'string', default: d['title'] ?? '' }),
    ruled(r('audience'), { name: 'audience', label: 'For', widget: 'select', multiple: true, options: options(r('audience')?.options ?? audiences), default: d['audience'] ?? [] }),
    ruled(r('group'), { name: 'group', label: 'Home page heading', widget: 'select', options: options(r('group')?.options ?? homeGroups), default: d['group'] ?? '' }),
    ruled(r('description'), { name: 'description', label: 'Description', widget: 'text', default: d['description'] ?? '' }),
    ruled(r('keywords'), { name: 'keywords', label: 'Keywords', widget: 'list', default: d['keywords'] ?? [] }),
    ruled(r('seeAlso'), { name: 'seeAlso', label: 'See also', widget: 'select', multiple: true, options: pages, default: d['seeAlso'] ?? [] }),
    dateField('reviewDue', 'Review due', r('reviewDue'), d['reviewDue'] ? { default: d['reviewDue'] } : {}),
    ruled(r('owner'), { name: 'owner', label: 'Owner', widget: 'string', default: d['owner'] ?? '' }),
    { name: 'body', label: 'Text', widget: 'markdown', required: true, default: defaults?.body ?? TEMPLATE_BODY, editor_components: ['contact'], modes: ['rich_text', 'raw'] },
  ];
}

function contactFields(areas: Option[]): Field[] {
  const c = schemaRules.contact;
  const phone = schemaRules.phone;
  const change = schemaRules.contactChange;
  return [
    ruled({ required: false, pattern: idPattern }, { name: 'id', label: 'Contact id (new contacts only)', widget: 'string', hint: 'Lower-case words joined by hyphens, such as tamsford-front-door: chapters name the contact by it. Leave it empty to make it from the service.' }, 'must be lower-case words joined by hyphens, such as tamsford-front-door'),
    ruled(c['organisation'], { name: 'organisation', label: 'Organisation', widget: 'string' }),
    ruled(c['service'], { name: 'service', label: 'Team or service', widget: 'string' }),
    ruled(c['category'], { name: 'category', label: 'Category', widget: 'select', options: options(c['category']?.options ?? contactCategories) }),
    ruled(c['areas'], { name: 'areas', label: 'Areas', widget: 'select', multiple: true, options: areas }),
    ruled(c['phones'], {
      name: 'phones',
      label: 'Phone numbers',
      label_singular: 'phone number',
      widget: 'list',
      // Shown open: the numbers are what people come to change.
      collapsed: false,
      summary: '{{fields.label}}: {{fields.number}}',
      fields: [
        ruled(phone['label'], { name: 'label', label: 'Label', widget: 'string', hint: 'What the number is for, such as Office hours.' }),
        ruled(phone['number'], { name: 'number', label: 'Number', widget: 'string', hint: 'As dialled in the UK, such as 0116 496 0100.' }),
        ruled(phone['hours'], { name: 'hours', label: 'Answered', widget: 'select', options: options(phone['hours']?.options ?? phoneHours) }),
        ruled(phone['hoursText'], { name: 'hoursText', label: 'Hours', widget: 'string', hint: 'Such as Monday to Friday 9am to 5pm.' }),
      ],
    }),
    ruled(c['email'], { name: 'email', label: 'Email', widget: 'string' }),
    ruled(c['address'], { name: 'address', label: 'Address', widget: 'string' }),
    ruled(c['web'], { name: 'web', label: 'Web address', widget: 'string' }),
    ruled(c['notes'], { name: 'notes', label: 'Notes', widget: 'text' }),
    dateField('verified', 'Last checked on', c['verified'], { hint: 'The day someone last checked these details.' }),
    ruled(c['changes'], {
      name: 'changes',
      label: 'Changes',
      label_singular: 'change',
      widget: 'list',
      summary: '{{fields.date}}: {{fields.summary}}',
      hint: 'When you change a number or other detail, add a change: the date and what changed. It is shown on the contacts page and in the amendments log.',
      fields: [dateField('date', 'Date', change['date']), ruled(change['summary'], { name: 'summary', label: 'What changed', widget: 'string' })],
    }),
  ];
}

function versionDefaults(texts: ReadonlyMap<string, string>, version: Version | undefined): Defaults | undefined {
  const text = version && texts.get(version.file);
  if (text === undefined) return undefined;
  const { body, ...fields } = parseVersionFile(text);
  return { fields, body: typeof body === 'string' ? body : '' };
}

function frontmatterOf(texts: ReadonlyMap<string, string>, version: Version | undefined): string | undefined {
  const text = version && texts.get(version.file);
  return text === undefined ? undefined : splitFrontmatter(text)?.yaml;
}

function backendConfig(backend: CmsBackend): Record<string, unknown> {
  switch (backend.name) {
    case 'proxy':
      return { name: 'proxy', proxy_url: backend.proxyUrl, branch: backend.branch };
    case 'github':
      return { name: 'github', repo: backend.repo, branch: backend.branch, ...(backend.baseUrl ? { base_url: backend.baseUrl } : {}), ...(backend.authEndpoint ? { auth_endpoint: backend.authEndpoint } : {}) };
    case 'gitlab':
      return { name: 'gitlab', repo: backend.repo, branch: backend.branch, auth_type: 'pkce', app_id: backend.appId, ...(backend.apiRoot ? { api_root: backend.apiRoot } : {}), ...(backend.baseUrl ? { base_url: backend.baseUrl } : {}) };
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
  const byNumber = [...manual.chapters].sort((a, b) => (a.current ?? a.versions.at(-1)!).section.localeCompare((b.current ?? b.versions.at(-1)!).section, 'en', { numeric: true }));
  const byTitle = [...manual.pages].sort((a, b) => (a.current ?? a.versions.at(-1)!).title.localeCompare((b.current ?? b.versions.at(-1)!).title));
  const chapterOptions = documentOptions(byNumber);
  const pageOptions = documentOptions(byTitle);

  const documentCollectionConfig = (d: Chapter, label: string) => {
    const base = d.current ?? d.versions.at(-1);
    const isPage = d.collection === 'pages';
    const defaults = versionDefaults(texts, base);
    const others = (isPage ? pageOptions : chapterOptions).filter((o) => o.value !== d.id);
    return {
      name: documentCollection(d.collection, d.id),
      label,
      label_singular: 'new version',
      description: d.withdrawn ? 'This chapter is withdrawn: its versions stay as they were published.' : 'Every version of this chapter, by the date it takes effect. Published versions cannot be changed: add a new version to amend it.',
      folder: `${contentDir}/${d.collection}/${d.id}`,
      extension: 'mdx',
      // Its own format, which writes a new version as a copy of the current one (admin.ts).
      format: documentCollection(d.collection, d.id),
      create: !d.withdrawn,
      delete: false,
      slug: '{{amended}}',
      identifier_field: 'amended',
      summary: '{{amended}}: {{summary}}',
      sortable_fields: ['amended'],
      fields: isPage ? pageFields(schemaRules.page, others, today, defaults, false, settings.signOffRequiredFrom) : chapterFields(schemaRules.version, others, today, defaults, false, settings.signOffRequiredFrom),
    };
  };

  const newCollection = (kind: 'procedures' | 'pages') => ({
    name: kind === 'pages' ? NEW_PAGE : NEW_CHAPTER,
    label: kind === 'pages' ? 'New information page' : 'New chapter',
    label_singular: kind === 'pages' ? 'information page' : 'chapter',
    description: kind === 'pages' ? 'Add an information page. Its later versions are under its own title.' : 'Add a chapter to the manual. Its later versions are under its own number and title.',
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
    fields: kind === 'pages' ? pageFields(schemaRules.page, pageOptions, today, undefined, true, settings.signOffRequiredFrom) : chapterFields(schemaRules.version, chapterOptions, today, undefined, true, settings.signOffRequiredFrom),
  });

  const areas: Option[] = [...settings.areas.map((a) => ({ value: a.id, label: a.name })), { value: 'all', label: 'All areas' }];
  const config = {
    backend: backendConfig(input.backend),
    publish_mode: 'editorial_workflow',
    load_config_file: false,
    locale: 'en',
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
        fields: contactFields(areas),
      },
      newCollection('procedures'),
      ...byNumber.map((d) => documentCollectionConfig(d, chapterOptions.find((o) => o.value === d.id)!.label)),
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
    frontmatter: frontmatterOf(texts, d.current ?? d.versions.at(-1)),
  }));
  const contacts = manual.contacts.map((c) => ({
    id: c.id,
    service: c.service,
    organisation: c.organisation,
    phones: c.phones.map((p) => {
      const phone = parseUkPhone(p.number);
      return { label: p.label, display: phone?.display ?? p.number, tel: phone?.tel ?? `tel:${p.number}`, hoursText: p.hoursText };
    }),
    email: c.email,
    notes: c.notes,
    details: contactDetails(c),
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
      documents,
      contacts,
    },
  };
}
