// Renders a version's MDX body to HTML outside Astro, for documents a command writes (such as the
// evidence bundle). Sätteri, which the check already parses bodies with, turns the body into an
// HTML tree; the <Contact> and <Local> components, links, images and heading ids are then resolved by the
// caller's functions, and hast-util-to-html writes the HTML (escaping every text).
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Nodes, Parents, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';

export interface BodyHtmlOptions {
  /** The HTML for <Contact id="..." /> (a card) or <Contact id="..." inline /> (its first number). */
  contact(id: string, inline: boolean): ElementContent;
  /** Where a link written in the body should lead (a fragment inside the document, or an absolute address). */
  link(href: string): string;
  /** Where an image written in the body comes from (such as a data: address), or undefined to show its description instead. */
  image(src: string): string | undefined;
  /** Prefixed to every heading id, so that the headings of many documents in one file stay distinct. */
  idPrefix: string;
  /** How many levels to move headings down: 1 turns the body's ## into <h3>. */
  headingShift: number;
  /** What stands at <Local name="..." />, an extension point (docs/regional-manuals.md); nothing when undefined. */
  local?: ((name: string) => ElementContent | undefined) | undefined;
}

interface MdxJsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: Nodes[];
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
}

const HEADING = /^h([1-6])$/;

/** The body as HTML, with the heading ids the site gives them (github-slugger over their text), prefixed. */
export function bodyToHtml(body: string, options: BodyHtmlOptions): string {
  const tree = mdxToHast(body, { features: { frontmatter: false }, position: false }) as unknown as Root;
  const slugger = new GithubSlugger();

  function resolve(node: Nodes): ElementContent[] {
    const type = node.type as string;
    if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
      const jsx = node as unknown as MdxJsxNode;
      if (jsx.name === 'Contact') {
        const id = jsx.attributes.find((a) => a.name === 'id')?.value;
        const inline = jsx.attributes.some((a) => a.name === 'inline');
        return typeof id === 'string' ? [options.contact(id, inline)] : [];
      }
      if (jsx.name === 'Local') {
        const name = jsx.attributes.find((a) => a.name === 'name')?.value;
        const shown = typeof name === 'string' ? options.local?.(name) : undefined;
        return shown ? [shown] : [];
      }
      // The check allows no other component: keep what it holds.
      return jsx.children.flatMap(resolve);
    }
    // Notes for editors ({/* ... */}), imports and raw HTML are never shown (the check refuses the last two).
    if (type === 'mdxFlowExpression' || type === 'mdxTextExpression' || type === 'mdxjsEsm' || type === 'raw' || type === 'comment' || type === 'doctype')
      return [];
    if (node.type === 'element') {
      rewrite(node);
      node.children = node.children.flatMap(resolve);
      return [node];
    }
    return [node as ElementContent];
  }

  function rewrite(element: Element): void {
    const heading = HEADING.exec(element.tagName);
    if (heading) {
      element.properties['id'] = `${options.idPrefix}${slugger.slug(textOf(element))}`;
      element.tagName = `h${Math.min(6, Number(heading[1]) + options.headingShift)}`;
    } else if (element.tagName === 'a' && typeof element.properties['href'] === 'string') {
      element.properties['href'] = options.link(element.properties['href']);
    } else if (element.tagName === 'img' && typeof element.properties['src'] === 'string') {
      const src = options.image(element.properties['src']);
      if (src === undefined) {
        // Without the picture, its description stands in its place.
        element.tagName = 'span';
        element.children = [{ type: 'text', value: `[Picture: ${String(element.properties['alt'] ?? '')}]` }];
        element.properties = { className: ['picture-missing'] };
      } else {
        element.properties['src'] = src;
      }
    }
  }

  const root: Parents = { type: 'root', children: tree.children.flatMap(resolve) };
  return toHtml(root);
}
