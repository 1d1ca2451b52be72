// Links written in the chapters and information pages, placed under the site's base path as
// the MDX compiles: a root-relative link (/procedures/x/) becomes /manual/procedures/x/ on a
// site served under /manual/. Done once per version file here, not by a component on every
// link each time a page renders it (a page renders a dozen links, a large site 10,000 pages).
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import { fileURLToPath } from 'node:url';
import { resolve, sep } from 'node:path';
import { contentHref, withBase } from './urls.ts';

/** Whether the file being compiled is a chapter or an information page of `contentDir`. */
export function isContentFile(context: PluginFactoryContext, contentDir: string): boolean {
  const file = context.fileURL && fileURLToPath(context.fileURL);
  return !!file && ['procedures', 'pages'].some((folder) => file.startsWith(resolve(contentDir, folder) + sep));
}

/** A plugin that puts root-relative links under `base`; at the root of a site it is left out. */
export function contentLinksPlugin(base: string, contentDir: string): HastPluginEntry {
  if (withBase(base, '/') === '/') return null;
  return (context: PluginFactoryContext) => {
    if (!isContentFile(context, contentDir)) return null;
    return {
      name: 'content-links',
      // Only links cross from the compiler to this code.
      element: {
        filter: ['a'],
        visit(node, ctx) {
          const href = node.properties['href'];
          if (typeof href !== 'string') return;
          const placed = contentHref(base, href);
          if (placed !== href) ctx.setProperty(node, 'href', placed);
        },
      },
    };
  };
}
