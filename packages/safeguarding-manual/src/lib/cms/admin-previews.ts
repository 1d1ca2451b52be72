// The editor's previews, in the site's own markup (the classes the site's stylesheet styles,
// loaded as preview.css): a version as its chapter or page shows it, a contact as the contacts
// page shows it (ContactEntry.astro), each followed by "What this draft changes" in the changes
// page's markup (DiffView.astro). Runs in the browser (the admin page's bundle), with Decap's
// React `h`.
import { formatDate, isIsoDate } from '../util/dates.ts';
import type { DiffBlock } from '../site/diff.ts';
import { HOURS_WORDS, parseUkPhone } from '../content/phones.ts';
import { contactChanges, draftChanges, type ComparedContact } from './admin-changes.ts';

export type Element = unknown;
export type H = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;

/** A value the CMS hands over, as text: empty when it is missing. */
// eslint-disable-next-line @typescript-eslint/no-base-to-string -- a field holds a string, a number or a date, each of which reads as text
export const textOf = (value: unknown): string => (value == null ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

const LABELS = { added: 'Added', removed: 'Removed', changed: 'Changed', same: '' } as const;

/** "What this draft changes": the blocks that differ, in the changes page's markup. */
function changesSection(h: H, blocks: readonly DiffBlock[], same: string): Element {
  return h(
    'section',
    { className: 'draft-changes', 'aria-labelledby': 'draft-changes' },
    h('h2', { id: 'draft-changes' }, 'What this draft changes'),
    blocks.length
      ? h(
          'div',
          { className: 'diff' },
          ...blocks.map((block) =>
            h(
              'div',
              { className: `diff-entry diff-${block.status}` },
              h('p', { className: 'diff-label' }, `${LABELS[block.status]} ${block.kind === 'item' ? 'list item' : block.kind}`),
              h(
                block.kind === 'heading' ? 'h3' : 'p',
                { className: `diff-block diff-${block.kind}` },
                ...block.segments.map((seg) => (seg.op === 'ins' ? h('ins', null, seg.text) : seg.op === 'del' ? h('del', null, seg.text) : seg.text)),
              ),
            ),
          ),
        )
      : h('p', null, same),
  );
}

/**
 * A version as its page shows it: number and title, the amendment box, the text. `before` is the
 * text of the version in force (empty for a new chapter or page, whose every block is added).
 */
export function versionPreview(h: H, data: { get(key: string): unknown }, body: Element, before: string, isPage: boolean): Element {
  const title = textOf(data.get('title'));
  const section = isPage ? '' : textOf(data.get('section'));
  const summary = textOf(data.get('summary'));
  return h(
    'main',
    { className: 'preview' },
    h(
      'article',
      { className: 'chapter' },
      h('h1', null, section ? `${section} ${title}` : title),
      summary ? h('div', { className: 'amendment-box', role: 'note' }, h('p', null, h('strong', null, 'This version: '), summary)) : null,
      h('div', { className: 'prose' }, body),
    ),
    changesSection(
      h,
      draftChanges(before, textOf(data.get('body'))).filter((b) => b.status !== 'same'),
      'The text is the same as the version in force.',
    ),
  );
}

/** A contact as the contacts page shows it, then what the draft changes against the contact as published (`before`). */
export function contactPreview(h: H, contact: Record<string, unknown>, before: ComparedContact | undefined): Element {
  const list = (key: string) => (Array.isArray(contact[key]) ? (contact[key] as Record<string, unknown>[]) : []);
  const email = textOf(contact['email']);
  const web = textOf(contact['web']);
  const address = textOf(contact['address']);
  const verified = textOf(contact['verified']);
  const detail = (term: string, value: Element) => h('div', null, h('dt', null, term), h('dd', null, value));
  return h(
    'main',
    { className: 'preview' },
    h(
      'section',
      { className: 'contact-entry' },
      h('h3', null, textOf(contact['service'])),
      h('p', { className: 'contact-org' }, textOf(contact['organisation'])),
      contact['draft'] === true
        ? h('p', { className: 'draft-mark' }, h('strong', null, 'Draft:'), ' these details are placeholders that nobody has checked yet. Do not use them.')
        : null,
      h(
        'ul',
        { className: 'contact-phones' },
        ...list('phones').map((phone) => {
          const number = textOf(phone['number']);
          const parsed = parseUkPhone(number);
          const hours = textOf(phone['hoursText']) || (HOURS_WORDS as Record<string, string>)[textOf(phone['hours'])] || '';
          return h(
            'li',
            null,
            h('span', { className: 'phone-label' }, textOf(phone['label'])),
            ' ',
            h('a', { className: 'phone', href: parsed?.tel ?? `tel:${number.replace(/\s+/g, '')}` }, parsed?.display ?? number),
            hours ? [' ', h('span', { className: 'hours' }, `(${hours})`)] : null,
          );
        }),
      ),
      email || web || address
        ? h(
            'dl',
            { className: 'contact-details' },
            email ? detail('Email', h('a', { href: `mailto:${email}` }, email)) : null,
            web ? detail('Web', h('a', { href: web }, web.replace(/^https?:\/\//, ''))) : null,
            address ? detail('Address', address) : null,
          )
        : null,
      contact['notes'] ? h('p', { className: 'contact-notes' }, textOf(contact['notes'])) : null,
      isIsoDate(verified)
        ? h('p', { className: 'contact-verified' }, 'Details checked on ', h('time', { dateTime: verified }, formatDate(verified)), '.')
        : null,
      list('changes').length
        ? h(
            'details',
            { className: 'contact-changes', open: true },
            h('summary', null, 'Changes to these details'),
            h(
              'ul',
              null,
              ...[...list('changes')].reverse().map((change) => {
                const date = textOf(change['date']);
                return h('li', null, h('time', { dateTime: date }, isIsoDate(date) ? formatDate(date) : date), `: ${textOf(change['summary'])}`);
              }),
            ),
          )
        : null,
    ),
    changesSection(h, contactChanges(before, contact), 'The details are the same as on the site.'),
  );
}
