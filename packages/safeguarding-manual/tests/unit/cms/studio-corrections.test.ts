// "Correct a mistake" in the editor: the lock a draft publishes, by the rule of npm run correct.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { correctedLockFile, correctionDate, correctionReason, CorrectionRefused, draftReasons } from '../../../src/lib/cms/studio-corrections.ts';
import { lockOf } from '../../../src/lib/lock-file.ts';
import { lockSchema } from '../../../src/lib/lock.ts';
import { sha256Of } from '../../../src/lib/release-records.ts';
import { readManualSource } from '../../../src/lib/source.ts';

const source = readManualSource('../../examples/brackenshire/content');
const KEY = 'procedures/strategy-discussions/2024-03-25.mdx';
const PATH = `../../examples/brackenshire/content/${KEY}`;
const original = readFileSync(PATH, 'utf8');
const corrected = original.replace('records the decision', 'writes down the decision');
const TODAY = '2026-11-22';

describe('a correction made in the editor', () => {
  it('is dated today, or on the day of the latest release that still published the text it replaces', () => {
    const replaced = lockOf(source).files[KEY]!.sha256;
    // Release 2, of 4 December 2026, published this text: a correction made before then is dated that day.
    expect(correctionDate(source, KEY, replaced, TODAY)).toBe('2026-12-04');
    expect(correctionDate(source, KEY, replaced, '2027-01-15')).toBe('2027-01-15');
    // No release published that text: today.
    expect(correctionDate(source, KEY, '0'.repeat(64), TODAY)).toBe(TODAY);
  });

  it('records the new SHA-256, with the date, the reason and the SHA-256 it replaces', () => {
    const lock = correctedLockFile(source, [{ path: PATH, content: corrected }], 'A word was missing.', new Map(), TODAY);
    expect(lock?.path).toBe('../../examples/brackenshire/content/versions.lock.json');
    const written = lockSchema.parse(JSON.parse(String(lock!.content)));
    expect(written.files[KEY]).toEqual({
      sha256: sha256Of(corrected),
      corrections: [{ date: '2026-12-04', reason: 'A word was missing.', previous: sha256Of(original) }],
    });
    // Every other entry is as published.
    const { [KEY]: _changed, ...others } = written.files;
    const { [KEY]: _before, ...published } = lockOf(source).files;
    expect(others).toEqual(published);
  });

  it('keeps the reason a draft recorded when it is saved again without one', () => {
    const first = correctedLockFile(source, [{ path: PATH, content: corrected }], 'A word was missing.', new Map(), TODAY)!;
    const reasons = draftReasons(lockOf(source), lockSchema.parse(JSON.parse(String(first.content))));
    expect([...reasons]).toEqual([[KEY, 'A word was missing.']]);
    const again = correctedLockFile(source, [{ path: PATH, content: `${corrected}\n` }], undefined, reasons, TODAY)!;
    expect(lockSchema.parse(JSON.parse(String(again.content))).files[KEY]!.corrections?.[0]?.reason).toBe('A word was missing.');
  });

  it('is not needed for an unchanged or unrecorded version', () => {
    expect(correctedLockFile(source, [{ path: PATH, content: original }], undefined, new Map(), TODAY)).toBeUndefined();
    expect(
      correctedLockFile(
        source,
        [{ path: '../../examples/brackenshire/content/procedures/young-carers/2026-11-22.mdx', content: 'x' }],
        undefined,
        new Map(),
        TODAY,
      ),
    ).toBeUndefined();
  });

  it('is refused without a reason, or with one that is not one plain line, saying what to do', () => {
    expect(() => correctedLockFile(source, [{ path: PATH, content: corrected }], undefined, new Map(), TODAY)).toThrow(
      new CorrectionRefused(
        `${PATH} is on the public site: a build of the site recorded it, so it is never changed or deleted. To put right a mistake in it (a typing error, a broken link), say what was wrong under "Correct a mistake" and save again; to change what it says, add a new version.`,
      ),
    );
    expect(() => correctionReason('A word\nwas missing.')).toThrow(
      '"Correct a mistake" must be on one line, but has a line break after "A word": write it on one line.',
    );
    expect(correctionReason('  A word was missing.  ')).toBe('A word was missing.');
  });
});
