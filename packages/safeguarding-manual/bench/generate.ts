// Writes a synthetic manual of any size for the benchmark: chapters with headings, lists,
// GitHub tables, links to other chapters and <Contact> components, each with several dated
// versions that differ by small edits, as real amendments do. Deterministic for a given size.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCK_FILE, serializeLock, type Lock } from '../src/lib/history/lock.ts';
import { manualRoot } from '../src/lib/manual/manual-root.ts';

export interface GeneratedManual {
  chapters: number;
  versions: number;
  files: number;
  bytes: number;
}

/** A small, seeded generator, so that two runs of the same size build the same files. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  'referrals',
  'strategy discussions',
  'home visits',
  'information sharing',
  'core groups',
  'private fostering',
  'missing children',
  'online harm',
  'neglect',
  'domestic abuse',
  'young carers',
  'disabled children',
  'school exclusions',
  'bruising in babies',
  'parental mental health',
  'substance misuse',
  'honour-based abuse',
  'forced marriage',
  'child exploitation',
  'radicalisation',
  'self-harm',
  'unborn babies',
  'escalation',
  'supervision',
  'case transfers',
  'interpreters',
  'safe sleep',
  'fabricated illness',
  'homelessness',
  'children in custody',
  'faith settings',
  'sports clubs',
  'foster carers',
  'step-down to early help',
];
const AGENCIES = [
  'the police',
  "children's social care",
  'the school',
  'the health visitor',
  'the GP',
  'the midwife',
  'the youth justice service',
  'early help',
  'the nursery',
  'the named nurse',
];
const ACTIONS = [
  "records the decision and the reasons for it in the child's file",
  'speaks to the child alone, in words the child understands',
  'tells the parents what will happen next, unless that would put the child at risk',
  'shares the information with the front door on the same working day',
  'agrees with the manager who will lead and when the next review will be',
  'checks what other agencies already know before deciding',
  'confirms a phone referral in writing within 48 hours',
  'asks for advice from the designated safeguarding lead',
  'arranges an interpreter who is not a family member',
  "writes down what the child said, in the child's own words",
];
const QUALIFIERS = [
  'as soon as possible',
  'within 1 working day',
  'within 5 working days',
  'before the end of the shift',
  'at every visit',
  'when the plan is reviewed',
  'whenever the risk changes',
];
const REASONS = [
  'so that no concern is lost when staff change',
  'because delay can leave a child at risk',
  'so that the family hears one consistent message',
  "because the child's view must shape the plan",
  'so that the decision can be checked later',
];
const CONTACTS = [
  'tamsford-front-door',
  'brackenshire-front-door',
  'wyvern-vale-front-door',
  'emergency-duty-team',
  'police-child-protection',
  'lado',
  'health-safeguarding-team',
  'early-help-advice',
  'nspcc-helpline',
];
const STEPS = [
  'Referral acknowledged',
  'Strategy discussion held',
  'Assessment started',
  'Visit to the child',
  'Written record shared',
  'Conference held',
  'Plan reviewed',
  'Case closed or stepped down',
];
const TIMESCALES = [
  'Within 1 working day',
  'Within 2 working days',
  'Within 5 working days',
  'Within 10 working days',
  'Within 15 working days',
  'Within 45 working days',
];
const SUMMARIES = [
  'Timescale for written confirmation shortened',
  'New step added for checking what other agencies know',
  'Contact details for the out-of-hours team updated',
  'Wording on speaking to the child alone made clearer',
  'Table of timescales brought into line with the national guidance',
  'Added advice on using interpreters',
];

/** Glossary terms, with an abbreviation where the chapters' words have one. */
const GLOSSARY: [term: string, abbreviation?: string][] = [
  ['designated safeguarding lead', 'DSL'],
  ['front door'],
  ['general practitioner', 'GP'],
  ['health visitor'],
  ['youth justice service'],
  ['named nurse'],
  ['early help'],
  ['strategy discussion'],
  ['interpreter'],
];

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function sentence(rnd: () => number): string {
  return `${capital(pick(rnd, AGENCIES))} ${pick(rnd, ACTIONS)} ${pick(rnd, QUALIFIERS)}, ${pick(rnd, REASONS)}.`;
}

