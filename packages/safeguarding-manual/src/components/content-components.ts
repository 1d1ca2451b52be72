// The components a version's MDX body uses: <Contact id>, <Resource id>, <Area name> and
// <Local name>. A body names a contact, resource, area or extension point by its id; the page looks
// each up here, in the data it was given, and hands the component what it shows as props, so that
// the components never read the manual's data themselves. An id the data does not hold stops the
// build (the check refuses it first).
import { createComponent, render, renderComponent, type AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { Resource } from '../lib/content/resources.ts';
import type { LocalText } from '../lib/region/local-text.ts';
import type { Contact } from '../lib/schemas/contact.ts';
import type { Area } from '../lib/schemas/site.ts';

/** The data a body's components show. */
export interface ContentData {
  contactById: ReadonlyMap<string, Contact>;
  resourceById: ReadonlyMap<string, Resource>;
  areas: readonly Area[];
  /**
   * What the chapter's extension points show (docs/regional-manuals.md): in a manual that follows
   * a core, the partnership's own text at each point in force on the date the page shows, rendered;
   * absent in a manual that follows no core (such as the core itself).
   */
  local?: LocalPoints | undefined;
}

/** A partnership's own texts at the extension points of the chapter a page shows. */
export interface LocalPoints {
  /** The partnership's name, and the manual's short name, as the label and note say them. */
  partnership: string;
  shortName: string;
  /** The name of the core the manual follows. */
  coreName: string;
  /** The local text in force at each point that has one, with its rendered body. */
  byPoint: ReadonlyMap<string, { text: LocalText; Content: AstroComponentFactory }>;
}

/** The components that show it (Contact.astro, Resource.astro, Area.astro, Local.astro, ContentImage.astro), given by the page that imports them. */
export interface ContentParts {
  Contact: AstroComponentFactory;
  Resource: AstroComponentFactory;
  Area: AstroComponentFactory;
  Local: AstroComponentFactory;
  img: AstroComponentFactory;
}

type BodyComponents = Record<'Contact' | 'Resource' | 'Area' | 'Local' | 'img', AstroComponentFactory>;

/** `Component` with the props a body writes replaced by `props` of them; the body's content stays its slot. */
function bound(name: string, Component: AstroComponentFactory, props: (written: Record<string, unknown>) => Record<string, unknown>): AstroComponentFactory {
  // Astro types a factory's arguments as any; these are what renderComponent takes.
  type Rendering = Parameters<typeof renderComponent>;
  const factory: AstroComponentFactory = (result: Rendering[0], written: Record<string, unknown>, slots: Rendering[4]) =>
    render`${renderComponent(result, name, Component, props(written), slots)}`;
  return createComponent(factory);
}

function found<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw new Error(message);
  return value;
}

/**
 * The components for a body, looking ids up in `data`. `asToday` is set on versions that are not
 * the current one: their resource links say they lead to the resource as it is today.
 */
export function contentComponents(parts: ContentParts, data: ContentData, { asToday = false } = {}): BodyComponents {
  const components: BodyComponents = {
    Contact: bound('Contact', parts.Contact, ({ id, inline }) => ({
      contact: found(data.contactById.get(String(id)), `<Contact id="${String(id)}"> names a contact that does not exist`),
      inline,
    })),
    Resource: bound('Resource', parts.Resource, ({ id, inline }) => ({
      resource: found(data.resourceById.get(String(id)), `<Resource id="${String(id)}"> names a resource that does not exist`),
      inline,
      asToday,
    })),
    Area: bound('Area', parts.Area, ({ name }) => ({
      area: found(
        data.areas.find((a) => a.id === name),
        `<Area name="${String(name)}"> names an area that is not in the settings`,
      ),
    })),
    // The point's local text is a body too, shown with these same components (a local text holds no <Local>: the check refuses it).
    Local: bound('Local', parts.Local, ({ name }) => {
      if (!data.local) return { name };
      const { byPoint, ...about } = data.local;
      return { name, local: { ...about, shown: byPoint.get(String(name)) }, components };
    }),
    img: parts.img,
  };
  return components;
}
