// A new partnership's manual, from a few answers: its settings, and a content folder that
// passes the check at once. The contacts the "Worried about a child?" panel names start as
// drafts (the check warns about each, and the site marks them) with numbers in Ofcom's range
// for drama, so that nobody is sent to a number that was never checked.
import { stringify } from 'yaml';
import { chapterIdFromTitle } from '../authoring/chapter-id.ts';
import { LOCK_FILE, serializeLock } from '../history/lock.ts';
import { sha256Of } from '../history/release-records.ts';
import type { SiteInput } from '../schemas/site.ts';

export interface NewManualAnswers {
  /** The partnership's full name, such as Northshire Safeguarding Children Partnership. */
  name: string;
  /** The short name in the header, such as Northshire SCP. */
  shortName: string;
  /** The names of the local areas, such as Northtown and Southvale. */
  areas: readonly string[];
  /** The address the site will be published at. */
  site: string;
  /** The group that approves new versions, such as Policy and Procedures Group. */
  signOffGroup: string;
  /** The day the manual is made (YYYY-MM-DD): the welcome chapter's date, and the sign-off date. */
  today: string;
}

export interface NewManual {
  settings: SiteInput;
  /** The content folder's files, by path relative to it. */
  files: Record<string, string>;
}

/** The first number of Ofcom's drama range 0116 496 0000-0999 for the nth draft contact. */
const draftNumber = (n: number) => `0116 496 0${String(100 + n * 10).padStart(3, '0')}`;

const EMERGENCY = {
  organisation: 'Emergency services',
  service: 'Police, ambulance and fire',
  category: 'emergency',
  areas: ['all'],
  phones: [{ label: 'Emergency', number: '999', hours: '24-hours' }],
  notes: 'Call 999 when a child is in immediate danger or needs urgent medical help.',
};

const NSPCC = {
  organisation: 'NSPCC',
  service: 'Helpline for adults worried about a child',
  category: 'national',
  areas: ['all'],
  phones: [{ label: 'Helpline', number: '0808 800 5000', hours: 'office-hours', hoursText: 'Monday to Friday 8am to 10pm, weekends 9am to 6pm' }],
  web: 'https://www.nspcc.org.uk/',
  notes: 'Adults can speak to the NSPCC without giving their name.',
};

const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });

function frontmatter(fields: Record<string, unknown>, body: string): string {
  return `---\n${yaml(fields)}---\n\n${body.trim()}\n`;
}

/** The settings and content files of a new manual. */
export function newManual(answers: NewManualAnswers): NewManual {
  const areas = answers.areas.map((name) => ({ id: chapterIdFromTitle(name), name, council: `${name} Council` }));
  const frontDoors = areas.map((area) => `${area.id}-front-door`);
  const settings: SiteInput = {
    partnership: answers.name,
    shortName: answers.shortName,
    manualTitle: 'Multi-Agency Safeguarding Children Procedures',
    areas,
    site: answers.site,
    signOffRequiredFrom: answers.today,
    worriedPanel: ['emergency-services', ...frontDoors, 'nspcc-helpline'],
    // The statement the site publishes needs a contact: an address at the site's own domain,
    // which the partnership changes to a mailbox someone reads.
    accessibility: {
      contactEmail: `accessibility@${new URL(answers.site).hostname.replace(/^(www|procedures)\./, '')}`,
      statementDate: answers.today,
      testedDate: answers.today,
      testedBy:
        'the automated checks of the generator this site is built with (axe-core, the W3C Nu HTML Checker, keyboard, 320px reflow, dark mode and forced colours tests)',
    },
  };
  const files: Record<string, string> = {
    'structure.yaml': yaml({ sections: [{ number: '1', title: 'Introduction' }] }),
    'contacts/emergency-services.yaml': yaml({ ...EMERGENCY, verified: answers.today }),
    'contacts/nspcc-helpline.yaml': yaml({ ...NSPCC, verified: answers.today }),
  };
  areas.forEach((area, i) => {
    files[`contacts/${frontDoors[i]}.yaml`] = yaml({
      organisation: area.council,
      service: "Children's Front Door",
      category: 'referral',
      areas: [area.id],
      phones: [{ label: 'Office hours', number: draftNumber(i), hours: 'office-hours' }],
      notes: 'Replace these details with the real ones, then remove draft: true.',
      verified: answers.today,
      draft: true,
    });
  });
  const signOff = { approvedBy: answers.signOffGroup, approvedOn: answers.today };
  files[`procedures/welcome/${answers.today}.mdx`] = frontmatter(
    {
      section: '1.1',
      title: 'Welcome to these procedures',
      amended: answers.today,
      change: 'new',
      description: `What these procedures are, who they are for, and how ${answers.shortName} keeps them up to date.`,
      ...signOff,
    },
    `These are the multi-agency safeguarding children procedures of ${answers.name}. They apply to everyone who works with children and families in ${areas.map((a) => a.name).join(', ')}.

## How the procedures are kept up to date

The ${answers.signOffGroup} approves every new version. Each chapter shows when it was last amended, and its history shows every earlier version.

## If you are worried about a child

If a child is in immediate danger, call <Contact id="emergency-services" inline />.`,
  );
  files[`pages/worried-about-a-child/${answers.today}.mdx`] = frontmatter(
    {
      title: 'What to do if you are worried about a child',
      amended: answers.today,
      change: 'new',
      description: 'Who to call if you think a child is being hurt or neglected.',
      audience: ['public', 'families'],
      owner: answers.shortName,
      ...signOff,
    },
    `If something you have seen or heard worries you, tell someone. You do not need to be sure.

## Who to call

If a child is in immediate danger, call <Contact id="emergency-services" inline />.

${frontDoors.map((id) => `<Contact id="${id}" />`).join('\n\n')}

<Contact id="nspcc-helpline" />`,
  );
  // The lock starts today and records the first versions, as npm run lock -- --start would.
  const versions = Object.keys(files)
    .filter((path) => path.endsWith('.mdx'))
    .sort();
  files[LOCK_FILE] = serializeLock({
    format: 2,
    startedOn: answers.today,
    files: Object.fromEntries(versions.map((path) => [path, { sha256: sha256Of(files[path]!) }])),
  });
  return { settings, files };
}
