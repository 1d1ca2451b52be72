// Rules for resources/<resource-id>.yaml: each record against its schema, with its file or address
// (checked in resource-files.ts); not a draft; every change is signed off before it takes effect; a
// flowchart has a text alternative that exists; and every file in resources/files/ is named by a resource.
import { suggestHeadings } from './heading-links.ts';
import { isId } from '../content/ids.ts';
import { inspectBody } from '../content/mdx-body.ts';
import { fieldLabel } from './field-labels.ts';
import type { ProblemReport } from './problems.ts';
import { RESERVED_IDS, type Resource } from '../content/resources.ts';
import { resourceSchema, type ResourceRecord } from '../schemas/resource.ts';
import { parseDocumentLink } from '../site/urls.ts';
import { documentNoun, versionOn } from '../content/versions.ts';
import { applySchema, parseYaml, type ParsedYaml } from '../content/yaml-source.ts';
import type { ManualIndex } from './manual-index.ts';
import { checkAttachedFile, DRAFT } from './resource-files.ts';

export interface CheckedResources {
  resources: Resource[];
  /** Where each resource's list of changes is, for the lock check. */
  changesAt: Map<string, { file: string; line: number | undefined }>;
  /** Resources whose record exists but cannot be read: references to them are not reported again. */
  unreadable: Set<string>;
}

export function checkResources(index: ManualIndex, report: ProblemReport): CheckedResources {
  const { source, options } = index;
  const checked: CheckedResources = { resources: [], changesAt: new Map(), unreadable: new Set() };
  const folder = `${source.contentDir}/resources`;
  const attached = new Map((source.attachedFiles ?? []).map((f) => [f.file, f]));
  const named = new Set<string>();
  for (const { file, text } of source.resourceFiles ?? []) {
    const relative = file.slice(folder.length + 1);
    const id = relative.replace(/\.ya?ml$/, '');
    if (id === relative || relative.includes('/') || !isId(id)) {
      report.error(
        file,
        undefined,
        'file name',
        'only resource records may sit in the resources folder, each named <resource-id>.yaml in lower-case words joined by hyphens; their files go in resources/files/',
        'rename it, for example multi-agency-referral-form.yaml, or move a document into resources/files/',
      );
      continue;
    }
    checked.unreadable.add(id);
    const parsed = parseYaml(text, file);
    report.add(parsed.problems);
    if (parsed.problems.length) continue;
    // A record with problems still names its file: the file is not reported as left over.
    const fileName = (parsed.data as { file?: unknown } | null)?.file;
    if (typeof fileName === 'string') named.add(`${folder}/files/${fileName}`);
    const result = applySchema(resourceSchema, parsed, file, Object.keys(resourceSchema.shape));
    report.add(result.problems);
    if (!result.data) continue;
    const record = result.data;
    const before = report.problems.length;
    if (RESERVED_IDS.has(id)) {
      report.error(
        file,
        undefined,
        'file name',
        `${id} cannot be a resource's id: /resources/${id}/ lists every resource of one kind`,
        `rename the file, for example to ${id}-${record.kind}.yaml`,
      );
    }
    const attachedFile = checkAttachedFile(file, parsed, record, attached, folder, options.settings.resourceMaxMB, report);
    checkSignOff(file, parsed, record, report);
    if (options.settings.languages.includes('cy')) checkWelshWords(file, parsed, record, report);
    if (DRAFT.test(record.title)) {
      report.error(
        file,
        parsed.lineOf(['title']),
        'title',
        'says this is a draft: only a signed-off resource may be published',
        'publish the signed-off version, with "draft" taken out of its title',
      );
    }
    const alternativeHeading = checkTextAlternative(index, file, parsed, record, report);
    if (report.problems.slice(before).some((p) => p.severity === 'error')) continue;
    checked.unreadable.delete(id);
    checked.changesAt.set(id, { file, line: parsed.lineOf(['changes']) });
    checked.resources.push({ ...record, id, attached: attachedFile, alternativeHeading });
  }
  for (const f of source.attachedFiles ?? []) {
    if (!named.has(f.file)) {
      report.warning(
        f.file,
        undefined,
        'file',
        'no resource names this file, so it is not published',
        `name it in a resource's file field (file: ${f.file.split('/').at(-1)}), or delete it`,
      );
    }
  }
  return checked;
}

/** Every change is signed off on or before the date it takes effect. */
function checkSignOff(file: string, parsed: ParsedYaml, record: ResourceRecord, report: ProblemReport): void {
  record.changes.forEach((change, i) => {
    if (change.approvedOn > change.date) {
      report.error(
        file,
        parsed.lineOf(['changes', i, 'approvedOn']),
        `changes[${i + 1}].approvedOn`,
        `is ${change.approvedOn}, after the change took effect on ${change.date}: a change is signed off before it is published`,
        `correct approvedOn, or date the change ${change.approvedOn} or later`,
      );
    }
  });
}

