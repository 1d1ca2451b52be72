// Rules for the MDX body of each version: it parses; it holds no code, HTML or scripts; its
// components are the allowed ones with their attributes; its links lead to chapters, pages and
// headings that exist; only the title is a top-level heading; and pages for families read plainly.
import { findTemplateText } from '../authoring/chapter-template.ts';
import { checkCode, checkImageUrl, checkTag, isScriptUrl, schemeOf } from './content-safety.ts';
import { checkHeadingLinks } from './heading-links.ts';
import { inspectBody, NESTING_LIMIT, type BodyReport, type BodyTag } from '../content/mdx-body.ts';
import type { ProblemReport } from './problems.ts';
import { checkReadability } from './readability.ts';
import { RESERVED_IDS } from '../content/resources.ts';
import { isId } from '../content/ids.ts';
import { isDocumentAddress, parseDocumentLink } from '../site/urls.ts';
import { documentNoun, type Version } from '../content/versions.ts';
import type { ManualIndex } from './manual-index.ts';

/** Allowed components in content, with their required attributes. */
const COMPONENTS: Readonly<Record<string, readonly string[]>> = { Contact: ['id'], Resource: ['id'], Area: ['name'], Local: ['name'] };

/** What the body rules need to know beyond the documents: the contacts, the resources, and the site's own files. */
export interface BodyContext {
  contactIds: ReadonlySet<string>;
  /** Contacts whose file exists but cannot be read: its own problems are reported already. */
  unreadableContacts: ReadonlySet<string>;
  resourceIds?: ReadonlySet<string> | undefined;
  /** Resources whose record exists but has problems: they are reported already. */
  unreadableResources?: ReadonlySet<string> | undefined;
  /** Whether a root-relative address, such as /images/x.png, names a file in public/. */
  publicFileExists: (path: string) => boolean;
  /** The ids of the areas in the settings, which <Area name="..."> may name. */
  areaIds: readonly string[];
  /** Where the settings live, for messages. */
  settingsFile: string;
}

/** How each component is written, for fixes. */
const EXAMPLES: Readonly<Record<string, string>> = {
  Contact: '<Contact id="tamsford-front-door" />',
  Resource: '<Resource id="multi-agency-referral-form" />',
  Local: '<Local name="referral-arrangements" />',
};

