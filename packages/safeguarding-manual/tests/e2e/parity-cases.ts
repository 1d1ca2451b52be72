// The table of proposed changes to the example manual (on 2026-11-22) that every way of
// changing it must judge alike: new versions of a chapter and of an information page, contacts
// changed and added, and files removed. `refused` is the verdict all must give.
import { readFileSync } from 'node:fs';

export const PARITY_TODAY = '2026-11-22';
const CHAPTER = 'content/procedures/strategy-discussions';
const PAGE = 'content/pages/child-protection-enquiries';

export interface ParityCase {
  name: string;
  /** The CMS collection the change is saved in (for removals: none). */
  collection?: string;
  /** The file written, by path in the repository, and its text. */
  path: string;
  text?: string;
  /** True when the file is removed instead. */
  remove?: boolean;
  refused: boolean;
}

/** The example manual's content folder, which the tests copy into their repositories as content/. */
const EXAMPLE = '../../examples/brackenshire/content';
const chapterBase = readFileSync(`${EXAMPLE}/procedures/strategy-discussions/2026-11-30.mdx`, 'utf8');
const pageBase = readFileSync(`${EXAMPLE}/pages/child-protection-enquiries/2026-11-30.mdx`, 'utf8');
const lado = readFileSync(`${EXAMPLE}/contacts/lado.yaml`, 'utf8');
const BODY = '\nA strategy discussion is held whenever there is reasonable cause to suspect significant harm.\n\n## Timescale\n\nWithin 1 working day.\n';

/** A new version of the chapter dated `date`: the latest version's frontmatter, edited by `edit`, with `body`. */
function chapter(date: string, edit: (frontmatter: string) => string = (f) => f, body = BODY): string {
  const frontmatter = chapterBase
    .split('---\n')[1]!
    .replace('amended: 2026-11-30', `amended: ${date}`)
    .replace(/summary: .*/, 'summary: "Shorter."');
  return `---\n${edit(frontmatter)}---\n${body}`;
}

const PAGE_BODY = '\nWhat happens when a social worker checks that your child is safe.\n';

function page(date: string, edit: (frontmatter: string) => string = (f) => f, body = PAGE_BODY): string {
  const frontmatter = pageBase
    .split('---\n')[1]!
    .replace('amended: 2026-11-30', `amended: ${date}`)
    .replace(/summary: .*/, 'summary: "Shorter."')
    .replace('change: updated', 'change: updated\napprovedBy: Policy and Procedures Group\napprovedOn: 2026-11-20');
  return `---\n${edit(frontmatter)}---\n${body}`;
}

const note = `changes:\n  - date: ${PARITY_TODAY}\n    summary: New number.\n`;
const contact = (edit: (text: string) => string, changes = note) => `${edit(lado)}${changes}`;
const NEW_CONTACT = `organisation: Brackenshire Council
service: Private Fostering Team
category: referral
areas: [brackenshire]
phones:
  - label: Office hours
    number: "0116 496 0123"
    hours: office-hours
verified: ${PARITY_TODAY}
`;

const v = (name: string, date: string, refused: boolean, edit?: (f: string) => string, body?: string): ParityCase => ({
  name,
  collection: 'chapter-strategy-discussions',
  path: `${CHAPTER}/${date}.mdx`,
  text: chapter(date, edit, body),
  refused,
});
const p = (name: string, refused: boolean, edit?: (f: string) => string, date = '2026-12-07', body?: string): ParityCase => ({
  name,
  collection: 'page-child-protection-enquiries',
  path: `${PAGE}/${date}.mdx`,
  text: page(date, edit, body),
  refused,
});
const c = (name: string, refused: boolean, text: string, id = 'lado'): ParityCase => ({
  name,
  collection: 'contacts',
  path: `content/contacts/${id}.yaml`,
  text,
  refused,
});

