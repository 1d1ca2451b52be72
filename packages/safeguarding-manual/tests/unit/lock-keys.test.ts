import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extendLock, lockKey, serializeLock } from '../../src/lib/history/lock.ts';
import type { ManualSource } from '../../src/lib/content/manual.ts';
import { formatProblems } from '../../src/lib/check/problems.ts';
import { checkManual } from '../../src/lib/check/validate.ts';
import { first, options, source } from './helpers.ts';

const files = {
  'referrals/2020-01-06.mdx': first('1.1.1', 'Referrals'),
  'children-missing-from-education/2024-04-01.mdx': first('1.1.2', 'Children missing', '2024-04-01'),
};

/** The test manual with its content folder at `dir`, as the check reads it (paths relative to the project, or absolute beyond it). */
function manualAt(dir: string): ManualSource {
  const move = (file: string) => `${dir}/${file.slice('m/'.length)}`;
  const base = source(files, { lock: null });
  return {
    ...base,
    contentDir: dir,
    procedureFiles: base.procedureFiles.map((f) => ({ ...f, file: move(f.file) })),
    structureFile: base.structureFile && { ...base.structureFile, file: move(base.structureFile.file) },
    contactFiles: base.contactFiles.map((f) => ({ ...f, file: move(f.file) })),
  };
}

describe('the keys of the version lock', () => {
  it('are paths inside the content folder, however the folder and the file are written', () => {
    const version = { file: '../beside/m/procedures/referrals/2020-01-06.mdx' };
    expect(lockKey(version, '../beside/m')).toBe('procedures/referrals/2020-01-06.mdx');
    expect(lockKey(version, resolve('../beside/m'))).toBe('procedures/referrals/2020-01-06.mdx');
    expect(lockKey(version, '../beside/m/')).toBe('procedures/referrals/2020-01-06.mdx');
    expect(lockKey({ file: 'procedures/referrals/2020-01-06.mdx' }, '.')).toBe('procedures/referrals/2020-01-06.mdx');
    expect(lockKey({ file: '/srv/manuals/brackenshire/procedures/a/2024-04-01.mdx' }, '/srv/manuals/brackenshire')).toBe('procedures/a/2024-04-01.mdx');
  });

  for (const [where, dir] of [
    ['inside the project', 'manuals/brackenshire'],
    ['beside the project', '../brackenshire-manual'],
    ['far from the project', resolve('/', 'srv', 'safeguarding', 'manuals', 'brackenshire-procedures')],
    ['at the project root', '.'],
  ] as const) {
    it(`let a lock written by the import (with the folder's full path) pass the check, for a content folder ${where}`, () => {
      const read = manualAt(dir);
      const { manual } = checkManual(read, { ...options, checkBodies: false });
      // The import names a folder outside the project by its full path; the check by its path from the project.
      const { lock, added } = extendLock({ format: 2, files: {} }, manual.chapters, resolve(dir), options.today);
      expect(added).toEqual(['procedures/children-missing-from-education/2024-04-01.mdx', 'procedures/referrals/2020-01-06.mdx']);
      const checked = checkManual({ ...read, lockFile: { file: `${dir}/versions.lock.json`, text: serializeLock(lock) } }, options);
      expect(formatProblems(checked.problems)).toBe('0 errors, 0 warnings');
    });
  }
});
