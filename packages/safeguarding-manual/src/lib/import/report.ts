// What the import tells board staff: every problem it met, grouped by kind, each with its file
// and line, and what to do about each kind.

const WARNING_KINDS = {
  contents: { title: 'The contents page', advice: 'check structure.yaml and the numbers of the chapters named' },
  renumbered: {
    title: "Sections numbered to follow the manual's own",
    advice: 'nothing to do, unless you want another order: change the numbers in structure.yaml and the section: of the chapters under them',
  },
  'not-saved': {
    title: 'Listed in the contents, but no page of the manual was saved for them',
    advice: 'save those pages and run the import again (it adds only what is missing), or write the chapters with npm run new-chapter',
  },
  'not-listed': {
    title: 'Saved pages that the contents does not list (not imported)',
    advice: "nothing to do if they are the old site's own pages; add a chapter to the contents and import again if one is missing",
  },
  link: { title: 'Links to pages that were not imported', advice: 'link to the chapter once it is in the manual, or to the page on its new address' },
  phone: {
    title: 'Phone numbers typed in the text',
    advice: 'write a contact for each (see the draft contacts file) and replace the number with <Contact id="..." inline />',
  },
  'left-out': { title: 'Scripts, embedded pages and forms, left out', advice: 'add a link in their place where readers need what they showed' },
  'merged-cells': {
    title: 'Tables with merged cells',
    advice: 'check each table reads correctly: merged cells were split and the cells they covered left empty',
  },
  'nested-table': { title: 'Tables inside tables', advice: 'check the cell reads correctly, or turn the inner table into a list or its own table' },
  image: { title: 'Pictures', advice: 'describe each picture in words in the chapter (a flowchart as steps, a table as a table)' },
  document: { title: 'Attached documents', advice: 'check each document still belongs with the chapter, and is not a draft' },
  unreadable: {
    title: 'Saved pages that could not be read',
    advice: 'simplify each page (save it again from the old site, or copy its text into a new chapter) and import again',
  },
  exists: {
    title: 'Files that already exist, left as they were',
    advice: 'nothing to do when running the import again; otherwise move the old file away first',
  },
} as const;

export type WarningKind = keyof typeof WARNING_KINDS;

export interface ImportWarning {
  kind: WarningKind;
  /** The file the problem is in: a saved page (in the saved folder) or a file the import writes. */
  file: string;
  line?: number | undefined;
  message: string;
}

/** Counts by kind, such as "3 links to pages that were not imported". */
export function countWarnings(warnings: readonly ImportWarning[]): Map<WarningKind, number> {
  const counts = new Map<WarningKind, number>();
  for (const kind of Object.keys(WARNING_KINDS) as WarningKind[]) {
    const n = warnings.filter((w) => w.kind === kind).length;
    if (n) counts.set(kind, n);
  }
  return counts;
}

/** Every warning, by kind in a fixed order, then by file and line. */
export function formatWarnings(warnings: readonly ImportWarning[]): string {
  if (!warnings.length) return 'No warnings.';
  const lines: string[] = [`Warnings (${warnings.length}):`];
  for (const [kind, count] of countWarnings(warnings)) {
    const { title, advice } = WARNING_KINDS[kind];
    lines.push('', `${title} (${count}): ${advice}.`);
    const ofKind = warnings.filter((w) => w.kind === kind).sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
    for (const w of ofKind) lines.push(`  ${w.file}${w.line ? ` line ${w.line}` : ''}: ${w.message}`);
  }
  return lines.join('\n');
}

/** What board staff do after an import, from what it found. */
export function nextSteps(args: { contentDir: string; contactsDraft: string | undefined; missingContacts: readonly string[]; warnings: number }): string {
  const steps = [`Read each imported chapter beside its old page${args.warnings ? ', and put right what the warnings above name' : ''}.`];
  if (args.contactsDraft) {
    steps.push(
      `Give every phone number a contact: ${args.contactsDraft} lists each one with where it is and a draft contact to complete; then write <Contact id="..." inline /> in its place in the chapters.`,
    );
  }
  if (args.missingContacts.length) {
    steps.push(
      `Write the contacts that manual.config.ts shows on every page (worriedPanel), which this manual does not have yet: ${args.missingContacts.map((id) => `${args.contentDir}/contacts/${id}.yaml`).join(', ')}; or change worriedPanel to name your own.`,
    );
  }
  steps.push('Run npm run check until it reports no errors, then npm start to see the manual.');
  steps.push('Commit the new files, with versions.lock.json.');
  return ['Next steps:', ...steps.map((s, i) => `  ${i + 1}. ${s}`)].join('\n');
}
