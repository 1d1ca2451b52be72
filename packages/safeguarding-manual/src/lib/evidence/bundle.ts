// The evidence bundle: the whole manual as it stood on a date, as one self-contained HTML document
// for a review or an inspection (a cover, the contents, then every chapter and information page
// then in force, each with its sign-off and SHA-256, with the partnership's local text at each
// extension point of a core chapter, and today's contacts), with its manifest.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { documentsInForce, manualAsAt, type InForce } from '../history/as-at.ts';
import { collectContactChanges } from '../content/contacts.ts';
import { formatDate } from '../util/dates.ts';
import type { Manual } from '../content/manual.ts';
import { parseUkPhone } from '../content/phones.ts';
import { counted } from '../util/plural.ts';
import type { Contact } from '../schemas/contact.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { absoluteUrl, paths } from '../site/urls.ts';
import { editionDates, editionOn } from '../content/editions.ts';
import type { Version } from '../content/versions.ts';
import { anchorOf, documentArticles } from './document-html.ts';
import { evidenceManifest, type EvidenceManifest } from './manifest.ts';
import { localTextDates, localTextsInBundle } from './local-texts.ts';

export interface EvidenceInput {
  manual: Manual;
  settings: SiteSettings;
  contentDir: string;
  /** The date asked for, YYYY-MM-DD: on or before `today`. */
  asAt: string;
  /** The build date: later versions are not yet in force. */
  today: string;
  /** When the bundle is made, as an ISO date and time. */
  generated: string;
  /** The SHA-256 of the version lock file, or undefined when the manual has none. */
  lockSha256: string | undefined;
  /** The MDX body of a version file: a chapter's, a page's or a local text's. */
  body(version: Pick<Version, 'file'>): string;
  /** A picture of the site's public/ folder as a data: address, or undefined when it cannot be read. */
  image: (path: string) => string | undefined;
}

/** Why no bundle can be made for a date, in words; undefined when one can. */
export function refuseEvidenceDate(manual: Manual, asAt: string, today: string): string | undefined {
  if (asAt > today) return `${formatDate(asAt)} is after today (${formatDate(today)}): the manual has not stood on it yet.`;
  const first = editionDates([...manual.chapters, ...manual.pages], today)[0];
  if (first === undefined) return 'Nothing in the manual has taken effect yet.';
  if (asAt < first) return `The manual began on ${formatDate(first)}: nothing in it was in force on ${formatDate(asAt)}.`;
  return undefined;
}

