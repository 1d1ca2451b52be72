// The fields of the CMS's forms for a version of a chapter or of an information page (with the
// current text as defaults for the next version), and the field builders the contact form shares.
// Required fields and patterns come from the schemas (schema-rules.ts).
import { TEMPLATE_BODY } from '../authoring/chapter-template.ts';
import { formatDate } from '../util/dates.ts';
import { audiences, homeGroups } from '../schemas/page.ts';
import { changeKinds } from '../schemas/version.ts';
import { LOCAL_PLACE_LABEL } from './model.ts';
import { idPattern, type FieldRule } from './schema-rules.ts';

export type Field = Record<string, unknown> & { name: string; label: string; widget: string };

export type Option = { label: string; value: string };

const CHANGE_LABELS: Record<(typeof changeKinds)[number], string> = {
  new: 'First version of the chapter',
  updated: 'Amends the chapter',
  withdrawn: 'Withdraws the chapter',
};

/** A field with the schema's rules: required or optional, and its pattern. */
export function ruled(rule: FieldRule | undefined, field: Field, message?: string): Field {
  const out: Field = { ...field, required: rule?.required ?? false };
  if (rule?.pattern && message) out['pattern'] = [rule.pattern, message];
  return out;
}

export function dateField(name: string, label: string, rule: FieldRule | undefined, extra: Record<string, unknown> = {}): Field {
  return ruled(rule, { name, label, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: false, ...extra });
}

export function valueOptions(values: readonly string[]): Option[] {
  return values.map((value) => ({ label: value, value }));
}

/** A version's fields and text, as the defaults of the next version. */
export interface Defaults {
  fields: Record<string, unknown>;
  body: string;
}

/** What a version form is built from. */
export interface FormInput {
  /** The schema's rules for the form's fields. */
  rules: Record<string, FieldRule>;
  /** The chapters (or pages) it may name as replaced by or see also. */
  documents: Option[];
  today: string;
  /** The current version, as the defaults of the next; none for a new chapter or page. */
  defaults: Defaults | undefined;
  /** A new chapter or page, rather than a new version of one. */
  isNew: boolean;
  signOffFrom: string | undefined;
}

/** What differs between the chapter and the page forms in the fields they share. */
interface Form {
  noun: 'chapter' | 'page';
  /** The id field of a new chapter or page, and what its pattern's message says. */
  id: { name: string; label: string; hint: string; message: string };
  /** The hints of the shared fields; a field without one shows none. */
  hints: { summary: string } & Partial<Record<'amended' | 'change' | 'description' | 'keywords' | 'owner', string>>;
}

function hinted(hint: string | undefined): { hint?: string } {
  return hint === undefined ? {} : { hint };
}

/**
 * Who approved the version and when. Never copied from the version before: each version is
 * approved on its own, as npm run amend and npm run withdraw write it.
 */
function signOffFields(rules: Record<string, FieldRule>, requiredFrom: string | undefined): Field[] {
  const when = requiredFrom
    ? ` Needed for every version taking effect on or after ${formatDate(requiredFrom)}: a draft can be saved without it, but it must be filled in before the draft is set to Ready and published.`
    : '';
  return [
    ruled(rules['approvedBy'], {
      name: 'approvedBy',
      label: 'Approved by',
      widget: 'string',
      hint: `The group or person that approved this version, such as Policy and Procedures Group.${when}`,
    }),
    dateField('approvedOn', 'Approved on', rules['approvedOn'], { hint: 'The date it was approved: on or before the day it takes effect.' }),
  ];
}

