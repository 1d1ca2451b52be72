// The admin page's script: teaches Decap CMS the manual's file formats, the contact picker, the
// preview as the site renders a chapter, and the checks before saving; then starts it with the
// configuration generated from the manual (cms.json beside the page). Bundled into admin/cms.js.
import { splitFrontmatter } from '../content/frontmatter.ts';
import {
  asRead,
  isTranslation,
  LOCAL_TEXT_FIELDS,
  parseContactFile,
  parseVersionFile,
  PAGE_FIELDS,
  readVersionFile,
  serializeContactFile,
  serializeVersionFile,
  TRANSLATION_FIELDS,
  VERSION_FIELDS,
  type Data,
} from './files.ts';
import { CONTACTS, LOCAL_TEXTS, NEW_CHAPTER, NEW_PAGE, type CmsContact, type CmsManual } from './model.ts';
import { checkSave, SaveRefused } from './save-rules.ts';
import { contactPreview, textOf, versionPreview, type Element, type H } from './admin-previews.ts';
import { registerNamedBackend, type BackendRegistry } from './admin-languages.ts';
import { showRefusalsBesideFields } from './admin-problems.ts';
import { MAIN_LANGUAGE } from '../languages.ts';
import { showPublishNotices } from './admin-send.ts';
import { watchForms } from './admin-form.ts';
import { markNeededFields, NOT_SAVED_YET, NOTHING_UNSAVED, overlay, SEARCH_ALL, withoutErrorNames, WORDS, type Phrases } from './admin-words.ts';

/** Immutable.js maps, as the CMS hands entries to hooks and previews. */
interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  set(key: string, value: unknown): ImmutableMap;
  toJS(): Data;
}

interface PreviewProps {
  entry: ImmutableMap;
  widgetFor: (name: string) => Element;
}

interface DecapCms {
  init(options: { config: unknown }): void;
  registerCustomFormat(name: string, extension: string, formatter: { fromFile(text: string): Data; toFile(data: Data): string }): void;
  registerEditorComponent(component: Record<string, unknown>): void;
  registerPreviewTemplate(name: string, component: (props: PreviewProps) => Element): void;
  registerPreviewStyle(url: string): void;
  registerEventListener(listener: { name: string; handler: (args: { entry: ImmutableMap }) => unknown }): void;
  getLocale(locale: string): Phrases | undefined;
  registerLocale(locale: string, phrases: Phrases): void;
  getBackend: BackendRegistry['getBackend'];
  registerBackend: BackendRegistry['registerBackend'];
}

interface CollectionConfig {
  name: string;
  fields: { name: string; default?: unknown }[];
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    h?: H;
  }
}

// Decap CMS waits for CMS.init() instead of fetching config.yml.
window.CMS_MANUAL_INIT = true;

const CONTACT_BLOCK = /^<Contact id="([a-z0-9-]*)" \/>$/;

/**
 * An editor component's data: a plain object, or an Immutable map once edited in the CMS. The
 * contact's id is kept as `contact`: the component itself has an `id` (its name) in Decap CMS.
 */
type BlockData = { contact?: string } | { get(key: string): unknown };
const idOf = (data: BlockData): string =>
  textOf('get' in data && typeof data.get === 'function' ? data.get('contact') : (data as { contact?: string }).contact);

function contactCard(h: H, contact: CmsContact | undefined, id: string, base: string): Element {
  // Nothing to say until a contact is chosen.
  if (!id) return null;
  if (!contact) return h('p', { className: 'notice' }, `There is no contact "${id}": choose one from the list.`);
  return h(
    'div',
    { className: 'contact-card', 'data-contact': contact.id },
    h(
      'p',
      { className: 'contact-name' },
      h('a', { href: `${base}contacts/#${contact.id}` }, h('strong', null, contact.service)),
      contact.organisation !== contact.service ? `, ${contact.organisation}` : '',
    ),
    h(
      'ul',
      { className: 'contact-phones' },
      ...contact.phones.map((phone) =>
        h(
          'li',
          null,
          `${phone.label}: `,
          h('a', { className: 'phone', href: phone.tel }, phone.display),
          phone.hoursText ? h('span', { className: 'hours' }, ` (${phone.hoursText})`) : null,
        ),
      ),
    ),
    contact.email ? h('p', null, 'Email: ', h('a', { href: `mailto:${contact.email}` }, contact.email)) : null,
    contact.notes ? h('p', { className: 'contact-notes' }, contact.notes) : null,
  );
}