/**
 * In a manual published in Welsh too, the Welsh pages show every word of the resource: its
 * title and description, who keeps it up to date, each change and who signed it off, and a
 * flowchart's steps in words. Each needs its Welsh under cy:.
 */
function checkWelshWords(file: string, parsed: ParsedYaml, record: ResourceRecord, report: ProblemReport): void {
  const why = 'the manual is published in English and Welsh (languages in manual.config.ts), and the Welsh pages show';
  const welsh = record.cy;
  if (!welsh) {
    report.error(
      file,
      undefined,
      'cy',
      `is missing: ${why} this resource`,
      'add cy: with the title, description, owner and changes in Welsh, as the other Welsh words are written (docs/languages.md)',
    );
    return;
  }
  if (welsh.owner === undefined) {
    report.error(
      file,
      parsed.lineOf(['cy']),
      fieldLabel(['cy', 'owner']),
      `is missing: ${why} who keeps the resource up to date`,
      `add owner: under cy: with the Welsh words for "${record.owner}"`,
    );
  }
  const changes = welsh.changes ?? [];
  if (changes.length !== record.changes.length) {
    const missing = record.changes.slice(changes.length);
    report.error(
      file,
      parsed.lineOf(['cy', 'changes']),
      fieldLabel(['cy', 'changes']),
      `${changes.length === 0 ? 'is missing' : `gives ${changes.length} of the ${record.changes.length} changes`}: ${why} each change and who signed it off`,
      missing.length
        ? `add under cy: changes: the Welsh words of each change, in the order of changes (summary and approvedBy), for ${missing.map((c) => `"${c.summary}"`).join(', ')}`
        : `give one change under cy: changes: for each of the ${record.changes.length} changes, in the same order`,
    );
  }
  if (record.textAlternative?.text !== undefined && welsh.textAlternative === undefined) {
    report.error(
      file,
      parsed.lineOf(['cy']),
      fieldLabel(['cy', 'textAlternative']),
      `is missing: ${why} the steps of the ${record.kind} in words`,
      'add textAlternative: under cy: with the steps written out in Welsh',
    );
  }
}

/** A flowchart needs its steps in words: a chapter heading that gives them, or its own text. */
function checkTextAlternative(
  index: ManualIndex,
  file: string,
  parsed: ParsedYaml,
  record: ResourceRecord,
  report: ProblemReport,
): Resource['alternativeHeading'] {
  const alternative = record.textAlternative;
  const fixText =
    'add textAlternative: with link: /procedures/<chapter-id>/#<heading-id> (a heading that describes the same steps) or text: (the steps in words)';
  if (!alternative) {
    if (record.kind === 'flowchart')
      report.error(file, parsed.lineOf(['kind']), 'textAlternative', 'a flowchart needs a text alternative, for readers who cannot see it', fixText);
    return undefined;
  }
  const line = parsed.lineOf(['textAlternative']);
  if ((alternative.link === undefined) === (alternative.text === undefined)) {
    report.error(
      file,
      line,
      'textAlternative',
      alternative.link === undefined ? 'gives neither a link nor a text' : 'gives both a link and a text: give one',
      fixText,
    );
    return undefined;
  }
  if (alternative.link === undefined) return undefined;
  const url = alternative.link;
  const linkLine = parsed.lineOf(['textAlternative', 'link']);
  const target = parseDocumentLink(url);
  const document = target && index.idsOf(target).get(target.id);
  if (!target || !document) {
    if (target && index.unreadable.has(target.id)) return undefined;
    report.error(
      file,
      linkLine,
      'textAlternative.link',
      `${url} does not lead to a chapter or an information page`,
      'write /procedures/<chapter-id>/#<heading-id> with an existing chapter id',
    );
    return undefined;
  }
  const version = versionOn(document, index.options.today) ?? document.versions[0]!;
  const body = index.parsed.find((p) => p.version === version);
  const headings = body ? inspectBody(body.body, body.bodyLine).headings.filter((h) => h.depth > 1) : [];
  const heading = headings.find((h) => h.id === target.fragment);
  if (!heading) {
    const where = `${documentNoun(document.collection)} ${document.id}`;
    report.error(
      file,
      linkLine,
      'textAlternative.link',
      target.fragment ? `${url} leads to no heading in ${where}` : `${url} names a ${documentNoun(document.collection)}, not one of its headings`,
      headings.length ? suggestHeadings(headings.map((h) => h.id)) : 'write the steps as text: instead, as this has no headings',
    );
    return undefined;
  }
  return { chapterId: document.id, headingId: heading.id, text: heading.text };
}
