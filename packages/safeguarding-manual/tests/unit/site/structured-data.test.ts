// The JSON-LD of a version's page, expanded with schema.org's context (a local copy, release
// 30.0, in tests/fixtures/schema-org) by a JSON-LD processor, and checked against the
// vocabulary: every property exists and applies to the type it is used on, every type is a
// class, and the legal force is a LegalForceStatus.
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { jsonLdText, legislationData } from '../../../src/lib/site/structured-data.ts';
import { buildDocuments, type ManualDocument, type Version } from '../../../src/lib/content/versions.ts';
import { settings } from '../helpers.ts';

const FIXTURES = new URL('../../fixtures/schema-org/', import.meta.url);
const CONTEXT = JSON.parse(readFileSync(new URL('context.jsonld', FIXTURES), 'utf8')) as object;
const SCHEMA = 'https://schema.org/';

interface Term {
  '@id': string;
  '@type': string | string[];
  'rdfs:subClassOf'?: { '@id': string } | { '@id': string }[];
  'schema:domainIncludes'?: { '@id': string } | { '@id': string }[];
  'schema:rangeIncludes'?: { '@id': string } | { '@id': string }[];
}
const vocabulary = JSON.parse(readFileSync(new URL('vocabulary.jsonld', FIXTURES), 'utf8')) as { '@graph': Term[] };
const ids = (value: { '@id': string } | { '@id': string }[] | string | string[] | undefined): string[] =>
  (value === undefined ? [] : Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'string' ? v : v['@id']).replace(/^schema:/, SCHEMA));
const terms = new Map(vocabulary['@graph'].map((term) => [term['@id'].replace(/^schema:/, SCHEMA), term]));

/** The class and all its superclasses. */
function lineage(type: string): string[] {
  const parents = ids(terms.get(type)?.['rdfs:subClassOf']);
  return [type, ...parents.flatMap(lineage)];
}

/** Serves schema.org's context from the local copy; any other address fails, so the test never reaches the network. */
const documentLoader = (address: string) => {
  if (!/^https?:\/\/schema\.org\/?$/.test(address)) throw new Error(`the test loads no document from ${address}`);
  return Promise.resolve({ contextUrl: undefined, documentUrl: address, document: CONTEXT });
};