function register(cms: DecapCms, h: H, config: { collections: CollectionConfig[] }, manual: CmsManual): void {
  // In a manual edited in two languages, the other language's text of a version: its words only,
  // from the file as read, or, for a new version, from that language's text of the version it follows.
  const other = manual.languages?.find((l) => l !== manual.languages![0]);
  const translation = (data: Data, base: string | undefined): string | undefined => {
    if (!other || !isTranslation(data)) return undefined;
    const file = asRead(data);
    return serializeVersionFile(data, TRANSLATION_FIELDS, file === undefined ? base : (splitFrontmatter(file)?.yaml ?? base));
  };
  // New chapters and pages: written whole.
  cms.registerCustomFormat('manual-version', 'mdx', {
    fromFile: parseVersionFile,
    // Only information pages have an audience.
    toFile: (data) => translation(data, undefined) ?? serializeVersionFile(data, 'audience' in data ? PAGE_FIELDS : VERSION_FIELDS),
  });
  // Each chapter's and page's versions: a new version is a copy of the current one, with only
  // the fields the editor changed rewritten, as npm run amend and withdraw write it.
  // A version opened in the editor (a draft, a correction) keeps its own lines instead.
  for (const document of manual.documents) {
    cms.registerCustomFormat(document.collection, 'mdx', {
      fromFile: readVersionFile,
      toFile: (data) => {
        const translated = translation(data, other && document.translations?.[other]);
        if (translated !== undefined) return translated;
        const file = asRead(data);
        const base = file === undefined ? document.frontmatter : (splitFrontmatter(file)?.yaml ?? document.frontmatter);
        return serializeVersionFile(data, document.kind === 'pages' ? PAGE_FIELDS : VERSION_FIELDS, base);
      },
    });
  }
  // The local texts at the chapters' extension points: the schema's fields only (never the place,
  // which is the file's folder); a version opened again keeps its own lines.
  cms.registerCustomFormat(LOCAL_TEXTS, 'mdx', {
    fromFile: readVersionFile,
    toFile: (data) => {
      const file = asRead(data);
      return serializeVersionFile(data, LOCAL_TEXT_FIELDS, file === undefined ? undefined : splitFrontmatter(file)?.yaml);
    },
  });
  cms.registerCustomFormat('manual-contact', 'yaml', { fromFile: parseContactFile, toFile: serializeContactFile });

  const byId = new Map(manual.contacts.map((c) => [c.id, c]));
  cms.registerEditorComponent({
    id: 'contact',
    label: 'Contact',
    fields: [
      {
        name: 'contact',
        label: 'Contact',
        widget: 'select',
        options: manual.contacts.map((c) => ({ value: c.id, label: c.organisation === c.service ? c.service : `${c.service}, ${c.organisation}` })),
        hint: 'Shown as a card with every number of the contact, as on the contacts page.',
      },
    ],
    pattern: CONTACT_BLOCK,
    fromBlock: (match: string[]) => ({ contact: match[1] }),
    toBlock: (data: BlockData) => `<Contact id="${idOf(data)}" />`,
    toPreview: (data: BlockData) => contactCard(h, byId.get(idOf(data)), idOf(data), manual.base),
  });

  const previousText = (collection: string): string | undefined => {
    const field = config.collections.find((c) => c.name === collection)?.fields.find((f) => f.name === 'body');
    return typeof field?.default === 'string' ? field.default : undefined;
  };
  cms.registerPreviewStyle(new URL('preview.css', document.baseURI).href);
  for (const document of manual.documents) {
    const isPage = document.kind === 'pages';
    cms.registerPreviewTemplate(document.collection, ({ entry, widgetFor }) =>
      versionPreview(h, entry.get('data') as ImmutableMap, widgetFor('body'), previousText(document.collection) ?? '', isPage),
    );
  }
  // A new chapter or page: every block of its text is added.
  for (const [collection, isPage] of [
    [NEW_CHAPTER, false],
    [NEW_PAGE, true],
  ] as const) {
    cms.registerPreviewTemplate(collection, ({ entry, widgetFor }) => versionPreview(h, entry.get('data') as ImmutableMap, widgetFor('body'), '', isPage));
  }
  cms.registerPreviewTemplate(CONTACTS, ({ entry }) => {
    const id = /([^/]+)\.yaml$/.exec(textOf(entry.get('path')))?.[1] ?? '';
    return contactPreview(h, (entry.get('data') as ImmutableMap).toJS(), entry.get('newRecord') ? undefined : byId.get(id));
  });

  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const collection = String(entry.get('collection'));
      const before = entry.get('data') as ImmutableMap;
      correction = textOf(before.get('correction')).trim();
      const after = checkSave(
        { collection, path: textOf(entry.get('path')), newRecord: Boolean(entry.get('newRecord')), data: before.toJS() },
        manual,
        previousText(collection),
      );
      let data = before;
      // Only these fields are ever set by the checks: the body of a withdrawal, kept formatting, new ids, a contact's
      // Last checked on, and the folder of a new local text (its chapter and point).
      for (const key of collection === CONTACTS ? ['id', 'verified'] : ['body', 'chapter', 'page', 'point']) {
        if (after[key] !== undefined && after[key] !== before.get(key)) data = data.set(key, after[key]);
      }
      return data;
    },
  });
}

