// The pages of the record: a history, a dated version, the amendments log, updates, as-at editions.
// English and Welsh side by side; interface-text.ts gathers this with the site's other words.
// Counted nouns keep to each language's grammar: English plurals, and in Welsh the singular noun
// after a numeral, mutated as the numeral requires (counted in welsh.ts).
import type { Language } from '../languages.ts';
import { counted, joinWithAnd } from '../util/plural.ts';
import { counted as countedCy, inPlace, joinWithA } from './welsh.ts';

/** A text that depends on values (a date, a count, a name). */
type Words<A extends unknown[]> = (...values: A) => string;

// The interface text is also compiled into the offline worker: these types are written out here
// rather than imported from the site's modules, which reach Node's.

/** How the log, the histories and the feeds name a change: an AmendmentKind (amendments.ts), or a change to a contact, resource or the glossary. */
export type LogKind =
  'New' | 'Updated' | 'Renumbered' | 'Withdrawn' | 'Corrected' | 'Contact changed' | 'Resource added' | 'Resource changed' | 'Glossary changed';

/** What a changes page counts (DiffCounts in diff.ts). */
export interface BlockCounts {
  changed: number;
  added: number;
  removed: number;
  unchanged: number;
  wordsInserted: number;
  wordsDeleted: number;
}

/** The counts of the log's entries below its filters. */
export interface LogCounts {
  amendments: number;
  contactChanges: number;
  resourceChanges: number;
  glossaryChanges: number;
}