export const PARITY_CASES: ParityCase[] = [
  // A chapter's new version.
  v('a valid new version', '2026-12-07', false),
  v('a valid version a year ahead', '2027-12-07', false),
  v('a valid version that takes effect today', '2026-11-22', false, (f) => f.replace(/approvedOn.*\n/, 'approvedOn: 2026-11-20\n')),
  v('a valid version with other keywords', '2026-12-08', false, (f) => f.replace(/keywords: .*/, 'keywords: [strategy discussion, section 47]')),
  v('a valid version with sub-headings', '2026-12-09', false, undefined, `${BODY}\n### For schools\n\nTell the DSL.\n`),
  v('a valid version with a contact', '2026-12-10', false, undefined, `${BODY}\n<Contact id="lado" />\n`),
  v('no one approved it', '2026-12-07', true, (f) => f.replace(/approvedBy.*\n/, '').replace(/approvedOn.*\n/, '')),
  v('approved by, without a date', '2026-12-07', true, (f) => f.replace(/approvedOn.*\n/, '')),
  v('approved on, without who', '2026-12-07', true, (f) => f.replace(/approvedBy.*\n/, '')),
  v('approved after it takes effect', '2026-12-07', true, (f) => f.replace(/approvedOn.*\n/, 'approvedOn: 2026-12-09\n')),
  v('approved on a date that does not exist', '2026-12-07', true, (f) => f.replace(/approvedOn.*\n/, 'approvedOn: 2026-02-30\n')),
  v('its date differs from its file name', '2026-12-07', true, (f) => f.replace('amended: 2026-12-07', 'amended: 2026-12-08')),
  v('a later version marked as the first', '2026-12-07', true, (f) => f.replace('change: updated', 'change: new')),
  v('an unknown kind of change', '2026-12-07', true, (f) => f.replace('change: updated', 'change: rewritten')),
  v('replaced by, without withdrawing', '2026-12-07', true, (f) => f.replace('change: updated', 'change: updated\nreplacedBy: section-47-enquiries')),
  v('before the chapter started', '2019-01-01', true),
  v('no summary', '2026-12-07', true, (f) => f.replace(/summary: .*\n/, '')),
  v('an empty summary', '2026-12-07', true, (f) => f.replace(/summary: .*/, 'summary: ""')),
  v('an empty title', '2026-12-07', true, (f) => f.replace(/title: .*/, 'title: ""')),
  v('an unknown field', '2026-12-07', true, (f) => `${f}colour: blue\n`),
  v('a malformed number', '2026-12-07', true, (f) => f.replace(/section: .*/, 'section: "1.3.x"')),
  v('the number of another chapter', '2026-12-07', true, (f) => f.replace(/section: .*/, 'section: "1.3.2"')),
  v('see also an unknown chapter', '2026-12-07', true, (f) => f.replace(/seeAlso: .*/, 'seeAlso: [no-such-chapter]')),
  v('a review date that is not a date', '2026-12-07', true, (f) => `${f}reviewDue: next year\n`),
  v('a top-level heading', '2026-12-07', true, undefined, `${BODY}\n# Another title\n\nText.\n`),
  v('a contact chosen as none', '2026-12-07', true, undefined, `${BODY}\n<Contact id="" />\n`),
  v('an unknown contact', '2026-12-07', true, undefined, `${BODY}\n<Contact id="no-such-team" />\n`),
  v('a script in the text', '2026-12-07', true, undefined, `${BODY}\n<script>alert(1)</script>\n`),
  v('an expression in the text', '2026-12-07', true, undefined, `${BODY}\nCall {phone}.\n`),
  v('an import in the text', '2026-12-07', true, undefined, `import X from './x.js';\n${BODY}`),
  v('a file not named by a date', '2026-13-01', true),
  // Withdrawals (the chapter's version of 2026-11-30 is not in force yet).
  v('a withdrawal before a later version', '2026-11-25', true, (f) => f.replace('change: updated', 'change: withdrawn')),
  v('a withdrawal replaced by a withdrawn chapter', '2026-12-05', true, (f) =>
    f.replace('change: updated', 'change: withdrawn\nreplacedBy: gangs-and-youth-violence'),
  ),
  // No backdating: a new version takes effect today or later.
  v('a version dated three days ago', '2026-11-19', true, (f) => f.replace(/approvedOn.*\n/, 'approvedOn: 2026-11-18\n')),
  v('a version dated yesterday', '2026-11-21', true, (f) => f.replace(/approvedOn.*\n/, 'approvedOn: 2026-11-18\n')),
  v('a version between two published ones', '2025-01-06', true, (f) => f.replace(/approvedOn.*\n/, 'approvedOn: 2025-01-02\n')),
  // Heading levels: a body's headings start at level 2.
  v('a top-level heading first', '2026-12-07', true, undefined, `\n# Strategy discussions\n${BODY}`),
  v('a heading written with underlines', '2026-12-07', true, undefined, `${BODY}\nAnother title\n=============\n\nText.\n`),
  v(
    'a section heading inside an area',
    '2026-12-07',
    true,
    undefined,
    `${BODY}\n<Area name="tamsford">\n\n## In Tamsford\n\nCall the front door.\n\n</Area>\n`,
  ),
  v(
    'an area heading inside an area',
    '2026-12-07',
    false,
    undefined,
    `${BODY}\n<Area name="tamsford">\n\n### In Tamsford\n\nCall the front door.\n\n</Area>\n`,
  ),
  // An information page's new version.
  p('a valid new page version', false),
  p('a page for an unknown audience', true, (f) => f.replace(/audience: .*/, 'audience: [aliens]')),
  p('a page with a number', true, (f) => `section: "9.9"\n${f}`),
  p('a page version dated in the past', true, undefined, '2026-11-19'),
  p('a page with a top-level heading', true, undefined, '2026-12-07', `${PAGE_BODY}\n# What happens next\n\nWe talk to you.\n`),
  p('a page with sub-headings', false, undefined, '2026-12-07', `${PAGE_BODY}\n## What happens next\n\nWe talk to you.\n\n### If you disagree\n\nTell us.\n`),
  // Contacts.
  c(
    'a new number with a dated note',
    false,
    contact((t) => t.replace('0113 496 0600', '0113 496 0601')),
  ),
  c(
    'a malformed number',
    true,
    contact((t) => t.replace('0113 496 0600', '0113 4960 60')),
  ),
  c(
    'a number too short',
    true,
    contact((t) => t.replace('0113 496 0600', '0113 496 060')),
  ),
  c(
    'a number with letters',
    true,
    contact((t) => t.replace('0113 496 0600', '0113 496 O600')),
  ),
  c(
    'a number with the country code',
    false,
    contact((t) => t.replace('0113 496 0600', '+44 113 496 0601')),
  ),
  c(
    'a number with the country code, too short',
    true,
    contact((t) => t.replace('0113 496 0600', '+44 113 496 060')),
  ),
  c(
    'a new number without a note',
    true,
    contact((t) => t.replace('0113 496 0600', '0113 496 0601'), ''),
  ),
  c(
    'no service',
    true,
    contact((t) => t.replace(/service: .*\n/, '')),
  ),
  c(
    'an unknown category',
    true,
    contact((t) => t.replace('category: lado', 'category: wizards')),
  ),
  c(
    'an unknown area',
    true,
    contact((t) => t.replace(/areas: .*/, 'areas: [atlantis]')),
  ),
  c(
    'an email that is not one',
    true,
    contact((t) => t.replace(/email: .*/, 'email: not an address')),
  ),
  c(
    'a verified date that is not a date',
    true,
    contact((t) => t.replace(/verified: .*/, 'verified: soon')),
  ),
  c(
    'a note without a date',
    true,
    contact((t) => t.replace('0113 496 0600', '0113 496 0601'), 'changes:\n  - summary: New number.\n'),
  ),
  c(
    'unknown hours',
    true,
    contact((t) => t.replace('hours: office-hours', 'hours: sometimes')),
  ),
  c(
    'an unknown field',
    true,
    contact((t) => `${t}fax: "0113 496 0999"\n`),
  ),
  c(
    'a published change note removed',
    true,
    readFileSync(`${EXAMPLE}/contacts/emergency-duty-team.yaml`, 'utf8').replace(/changes:[\s\S]*$/, ''),
    'emergency-duty-team',
  ),
  c('a valid new contact', false, NEW_CONTACT, 'private-fostering'),
  c('a new contact with a malformed number', true, NEW_CONTACT.replace('0116 496 0123', '0116 4960 12'), 'private-fostering'),
  c('a new contact without numbers', true, NEW_CONTACT.replace(/phones:[\s\S]*?verified/, 'verified'), 'private-fostering'),
  // A removal.
  { name: 'removing a contact the chapters use', path: 'content/contacts/lado.yaml', remove: true, refused: true },
];
