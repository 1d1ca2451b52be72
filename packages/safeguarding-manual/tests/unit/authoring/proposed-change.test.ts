import { describe, expect, it } from 'vitest';
import { applyChange, checkProposedChange } from '../../../src/lib/authoring/proposed-change.ts';
import { lastSaved, savedChange } from '../../../src/lib/authoring/saving.ts';
import { checkManual } from '../../../src/lib/check/validate.ts';
import { EMERGENCY, first, options, source, versionText } from '../helpers.ts';

const manual = () =>
  source({
    'referrals/2020-01-06.mdx': first('1.1.1', 'Referrals'),
    'strategy/2020-01-06.mdx': first('1.1.2', 'Strategy Discussions'),
  });

const amended = (date: string, body?: string) =>
  versionText({ section: '1.1.1', title: 'Referrals', amended: date, change: 'updated', summary: 'Timescale changed.' }, body);

const fields = (problems: { file: string; field: string }[]) => problems.map((p) => `${p.file} ${p.field}`);

describe('applyChange', () => {
  it('writes files over the manual, adds new ones in their folders, and removes files', () => {
    const after = applyChange(manual(), {
      write: [
        { path: 'm/procedures/referrals/2024-07-01.mdx', content: amended('2024-07-01') },
        { path: 'm/contacts/lado.yaml', content: new TextEncoder().encode(EMERGENCY) },
        { path: 'm/resources/files/form.pdf', content: new TextEncoder().encode('%PDF-1.7\n') },
        // Not part of what the check reads.
        { path: 'm/media/picture.png', content: 'x' },
      ],
      remove: ['m/procedures/strategy/2020-01-06.mdx', 'm/versions.lock.json'],
    });
    expect(after.procedureFiles.map((f) => f.file)).toEqual(['m/procedures/referrals/2020-01-06.mdx', 'm/procedures/referrals/2024-07-01.mdx']);
    expect(after.contactFiles.map((f) => f.file)).toEqual(['m/contacts/emergency.yaml', 'm/contacts/lado.yaml']);
    expect(after.attachedFiles?.map((f) => [f.file, f.format])).toEqual([['m/resources/files/form.pdf', 'pdf']]);
    expect(after.lockFile).toBeUndefined();
    // The source itself is left as it was.
    expect(manual().procedureFiles).toHaveLength(2);
  });
});

describe('checkProposedChange', () => {
  it('accepts a valid new version', () => {
    expect(checkProposedChange(manual(), { write: [{ path: 'm/procedures/referrals/2024-07-01.mdx', content: amended('2024-07-01') }] }, options)).toEqual([]);
  });

  it('refuses a new version or a new chapter dated before today, as the check does, naming npm run correct', () => {
    for (const write of [
      { path: 'm/procedures/referrals/2024-02-28.mdx', content: amended('2024-02-28') },
      { path: 'm/procedures/ghost/2019-01-01.mdx', content: first('1.1.3', 'Ghost Chapter', '2019-01-01') },
    ]) {
      const problems = checkProposedChange(manual(), { write: [write] }, options);
      expect(problems.map((p) => p.file)).toContain(write.path);
      expect(problems.map((p) => `${p.message} ${p.fix}`).join('\n')).toMatch(/npm run correct/);
    }
    // Today and later are fine.
    expect(
      checkProposedChange(manual(), { write: [{ path: `m/procedures/referrals/${options.today}.mdx`, content: amended(options.today) }] }, options),
    ).toEqual([]);
  });

  it('refuses a new chapter whose id is taken, with the problems of its own and no others', () => {
    // A new chapter's first version in the folder of an existing chapter, on a free date.
    const path = `m/procedures/strategy/${options.today}.mdx`;
    const write = { path, content: first('1.1.1', 'Strategy Discussions', options.today) };
    const problems = checkProposedChange(manual(), { write: [write], create: [path] }, options);
    expect(problems.filter((p) => p.file === path).map((p) => `${p.field}: ${p.message}; ${p.fix}`)).toEqual([
      'id: there is already a chapter with the id strategy (1.1.2 Strategy Discussions); give the new chapter another id; to change that chapter, add a new version to it',
      'section: number 1.1.1 is also used by referrals; give it a free number, such as 1.1.3',
    ]);
    // The chapter it clashes with is told so, by the new chapter's own id.
    expect(problems.filter((p) => p.file !== path).map((p) => `${p.file} ${p.message}`)).toEqual([
      'm/procedures/referrals/2020-01-06.mdx number 1.1.1 is also used by strategy',
    ]);
    // Not marked as new, the same file is a second first version of that chapter: the check's own problem.
    expect(checkProposedChange(manual(), { write: [write] }, options).map((p) => p.field)).toContain('change');
  });

  it('refuses a new file that would take the place of a version or a contact the manual has, and only when it is new', () => {
    const taken = { path: 'm/procedures/referrals/2020-01-06.mdx', content: amended('2020-01-06') };
    const problems = checkProposedChange(manual(), { write: [taken], create: [taken.path] }, options);
    expect(problems.filter((p) => p.field === 'amended').map((p) => `${p.file} ${p.message}`)).toContain(
      'm/procedures/referrals/2020-01-06.mdx chapter referrals already has a version dated 2020-01-06 (the chapter with this id starts then)',
    );
    const contact = { path: 'm/contacts/emergency.yaml', content: EMERGENCY };
    expect(checkProposedChange(manual(), { write: [contact], create: [contact.path] }, options).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'id: there is already a contact with the id emergency',
    ]);
    // The same file, not marked as new, is an edit of that contact.
    expect(checkProposedChange(manual(), { write: [contact] }, options)).toEqual([]);
    // An editor that finds the name taken adds -1: still a second version on that day.
    const second = { path: 'm/procedures/referrals/2020-01-06-1.mdx', content: amended('2020-01-06') };
    expect(checkProposedChange(manual(), { write: [second] }, options).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'amended: chapter referrals already has a version dated 2020-01-06, and a chapter has one version a day',
    ]);
    // A new file at a free date is fine.
    const free = { path: `m/procedures/referrals/${options.today}.mdx`, content: amended(options.today) };
    expect(checkProposedChange(manual(), { write: [free], create: [free.path] }, options)).toEqual([]);
  });

  it('refuses a top-level heading in the body, naming the file and field', () => {
    const problems = checkProposedChange(
      manual(),
      { write: [{ path: 'm/procedures/referrals/2024-07-01.mdx', content: amended('2024-07-01', '# A heading\n\nText.\n') }] },
      options,
    );
    expect(fields(problems)).toContain('m/procedures/referrals/2024-07-01.mdx body');
  });

  it("refuses a contact's malformed number", () => {
    const problems = checkProposedChange(
      manual(),
      { write: [{ path: 'm/contacts/emergency.yaml', content: EMERGENCY.replace('"999"', '"0113 4960 60"') }] },
      options,
    );
    expect(problems.map((p) => [p.file, p.field, p.message])).toEqual([
      ['m/contacts/emergency.yaml', 'number of the first phone', 'is not a valid UK phone number; check every digit (for example "0116 496 0100")'],
    ]);
  });

  it('refuses a published version changed, and the lock removed', () => {
    const changed = checkProposedChange(
      manual(),
      { write: [{ path: 'm/procedures/referrals/2020-01-06.mdx', content: first('1.1.1', 'Referrals, changed') }] },
      options,
    );
    expect(fields(changed)).toContain('m/procedures/referrals/2020-01-06.mdx file');
    expect(checkProposedChange(manual(), { write: [], remove: ['m/versions.lock.json'] }, options)).not.toEqual([]);
  });

  it('leaves out the errors the manual had before the change', () => {
    const broken = source({ 'referrals/2020-01-06.mdx': first('1.1.1', 'Referrals', '2020-01-06', { seeAlso: ['nowhere'] }) });
    expect(checkManual(broken, options).problems.filter((p) => p.severity === 'error')).not.toEqual([]);
    expect(fields(checkProposedChange(broken, { write: [] }, options))).toEqual([]);
    expect(checkProposedChange(broken, { write: [{ path: 'm/procedures/referrals/2024-07-01.mdx', content: amended('2024-07-01') }] }, options)).toEqual([]);
  });
});

