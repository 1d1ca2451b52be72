import { describe, expect, it } from 'vitest';
import { exampleSettings as settings } from '../../example.ts';
import { parseChecked, serializeChecked } from '../../../src/lib/build/checked.ts';
import { readManualSource } from '../../../src/lib/content/source.ts';
import { checkManual } from '../../../src/lib/check/validate.ts';
import { first, options, source } from '../helpers.ts';

describe('the checked manual handed to the build', () => {
  it('comes back exactly as the check built it, chapters and all', () => {
    const today = '2024-03-01';
    const source = readManualSource('tests/fixtures/small');
    const { manual } = checkManual(source, { today, settings, settingsFile: 'manual.config.ts' });
    const back = parseChecked(serializeChecked(manual, today, source.contentDir));
    expect(back.today).toBe(today);
    expect(back.contentDir).toBe('tests/fixtures/small');
    expect(back.manual).toEqual(manual);
    // The current version is one of the chapter's versions, not a copy, as pages compare them.
    const chapter = back.manual.chapters.find((c) => c.versions.length > 1)!;
    expect(chapter.versions).toContain(chapter.current);
  });

  it('carries the update rounds', () => {
    const releases = 'rounds:\n  - name: Spring 2020 update\n    date: 2020-01-06\n    notes: The first.\n';
    const { manual } = checkManual(
      { ...source({ 'a/2020-01-06.mdx': first('1.1.1', 'A') }), releasesFile: { file: 'm/releases.yaml', text: releases } },
      options,
    );
    expect(manual.releases?.rounds).toHaveLength(1);
    expect(parseChecked(serializeChecked(manual, options.today, 'm')).manual.releases).toEqual(manual.releases);
  });

  it("carries the resources with what pages show of their files, never the files' bytes", () => {
    const today = '2026-11-30';
    const source = readManualSource('../../examples/brackenshire/content');
    const { manual } = checkManual(source, { today, settings, settingsFile: 'manual.config.ts', checkBodies: false });
    const json = serializeChecked(manual, today, source.contentDir);
    expect(parseChecked(json).manual.resources).toEqual(manual.resources);
    const form = manual.resources.find((r) => r.id === 'multi-agency-referral-form')!;
    expect(form.attached).toEqual({ name: 'multi-agency-referral-form.docx', type: 'docx', size: 4705, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(json).not.toContain('word/document.xml');
  });
});
