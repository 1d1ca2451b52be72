// What content may not contain: code, HTML tags, scripts, event handlers and javascript: addresses.
// Chapters are written by board staff and read by practitioners; nothing in them may run code.
import type { BodyTag } from '../content/mdx-body.ts';

/** A problem in a chapter body, before it is tied to a file and line. */
export interface BodyFinding {
  message: string;
  fix: string;
}

const CONTACT_EXAMPLE = '<Contact id="tamsford-front-door" />';

/** Fixes for HTML tags people paste in, in Markdown terms. */
const MARKDOWN_FOR: Readonly<Record<string, string>> = {
  a: 'write a link as [text](/procedures/<chapter-id>/) or [text](https://...)',
  b: 'write bold text as **text**',
  strong: 'write bold text as **text**',
  i: 'write emphasised text as *text*',
  em: 'write emphasised text as *text*',
  br: 'start a new paragraph with an empty line instead',
  p: 'separate paragraphs with an empty line instead',
  ul: 'write a list as lines starting with "- "',
  ol: 'write a numbered list as lines starting with "1. "',
  li: 'write a list as lines starting with "- "',
  table: 'write a table in Markdown: | heading | heading | then | --- | --- |',
  h2: 'write a heading as ## Heading',
  h3: 'write a heading as ### Heading',
};

/**
 * Problems with one tag in a body: tags that are not among `components` (the project's own,
 * usable without an import), inline event handlers and javascript: addresses.
 */
export function checkTag(tag: BodyTag, components: readonly string[]): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const name = tag.name;
  const lower = name.toLowerCase();
  if (lower === 'script') {
    findings.push({ message: '<script> is not allowed in content: chapters cannot run scripts', fix: 'remove the <script> element and everything inside it' });
  } else if (['iframe', 'frame', 'embed', 'object'].includes(lower)) {
    findings.push({
      message: `<${name}> is not allowed in content: chapters cannot show pages from other sites`,
      fix: 'remove it and link to the page instead: [what it is](https://...)',
    });
  } else if (lower === 'style' || lower === 'link' || lower === 'meta') {
    findings.push({
      message: `<${name}> is not allowed in content: the site's own styles and settings apply to every chapter`,
      fix: `remove the <${name}> element`,
    });
  } else if (name === '') {
    findings.push({ message: 'an empty tag <> is not allowed in content', fix: 'remove the <> and </> around the text' });
  } else if (/^[a-z]/.test(name)) {
    findings.push({ message: `<${name}> is an HTML tag, which content may not use`, fix: MARKDOWN_FOR[lower] ?? 'use Markdown instead, or remove the tag' });
  } else if (!components.includes(name)) {
    findings.push({
      message: `<${name}> is not allowed in content`,
      fix: `use Markdown, <Contact id="..." /> for phone numbers, or <Resource id="..." /> for a form or document`,
    });
  }
  for (const [attribute, value] of Object.entries(tag.attributes)) {
    if (/^on/i.test(attribute)) {
      findings.push({
        message: `<${name}> has an inline event handler, ${attribute}, which content may not use`,
        fix: `remove ${attribute}="..." from the tag`,
      });
    } else if (typeof value === 'string' && isScriptUrl(value)) {
      findings.push({
        message: `<${name}> has a ${schemeOf(value)}: address in ${attribute}, which content may not use`,
        fix: `remove ${attribute}="..." from the tag`,
      });
    }
  }
  return findings;
}

/** The scheme of an address as a browser reads it (ignoring case, spaces and control characters), or undefined for a path. */
export function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
}

/** True for an address that runs code or carries its own content when followed: javascript:, vbscript: or data:. */
export function isScriptUrl(url: string): boolean {
  return ['javascript', 'vbscript', 'data'].includes(schemeOf(url) ?? '');
}

/** Why an image address may not be used, or undefined: images come from the site itself, as /images/... from public/. */
export function checkImageUrl(url: string, alt: string, exists: (path: string) => boolean): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const scheme = schemeOf(url);
  if (scheme !== undefined || url.startsWith('//')) {
    findings.push({
      message: `the image ${url.length > 60 ? `${url.slice(0, 60)}...` : url} is not on this site: images may come only from the site itself`,
      fix: 'save the image in public/images/ and write ![description](/images/name.png)',
    });
  } else if (!url.startsWith('/')) {
    findings.push({
      message: `the image ${url} is written relative to the chapter's file`,
      fix: `save it in public/images/ and write ![description](/images/${url.split('/').at(-1)})`,
    });
  } else if (!exists(decodeURIComponentSafe(url.split(/[?#]/)[0]!))) {
    findings.push({
      message: `the image ${url} does not exist: there is no file public${url.split(/[?#]/)[0]}`,
      fix: `save the image as public${url.split(/[?#]/)[0]}, or correct the address`,
    });
  }
  if (!alt.trim())
    findings.push({
      message: `the image ${url} has no description`,
      fix: 'describe it between the brackets, for people who cannot see it: ![Flowchart of the referral steps](/images/referral.png)',
    });
  return findings;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The problem with an import, export or {expression} in a body. */
export function checkCode(kind: string): BodyFinding {
  if (kind === 'import') {
    return { message: 'content may not import anything', fix: `delete the import line: ${CONTACT_EXAMPLE} works without one` };
  }
  if (kind === 'export') {
    return { message: 'content may not export anything', fix: 'delete the export: chapter settings go in the frontmatter between the --- lines' };
  }
  return {
    message: `content may not contain an ${kind}`,
    fix: 'remove the { and }, or write \\{ for a brace that is part of the text; a note for editors is written {/* like this */}',
  };
}
