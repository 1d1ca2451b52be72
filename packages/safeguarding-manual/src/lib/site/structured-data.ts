// The machine-readable description of a version that every chapter's and information page's
// page carries: schema.org's Legislation, as JSON-LD, with its dates, its legal force, the
// partnership's areas as its jurisdiction, and the versions it replaces and that replaced it.
import { versionStanding } from './currency.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { previousVersion, versionLabel, type ManualDocument, type Version } from '../content/versions.ts';

/** What the description is made from: the document, the version a page shows, and the partnership. */
export interface LegislationInput {
  document: ManualDocument;
  version: Version;
  /** The full address of a version's dated page, which identifies that version. */
  addressOf: (version: Version) => string;
  /** The full address of the manual's home page. */
  home: string;
  settings: Pick<SiteSettings, 'partnership' | 'manualTitle' | 'areas'>;
}

/** schema.org's words for where a version stands, as creativeWorkStatus says them. */
const STATUS = { 'in-force': 'In force', upcoming: 'Not yet in force', replaced: 'Replaced', withdrawn: 'Withdrawn' } as const;

/** The JSON-LD object (schema.org Legislation) describing `version`. */
export function legislationData({ document, version, addressOf, home, settings }: LegislationInput): Record<string, unknown> {
  const standing = versionStanding(document, version);
  const withdrawal = version.change === 'withdrawn';
  const inForce = standing.kind === 'in-force' && !withdrawal;
  const first = document.versions[0] ?? version;
  const previous = previousVersion(document, version);
  const replacedBy = standing.kind === 'replaced' || standing.kind === 'withdrawn' ? document.published.find((v) => v.amended === standing.on) : undefined;
  const address = addressOf(version);
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': address,
    url: address,
    name: versionLabel(version),
    inLanguage: 'en-GB',
    ...(document.collection === 'procedures' && version.section ? { legislationIdentifier: version.section } : {}),
    legislationType: document.collection === 'procedures' ? 'Multi-agency safeguarding procedure' : 'Information page',
    legislationDate: first.approvedOn ?? first.amended,
    legislationDateVersion: version.amended,
    legislationLegalForce: { '@id': inForce ? 'schema:InForce' : 'schema:NotInForce' },
    creativeWorkStatus: withdrawal ? STATUS.withdrawn : STATUS[standing.kind],
    ...(standing.kind === 'replaced' || standing.kind === 'withdrawn' ? { expires: standing.until } : {}),
    legislationJurisdiction: settings.areas.map((area) => ({ '@type': 'AdministrativeArea', name: area.name })),
    legislationResponsible: { '@type': 'Organization', name: settings.partnership, url: home },
    isPartOf: { '@type': 'CreativeWork', name: settings.manualTitle, url: home },
    identifier: { '@type': 'PropertyValue', propertyID: 'SHA-256', value: version.hash },
    ...(previous ? { [withdrawal ? 'legislationRepeals' : 'legislationChanges']: { '@id': addressOf(previous) } } : {}),
    ...(replacedBy
      ? { '@reverse': { [replacedBy.change === 'withdrawn' ? 'legislationRepeals' : 'legislationChanges']: { '@id': addressOf(replacedBy) } } }
      : {}),
  };
}

/** The text of a <script type="application/ld+json"> block: JSON that cannot end the element early. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
