// The files an import writes: structure.yaml from the contents page, the first version of each
// chapter, and the names saved pictures and documents get in the site.
import { Document } from 'yaml';
import { compareNumbers } from '../content/numbering.ts';
import { quoted, renderVersionFile } from '../authoring/version-writer.ts';
import type { ListedSection } from './contents.ts';

/** The first sentence of the scope box, as the chapter's description. */
export function description(scope: string | undefined): string | undefined {
  const sentence = scope?.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? scope;
  return sentence && sentence.length <= 300 ? sentence : undefined;
}

export function publicName(file: string, taken: ReadonlySet<string>): string {
  const base =
    (file.split('/').pop() ?? 'file')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, '-')
      .replace(/^[-.]+|-+(?=\.)|-+$/g, '') || 'file';
  const dot = base.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [base.slice(0, dot), base.slice(dot)] : [base, ''];
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}${ext}`;
  return name;
}

export function structureYaml(sections: readonly ListedSection[]): string {
  const doc = new Document({
    sections: [...sections]
      .sort((a, b) => compareNumbers(a.number, b.number))
      .map((s) => ({
        number: quoted(s.number),
        title: s.title,
        ...(s.note ? { note: s.note } : {}),
        ...(s.subsections.length
          ? {
              subsections: [...s.subsections]
                .sort((a, b) => compareNumbers(a.number, b.number))
                .map((sub) => ({ number: quoted(sub.number), title: sub.title })),
            }
          : {}),
      })),
  });
  return doc.toString({ lineWidth: 0 });
}

/** Who approved the imported versions, and when. */
export interface SignOff {
  approvedBy: string;
  approvedOn: string;
}

export function versionText(
  fields: { section: string; title: string; date: string; summary: string; description: string | undefined; seeAlso: string[]; signOff?: SignOff | undefined },
  body: string,
): string {
  const doc = new Document({});
  doc.set('section', quoted(fields.section));
  doc.set('title', fields.title);
  doc.set('amended', fields.date);
  doc.set('change', 'new');
  doc.set('summary', fields.summary);
  if (fields.description) doc.set('description', fields.description);
  if (fields.seeAlso.length) doc.set('seeAlso', fields.seeAlso);
  if (fields.signOff) {
    doc.set('approvedBy', fields.signOff.approvedBy);
    doc.set('approvedOn', fields.signOff.approvedOn);
  }
  return renderVersionFile(doc, body);
}

/** Numbers, sections and sub-sections of the contents that an existing structure.yaml does not have. */
export function missingFromStructure(existing: string, sections: readonly ListedSection[]): string[] {
  const numbers = new Set([...existing.matchAll(/number:\s*["']?([\d.]+)["']?/g)].map((m) => m[1]));
  return sections
    .flatMap((s) => [s, ...s.subsections])
    .filter((g) => !numbers.has(g.number))
    .map((g) => `${g.number} ${g.title}`);
}
