// Builds small manuals in memory for unit tests.
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { describeAttachment } from '../../src/lib/content/resources.ts';
import { defineManual } from '../../src/lib/manual/settings.ts';
import type { CheckOptions, ManualSource } from '../../src/lib/content/manual.ts';

export const settings = defineManual({
  partnership: 'Test Partnership',
  shortName: 'Test SCP',
  manualTitle: 'Test Procedures',
  areas: [{ id: 'northtown', name: 'Northtown', council: 'Northtown Council' }],
  site: 'https://example.org',
  worriedPanel: ['emergency'],
  accessibility: { contactEmail: 'access@example.org', statementDate: '2024-01-10', testedDate: '2024-01-10', testedBy: 'the business unit' },
});

export const options: CheckOptions = { today: '2024-06-01', settings, settingsFile: 'manual.config.ts' };

export const STRUCTURE = `sections:
  - number: "1"
    title: Assessing Need
    subsections:
      - number: "1.1"
        title: Referral
  - number: "2"
    title: Specific Circumstances
`;

export const EMERGENCY = `organisation: Emergency services
service: Police, ambulance and fire
category: emergency
areas: [all]
phones:
  - label: Emergency
    number: "999"
    hours: 24-hours
verified: 2024-01-01
`;

/** A version file with the given frontmatter (written as YAML) and body. */
export function versionText(fields: Record<string, unknown>, body = 'Scope of the chapter.\n\n## Steps\n\nDo this.\n'): string {
  return `---\n${stringify(fields)}---\n${body}`;
}

/**
 * A manual in the folder `m`, from a map of paths under procedures/ to texts (and, in
 * `extra.pages`, paths under pages/ for information pages).
 */
export function source(
  files: Record<string, string>,
  extra: {
    structure?: string | null;
    contacts?: Record<string, string>;
    lock?: null;
    /** Published versions the lock does not record yet (new since the last build), by path under procedures/ or pages/. */
    unlocked?: string[];
    pages?: Record<string, string>;
    /** Resource records by file name, such as referral-form.yaml. */
    resources?: Record<string, string>;
    /** Files of resources/files/ by name, with their bytes. */
    attached?: Record<string, Uint8Array | string>;
    /** The text of glossary.yaml. */
    glossary?: string;
  } = {},
): ManualSource {
  const contacts = { emergency: EMERGENCY, ...extra.contacts };
  const published = (entries: Record<string, string>, folder: string) =>
    Object.entries(entries)
      .filter(([path]) => (/(\d{4}-\d{2}-\d{2})\.mdx$/.exec(path)?.[1] ?? '9999') <= options.today && !extra.unlocked?.includes(`${folder}/${path}`))
      .map(([path, text]) => [`${folder}/${path}`, { sha256: createHash('sha256').update(text).digest('hex') }]);
  // Lock every published version as it is, as a build would have.
  const lock = { format: 1, files: Object.fromEntries([...published(files, 'procedures'), ...published(extra.pages ?? {}, 'pages')]) };
  return {
    lockFile: extra.lock === null ? undefined : { file: 'm/versions.lock.json', text: JSON.stringify(lock) },
    contentDir: 'm',
    procedureFiles: Object.entries(files)
      .map(([path, text]) => ({ file: `m/procedures/${path}`, text }))
      .sort((a, b) => a.file.localeCompare(b.file)),
    pageFiles: Object.entries(extra.pages ?? {})
      .map(([path, text]) => ({ file: `m/pages/${path}`, text }))
      .sort((a, b) => a.file.localeCompare(b.file)),
    structureFile: extra.structure === null ? undefined : { file: 'm/structure.yaml', text: extra.structure ?? STRUCTURE },
    contactFiles: Object.entries(contacts).map(([id, text]) => ({ file: `m/contacts/${id}.yaml`, text })),
    resourceFiles: Object.entries(extra.resources ?? {}).map(([name, text]) => ({ file: `m/resources/${name}`, text })),
    attachedFiles: Object.entries(extra.attached ?? {}).map(([name, bytes]) =>
      describeAttachment(`m/resources/files/${name}`, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes),
    ),
    glossaryFile: extra.glossary === undefined ? undefined : { file: 'm/glossary.yaml', text: extra.glossary },
  };
}

/** A valid first version of a chapter numbered `section`. */
export function first(section: string, title: string, date = '2020-01-06', more: Record<string, unknown> = {}): string {
  return versionText({ section, title, amended: date, change: 'new', ...more });
}

/** A valid first version of an information page for `audience`. */
export function firstPage(title: string, audience: string[], date = '2020-01-06', more: Record<string, unknown> = {}, body?: string): string {
  return versionText({ title, amended: date, change: 'new', audience, description: `What ${title} covers.`, ...more }, body);
}
