// Writes each chapter and information page of an evidence bundle as HTML: its heading, the record
// of its version (in force when, approved by whom, SHA-256) and its body, linked within the bundle;
// in a manual that follows a core, with the partnership's local text at each extension point.
import { coreOrigin, coreOriginText } from '../region/core-record.ts';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { InForce } from '../history/as-at.ts';
import { bodyToHtml } from '../site/body-html.ts';
import { formatDate } from '../util/dates.ts';
import type { Manual } from '../content/manual.ts';
import { parseUkPhone } from '../content/phones.ts';
import { paths, parseDocumentLink } from '../site/urls.ts';
import { inForceUntil, signOffText, type Collection, type Version } from '../content/versions.ts';
import { RECORDS_TEXT } from '../interface-text/records.ts';
import type { LocalInBundle } from './local-texts.ts';

/** The id of a document's place in the bundle. */
export const anchorOf = (collection: Collection, id: string) => `${collection}--${id}`;

/** What writing a document needs besides the manual. */
export interface DocumentSources {
  /** The build date: a version still in force is in force on it. */
  today: string;
  /** The MDX body of a version file: a chapter's, a page's or a local text's. */
  body(version: Pick<Version, 'file'>): string;
  /** A picture of the site's public/ folder as a data: address, or undefined when it cannot be read. */
  image: (path: string) => string | undefined;
  /** An address on the site, written in full. */
  abs: (path: string) => string;
  /** In a manual that follows a core: who it is, and the local texts the bundle shows at the chapters' extension points. */
  local?: { partnership: string; shortName: string; coreName: string; texts: readonly LocalInBundle[] } | undefined;
}

/** The id of a local text's box in the bundle. */
const localAnchor = (anchor: string, point: string) => `${anchor}--local-${point}`;

/**
 * Each document of the bundle as an <article> (in the order given), and the ids of the contacts
 * their bodies show, whose details the bundle lists at its end.
 */