/** schema.org's vocabulary is served at http:// in the context and https:// in the vocabulary file: one name for both. */
const normal = (iri: string) => iri.replace(/^http:\/\/schema\.org\//, SCHEMA);

type Node = Record<string, unknown>;

/** Every problem of an expanded node (and the nodes inside it) against the vocabulary. */
function problemsOf(node: Node, path = ''): string[] {
  const problems: string[] = [];
  const types = ids(node['@type'] as string[] | undefined).map(normal);
  for (const type of types) if (!ids(terms.get(type)?.['@type']).includes('rdfs:Class')) problems.push(`${path}@type ${type} is not a schema.org class`);
  const classes = types.flatMap(lineage);
  const check = (property: string, values: unknown, subjectClasses: string[], where: string) => {
    const term = terms.get(normal(property));
    if (!ids(term?.['@type']).includes('rdf:Property')) problems.push(`${where}${property} is not a schema.org property`);
    else if (subjectClasses.length > 0 && !ids(term?.['schema:domainIncludes']).some((domain) => subjectClasses.includes(domain)))
      problems.push(`${where}${property} does not apply to ${subjectClasses[0]}`);
    // A schema.org term as a value (InForce) must be a member of an enumeration the property takes.
    for (const value of values as Node[]) {
      const member = typeof value['@id'] === 'string' && normal(value['@id']).startsWith(SCHEMA) ? terms.get(normal(value['@id'])) : undefined;
      if (
        typeof value['@id'] === 'string' &&
        normal(value['@id']).startsWith(SCHEMA) &&
        !ids(member?.['@type']).some((type) => ids(term?.['schema:rangeIncludes']).includes(type))
      )
        problems.push(`${where}${property} cannot be ${value['@id']}`);
    }
    // Nodes described inline are checked in turn; values (@value) and bare references (@id alone) are not nodes to check.
    for (const value of values as Node[])
      if (!('@value' in value) && Object.keys(value).some((key) => key !== '@id')) problems.push(...problemsOf(value, `${where}${property} > `));
  };
  for (const [key, values] of Object.entries(node)) {
    if (key === '@reverse') {
      // The subject of a reverse property is the node it points to: a Legislation too.
      for (const [property, list] of Object.entries(values as Node)) check(property, list, lineage(`${SCHEMA}Legislation`), `${path}@reverse `);
    } else if (!key.startsWith('@')) check(key, values, classes, path);
  }
  return problems;
}

async function expandAndCheck(data: object): Promise<{ expanded: Node; problems: string[] }> {
  const [expanded] = (await jsonld.expand(JSON.parse(jsonLdText(data)) as object, { documentLoader } as jsonld.Options.Expand)) as Node[];
  return { expanded: expanded!, problems: problemsOf(expanded!) };
}

function v(chapterId: string, amended: string, change: Version['change'] = 'updated', extra: Partial<Version> = {}): Version {
  return {
    chapterId,
    amended,
    section: '1.1.2',
    title: 'Referrals',
    change,
    file: `${chapterId}/${amended}.mdx`,
    hash: `${amended.replace(/-/g, '')}`.padEnd(64, 'a'),
    keywords: [],
    seeAlso: [],
    ...extra,
  };
}

const documents = buildDocuments(
  [
    v('referrals', '2020-01-06', 'new', { approvedOn: '2019-12-10' }),
    v('referrals', '2023-05-02'),
    v('referrals', '2025-01-01'),
    v('old', '2020-01-06', 'new'),
    v('old', '2024-02-01', 'withdrawn', { replacedBy: 'referrals' }),
  ],
  '2024-06-01',
);
const byId = new Map(documents.map((d) => [d.id, d]));
const addressOf = (version: Version) => `https://example.org/procedures/${version.chapterId}/${version.amended}/`;
const data = (document: ManualDocument, index: number) =>
  legislationData({ document, version: document.versions[index]!, addressOf, home: 'https://example.org/', settings });
const referrals = byId.get('referrals')!;
const S = (name: string) => `http://schema.org/${name}`;

describe("a version's JSON-LD (schema.org Legislation)", () => {
  it('uses only schema.org properties, on types they apply to, for every kind of version', async () => {
    for (const [document, index] of [
      [referrals, 0],
      [referrals, 1],
      [referrals, 2],
      [byId.get('old')!, 0],
      [byId.get('old')!, 1],
    ] as const) {
      const { problems } = await expandAndCheck(data(document, index));
      expect(problems, `${document.id} ${document.versions[index]!.amended}`).toEqual([]);
    }
  });

  it('finds a property that is not in the vocabulary, and one used on a type it does not apply to', async () => {
    const { problems } = await expandAndCheck({
      ...data(referrals, 1),
      legislationDates: '2020-01-06',
      legislationJurisdiction: [{ '@type': 'AdministrativeArea', legislationType: 'x' }],
      legislationLegalForce: { '@id': 'schema:Repealed' },
    });
    expect(problems).toEqual([
      'http://schema.org/legislationDates is not a schema.org property',
      'http://schema.org/legislationJurisdiction > http://schema.org/legislationType does not apply to https://schema.org/AdministrativeArea',
      'http://schema.org/legislationLegalForce cannot be http://schema.org/Repealed',
    ]);
  });

  it('carries the dates, the legal force, the areas as jurisdiction and the version it replaces', async () => {
    const { expanded } = await expandAndCheck(data(referrals, 1));
    expect(expanded['@id']).toBe('https://example.org/procedures/referrals/2023-05-02/');
    expect(expanded['@type']).toEqual([S('Legislation')]);
    expect(expanded[S('legislationDate')]).toEqual([{ '@type': S('Date'), '@value': '2019-12-10' }]);
    expect(expanded[S('legislationDateVersion')]).toEqual([{ '@type': S('Date'), '@value': '2023-05-02' }]);
    expect(expanded[S('legislationLegalForce')]).toEqual([{ '@id': S('InForce') }]);
    expect(expanded[S('creativeWorkStatus')]).toEqual([{ '@value': 'In force' }]);
    expect(expanded[S('legislationIdentifier')]).toEqual([{ '@value': '1.1.2' }]);
    expect(expanded[S('legislationJurisdiction')]).toEqual([{ '@type': [S('AdministrativeArea')], [S('name')]: [{ '@value': 'Northtown' }] }]);
    expect(expanded[S('legislationChanges')]).toEqual([{ '@id': 'https://example.org/procedures/referrals/2020-01-06/' }]);
    expect(expanded['@reverse']).toBeUndefined();
    expect(expanded[S('expires')]).toBeUndefined();
  });

  it('says a replaced version is not in force, until when it was, and which version replaced it', async () => {
    const { expanded } = await expandAndCheck(data(referrals, 0));
    expect(expanded[S('legislationLegalForce')]).toEqual([{ '@id': S('NotInForce') }]);
    expect(expanded[S('creativeWorkStatus')]).toEqual([{ '@value': 'Replaced' }]);
    expect(expanded[S('expires')]).toEqual([{ '@type': S('Date'), '@value': '2023-05-01' }]);
    expect(expanded[S('legislationChanges')]).toBeUndefined();
    expect(expanded['@reverse']).toEqual({ [S('legislationChanges')]: [{ '@id': 'https://example.org/procedures/referrals/2023-05-02/' }] });
  });

  it('says a version to come is not yet in force, and a withdrawal repeals the version before it', async () => {
    expect((await expandAndCheck(data(referrals, 2))).expanded[S('creativeWorkStatus')]).toEqual([{ '@value': 'Not yet in force' }]);
    const withdrawal = (await expandAndCheck(data(byId.get('old')!, 1))).expanded;
    expect(withdrawal[S('legislationLegalForce')]).toEqual([{ '@id': S('NotInForce') }]);
    expect(withdrawal[S('creativeWorkStatus')]).toEqual([{ '@value': 'Withdrawn' }]);
    expect(withdrawal[S('legislationRepeals')]).toEqual([{ '@id': 'https://example.org/procedures/old/2020-01-06/' }]);
    const last = (await expandAndCheck(data(byId.get('old')!, 0))).expanded;
    expect(last[S('creativeWorkStatus')]).toEqual([{ '@value': 'Withdrawn' }]);
    expect(last['@reverse']).toEqual({ [S('legislationRepeals')]: [{ '@id': 'https://example.org/procedures/old/2024-02-01/' }] });
  });

  it('writes JSON that cannot close its <script> element early', () => {
    expect(jsonLdText({ name: '</script><script>alert(1)</script>' })).toBe('{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
    expect(JSON.parse(jsonLdText({ name: '</script>' }))).toEqual({ name: '</script>' });
  });
});
