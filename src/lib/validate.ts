// Validates the whole manual at once: every file against its schema, then the rules that span files.
import { createHash } from 'node:crypto';
import { buildChapters, documentNoun, type Chapter, type Collection, type Version } from './versions.ts';
import { inspectBody, type BodyReport } from './mdx-body.ts';
import { checkCode, checkTag, isScriptUrl } from './content-safety.ts';
import { checkHeadingLinks } from './heading-links.ts';
import { findTemplateText } from './authoring.ts';
import { compareNumbers, parentNumber } from './numbering.ts';
import { isIsoDate } from './dates.ts';
import type { Problem } from './problems.ts';
import { contactSchema, type Contact } from './schemas/contact.ts';
import type { SiteSettings } from './schemas/site.ts';
import { structureSchema, type Structure } from './schemas/structure.ts';
import { versionSchema } from './schemas/version.ts';
import { pageSchema } from './schemas/page.ts';
import { pageFields } from './information.ts';
import { checkReadability } from './readability.ts';
import { applySchema, parseYaml } from './yaml-source.ts';
import { checkContactLock, checkLock, LOCK_FILE, lockSchema, type Lock } from './lock.ts';
import { contactIdsIn, isVerificationDue } from './contacts.ts';
import { checkSynonyms, type SynonymGroup } from './synonyms.ts';

/** A file as read from disk: its path relative to the project root, and its text. */
export interface SourceFile {
  file: string;
  text: string;
}

/** Everything the manual is made from, as text. */
export interface ManualSource {
  /** The content folder, relative to the project root, such as src/content. */
  contentDir: string;
  /** Every file under <contentDir>/procedures. */
  procedureFiles: SourceFile[];
  /** Every file under <contentDir>/pages: the information pages. */
  pageFiles?: SourceFile[] | undefined;
  structureFile: SourceFile | undefined;
  /** Every file under <contentDir>/contacts. */
  contactFiles: SourceFile[];
  /** The version lock, <contentDir>/versions.lock.json, once one exists. */
  lockFile?: SourceFile | undefined;
  /** <contentDir>/synonyms.yaml, when the manual has one. */
  synonymsFile?: SourceFile | undefined;
}

/** The manual as validated data: what pages are built from. */
export interface Manual {
  chapters: Chapter[];
  /** The information pages: chapters of the pages collection, without numbers. */
  pages: Chapter[];
  structure: Structure;
  contacts: Contact[];
  /** The version lock (empty when there is none yet). */
  lock: Lock;
  /** Groups of words that mean the same to a reader, from synonyms.yaml (none without it). */
  synonyms: SynonymGroup[];
}

export interface CheckOptions {
  /** The build date, YYYY-MM-DD: versions after it are not yet in force. */
  today: string;
  settings: SiteSettings;
  /** Where the settings live, for problems about them. */
  settingsFile: string;
  /** Parses every MDX body too (default true); the site build skips it, as the check before it has done it. */
  checkBodies?: boolean;
}

const VERSION_EXAMPLES = {
  section: 'section: "1.3.4"',
  title: 'title: Section 47 Enquiries',
  amended: 'amended: 2024-03-25 (the same date as the file name)',
  change: 'change: updated',
  summary: 'summary: What changed in this version and why.',
  description: 'description: One sentence on what the chapter covers.',
  keywords: 'keywords: [s47, child protection enquiry]',
  seeAlso: 'seeAlso: [strategy-discussions]',
  reviewDue: 'reviewDue: 2027-03-31',
  owner: "owner: Children's social care",
  replacedBy: 'replacedBy: child-criminal-exploitation',
};

const PAGE_EXAMPLES = {
  ...VERSION_EXAMPLES,
  description: 'description: What happens after you tell us you are worried about a child.',
  audience: 'audience: [families]',
  group: 'group: worried',
  seeAlso: 'seeAlso: [worried-about-a-child]',
  replacedBy: 'replacedBy: worried-about-a-child',
};

