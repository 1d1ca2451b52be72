// The glossary markup as a Sätteri plugin: Astro compiles each version's MDX with Sätteri, and
// this plugin changes the compiled HTML tree before it becomes code, so the markup costs
// nothing when pages render, needs no JavaScript in the browser and leaves the files alone.
import type { HastPluginEntry, HastVisitorContext, PluginFactoryContext } from 'satteri';
import { fileURLToPath } from 'node:url';
import { resolve, sep } from 'node:path';
import { planGlossaryMarkup, type TreeNode } from './glossary-markup.ts';
import { glossaryMatcher } from './glossary-names.ts';
import type { GlossaryEntry } from './schemas/glossary.ts';
import { paths } from './urls.ts';

/** The address of an entry, root-relative: links in content are placed under the base path when they render. */
export function glossaryHref(entry: Pick<GlossaryEntry, 'id'>): string {
  return `/${paths.glossary}#${entry.id}`;
}

/**
 * A plugin that marks the first use of each entry in the chapters and information pages of
 * `contentDir` (no other MDX file). Without entries it is left out of the pipeline.
 */
export function glossaryPlugin(entries: readonly GlossaryEntry[], contentDir: string): HastPluginEntry {
  if (entries.length === 0) return null;
  const matcher = glossaryMatcher(entries);
  const folders = ['procedures', 'pages'].map((folder) => resolve(contentDir, folder) + sep);
  return (context: PluginFactoryContext) => {
    const file = context.fileURL && fileURLToPath(context.fileURL);
    if (!file || !folders.some((folder) => file.startsWith(folder))) return null;
    return {
      name: 'glossary',
      before(root: TreeNode, ctx: HastVisitorContext) {
        const textOf = (node: TreeNode) => ctx.textContent(node as Parameters<HastVisitorContext['textContent']>[0]);
        for (const { node, nodes } of planGlossaryMarkup(root, matcher, glossaryHref, textOf)) {
          ctx.replaceNode(node as Parameters<HastVisitorContext['replaceNode']>[0], nodes);
        }
      },
    };
  };
}