describe('the change npm run save makes (savedChange, lastSaved)', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  // On disk: strategy changed to a new title (a published version: refused), referrals given a
  // new version, and the emergency contact deleted; the last commit holds the originals.
  const onDisk = () => {
    const disk = manual();
    const changed = applyChange(disk, {
      write: [
        { path: 'm/procedures/strategy/2020-01-06.mdx', content: first('1.1.2', 'Strategy, renamed') },
        { path: 'm/procedures/referrals/2024-07-01.mdx', content: amended('2024-07-01') },
      ],
      remove: ['m/contacts/emergency.yaml'],
    });
    return { disk: changed, original: manual() };
  };
  const entries = [
    { status: ' M', path: 'm/procedures/strategy/2020-01-06.mdx' },
    { status: '??', path: 'm/procedures/referrals/2024-07-01.mdx' },
    { status: ' D', path: 'm/contacts/emergency.yaml' },
  ];
  const fileIn = (s: ReturnType<typeof manual>) => (path: string) => {
    const file = [...s.procedureFiles, ...s.contactFiles].find((f) => f.file === path);
    return file && bytes(file.text);
  };

  it('writes the changed and new files as they are now, and removes the deleted ones', () => {
    const { disk } = onDisk();
    const change = savedChange(entries, fileIn(disk));
    expect(change.write.map((w) => w.path)).toEqual(['m/procedures/strategy/2020-01-06.mdx', 'm/procedures/referrals/2024-07-01.mdx']);
    expect(change.remove).toEqual(['m/contacts/emergency.yaml']);
  });

  it('rebuilds the manual as last saved, and the one check finds only what the change brings', () => {
    const { disk, original } = onDisk();
    const saved = lastSaved(disk, entries, fileIn(original));
    expect(saved.procedureFiles.map((f) => f.text)).toEqual(original.procedureFiles.map((f) => f.text));
    expect(saved.contactFiles.map((f) => f.file)).toEqual(original.contactFiles.map((f) => f.file));
    const problems = checkProposedChange(saved, savedChange(entries, fileIn(disk)), options);
    // The published version changed is refused; the new version is fine.
    expect(problems.map((p) => p.file)).toContain('m/procedures/strategy/2020-01-06.mdx');
    expect(problems.map((p) => p.file)).not.toContain('m/procedures/referrals/2024-07-01.mdx');
  });
});