/** The fields a version starts with: the id of a new chapter or page, what changed, when, and who approved it. */
function changeFields({ rules, documents, today, isNew, signOffFrom }: FormInput, { noun, id, hints }: Form): Field[] {
  return [
    ...(isNew ? [ruled({ required: false, pattern: idPattern }, { name: id.name, label: id.label, widget: 'string', hint: id.hint }, id.message)] : []),
    // Required after the first version: the validator's rule, beyond the schema.
    ruled({ required: !isNew }, { name: 'summary', label: 'Summary of the change', widget: 'text', hint: hints.summary }),
    dateField('amended', 'Takes effect on', rules['amended'], { default: today, ...hinted(hints.amended) }),
    ruled(rules['change'], {
      name: 'change',
      label: 'This version',
      widget: 'select',
      // Only the choices that apply: a first version is new; a later one amends or withdraws.
      options: (isNew ? ['new'] : ['updated', 'withdrawn']).map((value) => ({
        value,
        label: CHANGE_LABELS[value as keyof typeof CHANGE_LABELS].replace('chapter', noun),
      })),
      default: isNew ? 'new' : 'updated',
      ...hinted(hints.change),
    }),
    // Only a later version withdraws: the form shows it while "This version" withdraws (admin-form.ts).
    ...(isNew
      ? []
      : [
          ruled(rules['replacedBy'], {
            name: 'replacedBy',
            label: 'Replaced by',
            widget: 'select',
            options: documents,
            hint: `The ${noun} that replaces this one, if any.`,
          }),
        ]),
    ...signOffFields(rules, signOffFrom),
    // Never written to the file: the studio records it in the version lock (studio-corrections.ts).
    ...(isNew
      ? []
      : [
          {
            name: 'correction',
            label: 'Correct a mistake',
            widget: 'string',
            required: false,
            hint: `Only to put right a mistake (a typing error, a broken link) in a version already on the public site: say what was wrong. The correction is recorded with today's date and shown in the ${noun}'s history. A change of substance is a new version.`,
          },
        ]),
  ];
}

/** The text of a version, in the rich-text editor: headings from level 2, contacts as cards. */
function bodyField(defaultText: string): Field {
  return {
    name: 'body',
    label: 'Text',
    widget: 'markdown',
    required: true,
    default: defaultText,
    editor_components: ['contact'],
    // The page's title is its only level-1 heading: the text's headings are levels 2 to 4.
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'heading-four', 'quote', 'bulleted-list', 'numbered-list'],
    modes: ['rich_text', 'raw'],
  };
}

/** The fields a version ends with: how it is found, its review date and owner, and its text. */
function describingFields({ rules, documents, defaults }: FormInput, { hints }: Form): Field[] {
  const d = defaults?.fields ?? {};
  return [
    ruled(rules['description'], { name: 'description', label: 'Description', widget: 'text', default: d['description'] ?? '', ...hinted(hints.description) }),
    ruled(rules['keywords'], { name: 'keywords', label: 'Keywords', widget: 'list', default: d['keywords'] ?? [], ...hinted(hints.keywords) }),
    ruled(rules['seeAlso'], { name: 'seeAlso', label: 'See also', widget: 'select', multiple: true, options: documents, default: d['seeAlso'] ?? [] }),
    dateField('reviewDue', 'Review due', rules['reviewDue'], d['reviewDue'] ? { default: d['reviewDue'] } : {}),
    ruled(rules['owner'], { name: 'owner', label: 'Owner', widget: 'string', default: d['owner'] ?? '', ...hinted(hints.owner) }),
    bodyField(defaults?.body ?? TEMPLATE_BODY),
  ];
}

function titleField({ rules, defaults }: FormInput): Field {
  return ruled(rules['title'], { name: 'title', label: 'Title', widget: 'string', default: defaults?.fields['title'] ?? '' });
}

/** The fields of a chapter version, with defaults for the next version. */
export function chapterFields(input: FormInput): Field[] {
  const form: Form = {
    noun: 'chapter',
    id: {
      name: 'chapter',
      label: 'Chapter id',
      hint: 'The last part of its address, /procedures/<id>/, which never changes. Leave it empty to make it from the title.',
      message: 'must be lower-case words joined by hyphens, such as children-missing-education',
    },
    hints: {
      summary: 'What changed and why, in a sentence or two: shown in the amendment box, the history and the amendments log.',
      amended: 'Today, or a later date: until then the site shows the version as coming into effect.',
      change: input.isNew ? '' : 'Withdraw: the chapter leaves the contents and its page says it was withdrawn (and what replaces it).',
      description: 'One sentence on what the chapter covers, for search results.',
      keywords: 'Words practitioners search for, most important first, separated by commas.',
      owner: 'The agency or team responsible for the chapter.',
    },
  };
  return [
    ...changeFields(input, form),
    ruled(
      input.rules['section'],
      {
        name: 'section',
        label: 'Number',
        widget: 'string',
        default: input.defaults?.fields['section'] ?? '',
        hint: 'The chapter number, such as 1.3.4: it must sit under a section of the contents.',
      },
      'must be numbers joined by dots, such as 1.3.4',
    ),
    titleField(input),
    ...describingFields(input, form),
  ];
}