/** True for /resources/, a page listing one kind, or a resource that exists: /resources/<id>/. */
function isResourceAddress(url: string, context: BodyContext): boolean {
  const match = /^\/resources\/(?:([^/#?]+)\/?)?(?:#.*)?$/.exec(url);
  if (!match) return false;
  const id = match[1];
  return id === undefined || RESERVED_IDS.has(id) || (context.resourceIds?.has(id) ?? false) || (context.unreadableResources?.has(id) ?? false);
}

export function checkBodies(index: ManualIndex, context: BodyContext, report: ProblemReport): void {
  const bodies = new Map<Version, BodyReport>();
  for (const { version: v, body, bodyLine } of index.parsed) {
    const parsed = checkBody(index, context, v, body, bodyLine, report);
    if (parsed) bodies.set(v, parsed);
    if (v.page) report.add(checkReadability(v, body, bodyLine));
  }
  // Links to headings, once every body is read; text left from the new-chapter template.
  for (const { version: v, body, bodyLine } of index.parsed) {
    for (const f of checkHeadingLinks(v, bodies, index.byId, index.options.today)) report.error(v.file, f.line, 'body', f.message, f.fix);
    for (const t of findTemplateText(body))
      report.warning(v.file, bodyLine + t.line, 'body', `still has the template's sentence "${t.sentence}"`, "replace it with the chapter's own text");
  }
}

/** Checks one body against the rules every chapter's body follows; returns what it holds, or undefined when it cannot be read. */
export function checkBody(
  index: Pick<ManualIndex, 'source' | 'byId' | 'unreadable' | 'pageById'>,
  context: BodyContext,
  v: Pick<Version, 'file' | 'collection'>,
  body: string,
  bodyLine: number,
  report: ProblemReport,
): BodyReport | undefined {
  const parsed = inspectBody(body, bodyLine);
  for (const { line, code } of parsed.controlCharacters) {
    report.error(
      v.file,
      line,
      'body',
      `this line holds an invisible control character (${code}), often left by copying from Word, which breaks the feeds`,
      'retype the line, or delete and re-add the spaces and line breaks in it',
    );
  }
  if (parsed.tooDeep) {
    report.error(
      v.file,
      parsed.tooDeep.line,
      'body',
      `lists or quotes are nested ${parsed.tooDeep.depth} levels deep here; at most ${NESTING_LIMIT} are allowed`,
      'flatten the list: use headings, or separate lists, instead of deeper levels',
    );
    return undefined;
  }
  if (parsed.syntaxError) {
    const { line, message } = parsed.syntaxError;
    const comment = body.split('\n')[line - bodyLine]?.includes('<!--');
    report.error(
      v.file,
      line,
      'body',
      comment ? 'an HTML comment (<!-- -->) cannot be used in a chapter' : `the MDX cannot be read: ${message}`,
      comment
        ? 'write a note for editors as {/* note */}, or delete it'
        : 'check for a stray < or { in the text (write "under 18", not "<18"), or an unclosed tag',
    );
    return undefined;
  }
  for (const c of parsed.code) {
    const { message, fix } = checkCode(c.kind);
    report.error(v.file, c.line, 'body', message, fix);
  }
  for (const tag of parsed.tags) {
    for (const { message, fix } of checkTag(tag, Object.keys(COMPONENTS))) report.error(v.file, tag.line, 'body', message, fix);
    const required = COMPONENTS[tag.name];
    if (!required) continue;
    if (tag.expressions.length) {
      report.error(
        v.file,
        tag.line,
        'body',
        `<${tag.name}> attributes must be plain text in quotes`,
        `write ${tag.name === 'Area' ? areaTag(context.areaIds) : (EXAMPLES[tag.name] ?? 'attr="value"')}`,
      );
    }
    if (tag.name === 'Area') for (const { message, fix } of checkArea(tag, context)) report.error(v.file, tag.line, 'body', message, fix);
    if (tag.name === 'Local') for (const { message, fix } of checkLocalPoint(tag)) report.error(v.file, tag.line, 'body', message, fix);
    for (const name of required) {
      if (typeof tag.attributes[name] !== 'string')
        report.error(
          v.file,
          tag.line,
          'body',
          `<${tag.name}> needs ${name}="..."`,
          tag.name === 'Area'
            ? `write ${areaTag(context.areaIds)}, naming one of the areas: ${context.areaIds.join(', ')}`
            : `write <${tag.name} ${name}="..." />`,
        );
    }
    const id = tag.attributes['id'];
    if (tag.name === 'Contact' && typeof id === 'string' && !context.contactIds.has(id) && !context.unreadableContacts.has(id)) {
      report.error(
        v.file,
        tag.line,
        'body',
        `<Contact id="${id}"> names a contact that does not exist`,
        `use the name of a file in ${index.source.contentDir}/contacts, without .yaml`,
      );
    }
    // A resource is shown as a block of its own, which cannot sit inside a sentence.
    if (tag.name === 'Resource' && tag.inline && tag.attributes['inline'] === undefined) {
      report.error(
        v.file,
        tag.line,
        'body',
        '<Resource id="..."> is inside a sentence, where its box cannot go',
        'put it on a line of its own, with an empty line before and after, or write <Resource id="..." inline /> for the link alone',
      );
    }
    if (tag.name === 'Resource' && typeof id === 'string' && !context.resourceIds?.has(id) && !context.unreadableResources?.has(id)) {
      report.error(
        v.file,
        tag.line,
        'body',
        `<Resource id="${id}"> names a resource that does not exist`,
        `use the name of a file in ${index.source.contentDir}/resources, without .yaml`,
      );
    }
  }
  for (const link of parsed.links) {
    const target = parseDocumentLink(link.url);
    if (link.url.startsWith('/procedures/') && (target?.collection !== 'procedures' || !(index.byId.has(target.id) || index.unreadable.has(target.id)))) {
      report.error(
        v.file,
        link.line,
        'body',
        `the link ${link.url} does not lead to a chapter`,
        'link to /procedures/<chapter-id>/ using an existing chapter id',
      );
    } else if (isDocumentAddress(link.url) && !link.url.startsWith('/procedures/') && (target?.collection !== 'pages' || !index.pageById.has(target.id))) {
      report.error(
        v.file,
        link.line,
        'body',
        `the link ${link.url} does not lead to an information page`,
        'link to /information/<page-id>/ using an existing page id',
      );
    } else if (link.url.startsWith('/resources/') && !isResourceAddress(link.url, context)) {
      report.error(
        v.file,
        link.line,
        'body',
        `the link ${link.url} does not lead to a resource`,
        'write <Resource id="..." /> with the id of a resource, or link to /resources/',
      );
    } else if (isScriptUrl(link.url)) {
      report.error(v.file, link.line, 'body', `${schemeOf(link.url)}: links are not allowed`, 'link to a web page or a chapter instead');
    }
  }
  for (const image of parsed.images) {
    for (const { message, fix } of checkImageUrl(image.url, image.alt, context.publicFileExists)) report.error(v.file, image.line, 'body', message, fix);
  }
  for (const heading of parsed.headings) {
    if (heading.depth === 1) {
      report.error(
        v.file,
        heading.line,
        'body',
        `the heading "${heading.text}" is a top-level heading, which only the ${documentNoun(v.collection)} title may be`,
        'use ## for headings in the body',
      );
    } else if (heading.depth === 2 && heading.within.includes('Area')) {
      report.error(
        v.file,
        heading.line,
        'body',
        `the section heading "${heading.text}" is inside <Area>: every reader needs the chapter's sections, whatever their area`,
        'put the heading before <Area>, or make it a ### heading for that area alone',
      );
    }
  }
  const points = parsed.tags.filter((t) => t.name === 'Local' && typeof t.attributes['name'] === 'string');
  points.forEach((tag, i) => {
    if (points.findIndex((t) => t.attributes['name'] === tag.attributes['name']) < i)
      report.error(
        v.file,
        tag.line,
        'body',
        `<Local name="${String(tag.attributes['name'])}"> is declared twice in this body: each extension point has one place`,
        'give each <Local> its own name, or delete the second one',
      );
  });
  return parsed;
}

/**
 * Problems with one <Local name="..." /> extension point: its name is an id (the folder of the
 * local texts that fill it), and it stands empty on a line of its own, outside any area's block.
 */
export function checkLocalPoint(tag: BodyTag): { message: string; fix: string }[] {
  const findings: { message: string; fix: string }[] = [];
  const name = tag.attributes['name'];
  if (typeof name === 'string' && !isId(name)) {
    findings.push({
      message: `<Local name="${name}"> is not a valid name for an extension point`,
      fix: `write the name in lower-case words joined by hyphens, such as ${EXAMPLES['Local']!}`,
    });
  }
  if (tag.inline) {
    findings.push({
      message: "<Local> is inside a sentence: a partnership's local text is whole paragraphs",
      fix: `put ${EXAMPLES['Local']!} on a line of its own, with an empty line before and after`,
    });
  } else if (tag.hasChildren) {
    findings.push({
      message: "<Local> holds text: it marks where each partnership's own text goes, and holds none itself",
      fix: `write ${EXAMPLES['Local']!}, and put the text before or after it`,
    });
  }
  if (tag.within.includes('Area')) {
    findings.push({ message: '<Local> is inside <Area>', fix: "put the extension point outside the area's block" });
  }
  return findings;
}

const areaTag = (ids: readonly string[]) => `<Area name="${ids[0] ?? 'tamsford'}">`;
const areaExample = (ids: readonly string[]) => `${areaTag(ids)}, then a blank line, the text for that area, a blank line and </Area>`;

/** Problems with one <Area name="..."> block: the area exists, and the block stands on its own lines, holds text and holds no other area. */
function checkArea(tag: BodyTag, context: Pick<BodyContext, 'areaIds' | 'settingsFile'>): { message: string; fix: string }[] {
  const findings: { message: string; fix: string }[] = [];
  const name = tag.attributes['name'];
  const ids = context.areaIds;
  if (typeof name === 'string' && !ids.includes(name)) {
    findings.push({
      message: `<Area name="${name}"> names an area that is not in ${context.settingsFile}`,
      fix: `use the id of one of the areas: ${ids.join(', ')}`,
    });
  }
  if (tag.inline) {
    findings.push({ message: '<Area> is inside a sentence: it holds whole paragraphs, lists or tables for one area', fix: `write ${areaExample(ids)}` });
  } else if (!tag.hasChildren) {
    findings.push({ message: '<Area> holds nothing', fix: `write the area's arrangements inside it: ${areaExample(ids)}` });
  }
  if (tag.within.includes('Area')) {
    findings.push({ message: '<Area> is inside another <Area>', fix: "close the first area's block with </Area> before the next <Area> starts" });
  }
  return findings;
}