export interface RecordsText {
  /** The label of each kind of change (ChangeKind.astro, the feeds' entry titles). */
  kinds: Record<LogKind, string>;
  /** A chapter's or information page's history: every version, newest first. */
  history: {
    title: Words<[label: string]>;
    description: Words<[noun: string, label: string]>;
    feedTitle: Words<[label: string]>;
    heading: string;
    lead: Words<[noun: string]>;
    comesIntoEffect: string;
    current: string;
    inForceUntil: Words<[date: string]>;
    /** The number and title a version had before: " (was 1.2 Referrals)". */
    was: Words<[label: string]>;
    correctedOn: string;
    readThisVersion: string;
    /** Spoken after "Read this version": the version's date. */
    readThisVersionOf: Words<[date: string]>;
    /** Spoken after "See what changed": the version's date. */
    seeWhatChangedOn: Words<[date: string]>;
  };
  /** The page of one dated version. */
  version: {
    title: Words<[label: string, date: string]>;
    description: Words<[noun: 'chapter' | 'page', label: string, date: string]>;
    aboutHeading: string;
    thisVersion: string;
    firstPublished: string;
    phoneNumbers: [before: string, contactsList: string, after: string];
    resources: [before: string, resources: string, today: string, notThen: string, after: string];
    hash: string;
  };
  /** What the changes page counts. */
  changes: {
    blocks: Words<[counts: BlockCounts]>;
    words: Words<[counts: BlockCounts]>;
  };
  /** The amendments log and its year, section and round pages. */
  amendments: {
    description: Words<[manual: string]>;
    feedTitle: string;
    intro: [
      before: string,
      resources: string,
      subscribe: string,
      atomFeed: string,
      download: string,
      json: string,
      or: string,
      csv: string,
      stop: string,
      followChanges: string,
      followRest: string,
      anyDate: string,
      andThe: string,
      reviewStatus: string,
      after: string,
    ];
    yearHeading: Words<[year: string]>;
    sectionHeading: Words<[number: string, title: string]>;
    followSection: Words<[number: string]>;
    /** A round's dates: "An update round of <date>: the amendments dated from <date> to <date>." */
    roundDates: [before: string, dated: string, from: string, to: string, onOrBefore: string];
    filterLabel: string;
    byYear: string;
    bySection: string;
    byRound: string;
    all: string;
    year: string;
    allYears: string;
    section: string;
    allSections: string;
    upcomingHeading: string;
    count: Words<[counts: LogCounts]>;
    /** What the quick filter says when it has filtered the log. */
    shown: Words<[count: number]>;
    sinceRound: Words<[round: string]>;
    afterRound: [before: string, of: string, after: string];
    whatChanged: string;
    /** After the chapter's name, on an entry for the partnership's own text at one of its extension points. */
    localEntry: string;
    /** Spoken after "What changed": which version. */
    whatChangedIn: Words<[label: string, date: string]>;
    history: string;
    /** Spoken after "History": whose. */
    historyOf: Words<[label: string]>;
  };
  /** The next update round the partnership plans (NextRound.astro). */
  nextRound: {
    label: string;
    planned: [before: Words<[round: string]>, after: string];
    open: [before: string, email: string, after: string];
    closed: [before: string, after: string];
  };
  /** A version that comes from the regional core the manual follows (CoreOriginNote.astro). */
  coreOrigin: {
    label: string;
    tookEffect: Words<[core: string]>;
    accepted: Words<[release: number, by: string]>;
    inForceHere: string;
  };
  /** A partnership's own text at an extension point of a core chapter (Local.astro). */
  localText: {
    label: Words<[partnership: string]>;
    inForce: Words<[manual: string]>;
    approved: Words<[by: string]>;
    approvedOn: string;
    rest: Words<[core: string]>;
    /** What the core's own site shows at an extension point. */
    point: string;
    /** The page of one version of a local text (/procedures/<id>/local/<point>/<date>/). */
    page: {
      title: Words<[label: string, date: string]>;
      description: Words<[partnership: string, label: string, date: string]>;
      /** What it is: a part of a chapter, the rest of which comes from the core. */
      lead: Words<[manual: string, core: string]>;
      readChapter: string;
      /** Spoken after "Read the chapter as it stood then": which. */
      readChapterOf: Words<[label: string, date: string]>;
      chapterHistory: string;
      earlier: string;
      later: string;
    };
  };
  /** How to follow changes: /updates/. */
  updates: {
    description: Words<[manual: string]>;
    heading: string;
    intro: [before: string, inRounds: string, listed: string, amendmentsLog: string, after: string];
    emailHeading: string;
    mailingList: string;
    emailAddress: string;
    signUp: string;
    runBy: Words<[host: string]>;
    privacy: [before: string, notice: string, after: string];
    leave: string;
    noEmail: string;
    feedsHeading: string;
    feedReader: string;
    everyChange: [before: string, amendmentsFeed: string];
    documentFeeds: [before: string, link: string, middle: string, file: string, after: string];
    sectionFeedsHeading: string;
    sectionFeed: Words<[number: string, title: string]>;
    roundsHeading: string;
    rounds: string;
    lastVisitHeading: string;
    lastVisit: [before: string, contents: string, after: Words<[days: number]>];
  };
  /** The manual as it stood on any date: /as-at/ and its editions. */
  asAt: {
    description: Words<[manual: string, first: string | undefined]>;
    intro: string;
    date: string;
    hint: string;
    show: string;
    today: [before: string, edition: Words<[date: string]>, after: Words<[count: number, first: string]>];
    byYear: string;
    howToFind: string;
    changes: Words<[count: number]>;
    nothingYet: string;
    approvals: [before: string, amendmentsLog: string, andThe: string, reviewStatus: string, evidence: string, after: string];
    /** What the date form's script says (as-at-date.ts). */
    script: {
      realDate: string;
      afterToday: Words<[date: string]>;
      asItStands: Words<[date: string]>;
      beganOn: Words<[first: string, date: string]>;
      onDate: Words<[date: string]>;
    };
    /** One edition's page. */
    edition: {
      title: Words<[day: string]>;
      description: Words<[manual: string, day: string]>;
      status: string;
      asItStood: [before: string, after: string];
      noneSince: string;
      since: [link: Words<[count: number]>, after: Words<[today: string]>];
      until: Words<[date: string]>;
      stoodSince: string;
      previous: Words<[date: string]>;
      next: Words<[date: string]>;
      explain: [before: string, after: string];
      changedHeading: Words<[day: string]>;
      whatChanged: string;
      fromCore: string;
      contentsHeading: Words<[day: string]>;
      unplacedHeading: string;
      informationHeading: Words<[day: string]>;
      /** The partnership's own texts at its chapters' extension points in force that day. */
      localHeading: Words<[day: string]>;
      none: string;
      contacts: [before: string, contactsList: string, after: string];
      contactsSince: [before: Words<[count: number, day: string]>, amendmentsLog: string, after: string];
      contactChanges: Words<[day: string]>;
    };
  };
  /** The notices of a chapter not yet in force, or withdrawn, at its address. */
  notices: {
    comesIntoEffect: Words<[noun: string, date: string]>;
    publishedEarly: Words<[isPage: boolean]>;
    readUpcoming: Words<[date: string]>;
    withdrawn: Words<[noun: string, date: string]>;
    replacedBy: [before: string, after: string];
    readBefore: string;
  };
  /** The Atom feeds: the amendments, a section's, a chapter's history. */
  feeds: {
    amendmentsTitle: Words<[manual: string]>;
    amendmentsDescription: Words<[manual: string, partnership: string]>;
    sectionTitle: Words<[manual: string, number: string, title: string]>;
    sectionDescription: Words<[number: string, title: string]>;
    documentTitle: Words<[label: string]>;
    documentDescription: Words<[noun: string, label: string, manual: string]>;
    entryOn: Words<[kind: string, date: string]>;
    hash: Words<[hash: string]>;
    fromCore: Words<[origin: string]>;
    coreOrigin: Words<[coreDate: string, release: number, by: string, on: string]>;
  };
}

// Welsh nouns counted on these pages.
/** A count and a Welsh noun (its radical form and gender), with the mutation the count gives it. */
const countedIn = (count: number, [noun, gender]: readonly [string, 'masculine' | 'feminine']) => countedCy(count, noun, gender);
const BLOC = ['bloc', 'masculine'] as const;
const GAIR = ['gair', 'masculine'] as const;
const DIWYGIAD = ['diwygiad', 'masculine'] as const;
const NEWID = ['newid', 'masculine'] as const;
const ARGRAFFIAD = ['argraffiad', 'masculine'] as const;
const DIWRNOD = ['diwrnod', 'masculine'] as const;