/** The fields of an information page version. */
export function pageFields(input: FormInput): Field[] {
  const form: Form = {
    noun: 'page',
    id: {
      name: 'page',
      label: 'Page id',
      hint: 'The last part of its address, /information/<id>/. Leave it empty to make it from the title.',
      message: 'must be lower-case words joined by hyphens, such as worried-about-a-child',
    },
    hints: { summary: 'What changed and why, in a sentence or two.' },
  };
  const { rules } = input;
  const d = input.defaults?.fields ?? {};
  return [
    ...changeFields(input, form),
    titleField(input),
    ruled(rules['audience'], {
      name: 'audience',
      label: 'For',
      widget: 'select',
      multiple: true,
      options: valueOptions(rules['audience']?.options ?? audiences),
      default: d['audience'] ?? [],
    }),
    ruled(rules['group'], {
      name: 'group',
      label: 'Home page heading',
      widget: 'select',
      options: valueOptions(rules['group']?.options ?? homeGroups),
      default: d['group'] ?? '',
    }),
    ...describingFields(input, form),
  ];
}

/**
 * The fields a version's text in another language holds (src/lib/schemas/translation.ts): its
 * words. Everything else (the number, dates, change, see also, review date, sign-off) is written
 * once, in the English file, for both languages.
 */
export const TRANSLATED_FIELDS: readonly string[] = ['title', 'summary', 'description', 'keywords', 'owner', 'body'];

/** A version form's fields for a manual edited in more than one language: its words in each language, every other field in English only. */
export function translatedFields(fields: readonly Field[]): Field[] {
  return fields.map((f) => ({ ...f, i18n: TRANSLATED_FIELDS.includes(f.name) ? true : 'none' }));
}

/** What the form of a new version of a local text is built from. */
export interface LocalTextFormInput {
  /** The schema's rules for the form's fields (src/lib/schemas/local-text.ts). */
  rules: Record<string, FieldRule>;
  /** The extension points it may fill, as <chapter-id>/<point>, labelled with their chapter. */
  places: Option[];
  today: string;
  signOffFrom: string | undefined;
}

/**
 * The fields of a version of a partnership's local text at a core chapter's extension point: the
 * point (a new version's place: its folder, never written in the file), what changed, when, who
 * approved it, and the text.
 */
export function localTextFields({ rules, places, today, signOffFrom }: LocalTextFormInput): Field[] {
  return [
    {
      // Not required by the form: a version opened again keeps the place it was saved in (its
      // folder), which its file does not say; a new version without one is refused (save-rules.ts).
      name: 'place',
      label: LOCAL_PLACE_LABEL,
      widget: 'select',
      required: false,
      options: places,
      hint: "The place a chapter from the core leaves for the partnership's own text. Only the places the chapters declare are listed.",
    },
    // Required after the first version at a place: the check's rule, beyond the schema.
    ruled(rules['summary'], {
      name: 'summary',
      label: 'Summary of the change',
      widget: 'text',
      hint: "What changed and why, in a sentence or two: needed on every version after the first at this place. Shown in the amendments log and the chapter's history.",
    }),
    dateField('amended', 'Takes effect on', rules['amended'], {
      default: today,
      hint: 'Today, or a later date: a version the public site has recorded is never dated back.',
    }),
    ...signOffFields(rules, signOffFrom),
    bodyField(''),
  ];
}
