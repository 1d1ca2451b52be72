import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
