// "Worried about a child?": the contacts the settings name for the panel (worriedPanel), in
// their order: the emergency number on its own line, then each other service with the areas
// it covers, for the area choice (src/browser/area-choice.ts) to put the reader's area first.
import type { Contact } from '../schemas/contact.ts';
import type { Area } from '../schemas/site.ts';

/** One service of the panel, besides the emergency number. */
export interface PanelEntry {
  contact: Contact;
  /** The ids of the areas it covers, space-separated, when it does not cover every area. */
  areaIds: string | undefined;
  /** The name of the one area it covers, shown after its name. */
  areaName: string | undefined;
}

export interface WorriedPanel {
  /** The first emergency contact the settings name. */
  emergency: Contact | undefined;
  entries: PanelEntry[];
}

/** The panel of the contacts `ids` (which the check has found to exist), for a manual covering `areas`. */
export function worriedPanel(ids: readonly string[], areas: readonly Area[], contactById: ReadonlyMap<string, Contact>): WorriedPanel {
  const contacts = ids.map((id) => {
    const contact = contactById.get(id);
    if (!contact) throw new Error(`The worried panel names the contact ${id}, which does not exist`);
    return contact;
  });
  const emergency = contacts.find((c) => c.category === 'emergency');
  const entries = contacts
    .filter((c) => c !== emergency)
    .map((contact) => {
      const everywhere = contact.areas.includes('all') || contact.areas.length === areas.length;
      const one = contact.areas[0] !== 'all' && contact.areas.length === 1 ? contact.areas[0] : undefined;
      return {
        contact,
        areaIds: everywhere ? undefined : contact.areas.join(' '),
        areaName: one === undefined ? undefined : areas.find((a) => a.id === one)?.name,
      };
    });
  return { emergency, entries };
}
