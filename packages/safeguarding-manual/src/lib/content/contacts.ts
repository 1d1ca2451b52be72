// Local contacts: how the contacts page groups them, which chapters use each, when they
// were last checked, and the dated changes that the amendments log shows.
import { createHash } from 'node:crypto';
import type { Contact } from '../schemas/contact.ts';
import type { Area } from '../schemas/site.ts';
import { componentIdsIn } from './ids.ts';
import { byNumberThenTitle, listedChapters, type ManualDocument } from './versions.ts';
import { interfaceText } from '../interface-text.ts';
import type { ReferenceText } from '../interface-text/reference.ts';

/** A group of contacts on the contacts page, with the anchor the jump list points to. */
export interface ContactGroup {
  id: string;
  title: string;
  /** The group's contacts under sub-headings (an area or an agency); a blank heading has none. */
  subgroups: { heading: string; contacts: Contact[]; area?: string | undefined }[];
}

/** One dated change to a contact's details, as the amendments log shows it. */
export interface ContactChange {
  contactId: string;
  date: string;
  service: string;
  organisation: string;
  summary: string;
}

function bySubgroup(contacts: readonly Contact[], headingOf: (c: Contact) => string): ContactGroup['subgroups'] {
  const subgroups = new Map<string, Contact[]>();
  for (const contact of contacts) subgroups.set(headingOf(contact), [...(subgroups.get(headingOf(contact)) ?? []), contact]);
  return [...subgroups].map(([heading, list]) => ({ heading, contacts: list }));
}

/** The single area a contact serves, or undefined when it serves several or all. */
function soleArea(contact: Contact): string | undefined {
  return contact.areas.length === 1 && contact.areas[0] !== 'all' ? contact.areas[0] : undefined;
}

/**
 * The contacts page, most urgent first: emergency numbers; then the referral and
 * out-of-hours numbers by area (each area in the settings' order, then those serving
 * several areas); then every other service by agency; then national helplines.
 * Empty groups are left out. The headings are in the language the site is built in.
 */
export function groupContacts(
  contacts: readonly Contact[],
  areas: readonly Area[],
  words: Pick<ReferenceText['contacts'], 'groups' | 'allAreas'> = interfaceText().reference.contacts,
): ContactGroup[] {
  const areaOrder = (c: Contact) => {
    const area = soleArea(c);
    return area === undefined ? areas.length : areas.findIndex((a) => a.id === area);
  };
  const sorted = [...contacts].sort((a, b) => areaOrder(a) - areaOrder(b) || a.service.localeCompare(b.service));
  const areaName = (c: Contact) => areas.find((a) => a.id === soleArea(c))?.name ?? words.allAreas;
  const isReferral = (c: Contact) => c.category === 'referral' || c.category === 'out-of-hours';
  const others = sorted.filter((c) => !isReferral(c) && c.category !== 'emergency' && c.category !== 'national');
  const groups: ContactGroup[] = [
    {
      id: 'emergency',
      title: words.groups.emergency,
      subgroups: bySubgroup(
        sorted.filter((c) => c.category === 'emergency'),
        () => '',
      ),
    },
    {
      id: 'referrals',
      title: words.groups.referrals,
      subgroups: bySubgroup(sorted.filter(isReferral), areaName).map((sub) => ({ ...sub, area: soleArea(sub.contacts[0]!) })),
    },
    {
      id: 'services',
      title: words.groups.services,
      subgroups: bySubgroup(
        [...others].sort((a, b) => a.organisation.localeCompare(b.organisation)),
        (c) => c.organisation,
      ),
    },
    {
      id: 'national',
      title: words.groups.national,
      subgroups: bySubgroup(
        sorted.filter((c) => c.category === 'national'),
        () => '',
      ),
    },
  ];
  return groups.filter((g) => g.subgroups.length > 0);
}

/** The ids of the contacts a version body names with <Contact id="..." />, in order, once each. */
export function contactIdsIn(body: string): string[] {
  return componentIdsIn(body, 'Contact');
}

/** Which chapters and information pages in force use each contact: chapters in number order, then pages by title. */
export function contactUsage(documents: readonly ManualDocument[]): Map<string, ManualDocument[]> {
  const usage = new Map<string, ManualDocument[]>();
  const listed = listedChapters(documents).sort(byNumberThenTitle);
  for (const chapter of listed) {
    for (const id of chapter.current?.contactIds ?? []) usage.set(id, [...(usage.get(id) ?? []), chapter]);
  }
  return usage;
}

/** Every dated change of every contact, newest first. */
export function collectContactChanges(contacts: readonly Contact[]): ContactChange[] {
  return contacts
    .flatMap((c) =>
      c.changes.map((change) => ({ contactId: c.id, date: change.date, service: c.service, organisation: c.organisation, summary: change.summary })),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.service.localeCompare(b.service));
}

/** True when the contact was last checked more than `months` months before `today`. */
export function isVerificationDue(contact: Pick<Contact, 'verified'>, today: string, months: number): boolean {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(y, m - 1 - months, d)).toISOString().slice(0, 10);
  return contact.verified < limit;
}

/**
 * A fingerprint of what a caller relies on: the numbers, hours, email, address, web address
 * and notes (in each language). Re-checking (verified) and the change notes themselves, in
 * either language, do not change it.
 */
export function contactDetailsHash(contact: Contact): string {
  // Whether the contact is a draft is a mark on the details, not one of them.
  const { verified: _verified, changes: _changes, id: _id, draft: _draft, ...details } = contact;
  if (details.cy?.changes) {
    const { changes: _welshChanges, ...words } = details.cy;
    details.cy = words;
  }
  return createHash('sha256').update(JSON.stringify(details), 'utf8').digest('hex');
}