function paragraph(rnd: () => number, sentences = 3 + Math.floor(rnd() * 3)): string {
  return Array.from({ length: sentences }, () => sentence(rnd)).join(' ');
}

interface ChapterPlan {
  id: string;
  title: string;
  section: string;
  topic: string;
}

/** The body of one chapter: a list of blocks (paragraphs, headings, lists, tables), so versions can edit blocks. */
function chapterBlocks(index: number, all: readonly ChapterPlan[], rnd: () => number): string[] {
  const plan = all[index]!;
  // Another chapter, or this one when the manual has only one.
  const other = () => all[(index + 1 + Math.floor(rnd() * (all.length - 1))) % all.length]!;
  const link = () => {
    const target = other();
    return target === plan ? 'the contents' : `[${target.title}](/procedures/${target.id}/)`;
  };
  const blocks = [
    `This chapter sets out what every practitioner does about ${plan.topic}. ${paragraph(rnd, 3)}`,
    paragraph(rnd),
    '## When this chapter applies',
    paragraph(rnd),
    Array.from({ length: 4 + Math.floor(rnd() * 3) }, () => `- ${capital(pick(rnd, AGENCIES))} ${pick(rnd, ACTIONS)}.`).join('\n'),
    `Read this together with ${link()}.`,
    '## What to do',
    paragraph(rnd),
    Array.from({ length: 4 + Math.floor(rnd() * 3) }, (_, i) => `${i + 1}. ${capital(pick(rnd, ACTIONS))} ${pick(rnd, QUALIFIERS)}.`).join('\n'),
    `If a child is in immediate danger, call <Contact id="emergency-services" inline />. Otherwise contact the front door for the child's area:`,
    `<Contact id="${pick(rnd, CONTACTS.slice(0, 3))}" />`,
    '### Recording',
    paragraph(rnd),
    '## Timescales',
    [
      '| Step | Timescale | Who |',
      '|---|---|---|',
      ...STEPS.slice(0, 4 + Math.floor(rnd() * 4)).map((step) => `| ${step} | ${pick(rnd, TIMESCALES)} | ${capital(pick(rnd, AGENCIES))} |`),
    ].join('\n'),
    paragraph(rnd),
    '## Getting advice',
    `${paragraph(rnd, 2)} See also ${link()}.`,
    `<Contact id="${pick(rnd, CONTACTS.slice(3))}" />`,
  ];
  return blocks;
}

/** A small, realistic amendment: a timescale, a sentence, a list item or a contact changes. */
function amend(blocks: string[], rnd: () => number): { blocks: string[]; summary: string } {
  const next = [...blocks];
  const kind = Math.floor(rnd() * 4);
  const paragraphs = next.map((b, i) => [b, i] as const).filter(([b]) => /^[A-Z]/.test(b) && !b.startsWith('If a child'));
  const [, at] = pick(rnd, paragraphs);
  if (kind === 0) {
    const table = next.findIndex((b) => b.startsWith('| Step'));
    next[table] = next[table]!.replace(/Within \d+ working days?/, pick(rnd, TIMESCALES));
  } else if (kind === 1) {
    next[at] = `${next[at]} ${sentence(rnd)}`;
  } else if (kind === 2) {
    const list = next.findIndex((b) => b.startsWith('- '));
    next[list] = `${next[list]}\n- ${capital(pick(rnd, AGENCIES))} ${pick(rnd, ACTIONS)}.`;
  } else {
    next[at] = next[at]!.replace(/[^.]+\.$/, ` ${capital(pick(rnd, AGENCIES))} ${pick(rnd, ACTIONS)} ${pick(rnd, QUALIFIERS)}.`);
  }
  return { blocks: next, summary: `${pick(rnd, SUMMARIES)}, after feedback from practitioners.` };
}

const DAY = 86_400_000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/**
 * Writes a manual of `chapters` chapters with `versions` versions each into `dir` (replacing
 * it), every version dated on or before `today`, with a version lock, as a published manual has.
 */
