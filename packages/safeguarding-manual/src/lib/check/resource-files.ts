// Rules for what a resource record publishes: a file in resources/files/ or an address, never both; the file
// exists, is of an allowed format (and is what its name says), within the size limit, and an SVG runs nothing.
import type { ProblemReport } from './problems.ts';
import { ALLOWED_TYPES_TEXT, extensionOf, FILE_TYPES, formatSize, isFileType, type AttachedFile, type Resource } from '../content/resources.ts';
import type { ResourceRecord } from '../schemas/resource.ts';
import type { ParsedYaml } from '../content/yaml-source.ts';

const FILE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+$/;
/** A name or title that says it is a draft. */
export const DRAFT = /(^|[^a-z])draft([^a-z]|$)/i;

/** A file name written as the rule wants it: lower case, words joined by hyphens. */
function tidyName(name: string): string {
  const extension = extensionOf(name);
  const stem = extension ? name.slice(0, -extension.length - 1) : name;
  const words =
    stem
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'resource';
  return extension ? `${words}.${extension}` : words;
}

/** Either a file of an allowed format, within the limit, or an address: never both, never neither. */
export function checkAttachedFile(
  file: string,
  parsed: ParsedYaml,
  record: ResourceRecord,
  attached: ReadonlyMap<string, AttachedFile>,
  folder: string,
  maxMB: number,
  report: ProblemReport,
): Resource['attached'] {
  if (record.file === undefined && record.url === undefined) {
    report.error(
      file,
      parsed.lineOf(['title']),
      'file',
      'names neither a file nor an address',
      `add file: with the name of its file in ${folder}/files/, or url: with the address of a document published elsewhere`,
    );
    return undefined;
  }
  if (record.file !== undefined && record.url !== undefined) {
    report.error(
      file,
      parsed.lineOf(['url']),
      'url',
      'names both a file and an address: a resource is one or the other',
      'keep file: for a document the partnership publishes, or url: for one published elsewhere',
    );
    return undefined;
  }
  const name = record.file;
  if (name === undefined) return undefined;
  const line = parsed.lineOf(['file']);
  const extension = extensionOf(name);
  if (!isFileType(extension)) {
    report.error(
      file,
      line,
      'file',
      `${name} is ${extension ? `a .${extension} file` : 'a file without an extension'}: resources are published as ${ALLOWED_TYPES_TEXT} only`,
      'save it as PDF to read and print, as DOCX or XLSX for a form to fill in, or as PNG or SVG for a picture',
    );
    return undefined;
  }
  if (!FILE_NAME.test(name)) {
    report.error(
      file,
      line,
      'file',
      `the file name ${name} is not lower-case words joined by hyphens: it is the last part of the file's address`,
      `rename the file to ${tidyName(name)} and write file: ${tidyName(name)}`,
    );
    return undefined;
  }
  if (DRAFT.test(name)) {
    report.error(
      file,
      line,
      'file',
      `the file name ${name} says it is a draft: only a signed-off resource may be published`,
      'publish the signed-off version, with "draft" taken out of its name',
    );
  }
  const path = `${folder}/files/${name}`;
  const found = attached.get(path);
  if (!found) {
    report.error(file, line, 'file', `the file ${path} does not exist`, `save the file as ${path}, or correct the name`);
    return undefined;
  }
  const type = FILE_TYPES[extension];
  if (found.format !== extension) {
    const actually = found.format ? `it holds a ${FILE_TYPES[found.format].label}` : `it is not a ${type.label} (perhaps an older format renamed)`;
    report.error(
      file,
      line,
      'file',
      `${name} is named as a ${type.label}, but ${actually}`,
      found.format
        ? `rename it to ${name.slice(0, -extension.length)}${found.format} and write that here`
        : `open it and save it again as ${extension.toUpperCase()}`,
    );
    return undefined;
  }
  if (found.unsafe) {
    report.error(
      file,
      line,
      'file',
      `${name} holds ${found.unsafe}, which a published file may not have: opened on its own, it would run or load in the site's name`,
      found.format === 'svg'
        ? 'export the picture again as a plain SVG (without scripts, links, styles from elsewhere or embedded content), or as PNG'
        : 'save it again without macros, scripts or attachments (for example with "Save as" or "Print to PDF")',
    );
  }
  if (found.size > maxMB * 1024 * 1024) {
    report.error(
      file,
      line,
      'file',
      `${name} is ${formatSize(found.size)}, over the limit of ${maxMB} MB (resourceMaxMB in ${'manual.config.ts'}) that keeps downloads quick on a phone`,
      'make it smaller (compress its pictures, or save it as PDF), or raise resourceMaxMB',
    );
  }
  return { name, type: extension, size: found.size, sha256: found.sha256 };
}

/** Pictures and documents uploaded into public/images/ and public/imported/ follow the rule for every published file. */
export function checkUploads(refused: readonly { file: string; problem: string; fix: string }[], report: ProblemReport): void {
  for (const upload of refused) {
    report.error(
      upload.file,
      undefined,
      'file',
      `${upload.file.split('/').pop()} ${upload.problem}; the site publishes this folder as it is`,
      `${upload.fix}, or delete the file`,
    );
  }
}
