// The one rule for every file the site publishes as it is (a resource's file, a picture or
// document the import copies, anything under public/images/ or public/imported/, a studio upload):
// its kind is decided by its content, from an allowlist of pictures (PNG, JPEG, GIF, WebP, plain
// SVG), PDF and office documents; its name must say that kind, as servers choose a file's type
// by its name; and nothing in it may run: no scripts in an SVG or a PDF, no macros in a document.
import { inflateSync } from 'node:zlib';
import { unsafeSvgPart } from '../check/svg-safety.ts';

/** The kinds of file the site may publish, with the extensions a file of that kind may have. */
const PUBLISHED_KINDS = {
  png: { label: 'PNG image', extensions: ['png'] },
  jpeg: { label: 'JPEG image', extensions: ['jpg', 'jpeg'] },
  gif: { label: 'GIF image', extensions: ['gif'] },
  webp: { label: 'WebP image', extensions: ['webp'] },
  svg: { label: 'SVG image', extensions: ['svg'] },
  pdf: { label: 'PDF', extensions: ['pdf'] },
  docx: { label: 'Word document', extensions: ['docx'] },
  xlsx: { label: 'Excel spreadsheet', extensions: ['xlsx'] },
  pptx: { label: 'PowerPoint presentation', extensions: ['pptx'] },
  odt: { label: 'OpenDocument text', extensions: ['odt'] },
  ods: { label: 'OpenDocument spreadsheet', extensions: ['ods'] },
  odp: { label: 'OpenDocument presentation', extensions: ['odp'] },
  'ms-office': { label: 'older Office document', extensions: ['doc', 'xls', 'ppt'] },
} as const;

export type PublishedKind = keyof typeof PUBLISHED_KINDS;

/** The kinds in words, for messages: "PNG, JPEG, GIF, WebP or SVG pictures, PDFs and Office or OpenDocument files". */
const PUBLISHED_KINDS_TEXT = 'PNG, JPEG, GIF, WebP or SVG pictures, PDFs, and Word, Excel, PowerPoint or OpenDocument files';

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** The kind of a ZIP file: an Office Open XML or OpenDocument file, by the parts it holds; undefined for any other ZIP. */
function zipKind(text: string): PublishedKind | undefined {
  // An OpenDocument file starts with an uncompressed part named mimetype holding its type.
  const odf = /^PK[\s\S]{28}mimetype(application\/vnd\.oasis\.opendocument\.(text|spreadsheet|presentation))/.exec(text.slice(0, 200));
  if (odf) return ({ text: 'odt', spreadsheet: 'ods', presentation: 'odp' } as const)[odf[2] as 'text' | 'spreadsheet' | 'presentation'];
  if (!text.includes('[Content_Types].xml')) return undefined;
  if (text.includes('word/document.xml')) return 'docx';
  if (text.includes('xl/workbook.xml')) return 'xlsx';
  if (text.includes('ppt/presentation.xml')) return 'pptx';
  return undefined;
}

/** The kind the bytes are, by their content, whatever the file's name says; undefined for anything not on the allowlist. */
export function publishedKind(bytes: Uint8Array): PublishedKind | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61) return 'gif';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipKind(latin1(bytes));
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ms-office';
  const head = latin1(bytes.subarray(0, 4096))
    .replace(/^\xEF\xBB\xBF/, '')
    .trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(head)) return 'svg';
  return undefined;
}

/** PDF names that run something or carry other files: scripts, launching programs, forms that post, embedded files and media. */
const PDF_ACTIVE = /\/(JavaScript|JS|Launch|SubmitForm|ImportData|EmbeddedFile|EmbeddedFiles|RichMedia|XFA|GoToE)\b/;

/** A PDF's text with its compressed streams opened and #xx escapes in names undone, as a reader sees its names. */
function pdfNames(bytes: Uint8Array): string {
  const text = latin1(bytes);
  const parts = [text];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end === -1) break;
    try {
      parts.push(inflateSync(bytes.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a Flate stream (a picture, or another filter): names are never hidden in those that a reader acts on.
    }
  }
  return parts.join('\n').replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** What in a file of an allowed kind could run, in words, or undefined when nothing can. */
export function activeContent(kind: PublishedKind, bytes: Uint8Array): string | undefined {
  if (kind === 'svg') return unsafeSvgPart(new TextDecoder('utf-8').decode(bytes));
  if (kind === 'pdf') {
    const found = PDF_ACTIVE.exec(pdfNames(bytes));
    return found ? `a PDF action (/${found[1]}) that runs or carries something` : undefined;
  }
  const text = latin1(bytes);
  if (kind === 'ms-office') {
    // Macro storage in an older Office file is named in UTF-16 in its directory.
    const utf16 = (name: string) => [...name].map((c) => `${c}\0`).join('');
    return ['_VBA_PROJECT', 'Macros', 'VBA'].some((name) => text.includes(utf16(name))) ? 'macros' : undefined;
  }
  if (kind === 'docx' || kind === 'xlsx' || kind === 'pptx')
    return /vbaProject\.bin|macroEnabled|activeX\//i.test(text) ? 'macros or ActiveX controls' : undefined;
  if (kind === 'odt' || kind === 'ods' || kind === 'odp') return /Basic\/|Scripts\/|<script:event-listener/i.test(text) ? 'macros' : undefined;
  return undefined;
}

/** What can be said of a file to publish, without its bytes. */
export interface PublishedFileCheck {
  /** Its kind by content; undefined for a kind that is not allowed. */
  kind: PublishedKind | undefined;
  /** Why it may not be published, in words that finish "<name> ..."; undefined when it may. */
  problem: string | undefined;
  /** What to do about it. */
  fix: string | undefined;
}

function extensionOf(name: string): string {
  const base = name.split('/').pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * The rule for a file the site would publish as `name` with the content `bytes`: an allowed kind,
 * named as that kind, with nothing in it that runs. The studio checks an upload with this, and the
 * check and the import every file they publish.
 */
export function checkPublishedFile(name: string, bytes: Uint8Array): PublishedFileCheck {
  const kind = publishedKind(bytes);
  const extension = extensionOf(name);
  if (kind === undefined) {
    return {
      kind,
      problem: `is not a kind of file the site publishes${extension ? ` (its content is not a picture, PDF or office document, whatever .${extension} says)` : ''}`,
      fix: `publish only ${PUBLISHED_KINDS_TEXT}; put anything else in a chapter's words, or link to it where it is published`,
    };
  }
  const { label, extensions } = PUBLISHED_KINDS[kind];
  if (!(extensions as readonly string[]).includes(extension)) {
    const base = (name.split('/').pop() ?? name).replace(/\.[^.]*$/, '');
    return {
      kind,
      problem: `holds a ${label} but is named ${extension ? `.${extension}` : 'without an extension'}, so a server would send it as something else`,
      fix: `rename it to ${base}.${extensions[0]}`,
    };
  }
  const active = activeContent(kind, bytes);
  if (active) {
    return {
      kind,
      problem: `holds ${active}, which a published file may not have: opened on the site, it would run or load in the site's name`,
      fix:
        kind === 'svg'
          ? 'export the picture again as a plain SVG (without scripts, links, styles from elsewhere or embedded content), or as PNG'
          : 'save it again without macros, scripts or attachments (for example with "Save as" or "Print to PDF")',
    };
  }
  return { kind, problem: undefined, fix: undefined };
}