/** What was wrong, from "Correct a mistake" of the version being saved: sent with the save, never written to the file. */
let correction = '';

/** Sends "Correct a mistake" with the save it belongs to, which the studio records in the version lock (studio-corrections.ts). */
function sendCorrections(): void {
  const original = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.endsWith('/api/v1') || typeof init?.body !== 'string' || !init.body.includes('"persistEntry"')) return original(input, init);
    const body = JSON.parse(init.body) as { action?: string; params?: Record<string, unknown> };
    if (body.action !== 'persistEntry' || !body.params) return original(input, init);
    const reason = correction;
    correction = '';
    return original(input, { ...init, body: JSON.stringify({ ...body, params: { ...body.params, ...(reason ? { correction: reason } : {}) } }) });
  };
}

async function start(): Promise<void> {
  const response = await fetch(new URL('cms.json', document.baseURI));
  const { config, manual } = (await response.json()) as { config: { collections: CollectionConfig[]; backend: { name: string } }; manual: CmsManual };
  const cms = window.CMS;
  const h = window.h;
  if (!cms || !h) throw new Error('Decap CMS did not load');
  register(cms, h, config, manual);
  cms.registerLocale('en', overlay(cms.getLocale('en') ?? {}, WORDS));
  withoutErrorNames(document.body);
  markNeededFields(document.body);
  watchForms(document.body, { saved: NOTHING_UNSAVED, unsaved: NOT_SAVED_YET, searchAll: SEARCH_ALL });
  showRefusalsBesideFields(config.collections);
  showPublishNotices();
  sendCorrections();
  // In two languages, without the studio's server to name the English file as the manual does
  // (the published site's admin page), the page names it itself.
  if (manual.languages && config.backend.name !== 'proxy') {
    const otherLanguages = manual.languages.filter((language) => language !== MAIN_LANGUAGE);
    config.backend.name = registerNamedBackend(cms, config.backend.name, { contentDir: manual.contentDir, otherLanguages });
  }
  cms.init({ config });
}

/**
 * Decap CMS rejects a promise with its failure action when a save or deletion fails, after it
 * has shown the failure in words: nothing handles that rejection, and the browser would report
 * it as an uncaught error. Only those actions are quietened.
 */
const SHOWN_FAILURES = new Set(['ENTRY_PERSIST_FAILURE', 'UNPUBLISHED_ENTRY_PERSIST_FAILURE', 'ENTRY_DELETE_FAILURE']);
window.addEventListener('unhandledrejection', (event) => {
  const type = (event.reason as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && SHOWN_FAILURES.has(type)) event.preventDefault();
});

/**
 * Decap CMS also writes a refused deletion to the console, after showing the studio's refusal
 * in words: a refusal (403, 409 or 422 from the studio) is not an error of the page, and is left out.
 */
const REFUSALS = new Set([403, 409, 422]);
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  const first = args[0];
  if (args.length === 1 && first instanceof Error && first.name === 'API_ERROR' && REFUSALS.has((first as Error & { status?: number }).status ?? 0)) return;
  consoleError(...args);
};

document.addEventListener('DOMContentLoaded', () => void start());

export { SaveRefused };
