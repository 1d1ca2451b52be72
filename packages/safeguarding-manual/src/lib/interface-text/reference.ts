// The pages a reader finds things on: home, contents, contacts, resources, glossary, search filters.
// English and Welsh side by side; interface-text.ts gathers this with the site's other words.
// Words the other pages share (the menu's names of these pages, "amendments log", "On this
// page") are read from interface-text.ts itself, not repeated here.
import type { Language } from '../languages.ts';
import { andBefore, andWord, counted, inPlace, joinWithA } from './welsh.ts';

/** A text that depends on values (a date, a count, a name). */
type Words<A extends unknown[]> = (...values: A) => string;

// What the words are for, named here rather than imported, as pages' scripts and the offline
// worker read this file too: the pages that index these records by the schemas' own names
// (schemas/page.ts, resource.ts, contact.ts, content/resources.ts, search/search-index.ts)
// fail to type-check when one is missing.
type HomeGroup = 'worried' | 'involved' | 'young-people' | 'professionals' | 'about';
type Audience = 'families' | 'young-people' | 'public' | 'professionals';
type ResourceKind = 'form' | 'flowchart' | 'guidance' | 'leaflet';
type FileType = 'pdf' | 'docx' | 'xlsx' | 'png' | 'svg';
type HoursKind = 'office-hours' | 'out-of-hours' | '24-hours';
type ContactGroupId = 'emergency' | 'referrals' | 'services' | 'national';
type SearchKind = 'Procedure' | 'Contact' | 'Information' | 'Resource' | 'Glossary';

/** What the pages say of one kind of resource. */
export interface ResourceKindText {
  /** The heading its resources are listed under: Forms. */
  heading: string;
  /** The line under a resource's title: "Form for professionals". */
  kindFor: Words<[audience: string]>;
  download: string;
  open: string;
  /** The link from a chapter to the resource's own page, and that page's heading. */
  about: string;
  /** The heading over a flowchart's steps in words. */
  inWords: string;
  /** On an earlier version of a chapter, before the date its file last changed. */
  asToday: string;
}