export function documentArticles(manual: Manual, included: readonly InForce[], sources: DocumentSources): { articles: string[]; usedContacts: Set<string> } {
  const { abs } = sources;
  const documents = [...manual.chapters, ...manual.pages];
  const inBundle = new Set(included.map(({ chapter }) => anchorOf(chapter.collection, chapter.id)));
  const contactById = new Map(manual.contacts.map((c) => [c.id, c]));
  const usedContacts = new Set<string>();

  /** A link written in a body: to a document in the bundle, its place in the bundle; otherwise the site. */
  function link(href: string, own: InForce): string {
    if (href.startsWith('#')) return `#${anchorOf(own.chapter.collection, own.chapter.id)}--${href.slice(1)}`;
    const target = parseDocumentLink(href);
    if (target && inBundle.has(anchorOf(target.collection, target.id))) {
      const anchor = anchorOf(target.collection, target.id);
      return `#${target.fragment ? `${anchor}--${target.fragment}` : anchor}`;
    }
    return href.startsWith('/') && !href.startsWith('//') ? abs(href) : href;
  }

  function phoneLink(number: string): ElementContent {
    const phone = parseUkPhone(number);
    return phone ? h('a', { href: phone.tel }, phone.display) : h('span', number);
  }

  function contactCard(id: string, inline: boolean): ElementContent {
    const contact = contactById.get(id);
    if (!contact) return h('span', `[contact ${id}]`);
    usedContacts.add(id);
    if (inline) return h('span', { className: ['contact-inline'] }, [phoneLink(contact.phones[0]!.number)]);
    return h('div', { className: ['contact-card'] }, [
      h('p', [
        h('strong', contact.service),
        contact.organisation !== contact.service ? `, ${contact.organisation}` : '',
        ' ',
        h('a', { href: `#contact-${id}` }, "(today's details)"),
      ]),
      h(
        'ul',
        contact.phones.map((p) => h('li', [`${p.label}: `, phoneLink(p.number), p.hoursText ? ` (${p.hoursText})` : ''])),
      ),
      ...(contact.email ? [h('p', [`Email: ${contact.email}`])] : []),
      ...(contact.notes ? [h('p', contact.notes)] : []),
    ]);
  }

  const fullById = new Map(documents.map((c) => [anchorOf(c.collection, c.id), c]));

  function record(item: InForce): ElementContent {
    const { chapter, version } = item;
    // The chapter as it stands today, which knows when the version stopped being in force.
    const until = inForceUntil(fullById.get(anchorOf(chapter.collection, chapter.id))!, version);
    const signOff = signOffText(version);
    const origin = chapter.collection === 'procedures' ? coreOrigin(manual.core, chapter.id, version.amended) : undefined;
    const fact = (term: string, ...value: (ElementContent | string)[]) => [h('dt', term), h('dd', value)];
    const locals = localsOf(item);
    const anchor = anchorOf(chapter.collection, chapter.id);
    return h('dl', { className: ['facts', 'record'] }, [
      ...fact(
        'Version',
        `in force from ${formatDate(version.amended)}${until ? ` to ${formatDate(until)}` : ` (still in force on ${formatDate(sources.today)})`}`,
      ),
      ...fact('Approved', signOff ? signOff.replace(/^Approved /, '') : 'not recorded'),
      ...(origin ? fact('From the regional core', coreOriginText(origin)) : []),
      ...(version.summary ? fact(version.amended === chapter.versions[0]!.amended ? 'First published' : 'What it changed', version.summary) : []),
      ...fact('SHA-256', h('span', { className: ['hash'] }, version.hash)),
      ...fact('File', h('code', version.file)),
      ...(locals.length
        ? fact(
            'Local arrangements',
            h(
              'ul',
              locals.map(({ point, text }) =>
                h('li', [
                  h('a', { href: `#${localAnchor(anchor, point)}` }, `at ${point}`),
                  `: the text of ${formatDate(text.amended)}, SHA-256 `,
                  h('span', { className: ['hash'] }, text.hash),
                  ', file ',
                  h('code', text.file),
                ]),
              ),
            ),
          )
        : []),
      ...fact(
        'Online',
        h(
          'a',
          { href: abs(paths.version(chapter.id, version.amended, chapter.collection)) },
          abs(paths.version(chapter.id, version.amended, chapter.collection)),
        ),
      ),
    ]);
  }

  const localTexts = sources.local?.texts ?? [];
  function localsOf(item: InForce): readonly LocalInBundle[] {
    return localTexts.filter((l) => l.item === item);
  }

  /** A local text as the chapter page shows it: in a box labelled with the partnership, with its date and sign-off. */
  function localBox(item: InForce, { point, text }: LocalInBundle): string {
    const { partnership, shortName, coreName } = sources.local!;
    const words = RECORDS_TEXT.en.localText;
    const id = localAnchor(anchorOf(item.chapter.collection, item.chapter.id), point);
    const body = bodyToHtml(sources.body(text), {
      contact: contactCard,
      link: (href) => link(href, item),
      image: sources.image,
      idPrefix: `${id}--`,
      headingShift: 1,
    });
    const label = toHtml(h('p', { className: ['local-text-label'], id: `${id}-label` }, words.label(partnership)));
    const about = toHtml(
      h('p', { className: ['local-text-about'] }, [
        `${words.inForce(shortName)} `,
        h('a', { href: abs(paths.localText(text.chapterId, point, text.amended)) }, formatDate(text.amended)),
        ...(text.approvedBy
          ? [` ${words.approved(text.approvedBy)}`, ...(text.approvedOn ? [` ${words.approvedOn} ${formatDate(text.approvedOn)}`] : [])]
          : [', with no sign-off recorded']),
        `. ${words.rest(coreName)}`,
      ]),
    );
    const shell = toHtml(h('div', { className: ['local-text'], id, role: 'group', ariaLabelledBy: `${id}-label`, dataLocalPoint: point }));
    return `${shell.slice(0, -'</div>'.length)}${label}${body}${about}</div>`;
  }

  const articles = included.map((item) => {
    const { chapter, version } = item;
    const anchor = anchorOf(chapter.collection, chapter.id);
    const locals = localsOf(item);
    // Each extension point with local text becomes a slot in the body, which the text's box then fills.
    const filled = new Set(locals.map((l) => l.point));
    let body = bodyToHtml(sources.body(version), {
      contact: contactCard,
      link: (href) => link(href, item),
      image: sources.image,
      idPrefix: `${anchor}--`,
      headingShift: 1,
      local: (point) => (filled.has(point) ? h('div', { dataLocalSlot: point }) : undefined),
    });
    for (const local of locals) {
      const slot = toHtml(h('div', { dataLocalSlot: local.point }));
      // A point the body holds no slot for (inside another element's text) still shows its text, after the chapter's.
      body = body.includes(slot) ? body.replace(slot, () => localBox(item, local)) : `${body}${localBox(item, local)}`;
    }
    const head = toHtml(
      h('article', { className: ['document'], id: anchor, ariaLabelledBy: `${anchor}-title` }, [
        h('h2', { id: `${anchor}-title` }, version.section ? [h('span', { className: ['number'] }, version.section), ` ${version.title}`] : version.title),
        record(item),
      ]),
    );
    // The body is already HTML: it goes in before the article closes.
    return `${head.slice(0, -'</article>'.length)}<div class="body">${body}</div></article>`;
  });
  return { articles, usedContacts };
}