const en: RecordsText = {
  kinds: {
    New: 'New',
    Updated: 'Updated',
    Renumbered: 'Renumbered',
    Withdrawn: 'Withdrawn',
    Corrected: 'Corrected',
    'Contact changed': 'Contact changed',
    'Resource added': 'Resource added',
    'Resource changed': 'Resource changed',
    'Glossary changed': 'Glossary changed',
  },
  history: {
    title: (label) => `History of ${label}`,
    description: (noun, label) => `Every version of the ${noun} ${label}, with what changed and why.`,
    feedTitle: (label) => `Changes to ${label} (Atom)`,
    heading: 'History:',
    lead: (noun) =>
      `Every version of this ${noun}, newest first. Each version stays online at its own address; its SHA-256 identifies the exact file that was published.`,
    comesIntoEffect: 'Comes into effect on this date.',
    current: 'Current version.',
    inForceUntil: (date) => `In force until ${date}.`,
    was: (label) => ` (was ${label})`,
    correctedOn: 'Corrected on',
    readThisVersion: 'Read this version',
    readThisVersionOf: (date) => ` of ${date}`,
    seeWhatChangedOn: (date) => ` on ${date}`,
  },
  version: {
    title: (label, date) => `${label} (version of ${date})`,
    description: (noun, label, date) => `${noun === 'page' ? 'The page' : 'Chapter'} ${label}, as in force from ${date}.`,
    aboutHeading: 'About this version',
    thisVersion: 'This version',
    firstPublished: 'First published',
    phoneNumbers: ["Phone numbers on this page come from today's", 'contacts list', ', not from the date of this version.'],
    resources: [
      'Forms and documents linked on this page lead to the',
      'resources',
      ' as they are today',
      ', not as they were while this version was in force',
      '.',
    ],
    hash: "SHA-256 of this version's file:",
  },
  changes: {
    blocks: (c) =>
      `${counted(c.changed, 'block')} changed, ${counted(c.added, 'block')} added, ${counted(c.removed, 'block')} removed, ${c.unchanged} unchanged`,
    words: (c) => `${counted(c.wordsInserted, 'word')} inserted, ${counted(c.wordsDeleted, 'word')} deleted`,
  },
  amendments: {
    description: (manual) => `Every change to the ${manual}, newest first.`,
    feedTitle: 'Amendments (Atom)',
    intro: [
      'Every new, updated, renumbered, corrected and withdrawn chapter and information page, every change to the contact numbers and the glossary, and every signed-off change to the forms, flowcharts and leaflets in the',
      'resources',
      ', newest first. Subscribe with the',
      'Atom feed',
      ', or download the whole log as',
      'JSON',
      'or',
      'CSV',
      '.',
      'Follow changes',
      'to one section or chapter, or by email. See',
      'the whole manual as it stood on any date',
      ', and the',
      'review status',
      'of every chapter.',
    ],
    yearHeading: (year) => `Amendments in ${year}`,
    sectionHeading: (number, title) => `Amendments to section ${number}, ${title}`,
    followSection: (number) => `Follow changes to section ${number}`,
    roundDates: ['An update round of', ': the amendments dated', 'from', 'to', 'on or before'],
    filterLabel: 'Filter the amendments',
    byYear: 'By year:',
    bySection: 'By section:',
    byRound: 'By update round:',
    all: 'All',
    year: 'Year',
    allYears: 'All years',
    section: 'Section',
    allSections: 'All sections',
    upcomingHeading: 'Coming into effect',
    count: (c) =>
      joinWithAnd(
        [
          counted(c.amendments, 'amendment'),
          c.contactChanges ? `${counted(c.contactChanges, 'change')} to contact details` : '',
          c.resourceChanges ? `${counted(c.resourceChanges, 'change')} to resources` : '',
          c.glossaryChanges ? `${counted(c.glossaryChanges, 'change')} to the glossary` : '',
        ].filter(Boolean),
      ),
    shown: (count) => `${count} ${count === 1 ? 'amendment shown.' : 'amendments shown.'}`,
    sinceRound: (round) => `Since the ${round}`,
    afterRound: ['Amendments dated after the', 'of', ': they will be part of the next update round.'],
    whatChanged: 'What changed',
    localEntry: ' (local arrangements)',
    whatChangedIn: (label, date) => `in ${label} on ${date}`,
    history: 'History',
    historyOf: (label) => ` of ${label}`,
  },
  nextRound: {
    label: 'Next update round',
    planned: [(round) => `Next update round: ${round}, planned for`, '.'],
    open: ['Suggestions for changes must reach the partnership by', ': email', '.'],
    closed: ['Suggestions for it closed on', '.'],
  },
  coreOrigin: {
    label: 'From the regional core:',
    tookEffect: (core) => `this version took effect in ${core} on`,
    accepted: (release, by) => `(its release ${release}), and was accepted here by ${by} on`,
    inForceHere: '; it is in force here from',
  },
  localText: {
    label: (partnership) => `Local arrangements of ${partnership}`,
    inForce: (manual) => `This is ${manual}'s own text, in force from`,
    approved: (by) => `and approved by ${by}`,
    approvedOn: 'on',
    rest: (core) => `The rest of the chapter comes from ${core}.`,
    point: 'Each partnership that follows these procedures adds its local arrangements here.',
    page: {
      title: (label, date) => `${label}: local arrangements of ${date}`,
      description: (partnership, label, date) => `The local arrangements of ${partnership} in ${label}, as published on ${date}.`,
      lead: (manual, core) => `This is ${manual}'s own text at one point of the chapter. The rest of the chapter comes from ${core}.`,
      readChapter: 'Read the chapter as it stood then',
      readChapterOf: (label, date) => `: ${label}, version of ${date}`,
      chapterHistory: 'History of the chapter',
      earlier: 'Earlier local arrangements',
      later: 'Later local arrangements',
    },
  },
  updates: {
    description: (manual) => `How to hear when the ${manual} change: by email, with a feed reader, and in update rounds.`,
    heading: 'Follow changes to the procedures',
    intro: [
      'The partnership changes these procedures when the law, national guidance or local arrangements change',
      ', mostly in update rounds',
      '. Every change is listed in the',
      'amendments log',
      ', with what changed and why. You can also hear about changes as they are published.',
    ],
    emailHeading: 'By email',
    mailingList:
      "Join the partnership's mailing list to receive a summary of each update round and of urgent amendments: the chapters and information pages that are new, updated or withdrawn, what changed and why, with links to each, and changes to contact numbers.",
    emailAddress: 'Email address',
    signUp: 'Sign up for email updates',
    runBy: (host) => `The list is run for the partnership by ${host}: your address is sent there, and not kept by this website.`,
    privacy: ['Read the', 'privacy notice', 'for what is kept and how to leave the list.'],
    leave: 'Every email has a link to leave the list.',
    noEmail:
      'The partnership does not send emails about changes to this manual. Use a feed below: many email programs can follow a feed as well as feed readers can.',
    feedsHeading: 'With a feed reader',
    feedReader:
      'A feed reader (such as the one in your email program or browser) checks a feed for you and shows each new entry. Each feed is in Atom format; copy its address into your reader.',
    everyChange: ['Every change to the manual, and to contact numbers:', 'amendments feed'],
    documentFeeds: [
      'Every chapter and information page has its own feed: follow the',
      'Follow changes',
      'link under "About this chapter", after its text. Its address is the chapter\'s address followed by',
      'history.xml',
      '.',
    ],
    sectionFeedsHeading: 'Feeds for each section',
    sectionFeed: (number, title) => `Section ${number}, ${title}`,
    roundsHeading: 'Update rounds',
    rounds:
      'The partnership publishes most amendments together, in update rounds. Urgent amendments are published when they are needed, and join the next round.',
    lastVisitHeading: 'What changed since your last visit',
    lastVisit: [
      'The',
      'contents',
      (days) =>
        `marks the chapters that changed since your last visit, when your browser runs JavaScript. Your browser remembers which version of each chapter you saw; nothing is sent to the partnership or anyone else, and no cookie is set. Chapters changed in the last ${days} days are marked New or Updated for everyone.`,
    ],
  },
  asAt: {
    description: (manual, first) => `The ${manual} as it stood on any date since ${first ?? 'it began'}.`,
    intro:
      'Every chapter and information page as it stood on a date, each linked to the exact version then in force, with who approved it. The manual changes only on the dates listed below (its editions); on any other day it stood as on the edition before.',
    date: 'Date',
    hint: 'The manual as it stood at the end of that day.',
    show: 'Show the manual on this date',
    today: [
      'The manual as it stands today:',
      (date) => `the edition of ${date}`,
      (count, first) => `. It has ${counted(count, 'edition')}, the first on ${first}.`,
    ],
    byYear: 'Editions by year',
    howToFind: 'To find the manual on a date, open its year and choose the first date listed on or before it.',
    changes: (count) => `(${counted(count, 'change')})`,
    nothingYet: 'Nothing in the manual has taken effect yet.',
    approvals: [
      'Who approved each version, and what was due for review, are also in the',
      'amendments log',
      'and the',
      'review status',
      ". An evidence bundle of the whole manual on a date, with every version's SHA-256, is made with",
      '.',
    ],
    script: {
      realDate: 'Enter a real date, such as 1 March 2023.',
      afterToday: (date) => `${date} is after today, so the manual has not stood on it yet.`,
      asItStands: (date) => `The manual as it stands today (${date})`,
      beganOn: (first, date) => `The manual began on ${first}: nothing in it was in force on ${date}.`,
      onDate: (date) => `The manual on ${date}`,
    },
    edition: {
      title: (day) => `The manual as it stood on ${day}`,
      description: (manual, day) => `Every chapter of the ${manual} in force on ${day}, linked to the version then in force.`,
      status: 'Status',
      asItStood: ['The manual as it stood on', '.'],
      noneSince: 'No changes have taken effect since: this is the manual as it stands today.',
      since: [(count) => `${counted(count, 'change has', 'changes have')} taken effect since`, (today) => `, up to ${today}.`],
      until: (date) => `It stood like this until ${date}.`,
      stoodSince: 'It has stood like this since.',
      previous: (date) => `Previous edition: ${date}`,
      next: (date) => `Next edition: ${date}`,
      explain: [
        "Each chapter links to the version in force on that day, with its text, who approved it and its SHA-256. Section and sub-section headings are today's. Phone numbers in the chapters are today's too: contact details are not kept by date (see",
        ').',
      ],
      changedHeading: (day) => `What took effect on ${day}`,
      whatChanged: ' (what changed)',
      fromCore: ' (from the regional core)',
      contentsHeading: (day) => `Contents on ${day}`,
      unplacedHeading: 'Chapters under sections since removed',
      informationHeading: (day) => `Information pages on ${day}`,
      localHeading: (day) => `Local arrangements on ${day}`,
      none: 'None.',
      contacts: ['The', 'contacts list', "shows today's details, which every chapter above shows too: they are not kept by date."],
      contactsSince: [
        (count, day) => `${counted(count, 'change')} to contact details came after ${day}; the contacts list and the`,
        'amendments log',
        'say what changed.',
      ],
      contactChanges: (day) => `Changes to contact details up to ${day}, newest first:`,
    },
  },
  notices: {
    comesIntoEffect: (noun, date) => `This ${noun} comes into effect on ${date}.`,
    publishedEarly: (isPage) => `It is published in advance so that ${isPage ? 'you can read it early' : 'practitioners can prepare'}.`,
    readUpcoming: (date) => `Read the version that comes into effect on ${date}`,
    withdrawn: (noun, date) => `This ${noun} was withdrawn on ${date}`,
    replacedBy: ['It is replaced by', '.'],
    readBefore: 'Read the versions in force before it was withdrawn',
  },
  feeds: {
    amendmentsTitle: (manual) => `${manual}: amendments`,
    amendmentsDescription: (manual, partnership) => `Every change to the ${manual} of the ${partnership}.`,
    sectionTitle: (manual, number, title) => `${manual}: section ${number}, ${title}`,
    sectionDescription: (number, title) => `Every change to the chapters of section ${number}, ${title}, newest first.`,
    documentTitle: (label) => `${label}: changes`,
    documentDescription: (noun, label, manual) => `Every version of the ${noun} ${label} in the ${manual}, newest first.`,
    entryOn: (kind, date) => `${kind} on ${date}.`,
    hash: (hash) => ` SHA-256 of the version file: ${hash}.`,
    fromCore: (origin) => ` From the regional core: ${origin}.`,
    coreOrigin: (coreDate, release, by, on) => `its version of ${coreDate} (release ${release}), accepted here by ${by} on ${on}`,
  },
};

