import { markdownToHtml, type HastPluginDefinition, type MarkdownToHtmlResult, type PluginFactoryContext } from 'satteri';
import { describe, expect, it } from 'vitest';
import { contentLinksPlugin } from '../../src/lib/site/content-links-plugin.ts';
import { glossaryAnchor } from '../../src/lib/glossary/glossary.ts';
import { glossaryPlugin } from '../../src/lib/glossary/glossary-plugin.ts';

type Factory = (context: PluginFactoryContext) => HastPluginDefinition | null;
const context = (path: string) => ({ fileURL: new URL(`file://${path}`), sourceFormat: 'markdown' as const, source: '', data: {} });
const chapter = context('/manual/content/procedures/referrals/2026-11-30.mdx');
const html = (markdown: string, plugins: HastPluginDefinition[]) => (markdownToHtml(markdown, { hastPlugins: plugins }) as MarkdownToHtmlResult).html;

describe('links written in content', () => {
  it('are put under the base path as the chapter compiles; other links are left as written', () => {
    const plugin = (contentLinksPlugin('/manual/', '/manual/content') as Factory)(chapter)!;
    expect(html('See [Neglect](/procedures/neglect/), [GOV.UK](https://www.gov.uk/), [below](#timescales) and [a page](//example.org/x).', [plugin])).toBe(
      '<p>See <a href="/manual/procedures/neglect/">Neglect</a>, <a href="https://www.gov.uk/">GOV.UK</a>, <a href="#timescales">below</a> and <a href="//example.org/x">a page</a>.</p>\n',
    );
  });

  it('need nothing at the root of a site, and only chapters and information pages are changed', () => {
    expect(contentLinksPlugin('/', '/manual/content')).toBeNull();
    const plugin = contentLinksPlugin('/manual', '/manual/content') as Factory;
    expect(plugin(context('/manual/content/pages/worried/2026-11-30.mdx'))).not.toBeNull();
    expect(plugin(context('/manual/src/pages/other.mdx'))).toBeNull();
  });

  it('and the glossary links added after them sit under the base once', () => {
    const entries = [
      {
        id: glossaryAnchor('multi-agency safeguarding hub'),
        term: 'multi-agency safeguarding hub',
        abbreviations: ['MASH'],
        otherNames: [],
        definition: 'x',
        chapters: [],
      },
    ];
    const links = (contentLinksPlugin('/manual/', '/manual/content') as Factory)(chapter)!;
    const glossary = (glossaryPlugin(entries, '/manual/content', '/manual/') as Factory)(chapter)!;
    expect(html('The MASH decides; see [Referrals](/procedures/referrals/).', [links, glossary])).toBe(
      '<p>The <a href="/manual/glossary/#multi-agency-safeguarding-hub" class="glossary-term">multi-agency safeguarding hub</a> (MASH) decides; see <a href="/manual/procedures/referrals/">Referrals</a>.</p>\n',
    );
  });
});