export function generateManual(dir: string, chapters: number, versions: number, today: string): GeneratedManual {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'procedures'), { recursive: true });
  // The contacts and synonyms of the manual the benchmark runs in (the example manual), so that
  // the pages and the index hold them as a real manual's do.
  const example = join(manualRoot(), 'content');
  cpSync(join(example, 'contacts'), join(dir, 'contacts'), { recursive: true });
  cpSync(join(example, 'synonyms.yaml'), join(dir, 'synonyms.yaml'));

  // Ten sections of ten sub-sections; chapters are spread over the sub-sections.
  const sections = Array.from({ length: 10 }, (_, s) => ({
    number: `${s + 1}`,
    title: `${capital(TOPICS[s]!)} and related procedures`,
    subsections: Array.from({ length: 10 }, (_, u) => ({ number: `${s + 1}.${u + 1}`, title: capital(TOPICS[(s * 10 + u) % TOPICS.length]!) })),
  }));
  const structure = [
    'sections:',
    ...sections.flatMap((s) => [
      `  - number: "${s.number}"`,
      `    title: ${s.title}`,
      '    subsections:',
      ...s.subsections.flatMap((u) => [`      - number: "${u.number}"`, `        title: ${u.title}`]),
    ]),
  ].join('\n');
  writeFileSync(join(dir, 'structure.yaml'), `${structure}\n`);

  const plans: ChapterPlan[] = Array.from({ length: chapters }, (_, i) => {
    const topic = TOPICS[i % TOPICS.length]!;
    const sub = sections[i % 10]!.subsections[Math.floor(i / 10) % 10]!;
    return {
      id: `${topic.replace(/[^a-z]+/g, '-')}-${String(i + 1).padStart(4, '0')}`,
      title: `${capital(topic)} (${i + 1})`,
      section: `${sub.number}.${Math.floor(i / 100) + 1}`,
      topic,
    };
  });

  const lock: Lock = { format: 2, files: {} };
  const span = Math.floor((Date.parse(`${today}T00:00:00Z`) - Date.parse('2019-08-01T00:00:00Z')) / DAY);
  const step = Math.max(1, Math.min(300, Math.floor(span / versions)));
  let files = 0;
  let bytes = 0;
  plans.forEach((plan, i) => {
    const rnd = random(i + 1);
    let blocks = chapterBlocks(i, plans, rnd);
    let date = addDays('2019-01-07', i % 200);
    mkdirSync(join(dir, 'procedures', plan.id));
    for (let v = 0; v < versions; v++) {
      let summary = 'First published.';
      if (v > 0) {
        ({ blocks, summary } = amend(blocks, rnd));
        date = addDays(date, 1 + Math.floor(step / 2) + Math.floor(rnd() * Math.ceil(step / 2)));
      }
      const frontmatter = [
        '---',
        `section: "${plan.section}"`,
        `title: ${plan.title}`,
        `amended: ${date}`,
        `change: ${v === 0 ? 'new' : 'updated'}`,
        `summary: ${summary}`,
        `description: What practitioners in every agency do about ${plan.topic}.`,
        `keywords: [${plan.topic}, safeguarding]`,
        `seeAlso: [${plans[(i + 1) % chapters]!.id === plan.id ? '' : plans[(i + 1) % chapters]!.id}]`,
        `owner: ${capital(pick(rnd, AGENCIES).replace(/^the /, ''))}`,
        '---',
      ].join('\n');
      const text = `${frontmatter}\n\n${blocks.join('\n\n')}\n`;
      const key = `procedures/${plan.id}/${date}.mdx`;
      writeFileSync(join(dir, key), text);
      lock.files[key] = { sha256: createHash('sha256').update(text, 'utf8').digest('hex') };
      files++;
      bytes += Buffer.byteLength(text);
    }
  });
  const sorted = Object.fromEntries(Object.entries(lock.files).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(join(dir, LOCK_FILE), serializeLock({ format: 2, files: sorted }));
  // A glossary of words the chapters use, so that the build marks up first uses as a real manual's does.
  writeFileSync(
    join(dir, 'glossary.yaml'),
    `${[
      'entries:',
      ...GLOSSARY.flatMap(([term, abbreviation]) => [
        `  - term: ${term}`,
        ...(abbreviation ? [`    abbreviations: [${abbreviation}]`] : []),
        `    definition: What ${term} means in these procedures.`,
      ]),
    ].join('\n')}\n`,
  );
  return { chapters, versions, files, bytes };
}