const CONTACT_EXAMPLES = {
  organisation: 'organisation: Tamsford City Council',
  service: "service: Children's Front Door",
  category: 'category: referral',
  areas: 'areas: [tamsford]',
  phones: 'phones: (a list of label, number and hours)',
  label: 'label: Office hours',
  number: 'number: "0116 496 0100"',
  hours: 'hours: office-hours',
  hoursText: 'hoursText: Monday to Friday 9am to 5pm',
  email: 'email: frontdoor@tamsford.example',
  web: 'web: https://www.tamsford.example/front-door',
  verified: 'verified: 2026-10-01',
  date: 'date: 2026-10-05',
  summary: 'summary: New out-of-hours number.',
};

const STRUCTURE_EXAMPLES = { number: 'number: "1.3"', title: 'title: Referral, Investigation and Assessment', sections: 'sections: (a list of sections)' };

/** Allowed components in content, with their required attributes. */
const COMPONENTS: Readonly<Record<string, readonly string[]>> = { Contact: ['id'] };

function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const yaml = match[1] ?? '';
  return { yaml, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

interface ParsedVersion {
  version: Version;
  lineOf: (path: readonly PropertyKey[]) => number;
  bodyLine: number;
  body: string;
}

/** Checks every file and every cross-file rule; returns all problems and the valid part of the manual. */
export function checkManual(source: ManualSource, options: CheckOptions): { problems: Problem[]; manual: Manual } {
  const problems: Problem[] = [];
  const error = (file: string, line: number | undefined, field: string, message: string, fix: string) =>
    problems.push({ severity: 'error', file, line, field, message, fix });
  const warn = (file: string, line: number | undefined, field: string, message: string, fix: string) =>
    problems.push({ severity: 'warning', file, line, field, message, fix });

  // The structure file.
  let structure: Structure = { sections: [] };
  const groupNumbers = new Set<string>();
  const structurePath = `${source.contentDir}/structure.yaml`;
  if (!source.structureFile) {
    error(structurePath, undefined, 'file', 'the structure file is missing', `create ${structurePath} listing the manual's sections`);
  } else {
    const { file, text } = source.structureFile;
    const parsed = parseYaml(text, file);
    problems.push(...parsed.problems);
    if (!parsed.problems.length) {
      const result = applySchema(structureSchema, parsed, file, STRUCTURE_EXAMPLES, ['sections']);
      problems.push(...result.problems);
      if (result.data) {
        structure = result.data;
        structure.sections.forEach((section, i) => {
          const numbers: [string, (string | number)[]][] = [[section.number, ['sections', i, 'number']]];
          if (parentNumber(section.number) !== undefined) {
            error(file, parsed.lineOf(['sections', i, 'number']), `sections[${i + 1}].number`, `section ${section.number} is not a top-level number`, 'give the section a single number such as "3", or move it into its section\'s subsections');
          }
          section.subsections.forEach((sub, j) => {
            numbers.push([sub.number, ['sections', i, 'subsections', j, 'number']]);
            if (parentNumber(sub.number) !== section.number) {
              error(file, parsed.lineOf(['sections', i, 'subsections', j, 'number']), `sections[${i + 1}].subsections[${j + 1}].number`, `sub-section ${sub.number} does not belong to section ${section.number}`, `number it ${section.number}.N, or move it under section ${parentNumber(sub.number) ?? sub.number}`);
            }
          });
          for (const [number, path] of numbers) {
            if (groupNumbers.has(number)) {
              error(file, parsed.lineOf(path), path.filter((p) => typeof p === 'string').join('.'), `number ${number} is used twice`, 'give each section and sub-section its own number');
            }
            groupNumbers.add(number);
          }
        });
      }
    }
  }

  // Contacts.
  const contacts: Contact[] = [];
  /** Where each contact's list of changes is, for the lock check: its line, or the whole file when there is none. */
  const contactChangesAt = new Map<string, { file: string; line: number | undefined }>();
  const areaIds = new Set(['all', ...options.settings.areas.map((a) => a.id)]);
  for (const { file, text } of source.contactFiles) {
    const name = file.split('/').at(-1) ?? file;
    const id = name.replace(/\.ya?ml$/, '');
    if (id === name || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      error(file, undefined, 'file name', 'a contact file must be named <contact-id>.yaml in lower-case words joined by hyphens', 'rename it, for example tamsford-front-door.yaml');
      continue;
    }
    const parsed = parseYaml(text, file);
    problems.push(...parsed.problems);
    if (parsed.problems.length) continue;
    const result = applySchema(contactSchema, parsed, file, CONTACT_EXAMPLES, Object.keys(contactSchema.shape));
    problems.push(...result.problems);
    if (!result.data) continue;
    result.data.areas.forEach((area, i) => {
      if (!areaIds.has(area)) {
        error(file, parsed.lineOf(['areas', i]), `areas[${i + 1}]`, `area ${area} is not one of the areas in ${options.settingsFile}`, `use one of ${[...areaIds].join(', ')}`);
      }
    });
    // Contact data is not versioned: a build replaying an earlier date may see later dates here.
    if (isVerificationDue(result.data, options.today, options.settings.contactReviewMonths)) {
      warn(file, parsed.lineOf(['verified']), 'verified', `the details were last checked on ${result.data.verified}, more than ${options.settings.contactReviewMonths} months ago`, `phone the service to confirm every number, then write verified: ${options.today}`);
    }
    contactChangesAt.set(id, { file, line: result.data.changes.length ? parsed.lineOf(['changes']) : undefined });
    contacts.push({ ...result.data, id });
  }
  const contactIds = new Set(contacts.map((c) => c.id));
  options.settings.worriedPanel.forEach((id) => {
    if (!contactIds.has(id) && source.contactFiles.every((f) => !f.file.endsWith(`/${id}.yaml`))) {
      error(options.settingsFile, undefined, 'worriedPanel', `contact ${id} does not exist`, `create ${source.contentDir}/contacts/${id}.yaml or remove it from worriedPanel`);
    }
  });

  // Version files: each on its own, chapters and information pages alike.
  const parsedVersions: ParsedVersion[] = [];
  const prefix = `${source.contentDir}/procedures/`;
  const versionFiles = [
    ...source.procedureFiles.map((f) => ({ ...f, collection: 'procedures' as Collection })),
    ...(source.pageFiles ?? []).map((f) => ({ ...f, collection: 'pages' as Collection })),
  ];
  for (const { file, text, collection } of versionFiles) {
    const noun = documentNoun(collection);
    const parts = file.slice(`${source.contentDir}/${collection}/`.length).split('/');
    const [chapterId, fileName] = parts;
    if (parts.length !== 2 || !chapterId || !fileName || !fileName.endsWith('.mdx')) {
      error(file, undefined, 'file name', `only version files may sit in a ${noun} folder: ${collection}/<${noun}-id>/<YYYY-MM-DD>.mdx`, 'move or rename the file, or delete it if it is not part of the manual');
      continue;
    }
    const date = fileName.slice(0, -'.mdx'.length);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(chapterId)) {
      error(file, undefined, `${noun} id`, `the folder name ${chapterId} is not a valid ${noun} id`, `rename the folder in lower-case words joined by hyphens, such as ${collection === 'pages' ? 'worried-about-a-child' : 'section-47-enquiries'}`);
      continue;
    }
    if (!isIsoDate(date)) {
      error(file, undefined, 'file name', `${fileName} is not named by a date`, 'name the file by the date the version took effect, such as 2024-03-25.mdx');
      continue;
    }
    const parts2 = splitFrontmatter(text);
    if (!parts2) {
      error(file, 1, 'frontmatter', 'the file does not start with frontmatter between two --- lines', 'start the file with ---, the fields, then --- on its own line');
      continue;
    }
    const parsed = parseYaml(parts2.yaml, file, 2);
    problems.push(...parsed.problems);
    if (parsed.problems.length) continue;
    const result = collection === 'pages'
      ? applySchema(pageSchema, parsed, file, PAGE_EXAMPLES, Object.keys(pageSchema.shape))
      : applySchema(versionSchema, parsed, file, VERSION_EXAMPLES, Object.keys(versionSchema.shape));
    for (const problem of result.problems) {
      // A page copied from a chapter keeps its number: say why it cannot stay.
      if (collection === 'pages' && problem.field === 'section') problem.fix = 'remove it: information pages have no number';
    }
    problems.push(...result.problems);
    if (!result.data) continue;
    if (result.data.amended !== date) {
      error(file, parsed.lineOf(['amended']), 'amended', `is ${result.data.amended} but the file is named ${fileName}`, `make them the same: amended: ${date}, or rename the file to ${result.data.amended}.mdx`);
      continue;
    }
    const hash = sha256(text);
    const contactIds = contactIdsIn(parts2.body);
    // An information page has no number: its section is empty, and its audience sits apart.
    let version: Version;
    if ('audience' in result.data) {
      const { audience, group, ...shared } = result.data;
      version = { ...shared, section: '', collection, page: pageFields(audience, group), chapterId, file, hash, contactIds };
    } else {
      version = { ...result.data, chapterId, file, hash, contactIds };
    }
    parsedVersions.push({
      version,
      lineOf: parsed.lineOf,
      bodyLine: parts2.bodyLine,
      body: parts2.body,
    });
  }

  const inCollection = (collection: Collection) =>
    parsedVersions.map((p) => p.version).filter((v) => (v.collection ?? 'procedures') === collection);
  const chapters = buildChapters(inCollection('procedures'), options.today);
  const pages = buildChapters(inCollection('pages'), options.today);
  const byId = new Map(chapters.map((c) => [c.id, c]));
  const pageById = new Map(pages.map((p) => [p.id, p]));
  /** Chapters or pages: see-also and replacedBy name documents of the version's own collection. */
  const idsOf = (v: Pick<Version, 'collection'>) => (v.collection === 'pages' ? pageById : byId);
  const located = new Map(parsedVersions.map((p) => [p.version, p]));
  const at = (v: Version, field: string) => located.get(v)?.lineOf([field]);
  // Chapter folders none of whose versions could be read: their files already carry the
  // problem, so references to them are not reported again as to a chapter that does not exist.
  const unreadable = new Set(
    source.procedureFiles
      .map((f) => f.file.slice(prefix.length).split('/')[0] ?? '')
      .filter((id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) && !byId.has(id)),
  );

  // Rules within a chapter (or an information page).
  for (const chapter of [...chapters, ...pages]) {
    const noun = documentNoun(chapter.collection);
    const ids = idsOf(chapter);
    chapter.versions.forEach((v, i) => {
      if (i === 0 && v.change !== 'new') {
        error(v.file, at(v, 'change'), 'change', `the first version of a ${noun} must be new, not ${v.change}`, 'write change: new');
      }
      if (i > 0 && v.change === 'new') {
        error(v.file, at(v, 'change'), 'change', `only the first version is new (the ${noun} started on ${chapter.versions[0]!.amended})`, 'write change: updated');
      }
      if (i > 0 && !v.summary) {
        error(v.file, at(v, 'change'), 'summary', 'is missing: every version after the first must say what changed and why', 'add summary: followed by one or two sentences');
      }
      if (v.change === 'withdrawn' && i < chapter.versions.length - 1) {
        error(v.file, at(v, 'change'), 'change', `a withdrawn ${noun} cannot have later versions`, 'delete the later versions, or make this version updated');
      }
      if (v.replacedBy !== undefined) {
        const target = ids.get(v.replacedBy);
        if (v.change !== 'withdrawn') {
          error(v.file, at(v, 'replacedBy'), 'replacedBy', `is only for a version that withdraws the ${noun}`, 'remove replacedBy, or write change: withdrawn');
        } else if (v.replacedBy === chapter.id) {
          error(v.file, at(v, 'replacedBy'), 'replacedBy', `names the ${noun} itself`, `name the ${noun} that replaces this one, or remove replacedBy`);
        } else if (!target && unreadable.has(v.replacedBy)) {
          // The chapter's own files report why it cannot be read.
        } else if (!target) {
          error(v.file, at(v, 'replacedBy'), 'replacedBy', `${noun} ${v.replacedBy} does not exist`, `use the folder name of an existing ${noun}`);
        } else if (target.withdrawn) {
          error(v.file, at(v, 'replacedBy'), 'replacedBy', `${noun} ${v.replacedBy} is withdrawn itself`, `name a ${noun} that is in force`);
        }
      }
    });
  }

  // Numbers: unique among chapters in force on the build date and on each later date that changes them.
  const groups = [...groupNumbers];
  const dates = [options.today, ...new Set(chapters.flatMap((c) => c.upcoming.map((v) => v.amended)))].sort();
  const reported = new Set<Version>();
  for (const date of dates) {
    const inForce = chapters
      .map((c) => c.versions.filter((v) => v.amended <= date).at(-1))
      .filter((v): v is Version => v !== undefined && v.change !== 'withdrawn');
    const byNumber = new Map<string, Version[]>();
    for (const v of inForce) byNumber.set(v.section, [...(byNumber.get(v.section) ?? []), v]);
    for (const [number, list] of byNumber) {
      if (list.length < 2) continue;
      for (const v of list.filter((x) => !reported.has(x))) {
        reported.add(v);
        const others = list.filter((x) => x !== v).map((x) => x.chapterId).join(', ');
        const when = date === options.today ? '' : ` from ${date}`;
        error(v.file, at(v, 'section'), 'section', `number ${number} is also used by ${others}${when}`, 'give one of the chapters a new number in a new version (renumbering is an amendment)');
      }
    }
    for (const v of inForce) {
      if (reported.has(v)) continue;
      const parent = parentNumber(v.section);
      if (groupNumbers.has(v.section)) {
        reported.add(v);
        error(v.file, at(v, 'section'), 'section', `number ${v.section} belongs to a section in ${structurePath}`, `number the chapter inside it, such as ${v.section}.1`);
      } else if (parent === undefined || !groupNumbers.has(parent)) {
        reported.add(v);
        const near = groups.sort(compareNumbers).join(', ');
        error(v.file, at(v, 'section'), 'section', `number ${v.section} does not sit under any section or sub-section in ${structurePath}`, parent === undefined ? `number it inside a section, such as 1.${v.section}` : `add section ${parent} to ${structurePath}, or use a number under one of: ${near}`);
      }
    }
  }

  // See-also links and the body of each version.
  const bodies = new Map<Version, BodyReport>();
  for (const { version: v, lineOf, body, bodyLine } of parsedVersions) {
    const ids = idsOf(v);
    const noun = documentNoun(v.collection);
    v.seeAlso.forEach((id, i) => {
      const target = ids.get(id);
      const line = lineOf(['seeAlso', i]);
      if (id === v.chapterId) error(v.file, line, `seeAlso[${i + 1}]`, `names the ${noun} itself`, `remove ${id} from seeAlso`);
      else if (!target && unreadable.has(id)) return;
      else if (!target) error(v.file, line, `seeAlso[${i + 1}]`, `${noun} ${id} does not exist`, `use the folder name of an existing ${noun}, or remove it`);
      else if (target.withdrawn && chapter(v)?.current === v) {
        const replacement = target.current?.replacedBy;
        const live = replacement !== undefined && ids.get(replacement)?.current && !ids.get(replacement)?.withdrawn;
        error(v.file, line, `seeAlso[${i + 1}]`, `${noun} ${id} is withdrawn`, live ? `point to its replacement, ${replacement}` : `remove ${id} from seeAlso`);
      }
    });
    if (options.checkBodies !== false) {
      checkBody(v, body, bodyLine);
      if (v.page) problems.push(...checkReadability(v, body, bodyLine));
    }
  }
  // Links to headings, once every body is read; text left from the new-chapter template.
  for (const { version: v, body, bodyLine } of parsedVersions) {
    for (const f of checkHeadingLinks(v, bodies, byId, options.today)) error(v.file, f.line, 'body', f.message, f.fix);
    if (options.checkBodies === false) continue;
    for (const t of findTemplateText(body)) warn(v.file, bodyLine + t.line, 'body', `still has the template's sentence "${t.sentence}"`, 'replace it with the chapter\'s own text');
  }

  function chapter(v: Version): Chapter | undefined {
    return idsOf(v).get(v.chapterId);
  }

  function checkBody(v: Version, body: string, bodyLine: number) {
    const report = inspectBody(body, bodyLine);
    if (report.syntaxError) {
      error(v.file, report.syntaxError.line, 'body', `the MDX cannot be read: ${report.syntaxError.message}`, 'check for a stray < or { in the text (write "under 18", not "<18"), or an unclosed tag');
      return;
    }
    bodies.set(v, report);
    for (const c of report.code) {
      const { message, fix } = checkCode(c.kind);
      error(v.file, c.line, 'body', message, fix);
    }
    for (const tag of report.tags) {
      for (const { message, fix } of checkTag(tag, Object.keys(COMPONENTS))) error(v.file, tag.line, 'body', message, fix);
      const required = COMPONENTS[tag.name];
      if (!required) continue;
      if (tag.expressions.length) {
        error(v.file, tag.line, 'body', `<${tag.name}> attributes must be plain text in quotes`, `write ${tag.name === 'Contact' ? '<Contact id="tamsford-front-door" />' : 'attr="value"'}`);
      }
      for (const name of required) {
        if (typeof tag.attributes[name] !== 'string') error(v.file, tag.line, 'body', `<${tag.name}> needs ${name}="..."`, `write <${tag.name} ${name}="..." />`);
      }
      const id = tag.attributes['id'];
      if (tag.name === 'Contact' && typeof id === 'string' && !contactIds.has(id)) {
        error(v.file, tag.line, 'body', `<Contact id="${id}"> names a contact that does not exist`, `use the name of a file in ${source.contentDir}/contacts, without .yaml`);
      }
    }
    for (const link of report.links) {
      const match = /^\/procedures\/([^/#?]+)\/?(#.*)?$/.exec(link.url);
      if (link.url.startsWith('/procedures/') && (!match || !(byId.has(match[1] ?? '') || unreadable.has(match[1] ?? '')))) {
        error(v.file, link.line, 'body', `the link ${link.url} does not lead to a chapter`, 'link to /procedures/<chapter-id>/ using an existing chapter id');
      } else if (link.url.startsWith('/information/') && !pageById.has(/^\/information\/([^/#?]+)\/?(#.*)?$/.exec(link.url)?.[1] ?? '')) {
        error(v.file, link.line, 'body', `the link ${link.url} does not lead to an information page`, 'link to /information/<page-id>/ using an existing page id');
      } else if (isScriptUrl(link.url)) {
        error(v.file, link.line, 'body', 'javascript: links are not allowed', 'link to a web page or a chapter instead');
      }
    }
    for (const heading of report.headings) {
      if (heading.depth === 1) {
        error(v.file, heading.line, 'body', `the heading "${heading.text}" is a top-level heading, which only the ${documentNoun(v.collection)} title may be`, 'use ## for headings in the body');
      }
    }
  }

  // The version lock: published versions never change or disappear silently.
  let lock: Lock = { format: 1, files: {} };
  const lockPath = `${source.contentDir}/${LOCK_FILE}`;
  if (source.lockFile) {
    let json: unknown;
    try {
      json = JSON.parse(source.lockFile.text);
    } catch (e) {
      error(lockPath, undefined, 'file', `the lock file cannot be read: ${(e as Error).message}`, `restore it from version control (git checkout -- ${lockPath})`);
    }
    const result = lockSchema.safeParse(json);
    if (json !== undefined && !result.success) {
      error(lockPath, undefined, 'file', `the lock file is damaged: ${result.error.issues[0]?.message ?? 'unknown problem'}`, `restore it from version control (git checkout -- ${lockPath})`);
    } else if (result.success) {
      lock = result.data;
      problems.push(...checkLock(lock, [...chapters, ...pages], source.contentDir, new Set([...source.procedureFiles, ...(source.pageFiles ?? [])].map((f) => f.file))));
      problems.push(...checkContactLock(lock, contacts, (id) => contactChangesAt.get(id)!));
    }
  }
  const unlocked = [...chapters, ...pages].flatMap((c) => c.published).filter((v) => !lock.files[v.file.slice(source.contentDir.length + 1)]);
  if (unlocked.length) {
    warn(lockPath, undefined, 'file', `${unlocked.length} published ${unlocked.length === 1 ? 'version is' : 'versions are'} not locked yet (${unlocked.slice(0, 3).map((v) => v.file.slice(source.contentDir.length + 1)).join(', ')}${unlocked.length > 3 ? ', ...' : ''})`, `npm run build records them in ${LOCK_FILE}: commit that file with the new versions`);
  }

  if (source.procedureFiles.length === 0) {
    warn(prefix.slice(0, -1), undefined, 'folder', 'the manual has no chapters yet', 'create <chapter-id>/<YYYY-MM-DD>.mdx for the first chapter');
  }

  const { problems: synonymProblems, synonyms } = checkSynonyms(source.synonymsFile);
  problems.push(...synonymProblems);

  return { problems, manual: { chapters, pages, structure, contacts, lock, synonyms } };
}
