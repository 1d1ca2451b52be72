import { describe, expect, it } from 'vitest';
import { worriedPanel } from '../../../src/lib/site/worried-panel.ts';
import type { Contact } from '../../../src/lib/schemas/contact.ts';
import type { Area } from '../../../src/lib/schemas/site.ts';

const areas: Area[] = [
  { id: 'northtown', name: 'Northtown', council: 'Northtown Council' },
  { id: 'southvale', name: 'Southvale', council: 'Southvale Council' },
  { id: 'westmere', name: 'Westmere', council: 'Westmere Council' },
];

function contact(id: string, category: Contact['category'], covers: string[]): Contact {
  return {
    id,
    organisation: `${id} organisation`,
    service: `${id} service`,
    category,
    areas: covers,
    phones: [{ label: 'Phone', number: '0300 000 0000' }],
  } as Contact;
}

const contacts = new Map(
  [
    contact('police', 'emergency', ['all']),
    contact('north-front-door', 'referral', ['northtown']),
    contact('south-west-front-door', 'referral', ['southvale', 'westmere']),
    contact('out-of-hours', 'referral', ['northtown', 'southvale', 'westmere']),
    contact('nspcc', 'national', ['all']),
  ].map((c) => [c.id, c]),
);

describe('the "Worried about a child?" panel', () => {
  it('puts the emergency number apart, and marks each other service with the areas it covers', () => {
    const panel = worriedPanel(['north-front-door', 'police', 'south-west-front-door', 'out-of-hours', 'nspcc'], areas, contacts);
    expect(panel.emergency?.id).toBe('police');
    expect(panel.entries.map(({ contact, areaIds, areaName }) => [contact.id, areaIds, areaName])).toEqual([
      ['north-front-door', 'northtown', 'Northtown'],
      ['south-west-front-door', 'southvale westmere', undefined],
      ['out-of-hours', undefined, undefined],
      ['nspcc', undefined, undefined],
    ]);
  });

  it('has no emergency line when the settings name no emergency contact', () => {
    expect(worriedPanel(['nspcc'], areas, contacts)).toEqual({
      emergency: undefined,
      entries: [{ contact: contacts.get('nspcc'), areaIds: undefined, areaName: undefined }],
    });
  });

  it('refuses a contact that does not exist', () => {
    expect(() => worriedPanel(['gone'], areas, contacts)).toThrowErrorMatchingInlineSnapshot(
      `[Error: The worried panel names the contact gone, which does not exist]`,
    );
  });
});
