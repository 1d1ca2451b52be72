import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { createComponent, render, renderComponent, renderSlot, unescapeHTML } from 'astro/runtime/server/index.js';
import { describe, expect, it } from 'vitest';
import { contentComponents, type ContentData } from '../../../src/components/content-components.ts';
import type { Resource } from '../../../src/lib/content/resources.ts';
import type { Contact } from '../../../src/lib/schemas/contact.ts';

// Stand-ins for Contact.astro, Resource.astro, Area.astro, Local.astro and ContentImage.astro: each shows the props it is given, then its slot.
function shows(name: string) {
  return createComponent(
    (result: Parameters<typeof renderSlot>[0], props: Record<string, unknown>, slots: Record<string, Parameters<typeof renderSlot>[1]>) =>
      render`<${name}>${JSON.stringify(props)}${slots['default'] ? renderSlot(result, slots['default']) : ''}</${name}>`,
  );
}
const parts = { Contact: shows('contact'), Resource: shows('resource'), Area: shows('area'), Local: shows('local'), img: shows('img') };

const data: ContentData = {
  contactById: new Map([['mash', { id: 'mash', service: 'MASH' } as Contact]]),
  resourceById: new Map([['body-map', { id: 'body-map', title: 'Body map' } as Resource]]),
  areas: [{ id: 'northtown', name: 'Northtown', council: 'Northtown Council' }],
};

async function rendered(components: ReturnType<typeof contentComponents>, name: keyof typeof components, props: Record<string, unknown>, body?: string) {
  // A page that writes <Name {...props}>body</Name>, as a chapter's body does once compiled.
  const page = createComponent(
    (result: Parameters<typeof renderComponent>[0]) =>
      render`${renderComponent(result, name, components[name], props, body === undefined ? {} : { default: () => render`${unescapeHTML(body)}` })}`,
  );
  const html = await (await AstroContainer.create()).renderToString(page);
  // The stand-ins' JSON, as Astro escapes it in the page.
  return html.replaceAll('&quot;', '"');
}

describe("the components of a version's body", () => {
  it('give each component what the id written in the body names', async () => {
    const components = contentComponents(parts, data);
    expect(await rendered(components, 'Contact', { id: 'mash', inline: true })).toBe(
      '<contact>{"contact":{"id":"mash","service":"MASH"},"inline":true}</contact>',
    );
    expect(await rendered(components, 'Resource', { id: 'body-map' })).toBe(
      '<resource>{"resource":{"id":"body-map","title":"Body map"},"asToday":false}</resource>',
    );
    expect(await rendered(components, 'Area', { name: 'northtown' }, '<p>Call the hub.</p>')).toBe(
      '<area>{"area":{"id":"northtown","name":"Northtown","council":"Northtown Council"}}<p>Call the hub.</p></area>',
    );
  });

  it("give an extension point the partnership's text in force, with the same components for its body, in a manual that follows a core", async () => {
    expect(await rendered(contentComponents(parts, data), 'Local', { name: 'referral-arrangements' })).toBe('<local>{"name":"referral-arrangements"}</local>');
    const text = {
      chapterId: 'making-a-referral',
      point: 'referral-arrangements',
      amended: '2026-12-05',
      summary: 'First',
      file: 'f.mdx',
      hash: 'h',
      contactIds: [],
      resourceIds: [],
    };
    const local = {
      partnership: 'Northmoor SCP',
      shortName: 'Northmoor',
      coreName: 'Marlow Vale',
      byPoint: new Map([['referral-arrangements', { text, Content: shows('text') }]]),
    };
    const components = contentComponents(parts, { ...data, local });
    expect(await rendered(components, 'Local', { name: 'referral-arrangements' })).toBe(
      `<local>{"name":"referral-arrangements","local":{"partnership":"Northmoor SCP","shortName":"Northmoor","coreName":"Marlow Vale","shown":{"text":${JSON.stringify(text)}}},"components":{}}</local>`,
    );
    expect(await rendered(components, 'Local', { name: 'unfilled' })).toContain('"coreName":"Marlow Vale"},"components"');
  });

  it("say on a version that is not the current one that a resource's link leads to it as it is today", async () => {
    const components = contentComponents(parts, data, { asToday: true });
    expect(await rendered(components, 'Resource', { id: 'body-map', inline: true })).toContain('"inline":true,"asToday":true');
  });

  it('stop the build at an id the data does not hold', async () => {
    const components = contentComponents(parts, data);
    await expect(rendered(components, 'Contact', { id: 'gone' })).rejects.toThrow('<Contact id="gone"> names a contact that does not exist');
    await expect(rendered(components, 'Resource', { id: 'gone' })).rejects.toThrow('<Resource id="gone"> names a resource that does not exist');
    await expect(rendered(components, 'Area', { name: 'gone' })).rejects.toThrow('<Area name="gone"> names an area that is not in the settings');
  });
});
