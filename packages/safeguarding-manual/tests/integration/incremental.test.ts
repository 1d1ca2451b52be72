// The incremental build against a clean one: on a copy of the small fixture manual, random
// sequences of changes (amend, withdraw, renumber, a contact, the glossary, a setting, and the
// build date passing a version published ahead of its date) are made with the commands a board
// member uses; after each change, a build that reuses the previous build's pages must write
// exactly the bytes a build from nothing writes. MANUAL_DIFF_SEED replays one run.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'manual-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A fixed sequence by default (75003 lets the date pass a version shown ahead of it), so that the
// suite gives the same verdict every run; MANUAL_DIFF_SEED=random explores a new one, printed in the test's name.
const given = process.env['MANUAL_DIFF_SEED'];
const seed = given === 'random' ? Date.now() % 100_000 : Number(given || 75003);

/** mulberry32: a small seeded generator, so that a failing sequence can be run again. */
function generator(start: number): () => number {
  let a = start >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Change = 'amend' | 'withdraw' | 'renumber' | 'contact' | 'glossary' | 'setting' | 'date';
const CHANGES: Change[] = ['amend', 'withdraw', 'renumber', 'contact', 'glossary', 'setting', 'date'];

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Every file under `dir`, by its path inside it. */
function filesOf(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
  }
  return files;
}

/** The paths whose bytes differ between two sites, or that one of them lacks. */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => !a.get(p) || !b.get(p) || !a.get(p)!.equals(b.get(p)!)).sort();
}

/** One manual, changed step by step, with its incremental site and cache beside a clean build's. */
function sequence(name: string, random: () => number) {
  const dir = join(work, name);
  const content = join(dir, 'content');
  cpSync('tests/fixtures/small', content, { recursive: true });
  const state = { today: '2024-03-01', base: '/', ahead: undefined as string | undefined, renumbered: 0, edits: 0 };
  const env = () => ({ ...process.env, MANUAL_CONTENT_DIR: content, MANUAL_TODAY: state.today, MANUAL_BASE: state.base });
  const command = (script: string, args: string[]) => {
    const done = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { env: env(), encoding: 'utf8' });
    expect(done.status, `${script} ${args.join(' ')}: ${done.stderr}`).toBe(0);
  };
  // The incremental build keeps Astro's log of each page, which says which pages it copied.
  let copied = 0;
  const build = (target: 'incremental' | 'clean', cache: string) => {
    const done = spawnSync(process.execPath, ['scripts/build.ts'], {
      env: { ...env(), MANUAL_DIST: join(dir, target), MANUAL_ASTRO_CACHE: cache, ...(target === 'incremental' && { MANUAL_PAGE_TIMINGS: '1' }) },
      encoding: 'utf8',
    });
    expect(done.status, `${target} build: ${done.stdout}${done.stderr}`).toBe(0);
    if (target === 'incremental') copied = (done.stdout.match(/\((?:cached|restored)\)/g) ?? []).length;
    return filesOf(join(dir, target));
  };
  const chapters = () =>
    readdirSync(join(content, 'procedures')).filter((id) => {
      const files = readdirSync(join(content, 'procedures', id)).sort();
      const latest = readFileSync(join(content, 'procedures', id, files.at(-1)!), 'utf8');
      // Chapters still in force, without a version on the build date or after it.
      return !/^change: withdrawn$/m.test(latest) && files.every((f) => f.slice(0, 10) < state.today);
    });
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const edit = (file: string, from: RegExp, to: (match: string) => string) => {
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(from);
    writeFileSync(file, text.replace(from, to));
  };
  const amend = (date: string) => {
    const id = pick(chapters());
    command('amend', [id, '--summary', `Clarified the text (${++state.edits}).`, '--date', date]);
    edit(join(content, 'procedures', id, `${date}.mdx`), /\n$/, () => `\nAdded on ${date}: a sentence for edit ${state.edits}.\n`);
  };

  const apply: Record<Change, () => void> = {
    amend: () => amend(state.today),
    renumber: () => command('amend', [pick(chapters()), '--summary', 'Moved to section 2.', '--section', `2.${5 + ++state.renumbered}`]),
    withdraw: () => command('withdraw', [pick(chapters()), '--summary', 'No longer needed.']),
    // A contact's new number and a glossary definition, each with the dated note the check asks for.
    contact: () => {
      const file = join(content, 'contacts', 'lado.yaml');
      edit(file, /0113 496 06\d\d/, () => `0113 496 06${String(10 + ++state.edits).slice(-2)}`);
      writeFileSync(file, `${readFileSync(file, 'utf8')}changes:\n  - date: ${state.today}\n    summary: New office number.\n`);
    },
    glossary: () => {
      const file = join(content, 'glossary.yaml');
      edit(file, /definition: The team in each council[^\n]*/, () => `definition: The team in each council that receives referrals (${++state.edits}).`);
      writeFileSync(file, `${readFileSync(file, 'utf8')}  - date: ${state.today}\n    summary: Reworded front door.\n`);
    },
    setting: () => {
      state.base = state.base === '/' ? '/manual/' : '/';
    },
    date: () => {
      state.today = addDays(state.ahead!, 1);
    },
  };

  return {
    /** Publishes a version ahead of its date, so that a later step can let the date pass it, and builds both sites. */
    start() {
      state.ahead = addDays(state.today, 5);
      amend(state.ahead);
      expect(differences(build('incremental', join(dir, 'cache')), build('clean', join(dir, 'clean-cache-0')))).toEqual([]);
    },
    step(change: Change, n: number) {
      apply[change]();
      const incremental = build('incremental', join(dir, 'cache'));
      const cleanCache = join(dir, `clean-cache-${n}`);
      const clean = build('clean', cleanCache);
      rmSync(cleanCache, { recursive: true, force: true });
      expect(differences(incremental, clean), `after ${change} (seed ${seed})`).toEqual([]);
      expect(incremental.size).toBeGreaterThan(20);
      // A change to one chapter leaves the other chapters' pages to be copied; a change that every
      // page shows (the build date, a setting, a contact, the glossary) leaves none.
      if (change === 'amend' || change === 'withdraw' || change === 'renumber') expect(copied, `pages copied after ${change}`).toBeGreaterThan(10);
    },
  };
}

describe(`an incremental build against a clean one (MANUAL_DIFF_SEED=${seed})`, () => {
  const random = generator(seed);
  // Every kind of change, in a random order, split into two sequences on two copies of the manual;
  // the date passes only after the version published ahead of it.
  const order = [...CHANGES].sort(() => random() - 0.5);
  const halves = [order.slice(0, 4), order.slice(4)];
  halves.forEach((changes, i) => {
    it(`writes the same bytes after ${changes.join(', ')}`, () => {
      const manual = sequence(`sequence-${i}`, random);
      manual.start();
      changes.forEach((change, n) => manual.step(change, n + 1));
    }, 1_500_000);
  });
});
