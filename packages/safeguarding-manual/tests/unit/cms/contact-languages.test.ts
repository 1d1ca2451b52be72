import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldTarget, problemLabels } from '../../../src/lib/cms/admin-problems.ts';
import { contactFields } from '../../../src/lib/cms/contact-fields.ts';
import { parseContactFile, serializeContactFile } from '../../../src/lib/cms/files.ts';

// The bilingual example's contacts: each has a cy: block with its Welsh words.
const CONTACTS = new URL('../../../../../examples/tawelan/content/contacts/', import.meta.url);

describe('a contact saved in the editor', () => {
  it('keeps its Welsh words as the file has them', () => {
    for (const name of ['tawelan-front-door.yaml', 'glanmorlan-front-door.yaml']) {
      const file = readFileSync(new URL(name, CONTACTS), 'utf8');
      expect(file).toMatch(/^cy:/m);
      expect(serializeContactFile(parseContactFile(file))).toBe(file);
    }
  });
});

describe("a contact's Welsh words in the editor", () => {
  const areas = [{ value: 'all', label: 'All areas' }];

  it('writes the Welsh words the form filled in, in the order of the schema, and none when all are empty', () => {
    const file = readFileSync(new URL('tawelan-front-door.yaml', CONTACTS), 'utf8');
    const data = parseContactFile(file);
    const edited = {
      ...data,
      cy: { notes: 'Ffoniwch y Tîm Dyletswydd Argyfwng.', organisation: '', service: 'Hwb Diogelu Plant', phones: [{ label: 'Oriau swyddfa', hoursText: '' }] },
    };
    expect(serializeContactFile(edited)).toMatch(
      /\ncy:\n {2}service: Hwb Diogelu Plant\n {2}phones:\n {4}- label: Oriau swyddfa\n {2}notes: Ffoniwch y Tîm Dyletswydd Argyfwng.\n$/,
    );
    const blank = serializeContactFile({ ...data, cy: { organisation: '', service: '', phones: [{ label: '', hoursText: '' }], notes: '' } });
    expect(blank).not.toMatch(/^cy:/m);
  });

  it("has a Welsh part in a bilingual manual's contact form, where the check's problems are placed", () => {
    expect(contactFields(areas).some((f) => f.name === 'cy')).toBe(false);
    const fields = contactFields(areas, ['en', 'cy']);
    const labels = problemLabels(fields);
    expect(fieldTarget('cy', labels)).toEqual({ label: 'Welsh (Cymraeg)', index: 0 });
    expect(fieldTarget('notes of cy', labels)).toEqual({ label: 'Notes in Welsh', index: 0 });
    expect(fieldTarget('hoursText of the second phone of cy', labels)).toEqual({ label: 'Hours in Welsh', index: 1 });
    // The English fields keep their own labels.
    expect(fieldTarget('notes', labels)).toEqual({ label: 'Notes', index: 0 });
    expect(fieldTarget('label of the second phone', labels)).toEqual({ label: 'Label', index: 1 });
  });
});