export interface ReferenceText {
  /** "Used in 2 chapters and 1 information page": a contact or a resource. */
  usedIn: Words<[chapters: number, pages: number]>;
  home: {
    description: Words<[manual: string, partnership: string]>;
    lead: Words<[areas: readonly string[], chapters: number]>;
    /** The headings the information pages are listed under, by their group. */
    groups: Record<HomeGroup, string>;
    findHeading: string;
    /** What each tile of "Find a procedure" leads to (the tiles' names are the menu's). */
    tiles: { contents: string; contacts: string; resources: string; amendments: string; glossary: string; search: string; offline: string };
    recentHeading: string;
    updatesHeading: string;
    latestRound: string;
    follow: [link: string, after: Words<[byEmail: boolean]>];
  };
  contents: {
    description: Words<[manual: string]>;
    /** "Chapters marked New or Updated changed in the last 90 days." */
    marked: [before: string, or: string, after: Words<[days: number]>];
    /** A chapter's mark in the contents, and the search filter of recent changes. */
    badges: { new: string; updated: string };
  };
  /** "Changed since your last visit" on the contents, and the words its script shows. */
  lastVisit: {
    clear: string;
    marks: { new: string; changed: string };
    changed: Words<[count: number, date: string]>;
    none: Words<[date: string]>;
    cleared: string;
  };
  contacts: {
    description: Words<[areas: readonly string[]]>;
    intro: [before: string, after: string];
    oldest: Words<[date: string]>;
    groups: Record<ContactGroupId, string>;
    /** The sub-heading of contacts that serve every area, or several. */
    allAreas: string;
    draft: [label: string, rest: string];
    hours: Record<HoursKind, string>;
    email: string;
    web: string;
    address: string;
    checked: string;
    changes: string;
  };
  resources: {
    description: Words<[partnership: string]>;
    intro: [before: string, after: string];
    kinds: Record<ResourceKind, ResourceKindText>;
    kindTitle: Words<[heading: string]>;
    kindDescription: Words<[heading: string, partnership: string]>;
    audiences: Record<Audience, string>;
    /** Whom a resource is for, as a sentence lists them: "families and young people". */
    audienceList: Words<[audiences: readonly string[]]>;
    fileTypes: Record<FileType, string>;
    bytes: Words<[count: number]>;
    /** A document published elsewhere: "on gov.uk". */
    on: Words<[host: string]>;
    byKind: string;
    all: [shown: string, hidden: string];
    filter: { label: string; name: string; kind: string; allKinds: string };
    shown: Words<[count: number]>;
    none: string;
    /** The link to a resource's file (or address) in the lists, before its title (which only a screen reader hears). */
    download: string;
    open: string;
    lastChanged: string;
    unused: string;
    from: [before: string, after: string];
    /** Inside a sentence of a chapter, on an earlier version: the link leads to the file as it is today. */
    asTodayInline: string;
    back: string;
    pictureAlt: string;
    sameSteps: [before: string, under: Words<[heading: string]>];
    usedInHeading: string;
    approved: [by: string, on: string];
    keptBy: string;
    file: string;
    sha256: string;
    publishedAt: string;
  };
  glossary: {
    description: Words<[manual: string]>;
    intro: string;
    byLetter: string;
    alsoCalled: Words<[names: readonly string[]]>;
    see: string;
    /** Between the last two chapters it lists: " and ". */
    and: Words<[next: string]>;
    changes: string;
  };
  /** The values of the search filters (their names are the search page's). */
  filters: { kinds: Record<SearchKind, string> };
  /** The regional core a manual follows (docs/regional-manuals.md). */
  core: {
    label: string;
    follows: [before: string, release: Words<[release: number]>, accepted: Words<[by: string]>, after: Words<[aboutHeading: string]>];
    behindLabel: string;
    behind: [published: Words<[name: string, release: number]>, after: Words<[release: number]>];
  };
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const en: ReferenceText = {
  usedIn: (chapters, pages) =>
    `Used in ${[chapters ? plural(chapters, 'chapter') : '', pages ? plural(pages, 'information page') : ''].filter(Boolean).join(' and ')}`,
  home: {
    description: (manual, partnership) => `${manual} of the ${partnership}: what every practitioner must do to keep children safe.`,
    lead: (areas, chapters) =>
      `The procedures every practitioner in ${areas.join(', ').replace(/, ([^,]*)$/, ' and $1')} follows to keep children safe: ${chapters} chapters, each with its full history of changes.`,
    groups: {
      worried: "I'm worried about a child",
      involved: "Children's social care is involved with my family",
      'young-people': 'For young people',
      professionals: 'For professionals',
      about: 'About the partnership',
    },
    findHeading: 'Find a procedure',
    tiles: {
      contents: 'Every chapter, by section',
      contacts: 'Every local number, by area and agency',
      resources: 'Forms, flowcharts and leaflets',
      amendments: 'What changed, when and why',
      glossary: 'Terms and abbreviations, A to Z',
      search: 'Find a chapter by the words you use',
      offline: 'Save the manual on this device for when there is no signal',
    },
    recentHeading: 'New and updated',
    updatesHeading: 'Staying up to date',
    latestRound: 'Latest update round:',
    follow: ['Follow changes', (byEmail) => ` to the whole manual, a section or a chapter, with a feed reader${byEmail ? ' or by email' : ''}.`],
  },
  contents: {
    description: (manual) => `Every chapter of the ${manual}, by section.`,
    marked: ['Chapters marked', 'or', (days) => `changed in the last ${days} days.`],
    badges: { new: 'New', updated: 'Updated' },
  },
  lastVisit: {
    clear: 'Clear these marks',
    marks: { new: 'New since your last visit', changed: 'Changed since your last visit' },
    changed: (count, date) =>
      `Since your last visit on ${date}, ${count} ${count === 1 ? 'chapter has' : 'chapters have'} changed. ${count === 1 ? 'It is' : 'They are'} marked in the contents below:`,
    none: (date) => `No chapter has changed since your last visit on ${date}.`,
    cleared: 'Marks cleared. Chapters that change from now on will be marked on your next visit.',
  },
  contacts: {
    description: (areas) => `Phone numbers for children's social care, the police, health and the partnership in ${areas.join(', ')}.`,
    intro: [
      'Every phone number in the procedures comes from this list. When a number changes here, it changes in every chapter that gives it; the',
      'records the change.',
    ],
    oldest: (date) => `Every entry says when its details were last checked; the oldest was checked on ${date}.`,
    groups: {
      emergency: 'Emergency',
      referrals: 'Referrals and out of hours, by area',
      services: 'Other services, by agency',
      national: 'National helplines',
    },
    allAreas: 'All areas',
    draft: ['Draft:', 'these details are placeholders that nobody has checked yet. Do not use them.'],
    hours: { 'office-hours': 'office hours', 'out-of-hours': 'out of hours', '24-hours': '24 hours a day' },
    email: 'Email',
    web: 'Web',
    address: 'Address',
    checked: 'Details checked on',
    changes: 'Changes to these details',
  },
  resources: {
    description: (partnership) => `Forms, flowcharts, guidance and leaflets of the ${partnership}, each the current signed-off version.`,
    intro: [
      'The forms, flowcharts, guidance and leaflets that the procedures link to. Each is the current version, signed off by the partnership; every change to one is in the',
      '.',
    ],
    kinds: {
      form: {
        heading: 'Forms',
        kindFor: (audience) => `Form for ${audience}`,
        download: 'Download the form',
        open: 'Open the form',
        about: 'About this form',
        inWords: 'The form in words',
        asToday: 'This links to the form as it is today, last changed on',
      },
      flowchart: {
        heading: 'Flowcharts',
        kindFor: (audience) => `Flowchart for ${audience}`,
        download: 'Download the flowchart',
        open: 'Open the flowchart',
        about: 'About this flowchart',
        inWords: 'The flowchart in words',
        asToday: 'This links to the flowchart as it is today, last changed on',
      },
      guidance: {
        heading: 'Guidance',
        kindFor: (audience) => `Guidance document for ${audience}`,
        download: 'Download the guidance document',
        open: 'Open the guidance document',
        about: 'About this guidance document',
        inWords: 'The guidance document in words',
        asToday: 'This links to the guidance document as it is today, last changed on',
      },
      leaflet: {
        heading: 'Leaflets',
        kindFor: (audience) => `Leaflet for ${audience}`,
        download: 'Download the leaflet',
        open: 'Open the leaflet',
        about: 'About this leaflet',
        inWords: 'The leaflet in words',
        asToday: 'This links to the leaflet as it is today, last changed on',
      },
    },
    kindTitle: (heading) => `${heading}: resources`,
    kindDescription: (heading, partnership) => `${heading} of the ${partnership}, each the current signed-off version.`,
    audiences: { families: 'families', 'young-people': 'young people', public: 'the public', professionals: 'professionals' },
    audienceList: (audiences) => (audiences.length > 1 ? `${audiences.slice(0, -1).join(', ')} and ${audiences.at(-1)}` : (audiences[0] ?? '')),
    fileTypes: { pdf: 'PDF', docx: 'Word document', xlsx: 'Excel spreadsheet', png: 'PNG image', svg: 'SVG image' },
    bytes: (count) => `${count} ${count === 1 ? 'byte' : 'bytes'}`,
    on: (host) => `on ${host}`,
    byKind: 'Resources by kind',
    all: ['All', ' resources'],
    filter: { label: 'Filter the resources', name: 'Name', kind: 'Kind', allKinds: 'All kinds' },
    shown: (count) => `${count} ${count === 1 ? 'resource' : 'resources'} shown.`,
    none: 'The manual has no resources yet.',
    download: 'Download',
    open: 'Open',
    lastChanged: 'Last changed',
    unused: 'No chapter links to it yet.',
    from: ['(from', ')'],
    asTodayInline: ', as it is today',
    back: 'All resources',
    pictureAlt: ': the same steps are written out in words below',
    sameSteps: ['The same steps are written out in', (heading) => `, under “${heading}”`],
    usedInHeading: 'Chapters that use it',
    approved: ['Approved by', 'on'],
    keptBy: 'Kept up to date by',
    file: 'File',
    sha256: 'SHA-256 of the file',
    publishedAt: 'Published at',
  },
  glossary: {
    description: (manual) => `The terms and abbreviations used in the ${manual}, A to Z.`,
    intro:
      'The terms and abbreviations practitioners from every agency meet in the procedures, in alphabetical order. In each chapter, the first use of a term links here, and an abbreviation is written out in full the first time.',
    byLetter: 'Glossary by letter',
    alsoCalled: (names) => `Also called ${names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0]}.`,
    see: 'See',
    and: () => ' and ',
    changes: 'Changes to the glossary',
  },
  filters: { kinds: { Procedure: 'Procedure', Contact: 'Contact', Information: 'Information', Resource: 'Resource', Glossary: 'Glossary' } },
  core: {
    label: 'The regional core',
    follows: [
      'These procedures follow',
      (release) => `, the region's shared procedures: its chapters here are those of its release ${release}, published on`,
      (by) => `and accepted here by ${by} on`,
      (aboutHeading) => `. Each of them says so under "${aboutHeading}"; the other chapters are the partnership's own.`,
    ],
    behindLabel: 'Behind the regional core:',
    behind: [
      (name, release) => `${name} published release ${release} on`,
      (release) => `, which has not been accepted here yet. Until it is, these procedures say what release ${release} says.`,
    ],
  },
};

/** "yn Nhawelan a Glanmorlan": places after "yn", the first with the mutation it takes. */
const inPlaces = (areas: readonly string[]) =>
  areas.length > 1 ? `${[inPlace(areas[0]!, 'yn'), ...areas.slice(1, -1)].join(', ')} ${andBefore(areas.at(-1)!)}` : inPlace(areas[0] ?? '', 'yn');

const cy: ReferenceText = {
  usedIn: (chapters, pages) =>
    `Defnyddir mewn ${joinWithA([chapters ? counted(chapters, 'pennod', 'feminine') : '', pages ? counted(pages, 'tudalen wybodaeth', 'feminine') : ''].filter(Boolean))}`,
  home: {
    description: (manual, partnership) => `${partnership}: ${manual}. Yr hyn y mae’n rhaid i bob ymarferydd ei wneud i gadw plant yn ddiogel.`,
    lead: (areas, chapters) =>
      `Y gweithdrefnau y mae pob ymarferydd ${inPlaces(areas)} yn eu dilyn i gadw plant yn ddiogel: ${counted(chapters, 'pennod', 'feminine')}, pob un â hanes llawn ei newidiadau.`,
    groups: {
      worried: 'Rwy’n poeni am blentyn',
      involved: 'Mae gofal cymdeithasol plant yn ymwneud â fy nheulu',
      'young-people': 'I bobl ifanc',
      professionals: 'I weithwyr proffesiynol',
      about: 'Am y bartneriaeth',
    },
    findHeading: 'Dod o hyd i weithdrefn',
    tiles: {
      contents: 'Pob pennod, fesul adran',
      contacts: 'Pob rhif lleol, fesul ardal ac asiantaeth',
      resources: 'Ffurflenni, siartiau llif a thaflenni',
      amendments: 'Beth newidiodd, pryd a pham',
      glossary: 'Termau a byrfoddau, o A i Y',
      search: 'Dod o hyd i bennod drwy’r geiriau rydych chi’n eu defnyddio',
      offline: 'Cadw’r llawlyfr ar y ddyfais hon ar gyfer pan nad oes signal',
    },
    recentHeading: 'Newydd ac wedi’u diweddaru',
    updatesHeading: 'Cadw’n gyfredol',
    latestRound: 'Y cylch diweddaru diweddaraf:',
    follow: ['Dilynwch newidiadau', (byEmail) => ` i’r llawlyfr cyfan, i adran neu i bennod, mewn darllenydd ffrydiau${byEmail ? ' neu drwy e-bost' : ''}.`],
  },
  contents: {
    description: (manual) => `${manual}: pob pennod, fesul adran.`,
    marked: ['Mae penodau sydd wedi’u marcio’n', 'neu', (days) => `wedi newid yn ystod y ${counted(days, 'diwrnod', 'masculine')} diwethaf.`],
    badges: { new: 'Newydd', updated: 'Diweddarwyd' },
  },
  lastVisit: {
    clear: 'Clirio’r marciau hyn',
    marks: { new: 'Newydd ers eich ymweliad diwethaf', changed: 'Wedi newid ers eich ymweliad diwethaf' },
    changed: (count, date) =>
      `Ers eich ymweliad diwethaf ar ${date}, mae ${counted(count, 'pennod', 'feminine')} wedi newid. ${count === 1 ? 'Mae wedi’i marcio' : 'Maent wedi’u marcio'} yn y cynnwys isod:`,
    none: (date) => `Nid oes yr un bennod wedi newid ers eich ymweliad diwethaf ar ${date}.`,
    cleared: 'Cliriwyd y marciau. Bydd penodau sy’n newid o hyn ymlaen yn cael eu marcio ar eich ymweliad nesaf.',
  },
  contacts: {
    description: (areas) => `Rhifau ffôn gofal cymdeithasol plant, yr heddlu, y gwasanaeth iechyd a’r bartneriaeth ${inPlaces(areas)}.`,
    intro: [
      'Daw pob rhif ffôn yn y gweithdrefnau o’r rhestr hon. Pan fydd rhif yn newid yma, mae’n newid ym mhob pennod sy’n ei roi; mae’r',
      'yn cofnodi’r newid.',
    ],
    oldest: (date) => `Mae pob cyswllt yn dweud pryd y gwiriwyd ei fanylion ddiwethaf; gwiriwyd yr hynaf ar ${date}.`,
    groups: {
      emergency: 'Argyfwng',
      referrals: 'Atgyfeiriadau a gwasanaethau y tu allan i oriau swyddfa, fesul ardal',
      services: 'Gwasanaethau eraill, fesul asiantaeth',
      national: 'Llinellau cymorth cenedlaethol',
    },
    allAreas: 'Pob ardal',
    draft: ['Drafft:', 'manylion dros dro yw’r rhain nad oes neb wedi’u gwirio eto. Peidiwch â’u defnyddio.'],
    hours: { 'office-hours': 'oriau swyddfa', 'out-of-hours': 'y tu allan i oriau swyddfa', '24-hours': '24 awr y dydd' },
    email: 'E-bost',
    web: 'Gwefan',
    address: 'Cyfeiriad',
    checked: 'Gwiriwyd y manylion ar',
    changes: 'Newidiadau i’r manylion hyn',
  },
  resources: {
    description: (partnership) => `Ffurflenni, siartiau llif, canllawiau a thaflenni ${partnership}, pob un yn fersiwn gyfredol wedi’i chymeradwyo.`,
    intro: [
      'Y ffurflenni, y siartiau llif, y canllawiau a’r taflenni y mae’r gweithdrefnau’n cysylltu â nhw. Mae pob un yn fersiwn gyfredol, wedi’i chymeradwyo gan y bartneriaeth; mae pob newid i unrhyw un ohonynt yn y',
      '.',
    ],
    kinds: {
      form: {
        heading: 'Ffurflenni',
        kindFor: (audience) => `Ffurflen ar gyfer ${audience}`,
        download: 'Lawrlwytho’r ffurflen',
        open: 'Agor y ffurflen',
        about: 'Am y ffurflen hon',
        inWords: 'Y ffurflen mewn geiriau',
        asToday: 'Mae’r ddolen hon yn arwain at y ffurflen fel y mae heddiw, a newidiwyd ddiwethaf ar',
      },
      flowchart: {
        heading: 'Siartiau llif',
        kindFor: (audience) => `Siart llif ar gyfer ${audience}`,
        download: 'Lawrlwytho’r siart llif',
        open: 'Agor y siart llif',
        about: 'Am y siart llif hwn',
        inWords: 'Y siart llif mewn geiriau',
        asToday: 'Mae’r ddolen hon yn arwain at y siart llif fel y mae heddiw, a newidiwyd ddiwethaf ar',
      },
      guidance: {
        heading: 'Canllawiau',
        kindFor: (audience) => `Dogfen ganllaw ar gyfer ${audience}`,
        download: 'Lawrlwytho’r ddogfen ganllaw',
        open: 'Agor y ddogfen ganllaw',
        about: 'Am y ddogfen ganllaw hon',
        inWords: 'Y ddogfen ganllaw mewn geiriau',
        asToday: 'Mae’r ddolen hon yn arwain at y ddogfen ganllaw fel y mae heddiw, a newidiwyd ddiwethaf ar',
      },
      leaflet: {
        heading: 'Taflenni',
        kindFor: (audience) => `Taflen ar gyfer ${audience}`,
        download: 'Lawrlwytho’r daflen',
        open: 'Agor y daflen',
        about: 'Am y daflen hon',
        inWords: 'Y daflen mewn geiriau',
        asToday: 'Mae’r ddolen hon yn arwain at y daflen fel y mae heddiw, a newidiwyd ddiwethaf ar',
      },
    },
    kindTitle: (heading) => `${heading}: adnoddau`,
    kindDescription: (heading, partnership) => `${heading} ${partnership}, pob un yn fersiwn gyfredol wedi’i chymeradwyo.`,
    audiences: { families: 'teuluoedd', 'young-people': 'pobl ifanc', public: 'y cyhoedd', professionals: 'gweithwyr proffesiynol' },
    audienceList: (audiences) => joinWithA(audiences),
    fileTypes: { pdf: 'PDF', docx: 'Dogfen Word', xlsx: 'Taenlen Excel', png: 'Delwedd PNG', svg: 'Delwedd SVG' },
    bytes: (count) => `${count} beit`,
    on: (host) => `ar ${host}`,
    byKind: 'Adnoddau fesul math',
    all: ['Y cyfan', ' o’r adnoddau'],
    filter: { label: 'Hidlo’r adnoddau', name: 'Enw', kind: 'Math', allKinds: 'Pob math' },
    shown: (count) => `Yn dangos ${counted(count, 'adnodd', 'masculine')}.`,
    none: 'Nid oes gan y llawlyfr adnoddau eto.',
    download: 'Lawrlwytho',
    open: 'Agor',
    lastChanged: 'Newidiwyd ddiwethaf',
    unused: 'Nid oes yr un bennod yn cysylltu â’r adnodd hwn eto.',
    from: ['(o', ')'],
    asTodayInline: ', fel y mae heddiw',
    back: 'Pob adnodd',
    pictureAlt: ': mae’r un camau wedi’u hysgrifennu mewn geiriau isod',
    sameSteps: ['Mae’r un camau wedi’u hysgrifennu yn', (heading) => `, o dan “${heading}”`],
    usedInHeading: 'Penodau sy’n defnyddio’r adnodd hwn',
    approved: ['Cymeradwywyd gan', 'ar'],
    keptBy: 'Cedwir yn gyfredol gan',
    file: 'Ffeil',
    sha256: 'SHA-256 y ffeil',
    publishedAt: 'Cyhoeddwyd yn',
  },
  glossary: {
    description: (manual) => `Y termau a’r byrfoddau a ddefnyddir ${inPlace(manual, 'yn')}, o A i Y.`,
    intro:
      'Y termau a’r byrfoddau y mae ymarferwyr o bob asiantaeth yn dod ar eu traws yn y gweithdrefnau, yn nhrefn yr wyddor. Ym mhob pennod, mae’r tro cyntaf y defnyddir term yn cysylltu yma, ac mae byrfodd yn cael ei ysgrifennu’n llawn y tro cyntaf.',
    byLetter: 'Geirfa fesul llythyren',
    alsoCalled: (names) => (names.length > 1 ? `Enwau eraill: ${joinWithA(names)}.` : `Enw arall: ${names[0]}.`),
    see: 'Gweler',
    and: (next) => ` ${andWord(next)} `,
    changes: 'Newidiadau i’r eirfa',
  },
  filters: { kinds: { Procedure: 'Gweithdrefn', Contact: 'Cyswllt', Information: 'Gwybodaeth', Resource: 'Adnodd', Glossary: 'Geirfa' } },
  core: {
    label: 'Y craidd rhanbarthol',
    follows: [
      'Mae’r gweithdrefnau hyn yn dilyn',
      (release) => `, gweithdrefnau cyffredin y rhanbarth: penodau’r craidd yma yw rhai rhifyn ${release}, a gyhoeddwyd ar`,
      (by) => `ac a dderbyniwyd yma gan ${by} ar`,
      (aboutHeading) => `. Mae pob un ohonynt yn dweud hynny o dan “${aboutHeading}”; penodau’r bartneriaeth ei hun yw’r lleill.`,
    ],
    behindLabel: 'Y tu ôl i’r craidd rhanbarthol:',
    behind: [
      (name, release) => `cyhoeddodd ${name} rifyn ${release} ar`,
      (release) =>
        `, ond nid yw wedi’i dderbyn yma eto. Hyd nes y caiff ei dderbyn, mae’r gweithdrefnau hyn yn dweud yr hyn y mae rhifyn ${release} yn ei ddweud.`,
    ],
  },
};

export const REFERENCE_TEXT: Record<Language, ReferenceText> = { en, cy };
