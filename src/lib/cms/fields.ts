// The fields of the CMS's forms: a version of a chapter or of an information page (with the
// current text as defaults for the next version), and a contact. Required fields and patterns
// come from the schemas (schema-rules.ts).
import { TEMPLATE_BODY } from '../chapter-template.ts';
import { formatDate } from '../dates.ts';
import { contactCategories, phoneHours } from '../schemas/contact.ts';
import { audiences, homeGroups } from '../schemas/page.ts';
import { changeKinds } from '../schemas/version.ts';
import { idPattern, schemaRules, type FieldRule } from './schema-rules.ts';

export type Field = Record<string, unknown> & { name: string; label: string; widget: string };

export type Option = { label: string; value: string };

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

/** A version's fields and text, as the defaults of the next version. */
export interface Defaults {
  fields: Record<string, unknown>;
  body: string;
}

/**
 * Who approved the version and when. Never copied from the version before: each version is
 * approved on its own, as npm run amend and npm run withdraw write it.
 */
function signOffFields(rules: Record<string, FieldRule>, requiredFrom: string | undefined): Field[] {
  const when = requiredFrom ? ` Needed for every version taking effect on or after ${formatDate(requiredFrom)}.` : '';
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

/** The fields of a chapter version, with defaults for the next version. */
export function chapterFields(
  rules: Record<string, FieldRule>,
  chapters: Option[],
  today: string,
  defaults: Defaults | undefined,
  isNew: boolean,
  signOffFrom: string | undefined,
): Field[] {
  const d = defaults?.fields ?? {};
  const r = (name: string) => rules[name];
  return [
    ...(isNew
      ? [
          ruled(
            { required: false, pattern: idPattern },
            {
              name: 'chapter',
              label: 'Chapter id',
              widget: 'string',
              hint: 'The last part of its address, /procedures/<id>/, which never changes. Leave it empty to make it from the title.',
            },
            'must be lower-case words joined by hyphens, such as children-missing-education',
          ),
        ]
      : []),
    // Required after the first version: the validator's rule, beyond the schema.
    ruled(
      { required: !isNew },
      {
        name: 'summary',
        label: 'Summary of the change',
        widget: 'text',
        hint: 'What changed and why, in a sentence or two: shown in the amendment box, the history and the amendments log.',
      },
    ),
    dateField('amended', 'Takes effect on', r('amended'), {
      default: today,
      hint: 'Today, or a later date: until then the site shows the version as coming into effect.',
    }),
    ruled(r('change'), {
      name: 'change',
      label: 'This version',
      widget: 'select',
      options: (isNew ? ['new'] : ['updated', 'withdrawn', 'new']).map((value) => ({ value, label: CHANGE_LABELS[value as keyof typeof CHANGE_LABELS] })),
      default: isNew ? 'new' : 'updated',
      hint: isNew ? '' : 'Withdraw: the chapter leaves the contents and its page says it was withdrawn (and what replaces it).',
    }),
    ruled(r('replacedBy'), {
      name: 'replacedBy',
      label: 'Replaced by',
      widget: 'select',
      options: chapters,
      hint: 'Only when withdrawing: the chapter that replaces this one.',
    }),
    ...signOffFields(rules, signOffFrom),
    ruled(
      r('section'),
      {
        name: 'section',
        label: 'Number',
        widget: 'string',
        default: d['section'] ?? '',
        hint: 'The chapter number, such as 1.3.4: it must sit under a section of the contents.',
      },
      'must be numbers joined by dots, such as 1.3.4',
    ),
    ruled(r('title'), { name: 'title', label: 'Title', widget: 'string', default: d['title'] ?? '' }),
    ruled(r('description'), {
      name: 'description',
      label: 'Description',
      widget: 'text',
      default: d['description'] ?? '',
      hint: 'One sentence on what the chapter covers, for search results.',
    }),
    ruled(r('keywords'), {
      name: 'keywords',
      label: 'Keywords',
      widget: 'list',
      default: d['keywords'] ?? [],
      hint: 'Words practitioners search for, most important first, separated by commas.',
    }),
    ruled(r('seeAlso'), { name: 'seeAlso', label: 'See also', widget: 'select', multiple: true, options: chapters, default: d['seeAlso'] ?? [] }),
    dateField('reviewDue', 'Review due', r('reviewDue'), d['reviewDue'] ? { default: d['reviewDue'] } : {}),
    ruled(r('owner'), { name: 'owner', label: 'Owner', widget: 'string', default: d['owner'] ?? '', hint: 'The agency or team responsible for the chapter.' }),
    {
      name: 'body',
      label: 'Text',
      widget: 'markdown',
      required: true,
      default: defaults?.body ?? TEMPLATE_BODY,
      editor_components: ['contact'],
      modes: ['rich_text', 'raw'],
    },
  ];
}

/** The fields of an information page version. */
export function pageFields(
  rules: Record<string, FieldRule>,
  pages: Option[],
  today: string,
  defaults: Defaults | undefined,
  isNew: boolean,
  signOffFrom: string | undefined,
): Field[] {
  const d = defaults?.fields ?? {};
  const r = (name: string) => rules[name];
  return [
    ...(isNew
      ? [
          ruled(
            { required: false, pattern: idPattern },
            {
              name: 'page',
              label: 'Page id',
              widget: 'string',
              hint: 'The last part of its address, /information/<id>/. Leave it empty to make it from the title.',
            },
            'must be lower-case words joined by hyphens, such as worried-about-a-child',
          ),
        ]
      : []),
    ruled({ required: !isNew }, { name: 'summary', label: 'Summary of the change', widget: 'text', hint: 'What changed and why, in a sentence or two.' }),
    dateField('amended', 'Takes effect on', r('amended'), { default: today }),
    ruled(r('change'), {
      name: 'change',
      label: 'This version',
      widget: 'select',
      options: (isNew ? ['new'] : ['updated', 'withdrawn', 'new']).map((value) => ({
        value,
        label: CHANGE_LABELS[value as keyof typeof CHANGE_LABELS].replace('chapter', 'page'),
      })),
      default: isNew ? 'new' : 'updated',
    }),
    ruled(r('replacedBy'), {
      name: 'replacedBy',
      label: 'Replaced by',
      widget: 'select',
      options: pages,
      hint: 'Only when withdrawing: the page that replaces this one.',
    }),
    ...signOffFields(rules, signOffFrom),
    ruled(r('title'), { name: 'title', label: 'Title', widget: 'string', default: d['title'] ?? '' }),
    ruled(r('audience'), {
      name: 'audience',
      label: 'For',
      widget: 'select',
      multiple: true,
      options: options(r('audience')?.options ?? audiences),
      default: d['audience'] ?? [],
    }),
    ruled(r('group'), {
      name: 'group',
      label: 'Home page heading',
      widget: 'select',
      options: options(r('group')?.options ?? homeGroups),
      default: d['group'] ?? '',
    }),
    ruled(r('description'), { name: 'description', label: 'Description', widget: 'text', default: d['description'] ?? '' }),
    ruled(r('keywords'), { name: 'keywords', label: 'Keywords', widget: 'list', default: d['keywords'] ?? [] }),
    ruled(r('seeAlso'), { name: 'seeAlso', label: 'See also', widget: 'select', multiple: true, options: pages, default: d['seeAlso'] ?? [] }),
    dateField('reviewDue', 'Review due', r('reviewDue'), d['reviewDue'] ? { default: d['reviewDue'] } : {}),
    ruled(r('owner'), { name: 'owner', label: 'Owner', widget: 'string', default: d['owner'] ?? '' }),
    {
      name: 'body',
      label: 'Text',
      widget: 'markdown',
      required: true,
      default: defaults?.body ?? TEMPLATE_BODY,
      editor_components: ['contact'],
      modes: ['rich_text', 'raw'],
    },
  ];
}

/** The fields of a contact; `areas` are the areas it may cover. */
export function contactFields(areas: Option[]): Field[] {
  const c = schemaRules.contact;
  const phone = schemaRules.phone;
  const change = schemaRules.contactChange;
  return [
    ruled(
      { required: false, pattern: idPattern },
      {
        name: 'id',
        label: 'Contact id (new contacts only)',
        widget: 'string',
        hint: 'Lower-case words joined by hyphens, such as tamsford-front-door: chapters name the contact by it. Leave it empty to make it from the service.',
      },
      'must be lower-case words joined by hyphens, such as tamsford-front-door',
    ),
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
