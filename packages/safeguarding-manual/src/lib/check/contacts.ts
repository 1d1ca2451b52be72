// Rules for contacts/<contact-id>.yaml: each file against its schema, areas from the settings,
// when the details were last checked, and the contacts the settings name.
import { isVerificationDue } from '../content/contacts.ts';
import { fieldLabel } from './field-labels.ts';
import { isId } from '../content/ids.ts';
import type { CheckOptions, ManualSource } from '../content/manual.ts';
import type { ProblemReport } from './problems.ts';
import { contactSchema, type Contact } from '../schemas/contact.ts';
import { applySchema, parseYaml } from '../content/yaml-source.ts';

export interface CheckedContacts {
  contacts: Contact[];
  /** Where each contact's list of changes is, for the lock check: its line, or the whole file when there is none. */
  changesAt: Map<string, { file: string; line: number | undefined }>;
  /** Contacts whose file exists but cannot be read: references to them are not reported again. */
  unreadable: Set<string>;
}

export function checkContacts(source: ManualSource, options: CheckOptions, report: ProblemReport): CheckedContacts {
  const checked: CheckedContacts = { contacts: [], changesAt: new Map(), unreadable: new Set() };
  const areaIds = new Set(['all', ...options.settings.areas.map((a) => a.id)]);
  for (const { file, text } of source.contactFiles) {
    const name = file.split('/').at(-1) ?? file;
    const id = name.replace(/\.ya?ml$/, '');
    if (id === name || !isId(id)) {
      report.error(
        file,
        undefined,
        'file name',
        'a contact file must be named <contact-id>.yaml in lower-case words joined by hyphens',
        'rename it, for example tamsford-front-door.yaml',
      );
      continue;
    }
    checked.unreadable.add(id);
    const parsed = parseYaml(text, file);
    report.add(parsed.problems);
    if (parsed.problems.length) continue;
    const result = applySchema(contactSchema, parsed, file, Object.keys(contactSchema.shape));
    report.add(result.problems);
    if (!result.data) continue;
    checked.unreadable.delete(id);
    result.data.areas.forEach((area, i) => {
      if (!areaIds.has(area)) {
        report.error(
          file,
          parsed.lineOf(['areas', i]),
          fieldLabel(['areas', i]),
          `area ${area} is not one of the areas in ${options.settingsFile}`,
          `use one of ${[...areaIds].join(', ')}`,
        );
      }
    });
    // Contact data is not versioned: a build replaying an earlier date may see later dates here.
    if (isVerificationDue(result.data, options.today, options.settings.contactReviewMonths)) {
      report.warning(
        file,
        parsed.lineOf(['verified']),
        'verified',
        `the details were last checked on ${result.data.verified}, more than ${options.settings.contactReviewMonths} months ago`,
        `phone the service to confirm every number, then write verified: ${options.today}`,
      );
    }
    if (result.data.draft) {
      report.warning(
        file,
        parsed.lineOf(['draft']),
        'draft',
        'this contact is a draft: its numbers and details are placeholders, and the site marks it as a draft',
        `phone the service for its real numbers and details, write them here with verified: ${options.today}, then remove draft: true`,
      );
    }
    // In a manual published in Welsh too, the Welsh pages show each change to the details.
    const welshChanges = result.data.cy?.changes ?? [];
    // (A contact with no Welsh words at all is refused once, for all of them: translated-words.ts.)
    if (options.settings.languages.includes('cy') && result.data.cy && result.data.changes.length !== welshChanges.length) {
      const missing = result.data.changes.slice(welshChanges.length);
      report.error(
        file,
        parsed.lineOf(['cy', 'changes']),
        fieldLabel(['cy', 'changes']),
        `${welshChanges.length === 0 ? 'is missing' : `gives ${welshChanges.length} of the ${result.data.changes.length} changes`}: the manual is published in English and Welsh (languages in manual.config.ts), and the Welsh pages show each change to the details`,
        missing.length
          ? `add under cy: changes: the Welsh summary of each change, in the order of changes, for ${missing.map((c) => `"${c.summary}"`).join(', ')}`
          : `give one change under cy: changes: for each of the ${result.data.changes.length} changes, in the same order`,
      );
    }
    checked.changesAt.set(id, { file, line: result.data.changes.length ? parsed.lineOf(['changes']) : undefined });
    checked.contacts.push({ ...result.data, id });
  }
  const known = new Set([...checked.contacts.map((c) => c.id), ...checked.unreadable]);
  options.settings.worriedPanel.forEach((id) => {
    if (!known.has(id)) {
      report.error(
        options.settingsFile,
        undefined,
        'worriedPanel',
        `contact ${id} does not exist`,
        `create ${source.contentDir}/contacts/${id}.yaml or remove it from worriedPanel`,
      );
    }
  });
  return checked;
}