const STYLE = `
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; line-height: 1.2; } h2 { font-size: 1.4rem; margin-top: 2rem; } h3 { font-size: 1.15rem; } h4, h5, h6 { font-size: 1rem; }
a { color: #1d4f91; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1em; } th, td { border: 1px solid #888; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; } th { background: #f0f0f0; }
code, .hash { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85em; overflow-wrap: anywhere; }
.cover { border: 3px solid #1a1a1a; padding: 1rem 1.5rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; } .facts dt { font-weight: 700; } .facts dd { margin: 0; }
.record { background: #f4f4f4; border-left: 6px solid #1a1a1a; padding: 0.5rem 1rem; }
.contact-card { border: 1px solid #888; border-left: 5px solid #1d4f91; padding: 0.25rem 0.75rem; margin: 0 0 1rem; }
.contact-card p, .contact-card ul { margin: 0.25rem 0; }
.toc ol, .toc ul { padding-left: 1.25rem; } .number { font-weight: 700; font-variant-numeric: tabular-nums; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  .cover { break-after: page; } .toc { break-after: page; }
  .document { break-before: page; } .contacts { break-before: page; }
  h2, h3, h4 { break-after: avoid; } table, .contact-card, .record { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

/** The style of the partnership's local texts, added only to a bundle that holds one, so that the HTML of every other bundle stays as it was. */
const LOCAL_STYLE = `
.local-text { border-left: 6px solid #1d4f91; background: #f4f7fb; padding: 0.25rem 1rem; margin: 1rem 0; }
.local-text-label { font-weight: 700; } .local-text-about { font-size: 0.9em; }
`;

/** The bundle's HTML and its manifest (without the bundle's own hash, which the command adds once the file is written). */
export function buildEvidence(input: EvidenceInput): { html: string; manifest: Omit<EvidenceManifest, 'bundle' | 'pdf'> } {
  const { manual, settings, asAt } = input;
  const documents = [...manual.chapters, ...manual.pages];
  // A local text's date is an edition of the manual too, as on the site.
  const dates = [...new Set([...editionDates(documents, input.today), ...localTextDates(manual, Boolean(settings.core), input.today)])].sort();
  const edition = editionOn(dates, asAt);
  if (edition === undefined) throw new Error(`no edition of the manual is in force on ${asAt}`);
  const then = manualAsAt(manual.structure, manual.chapters, manual.pages, asAt);
  const included = documentsInForce(then);
  const local = localTextsInBundle(manual, Boolean(settings.core), included, asAt, (version) => input.body(version));
  const abs = (path: string) => absoluteUrl(settings.site, settings.base, path);
  const { articles, usedContacts } = documentArticles(manual, included, {
    today: input.today,
    body: (version) => input.body(version),
    image: input.image,
    abs,
    local: settings.core && { partnership: settings.partnership, shortName: settings.shortName, coreName: settings.core.name, texts: local },
  });
  const day = formatDate(asAt);

  const tocEntry = ({ chapter, version }: InForce) =>
    h('li', [
      h(
        'a',
        { href: `#${anchorOf(chapter.collection, chapter.id)}` },
        version.section ? [h('span', { className: ['number'] }, version.section), ` ${version.title}`] : version.title,
      ),
      ` (version of ${formatDate(version.amended)})`,
    ]);
  const chaptersIn = included.filter((d) => d.chapter.collection === 'procedures');
  const placedIn = (section: (typeof then.contents)[number]) => new Set([section, ...section.subsections].flatMap((g) => g.chapters));
  const pagesIn = included.filter((d) => d.chapter.collection === 'pages');
  const toc = h('nav', { className: ['toc'], ariaLabelledBy: 'contents' }, [
    h('h2', { id: 'contents' }, 'Contents'),
    h('ul', { className: ['toc-sections'] }, [
      ...then.contents
        .map((section) => ({ section, items: chaptersIn.filter((d) => placedIn(section).has(d.chapter)) }))
        .filter(({ items }) => items.length > 0)
        .map(({ section, items }) => h('li', [`${section.number}. ${section.title}`, h('ul', items.map(tocEntry))])),
      ...(then.unplaced.length
        ? [h('li', ['Chapters under sections since removed', h('ul', chaptersIn.filter((d) => then.unplaced.includes(d.chapter)).map(tocEntry))])]
        : []),
      ...(pagesIn.length ? [h('li', ['Information pages', h('ul', pagesIn.map(tocEntry))])] : []),
      h('li', [h('a', { href: '#contacts' }, "Contacts (today's details)")]),
    ]),
  ]);

  const contacts = manual.contacts.filter((c) => usedContacts.has(c.id)).sort((a, b) => a.service.localeCompare(b.service));
  const contactSection = h('section', { className: ['contacts'], ariaLabelledBy: 'contacts' }, [
    h('h2', { id: 'contacts' }, "Contacts: today's details"),
    h(
      'p',
      `Contact details are not kept by date: these are the details of ${formatDate(input.today)}, which the chapters above show. Each contact lists the dated changes to its details recorded up to ${day}; changes after that date are counted, not listed.`,
    ),
    ...contacts.map((c) => contactEntry(c, asAt)),
  ]);

  const cover = h('section', { className: ['cover'], ariaLabelledBy: 'title' }, [
    h('p', settings.partnership),
    h('h1', { id: 'title' }, `${settings.manualTitle}: the manual as it stood on ${day}`),
    h(
      'p',
      `Evidence bundle. Every chapter and information page in force at the end of ${day}, exactly as published, with who approved each version and the SHA-256 of its file.`,
    ),
    h('dl', { className: ['facts'] }, [
      h('dt', 'As at'),
      h('dd', `the end of ${day}`),
      h('dt', 'Edition'),
      h('dd', edition === asAt ? `the manual changed on ${day}` : `the manual last changed on ${formatDate(edition)}, and stood unchanged until ${day}`),
      h('dt', 'Documents'),
      h('dd', `${counted(chaptersIn.length, 'chapter')} and ${counted(pagesIn.length, 'information page')}`),
      ...(local.length
        ? [
            h('dt', 'Local arrangements'),
            h(
              'dd',
              `the partnership's own text at ${counted(local.length, 'extension point')} of the chapters from ${settings.core!.name}, as in force at the end of ${day}, shown where each chapter has its place for it`,
            ),
          ]
        : []),
      h('dt', 'Generated'),
      h('dd', input.generated),
      h('dt', 'Version lock SHA-256'),
      h('dd', { className: ['hash'] }, input.lockSha256 ?? 'no version lock'),
      h('dt', 'Published at'),
      h('dd', [h('a', { href: abs(paths.edition(edition)) }, abs(paths.edition(edition)))]),
    ]),
    h('p', [
      "Phone numbers and other contact details are today's, not those of ",
      day,
      ': see the contacts at the end. A JSON manifest beside this file lists every version file and its SHA-256; ',
      h('code', 'npm run evidence -- --verify <this file>'),
      ' checks them against the repository.',
    ]),
  ]);

  const title = `${settings.manualTitle} as it stood on ${day} | ${settings.shortName}`;
  const html = [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    // A document to open from a disk: it runs nothing and loads nothing.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${toHtml({ type: 'text', value: title })}</title>`,
    `<style>${STYLE}${local.length ? LOCAL_STYLE : ''}</style>`,
    '</head>',
    '<body>',
    toHtml(cover),
    toHtml(toc),
    ...articles,
    toHtml(contactSection),
    '</body>',
    '</html>',
    '',
  ].join('\n');

  return { html, manifest: evidenceManifest(input, edition, included, local) };
}

function contactEntry(contact: Contact, asAt: string): ElementContent {
  const changes = collectContactChanges([contact]);
  const upTo = changes.filter((c) => c.date <= asAt);
  const after = changes.length - upTo.length;
  const phone = (number: string) => parseUkPhone(number)?.display ?? number;
  return h('div', { className: ['contact-card'], id: `contact-${contact.id}` }, [
    h('h3', contact.service),
    h('p', contact.organisation),
    h(
      'ul',
      contact.phones.map((p) => h('li', `${p.label}: ${phone(p.number)}${p.hoursText ? ` (${p.hoursText})` : ''}`)),
    ),
    ...(contact.email ? [h('p', `Email: ${contact.email}`)] : []),
    ...(contact.address ? [h('p', `Address: ${contact.address}`)] : []),
    ...(contact.notes ? [h('p', contact.notes)] : []),
    h('p', `Details checked on ${formatDate(contact.verified)}.`),
    ...(upTo.length
      ? [
          h('p', `Changes recorded up to ${formatDate(asAt)}:`),
          h(
            'ul',
            upTo.map((c) => h('li', `${formatDate(c.date)}: ${c.summary}`)),
          ),
        ]
      : []),
    ...(after ? [h('p', `${counted(after, 'change')} to these details recorded after ${formatDate(asAt)}.`)] : []),
  ]);
}
