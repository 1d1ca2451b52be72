import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { madeWith, refuseMadeWith } from '../../../src/lib/manual/made-with.ts';

const work = mkdtempSync(join(tmpdir(), 'made-with-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the generator version a manual was made with', () => {
  it('is read from the manual package.json, and is absent from a manual that records none', () => {
    writeFileSync(join(work, 'package.json'), JSON.stringify({ safeguardingManual: { madeWith: '0.1.0' } }));
    expect(madeWith(work)).toBe('0.1.0');
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'a-manual' }));
    expect(madeWith(work)).toBeUndefined();
    expect(madeWith(join(work, 'none'))).toBeUndefined();
  });

  it('lets a generator read manuals made by itself or an older version, and refuses a newer one, naming the update', () => {
    expect(refuseMadeWith(undefined, '0.1.0')).toBeUndefined();
    expect(refuseMadeWith('0.1.0', '0.1.0')).toBeUndefined();
    expect(refuseMadeWith('0.1.0', '1.4.2')).toBeUndefined();
    expect(refuseMadeWith('0.2.0', '0.1.0')).toMatchInlineSnapshot(
      `"This manual was made with safeguarding-manual 0.2.0, which is newer than the one installed (0.1.0), so its files may hold what this one does not understand. Update the generator: npm install safeguarding-manual@^0.2.0"`,
    );
    expect(refuseMadeWith('0.0.9', '0.1.0')).toContain('Run npx safeguarding-manual migrate');
    expect(refuseMadeWith('soon', '0.1.0')).toContain('which is not a version');
  });
});
