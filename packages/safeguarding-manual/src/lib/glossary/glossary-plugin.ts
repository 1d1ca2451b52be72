// The glossary markup as a Sätteri plugin: Astro compiles each version's MDX with Sätteri, and
// this plugin changes the compiled HTML tree before it becomes code, so the markup costs
// nothing when pages render, needs no JavaScript in the browser and leaves the files alone.
import type { HastPluginEntry, HastVisitorContext, PluginFactoryContext } from 'satteri';
import { isContentFile } from '../site/content-links-plugin.ts';
import { planGlossaryMarkup, type TreeNode } from './glossary-markup.ts';
import { glossaryMatcher } from './glossary-names.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { paths, withBase } from '../site/urls.ts';

/** The address of an entry, root-relative. */
export function glossaryHref(entry: Pick<GlossaryEntry, 'id'>): string {
  return `/${paths.glossary}#${entry.id}`;
}

/**
 * A plugin that marks the first use of each entry in the chapters and information pages of
 * `contentDir` (no other MDX file), linking to the glossary under `base`. Without entries it is
 * left out of the pipeline. It comes after contentLinksPlugin, whose work its links need not.
 */
export function glossaryPlugin(entries: readonly GlossaryEntry[], contentDir: string, base = '/'): HastPluginEntry {
  if (entries.length === 0) return null;
  const matcher = glossaryMatcher(entries);
  const hrefOf = (entry: GlossaryEntry) => withBase(base, glossaryHref(entry));
  return (context: PluginFactoryContext) => {
    if (!isContentFile(context, contentDir)) return null;
    return {
      name: 'glossary',
      before(root: TreeNode, ctx: HastVisitorContext) {
        const textOf = (node: TreeNode) => ctx.textContent(node as Parameters<HastVisitorContext['textContent']>[0]);
        for (const { node, nodes } of planGlossaryMarkup(root, matcher, hrefOf, textOf)) {
          ctx.replaceNode(node as Parameters<HastVisitorContext['replaceNode']>[0], nodes);
        }
      },
    };
  };
}
