// Checks an Atom document against the rules of RFC 4287 that a feed reader relies on: a
// well-formed feed in the Atom namespace; the feed and each entry with one absolute id, one
// title and one RFC 3339 updated date; an author for every entry; the feed's own address
// (rel="self") and each entry's page (rel="alternate"); no entry twice.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
type Node = Record<string, unknown>;
const list = (value: unknown): Node[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]) as Node[];
// eslint-disable-next-line @typescript-eslint/no-base-to-string -- the parser gives an element's text or attribute as a string or a number
const stringOf = (value: unknown): string => (value == null ? '' : String(value));
const text = (value: unknown): string => stringOf(typeof value === 'object' && value !== null ? (value as Node)['#text'] : value);
const isAbsolute = (iri: string) => /^[a-z][a-z0-9+.-]*:/i.test(iri) && URL.canParse(iri);

/** Every way the document breaks those rules; empty for a valid feed. */
export function atomProblems(xml: string): string[] {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed XML: ${wellFormed.err.msg}`];
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link', 'author', 'id', 'title', 'updated'].includes(name) }).parse(
    xml,
  ) as Node;
  const feed = doc['feed'] as Node | undefined;
  if (!feed) return ['the root element is not <feed>'];
  const problems: string[] = [];
  if (feed['@_xmlns'] !== 'http://www.w3.org/2005/Atom') problems.push('the feed is not in the Atom namespace');
  const required = (node: Node, where: string) => {
    for (const name of ['id', 'title', 'updated']) {
      const values = list(node[name]);
      if (values.length !== 1) problems.push(`${where} has ${values.length} <${name}> elements, not one`);
    }
    const id = text(list(node['id'])[0]);
    if (id && !isAbsolute(id)) problems.push(`${where} has an id that is not an absolute IRI: ${id}`);
    const updated = text(list(node['updated'])[0]);
    if (updated && !RFC3339.test(updated)) problems.push(`${where} has an updated date that is not RFC 3339: ${updated}`);
    for (const link of list(node['link'])) {
      if (!isAbsolute(stringOf(link['@_href']))) problems.push(`${where} has a link that is not absolute: ${String(link['@_href'])}`);
    }
  };
  required(feed, 'the feed');
  const links = list(feed['link']);
  if (!links.some((l) => l['@_rel'] === 'self')) problems.push('the feed has no rel="self" link');
  const entries = list(feed['entry']);
  const feedHasAuthor = list(feed['author']).some((a) => text(a['name']));
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    required(entry, where);
    if (!feedHasAuthor && !list(entry['author']).length) problems.push(`${where} has no author, and neither has the feed`);
    const entryLinks = list(entry['link']);
    if (!entry['content'] && !entryLinks.some((l) => (l['@_rel'] ?? 'alternate') === 'alternate'))
      problems.push(`${where} has neither content nor an alternate link`);
    const key = `${text(list(entry['id'])[0])} ${text(list(entry['updated'])[0])}`;
    if (seen.has(key)) problems.push(`${where} repeats an entry: ${key}`);
    seen.add(key);
  });
  return problems;
}

/** The entries of a valid feed: title, id and the page each links to. */
export function atomEntries(xml: string): { title: string; id: string; link: string; updated: string }[] {
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link'].includes(name) }).parse(xml) as Node;
  return list((doc['feed'] as Node)['entry']).map((entry) => ({
    title: text(entry['title']),
    id: text(entry['id']),
    link: stringOf(list(entry['link'])[0]?.['@_href']),
    updated: text(entry['updated']),
  }));
}