// Welsh: a formal register, as public bodies in Wales write it (chi, not ti), with the mutations
// that follow each word. A chapter (pennod) and a version (fersiwn) are feminine; the nouns the
// pages are given (interface-text.ts: bennod, dudalen) are already mutated, as after "y".
const cy: RecordsText = {
  kinds: {
    New: 'Newydd',
    Updated: 'Diweddarwyd',
    Renumbered: 'Ailrifwyd',
    Withdrawn: 'Tynnwyd yn ôl',
    Corrected: 'Cywirwyd',
    'Contact changed': 'Newidiwyd cyswllt',
    'Resource added': 'Ychwanegwyd adnodd',
    'Resource changed': 'Newidiwyd adnodd',
    'Glossary changed': 'Newidiwyd yr eirfa',
  },
  history: {
    title: (label) => `Hanes ${label}`,
    description: (noun, label) => `Pob fersiwn o’r ${noun} ${label}, gyda’r hyn a newidiodd a pham.`,
    feedTitle: (label) => `Newidiadau i ${label} (Atom)`,
    heading: 'Hanes:',
    lead: (noun) =>
      `Pob fersiwn o’r ${noun} hon, y diweddaraf yn gyntaf. Mae pob fersiwn yn aros ar-lein yn ei chyfeiriad ei hun; mae ei SHA-256 yn nodi’r union ffeil a gyhoeddwyd.`,
    comesIntoEffect: 'Yn dod i rym ar y dyddiad hwn.',
    current: 'Y fersiwn gyfredol.',
    inForceUntil: (date) => `Mewn grym hyd ${date}.`,
    was: (label) => ` (${label} gynt)`,
    correctedOn: 'Cywirwyd ar',
    readThisVersion: 'Darllen y fersiwn hon',
    readThisVersionOf: (date) => `, ${date}`,
    seeWhatChangedOn: (date) => ` ar ${date}`,
  },
  version: {
    title: (label, date) => `${label} (fersiwn ${date})`,
    description: (noun, label, date) => `${noun === 'page' ? 'Y dudalen' : 'Pennod'} ${label}: y fersiwn mewn grym o ${date}.`,
    aboutHeading: 'Am y fersiwn hon',
    thisVersion: 'Y fersiwn hon',
    firstPublished: 'Cyhoeddwyd gyntaf',
    phoneNumbers: ['Daw’r rhifau ffôn ar y dudalen hon o’r', 'rhestr gysylltiadau', ' fel y mae heddiw, nid o ddyddiad y fersiwn hon.'],
    resources: [
      'Mae’r ffurflenni a’r dogfennau y mae’r dudalen hon yn cysylltu â nhw yn arwain at yr',
      'adnoddau',
      ' fel y maent heddiw',
      ', nid fel yr oeddent tra oedd y fersiwn hon mewn grym',
      '.',
    ],
    hash: 'SHA-256 ffeil y fersiwn hon:',
  },
  changes: {
    blocks: (c) =>
      `Newidiwyd ${countedIn(c.changed, BLOC)}, ychwanegwyd ${countedIn(c.added, BLOC)}, dilëwyd ${countedIn(c.removed, BLOC)}, ${c.unchanged} heb ${c.unchanged === 1 ? 'ei' : 'eu'} newid`,
    words: (c) => `Ychwanegwyd ${countedIn(c.wordsInserted, GAIR)}, dilëwyd ${countedIn(c.wordsDeleted, GAIR)}`,
  },
  amendments: {
    description: (manual) => `${manual}: pob newid, y diweddaraf yn gyntaf.`,
    feedTitle: 'Diwygiadau (Atom)',
    intro: [
      'Pob pennod a thudalen wybodaeth newydd, a phob un a ddiweddarwyd, a ailrifwyd, a gywirwyd neu a dynnwyd yn ôl; pob newid i’r rhifau cyswllt ac i’r eirfa; a phob newid cymeradwy i’r ffurflenni, y siartiau llif a’r taflenni yn yr',
      'adnoddau',
      ', y diweddaraf yn gyntaf. Tanysgrifiwch drwy’r',
      'ffrwd Atom',
      ', neu lawrlwythwch y cofnod cyfan fel',
      'JSON',
      'neu',
      'CSV',
      '.',
      'Dilynwch newidiadau',
      'i un adran neu bennod, neu drwy e-bost. Gweler',
      'y llawlyfr cyfan fel yr oedd ar unrhyw ddyddiad',
      ', a’r',
      'statws adolygu',
      'ar gyfer pob pennod.',
    ],
    yearHeading: (year) => `Diwygiadau yn ${year}`,
    sectionHeading: (number, title) => `Diwygiadau i adran ${number}, ${title}`,
    followSection: (number) => `Dilynwch newidiadau i adran ${number}`,
    roundDates: ['Cylch diweddaru', ': y diwygiadau dyddiedig', 'o', 'hyd', 'ar neu cyn'],
    filterLabel: 'Hidlo’r diwygiadau',
    byYear: 'Fesul blwyddyn:',
    bySection: 'Fesul adran:',
    byRound: 'Fesul cylch diweddaru:',
    all: 'Y cyfan',
    year: 'Blwyddyn',
    allYears: 'Pob blwyddyn',
    section: 'Adran',
    allSections: 'Pob adran',
    upcomingHeading: 'Yn dod i rym',
    count: (c) =>
      joinWithA(
        [
          countedIn(c.amendments, DIWYGIAD),
          c.contactChanges ? `${countedIn(c.contactChanges, NEWID)} i fanylion cyswllt` : '',
          c.resourceChanges ? `${countedIn(c.resourceChanges, NEWID)} i’r adnoddau` : '',
          c.glossaryChanges ? `${countedIn(c.glossaryChanges, NEWID)} i’r eirfa` : '',
        ].filter(Boolean),
      ),
    shown: (count) => `Diwygiadau a ddangosir: ${count}.`,
    sinceRound: (round) => `Ers ${round}`,
    afterRound: ['Diwygiadau dyddiedig ar ôl', 'ar', ': byddant yn rhan o’r cylch diweddaru nesaf.'],
    whatChanged: 'Beth newidiodd',
    localEntry: ' (trefniadau lleol)',
    whatChangedIn: (label, date) => `(${label}, ${date})`,
    history: 'Hanes',
    historyOf: (label) => ` ${label}`,
  },
  nextRound: {
    label: 'Y cylch diweddaru nesaf',
    planned: [(round) => `Y cylch diweddaru nesaf: ${round}, wedi’i gynllunio ar gyfer`, '.'],
    open: ['Rhaid i awgrymiadau am newidiadau gyrraedd y bartneriaeth erbyn', ': anfonwch e-bost at', '.'],
    closed: ['Daeth y cyfnod i gyflwyno awgrymiadau ar ei gyfer i ben ar', '.'],
  },
  coreOrigin: {
    label: 'O’r craidd rhanbarthol:',
    tookEffect: (core) => `daeth y fersiwn hon i rym ${inPlace(core, 'yn')} ar`,
    accepted: (release, by) => `(ei ryddhad ${release}), ac fe’i derbyniwyd yma gan ${by} ar`,
    inForceHere: '; mae mewn grym yma o',
  },
  localText: {
    label: (partnership) => `Trefniadau lleol ${partnership}`,
    inForce: (manual) => `Dyma destun ${manual} ei hun, sydd mewn grym o`,
    approved: (by) => `ac a gymeradwywyd gan ${by}`,
    approvedOn: 'ar',
    rest: (core) => `Daw gweddill y bennod o ${core}.`,
    point: 'Mae pob partneriaeth sy’n dilyn y gweithdrefnau hyn yn ychwanegu ei threfniadau lleol yma.',
    page: {
      title: (label, date) => `${label}: trefniadau lleol ${date}`,
      description: (partnership, label, date) => `Trefniadau lleol ${partnership} yn ${label}, fel y’u cyhoeddwyd ar ${date}.`,
      lead: (manual, core) => `Dyma destun ${manual} ei hun ar un pwynt yn y bennod. Daw gweddill y bennod o ${core}.`,
      readChapter: 'Darllen y bennod fel yr oedd bryd hynny',
      readChapterOf: (label, date) => `: ${label}, fersiwn ${date}`,
      chapterHistory: 'Hanes y bennod',
      earlier: 'Trefniadau lleol cynharach',
      later: 'Trefniadau lleol diweddarach',
    },
  },
  updates: {
    description: (manual) => `Sut i glywed pan fydd ${manual} yn newid: drwy e-bost, mewn darllenydd ffrydiau, ac mewn cylchoedd diweddaru.`,
    heading: 'Dilyn newidiadau i’r gweithdrefnau',
    intro: [
      'Mae’r bartneriaeth yn newid y gweithdrefnau hyn pan fydd y gyfraith, canllawiau cenedlaethol neu drefniadau lleol yn newid',
      ', gan amlaf mewn cylchoedd diweddaru',
      '. Rhestrir pob newid yn y',
      'cofnod diwygiadau',
      ', gyda’r hyn a newidiodd a pham. Gallwch hefyd glywed am newidiadau wrth iddynt gael eu cyhoeddi.',
    ],
    emailHeading: 'Drwy e-bost',
    mailingList:
      'Ymunwch â rhestr bostio’r bartneriaeth i gael crynodeb o bob cylch diweddaru ac o ddiwygiadau brys: y penodau a’r tudalennau gwybodaeth sy’n newydd, wedi’u diweddaru neu wedi’u tynnu’n ôl, beth newidiodd a pham, gyda dolen i bob un, a newidiadau i rifau cyswllt.',
    emailAddress: 'Cyfeiriad e-bost',
    signUp: 'Cofrestru i gael diweddariadau drwy e-bost',
    runBy: (host) => `Mae ${host} yn rhedeg y rhestr ar ran y bartneriaeth: anfonir eich cyfeiriad yno, ac nid yw’r wefan hon yn ei gadw.`,
    privacy: ['Darllenwch yr', 'hysbysiad preifatrwydd', 'i weld beth a gedwir a sut i adael y rhestr.'],
    leave: 'Mae dolen ym mhob e-bost i adael y rhestr.',
    noEmail:
      'Nid yw’r bartneriaeth yn anfon negeseuon e-bost am newidiadau i’r llawlyfr hwn. Defnyddiwch un o’r ffrydiau isod: gall llawer o raglenni e-bost ddilyn ffrwd cystal â darllenydd ffrydiau.',
    feedsHeading: 'Mewn darllenydd ffrydiau',
    feedReader:
      'Mae darllenydd ffrydiau (fel yr un yn eich rhaglen e-bost neu’ch porwr) yn gwirio ffrwd ar eich rhan ac yn dangos pob cofnod newydd. Mae pob ffrwd ar fformat Atom; copïwch ei chyfeiriad i’ch darllenydd.',
    everyChange: ['Pob newid i’r llawlyfr, ac i’r rhifau cyswllt:', 'ffrwd diwygiadau'],
    documentFeeds: [
      'Mae gan bob pennod a thudalen wybodaeth ei ffrwd ei hun: dilynwch y ddolen',
      'Dilynwch newidiadau i’r bennod hon',
      'o dan “Am y bennod hon”, ar ôl ei thestun. Mae cyfeiriad y ffrwd yr un â chyfeiriad y bennod, ond yn gorffen â',
      '/history.xml',
      '.',
    ],
    sectionFeedsHeading: 'Ffrydiau ar gyfer pob adran',
    sectionFeed: (number, title) => `Adran ${number}, ${title}`,
    roundsHeading: 'Cylchoedd diweddaru',
    rounds:
      'Mae’r bartneriaeth yn cyhoeddi’r rhan fwyaf o ddiwygiadau gyda’i gilydd, mewn cylchoedd diweddaru. Cyhoeddir diwygiadau brys pan fo’u hangen, ac maent yn ymuno â’r cylch nesaf.',
    lastVisitHeading: 'Beth sydd wedi newid ers eich ymweliad diwethaf',
    lastVisit: [
      'Mae’r',
      'cynnwys',
      (days) =>
        `yn dangos y penodau sydd wedi newid ers eich ymweliad diwethaf, pan fydd eich porwr yn rhedeg JavaScript. Mae eich porwr yn cofio pa fersiwn o bob pennod a welsoch; nid anfonir dim at y bartneriaeth nac at neb arall, ac ni osodir cwci. Mae’r penodau a newidiodd yn ystod y ${countedIn(days, DIWRNOD)} diwethaf wedi’u marcio i bawb fel rhai newydd neu rai a ddiweddarwyd.`,
    ],
  },
  asAt: {
    description: (manual, first) => `${manual}: y llawlyfr fel yr oedd ar unrhyw ddyddiad ers ${first ?? 'ei ddechrau'}.`,
    intro:
      'Pob pennod a thudalen wybodaeth fel yr oeddent ar ddyddiad, pob un â dolen i’r union fersiwn a oedd mewn grym bryd hynny, gyda phwy a’i cymeradwyodd. Dim ond ar y dyddiadau a restrir isod (ei argraffiadau) y mae’r llawlyfr yn newid; ar unrhyw ddiwrnod arall roedd fel yr oedd ar yr argraffiad cyn hynny.',
    date: 'Dyddiad',
    hint: 'Y llawlyfr fel yr oedd ar ddiwedd y diwrnod hwnnw.',
    show: 'Dangos y llawlyfr ar y dyddiad hwn',
    today: [
      'Y llawlyfr fel y mae heddiw:',
      (date) => `argraffiad ${date}`,
      (count, first) => `. Mae ganddo ${countedIn(count, ARGRAFFIAD)}, a’r cyntaf ar ${first}.`,
    ],
    byYear: 'Argraffiadau fesul blwyddyn',
    howToFind: 'I ddod o hyd i’r llawlyfr ar ddyddiad, agorwch ei flwyddyn a dewiswch y dyddiad cyntaf a restrir ar y dyddiad hwnnw neu cyn hynny.',
    changes: (count) => `(${countedIn(count, NEWID)})`,
    nothingYet: 'Nid oes dim yn y llawlyfr wedi dod i rym eto.',
    approvals: [
      'Gallwch weld pwy a gymeradwyodd bob fersiwn, a beth oedd i’w adolygu, yn y',
      'cofnod diwygiadau',
      'a’r',
      'statws adolygu',
      ' hefyd. I wneud bwndel tystiolaeth o’r llawlyfr cyfan ar ddyddiad, gyda SHA-256 pob fersiwn, rhedwch',
      '.',
    ],
    script: {
      realDate: 'Rhowch ddyddiad go iawn, fel 1 Mawrth 2023.',
      afterToday: (date) => `Mae ${date} ar ôl heddiw, felly nid oes fersiwn o’r llawlyfr ar gyfer y dyddiad hwnnw eto.`,
      asItStands: (date) => `Y llawlyfr fel y mae heddiw (${date})`,
      beganOn: (first, date) => `Dechreuodd y llawlyfr ar ${first}: nid oedd dim ohono mewn grym ar ${date}.`,
      onDate: (date) => `Y llawlyfr ar ${date}`,
    },
    edition: {
      title: (day) => `Y llawlyfr fel yr oedd ar ${day}`,
      description: (manual, day) => `${manual}: pob pennod a oedd mewn grym ar ${day}, gyda dolen i’r fersiwn a oedd mewn grym bryd hynny.`,
      status: 'Statws',
      asItStood: ['Y llawlyfr fel yr oedd ar', '.'],
      noneSince: 'Nid oes unrhyw newid wedi dod i rym ers hynny: dyma’r llawlyfr fel y mae heddiw.',
      since: [(count) => `Mae ${countedIn(count, NEWID)} wedi dod i rym ers hynny`, (today) => `, hyd at ${today}.`],
      until: (date) => `Arhosodd fel hyn tan ${date}.`,
      stoodSince: 'Mae wedi aros fel hyn ers hynny.',
      previous: (date) => `Yr argraffiad blaenorol: ${date}`,
      next: (date) => `Yr argraffiad nesaf: ${date}`,
      explain: [
        'Mae pob pennod yn cysylltu â’r fersiwn a oedd mewn grym ar y diwrnod hwnnw, gyda’i thestun, pwy a’i cymeradwyodd a’i SHA-256. Penawdau’r adrannau a’r is-adrannau yw rhai heddiw. Rhifau ffôn heddiw sydd yn y penodau hefyd: nid yw manylion cyswllt yn cael eu cadw fesul dyddiad (gweler',
        ').',
      ],
      changedHeading: (day) => `Beth ddaeth i rym ar ${day}`,
      whatChanged: ' (beth newidiodd)',
      fromCore: ' (o’r craidd rhanbarthol)',
      contentsHeading: (day) => `Cynnwys ar ${day}`,
      unplacedHeading: 'Penodau o dan adrannau a ddilëwyd ers hynny',
      informationHeading: (day) => `Tudalennau gwybodaeth ar ${day}`,
      localHeading: (day) => `Trefniadau lleol ar ${day}`,
      none: 'Dim.',
      contacts: ['Mae’r', 'rhestr gysylltiadau', 'yn dangos manylion heddiw, fel y mae pob pennod uchod: nid ydynt yn cael eu cadw fesul dyddiad.'],
      contactsSince: [
        (count, day) => `Daeth ${countedIn(count, NEWID)} i fanylion cyswllt ar ôl ${day}; mae’r rhestr gysylltiadau a’r`,
        'cofnod diwygiadau',
        'yn dweud beth newidiodd.',
      ],
      contactChanges: (day) => `Newidiadau i fanylion cyswllt hyd at ${day}, y diweddaraf yn gyntaf:`,
    },
  },
  notices: {
    comesIntoEffect: (noun, date) => `Bydd y ${noun} hon yn dod i rym ar ${date}.`,
    publishedEarly: (isPage) => `Fe’i cyhoeddir ymlaen llaw ${isPage ? 'fel y gallwch ei darllen yn gynnar' : 'er mwyn i ymarferwyr allu paratoi'}.`,
    readUpcoming: (date) => `Darllen y fersiwn sy’n dod i rym ar ${date}`,
    withdrawn: (noun, date) => `Tynnwyd y ${noun} hon yn ôl ar ${date}`,
    replacedBy: ['Mae', ' yn cymryd ei lle.'],
    readBefore: 'Darllen y fersiynau a oedd mewn grym cyn iddi gael ei thynnu’n ôl',
  },
  feeds: {
    amendmentsTitle: (manual) => `${manual}: diwygiadau`,
    amendmentsDescription: (manual, partnership) => `${manual}, ${partnership}: pob newid.`,
    sectionTitle: (manual, number, title) => `${manual}: adran ${number}, ${title}`,
    sectionDescription: (number, title) => `Pob newid i benodau adran ${number}, ${title}, y diweddaraf yn gyntaf.`,
    documentTitle: (label) => `${label}: newidiadau`,
    documentDescription: (noun, label, manual) => `${manual}: pob fersiwn o’r ${noun} ${label}, y diweddaraf yn gyntaf.`,
    entryOn: (kind, date) => `${kind} ar ${date}.`,
    hash: (hash) => ` SHA-256 ffeil y fersiwn: ${hash}.`,
    fromCore: (origin) => ` O’r craidd rhanbarthol: ${origin}.`,
    coreOrigin: (coreDate, release, by, on) => `ei fersiwn o ${coreDate} (rhyddhad ${release}), a dderbyniwyd yma gan ${by} ar ${on}`,
  },
};

export const RECORDS_TEXT: Record<Language, RecordsText> = { en, cy };
