// The fields of the CMS's contact form: the contact's details, its phone numbers and its dated
// changes. Required fields and patterns come from the contact schemas (schema-rules.ts).
import { contactCategories, phoneHours } from '../schemas/contact.ts';
import { dateField, ruled, valueOptions, type Field, type Option } from './fields.ts';
import { idPattern, schemaRules } from './schema-rules.ts';

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
    ruled(c['draft'], {
      name: 'draft',
      label: 'Draft',
      widget: 'boolean',
      default: false,
      hint: 'On while the details are placeholders nobody has checked: the site marks the contact as a draft. Turn it off once every detail is checked.',
    }),
  ];
}
