// The fields of the CMS's contact form: the contact's details, its phone numbers and its dated
// changes. Required fields and patterns come from the contact schemas (schema-rules.ts).
import { contactCategories, phoneHours } from '../schemas/contact.ts';
import { dateField, ruled, valueOptions, type Field, type Option } from './fields.ts';
import { idPattern, schemaRules } from './schema-rules.ts';
import { LANGUAGE_IN_ENGLISH, LANGUAGE_NAMES, MAIN_LANGUAGE, type Language } from '../languages.ts';

/**
 * A contact's words in another language of the manual (cy: in its file), beside the English
 * ones. The check says what is missing (check/translated-words.ts), beside these fields.
 */
function translatedFields(language: Language): Field {
  const name = LANGUAGE_IN_ENGLISH[language];
  return {
    name: language,
    label: `${name} (${LANGUAGE_NAMES[language]})`,
    widget: 'object',
    required: false,
    collapsed: false,
    hint: `The contact's words in ${name}, for the ${name} pages: the numbers, areas and email are the English ones.`,
    fields: [
      {
        name: 'organisation',
        label: `Organisation in ${name}`,
        widget: 'string',
        required: false,
        hint: 'Leave it empty when the name is the same in both languages.',
      },
      { name: 'service', label: `Team or service in ${name}`, widget: 'string', required: false },
      {
        name: 'phones',
        label: `Phone numbers in ${name}`,
        label_singular: 'phone number',
        widget: 'list',
        required: false,
        collapsed: false,
        summary: '{{fields.label}}',
        hint: `One for each phone number above, in the same order: its label, and its hours when it has them, in ${name}.`,
        fields: [
          { name: 'label', label: `Label in ${name}`, widget: 'string', required: false },
          { name: 'hoursText', label: `Hours in ${name}`, widget: 'string', required: false },
        ],
      },
      { name: 'notes', label: `Notes in ${name}`, widget: 'text', required: false },
      {
        name: 'changes',
        label: `Changes in ${name}`,
        label_singular: 'change',
        widget: 'list',
        required: false,
        summary: '{{fields.summary}}',
        hint: `One for each change under Changes, in the same order: what changed, in ${name}.`,
        fields: [{ name: 'summary', label: `What changed, in ${name}`, widget: 'string', required: false }],
      },
    ],
  };
}

/** The fields of a contact; `areas` are the areas it may cover, `languages` those the manual is published in. */
export function contactFields(areas: Option[], languages: readonly Language[] = [MAIN_LANGUAGE]): Field[] {
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
    ruled(c['category'], { name: 'category', label: 'Category', widget: 'select', options: valueOptions(c['category']?.options ?? contactCategories) }),
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
        ruled(phone['hours'], { name: 'hours', label: 'Answered', widget: 'select', options: valueOptions(phone['hours']?.options ?? phoneHours) }),
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
    ...languages.filter((l) => l !== MAIN_LANGUAGE).map(translatedFields),
    ruled(c['draft'], {
      name: 'draft',
      label: 'Draft',
      widget: 'boolean',
      default: false,
      hint: 'On while the details are placeholders nobody has checked: the site marks the contact as a draft. Turn it off once every detail is checked.',
    }),
  ];
}
