// The site's own words (menus, banners, search, offline, quick exit, the changes pages), in
// every language the generator publishes in: one file, so that a translator sees each English
// text beside its Welsh one, and TypeScript refuses a language that misses a text. The
// manual's content is translated in its own files; dates come from formatDate (dates.ts).
import { buildLanguage, type Language } from './languages.ts';
import { RECORDS_TEXT, type RecordsText } from './interface-text/records.ts';
import { REFERENCE_TEXT, type ReferenceText } from './interface-text/reference.ts';
import { SERVICE_TEXT, type ServiceText } from './interface-text/service.ts';
import { inPlace } from './interface-text/welsh.ts';

export { inPlace };

/** A text that depends on values (a date, a count, a name). */
type Words<A extends unknown[]> = (...values: A) => string;

export interface InterfaceText {
  skipLink: string;
  exampleBanner: { lead: string; rest: string };
  header: { searchLabel: string; searchButton: string; navigation: string; contents: string; contacts: string; amendments: string };
  footer: {
    covering: Words<[partnership: string, manual: string, areas: string]>;
    builtOn: Words<[date: string]>;
    and: string;
    resources: string;
    glossary: string;
    atomFeed: string;
    offline: string;
    followChanges: string;
    anyDate: string;
    accessibility: string;
  };
  quickExit: { hidden: string; label: string; hintBefore: string; hintAfter: string };
  worried: { heading: string; immediateDanger: string; allNumbers: string; draft: string };
  version: {
    label: string;
    upcoming: Words<[date: string]>;
    upcomingRest: string;
    inForce: Words<[date: string]>;
    replaced: Words<[from: string, until: string, on: string]>;
    readCurrentOne: string;
    withdrawn: Words<[from: string, until: string, noun: string, on: string]>;
    readNotice: string;
    readCurrentVersion: string;
    seeWhatChanged: string;
    allVersions: Words<[noun: string]>;
  };
  /** What a chapter and an information page are called. */
  nouns: { chapter: string; page: string };
  search: {
    title: string;
    heading: string;
    description: Words<[manual: string]>;
    needsScript: string;
    fallbackBefore: string;
    contents: string;
    fallbackMiddle: string;
    amendmentsLog: string;
    searchFor: string;
    showMore: string;
    /** Pagefind's own interface ships no Welsh: the words the search page's script shows. */
    results: {
      searching: string;
      none: Words<[query: string]>;
      count: Words<[count: number, query: string]>;
      didYouMean: string;
      filters: { section: string; kind: string; recent: string };
      amended: Words<[date: string]>;
      couldNotLoad: string;
    };
  };
  offline: {
    title: string;
    description: Words<[manual: string]>;
    lead: string;
    save: string;
    saving: string;
    remove: string;
    needsScript: string;
    holdsHeading: string;
    holdsChapters: string;
    holdsContents: [before: string, contents: string, middle: string, contacts: string];
    holdsSearch: [search: string, after: string];
    otherPages: [before: string, amendmentsLog: string, after: string];
    currentHeading: string;
    currentOnline: string;
    staleWarning: Words<[days: number]>;
    installHeading: string;
    install: string;
  };
  changes: {
    title: Words<[label: string, date: string]>;
    description: Words<[noun: string, label: string, date: string]>;
    heading: string;
    comparedBefore: string;
    comparedMiddle: string;
    why: string;
    whyLabel: string;
    summaryHeading: string;
    numberChanged: [before: string, middle: string];
    titleChanged: string;
    key: [before: string, inserted: string, middle: string, deleted: string, after: string];
    changesHeading: string;
    allVersions: Words<[noun: string]>;
  };
  breadcrumb: { label: string; contents: string; home: string };
  onThisPage: { heading: string; sections: Words<[count: number]> };
  about: {
    heading: Words<[noun: string]>;
    firstPublished: Words<[date: string]>;
    updated: Words<[date: string]>;
    changesFrom: Words<[date: string]>;
    reviewOverdue: string;
    responsible: string;
    reviewDue: string;
    keywords: string;
    follow: Words<[noun: string]>;
    followMiddle: string;
    otherWays: string;
  };
  currency: { label: string; upTo: string; later: Words<[count: number]>; and: string; nextRound: string };
  contact: { email: string };
  /** The line under a chapter's title, and who approved a version. */
  amendment: {
    label: string;
    lastAmended: string;
    lastUpdated: string;
    approved: Words<[by: string, on: string | undefined]>;
    printSource: Words<[date: string, address: string]>;
  };
  /** What a printed page says of its online version. */
  print: { identity: string; hash: string; plain: Words<[address: string]> };
  /** "Your area": the choice, and the words its script shows. */
  areaChoice: { label: string; every: string; note: string; others: string; showing: Words<[name: string]>; showingEvery: string };
  area: { in: Words<[name: string]>; yours: string; arrangements: Words<[name: string]> };
  seeAlso: string;
  diff: {
    added: string;
    removed: string;
    changed: string;
    kinds: { heading: string; paragraph: string; item: string; row: string; contact: string; other: string };
    unchanged: Words<[count: number]>;
    areaOnly: Words<[area: string]>;
    inArea: Words<[area: string]>;
    inserted: string;
    deleted: string;
  };
  /** The pages of the record: histories, dated versions, the amendments log, updates, as-at editions. */
  records: RecordsText;
  /** The pages a reader finds things on: home, contents, contacts, resources, glossary. */
  reference: ReferenceText;
  /** The pages about the site itself: accessibility, review status, not found, offline. */
  service: ServiceText;
}

const en: InterfaceText = {
  skipLink: 'Skip to main content',
  exampleBanner: { lead: 'Example content: not real procedures.', rest: 'A fictional partnership: its local phone numbers reach no one.' },
  header: {
    searchLabel: 'Search the procedures',
    searchButton: 'Search',
    navigation: 'Main',
    contents: 'Contents',
    contacts: 'Contacts',
    amendments: 'Amendments',
  },
  footer: {
    covering: (partnership, manual, areas) => `${partnership}: ${manual}, covering ${areas}.`,
    builtOn: (date) => `Built on ${date}. Use the online version: a printed or saved copy may be out of date.`,
    and: 'and',
    resources: 'Resources',
    glossary: 'Glossary',
    atomFeed: 'Amendments feed (Atom)',
    offline: 'Use offline',
    followChanges: 'Follow changes',
    anyDate: 'The manual on any date',
    accessibility: 'Accessibility statement',
  },
  quickExit: { hidden: 'Emergency ', label: 'Exit this page', hintBefore: 'Or press', hintAfter: '3 times' },
  worried: {
    heading: 'Worried about a child?',
    immediateDanger: 'If a child is in immediate danger, call',
    allNumbers: 'All contact numbers, by area',
    draft: 'Draft: not yet checked',
  },
  version: {
    label: 'Version',
    upcoming: (date) => `Comes into effect on ${date}.`,
    upcomingRest: 'This version is published in advance and is not yet in force.',
    inForce: (date) => `In force from ${date}. This is the current version.`,
    replaced: (from, until, on) => `In force from ${from} to ${until}. This version was replaced on ${on}:`,
    readCurrentOne: 'read the current one',
    withdrawn: (from, until, noun, on) => `In force from ${from} to ${until}. This ${noun} was withdrawn on ${on}:`,
    readNotice: 'read the notice',
    readCurrentVersion: 'Read the current version',
    seeWhatChanged: 'See what changed',
    allVersions: (noun) => `All versions of this ${noun}`,
  },
  nouns: { chapter: 'chapter', page: 'page' },
  amendment: {
    label: 'Latest amendment',
    lastAmended: 'Last amended',
    lastUpdated: 'Last updated',
    approved: (by, on) => `Approved by ${by}${on ? ` on ${on}` : ''}`,
    printSource: (date, address) => `Version in force from ${date}. Online at ${address}`,
  },
  print: {
    identity: 'Uncontrolled when printed. To see whether this version is still in force, scan the code or open',
    hash: "SHA-256 of this version's file starts",
    plain: (address) => `Uncontrolled when printed: check the online version at ${address}`,
  },
  areaChoice: {
    label: 'Your area',
    every: 'Show every area',
    note: "Your area's arrangements come first on every page. The choice stays on this device.",
    others: 'Arrangements in other areas',
    showing: (name) => `Showing the arrangements in ${name} first.`,
    showingEvery: 'Showing the arrangements in every area.',
  },
  search: {
    title: 'Search',
    heading: 'Search the procedures',
    description: (manual) => `Search the ${manual}.`,
    needsScript: 'Search needs JavaScript, which is switched off or has not loaded in your browser.',
    fallbackBefore: 'Every chapter is listed by section in the',
    contents: 'contents',
    fallbackMiddle: '; your browser\'s "Find in page" will find a word there. Recent changes are in the',
    amendmentsLog: 'amendments log',
    searchFor: 'Search for',
    showMore: 'Show more results',
    results: {
      searching: 'Searching…',
      none: (query) => `No results for “${query}”.`,
      count: (count, query) => `${count} ${count === 1 ? 'result' : 'results'} for “${query}”.`,
      didYouMean: 'Did you mean',
      filters: { section: 'Section', kind: 'Kind', recent: 'Recently changed' },
      amended: (date) => `Last amended ${date}`,
      couldNotLoad: 'Search could not load. Every chapter is listed in the contents.',
    },
  },
  offline: {
    title: 'Use the manual offline',
    description: (manual) => `Save the ${manual} on your phone, tablet or computer to read it where there is no signal.`,
    lead: 'Save the manual on this phone, tablet or computer to read it where there is no signal: on home visits, in rural areas, in hospital basements and in court buildings.',
    save: 'Save for offline use',
    saving: 'Saving for offline use',
    remove: 'Remove the offline copy',
    needsScript: 'Saving the manual needs JavaScript, which is switched off or has not loaded in your browser. Every page still works online.',
    holdsHeading: 'What your offline copy holds',
    holdsChapters: 'every current chapter and information page',
    holdsContents: ['the', 'contents', 'and the', 'contacts'],
    holdsSearch: ['search', ', which works offline'],
    otherPages: [
      'Other pages you open while you are online are kept too. Earlier versions of chapters, what each version changed, chapter histories and the',
      'amendments log',
      'are not saved: offline, they open a page that says so.',
    ],
    currentHeading: 'How you know your copy is current',
    currentOnline:
      'Online, pages come from the site as usual, so you always read the latest. Your offline copy updates itself in the background whenever the manual changes, and pages tell you when it has.',
    staleWarning: (days) =>
      `Every page you read from the offline copy says how old it is. If it has not been checked against the site for ${days} days, every page warns that it may be out of date: connect to the internet to update it.`,
    installHeading: 'Install the manual as an app',
    install: 'Your browser may offer to install the manual ("Install app" or "Add to Home screen"), so that it opens from an icon like an app.',
  },
  changes: {
    title: (label, date) => `Changes to ${label} on ${date}`,
    description: (noun, label, date) => `What changed in the ${noun} ${label} on ${date}.`,
    heading: 'Changes to',
    comparedBefore: 'The version of',
    comparedMiddle: 'compared with the version of',
    why: 'Why:',
    whyLabel: 'Why it changed',
    summaryHeading: 'Summary of changes',
    numberChanged: ['Number changed from', 'to'],
    titleChanged: 'Title changed:',
    key: ['Inserted words are', 'underlined', '; deleted words are', 'struck through', '. Each changed block is labelled.'],
    changesHeading: 'Changes',
    allVersions: (noun) => `All versions of this ${noun}`,
  },
  breadcrumb: { label: 'Breadcrumb', contents: 'Contents', home: 'Home' },
  onThisPage: { heading: 'On this page', sections: (count) => `(${count} sections)` },
  about: {
    heading: (noun) => `About this ${noun}`,
    firstPublished: (date) => `First published on ${date}.`,
    updated: (date) => `Updated on ${date}:`,
    changesFrom: (date) => `Changes from ${date}:`,
    reviewOverdue: 'Review overdue since',
    responsible: 'Responsible:',
    reviewDue: 'Review due:',
    keywords: 'Keywords:',
    follow: (noun) => `Follow changes to this ${noun}`,
    followMiddle: 'with a feed reader (Atom), or see',
    otherWays: 'other ways to hear about changes',
  },
  currency: {
    label: 'How current this is',
    upTo: 'Up to date with every change in force on or before',
    later: (count) => `${count} approved ${count === 1 ? 'change takes' : 'changes take'} effect later:`,
    and: ' and ',
    nextRound: 'Next update round:',
  },
  contact: { email: 'Email:' },
  area: { in: (name) => `In ${name}`, yours: '(your area)', arrangements: (name) => `Arrangements in ${name}` },
  seeAlso: 'See also',
  diff: {
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    kinds: { heading: 'heading', paragraph: 'paragraph', item: 'list item', row: 'table row', contact: 'contact', other: 'block' },
    unchanged: (count) => `${count} unchanged ${count === 1 ? 'block' : 'blocks'}`,
    areaOnly: (area) => `[${area} only] `,
    inArea: (area) => `In ${area} only`,
    inserted: '[inserted: ',
    deleted: '[deleted: ',
  },
  records: RECORDS_TEXT.en,
  reference: REFERENCE_TEXT.en,
  service: SERVICE_TEXT.en,
};

// Welsh: a formal register, as public bodies in Wales write it (chi, not ti), with the mutations
// that follow each word ("i Gymru", "yn Nhawelan").
const cy: InterfaceText = {
  skipLink: 'Neidio i’r prif gynnwys',
  exampleBanner: {
    lead: 'Cynnwys enghreifftiol: nid gweithdrefnau go iawn.',
    rest: 'Partneriaeth ddychmygol: nid yw ei rhifau ffôn lleol yn cyrraedd neb.',
  },
  header: {
    searchLabel: 'Chwilio’r gweithdrefnau',
    searchButton: 'Chwilio',
    navigation: 'Prif ddewislen',
    contents: 'Cynnwys',
    contacts: 'Cysylltiadau',
    amendments: 'Diwygiadau',
  },
  footer: {
    covering: (partnership, manual, areas) => `${partnership}: ${manual}, ar gyfer ${areas}.`,
    builtOn: (date) => `Adeiladwyd ar ${date}. Defnyddiwch y fersiwn ar-lein: gall copi wedi’i argraffu neu ei gadw fod yn hen.`,
    and: 'a',
    resources: 'Adnoddau',
    glossary: 'Geirfa',
    atomFeed: 'Ffrwd diwygiadau (Atom)',
    offline: 'Defnyddio all-lein',
    followChanges: 'Dilyn newidiadau',
    anyDate: 'Y llawlyfr ar unrhyw ddyddiad',
    accessibility: 'Datganiad hygyrchedd',
  },
  quickExit: { hidden: 'Argyfwng: ', label: 'Gadael y dudalen hon', hintBefore: 'Neu pwyswch', hintAfter: '3 gwaith' },
  worried: {
    heading: 'Yn poeni am blentyn?',
    immediateDanger: 'Os yw plentyn mewn perygl uniongyrchol, ffoniwch',
    allNumbers: 'Pob rhif cyswllt, fesul ardal',
    draft: 'Drafft: heb ei wirio eto',
  },
  version: {
    label: 'Fersiwn',
    upcoming: (date) => `Yn dod i rym ar ${date}.`,
    upcomingRest: 'Cyhoeddir y fersiwn hon ymlaen llaw ac nid yw mewn grym eto.',
    inForce: (date) => `Mewn grym o ${date}. Dyma’r fersiwn gyfredol.`,
    replaced: (from, until, on) => `Mewn grym o ${from} hyd ${until}. Disodlwyd y fersiwn hon ar ${on}:`,
    readCurrentOne: 'darllenwch yr un gyfredol',
    withdrawn: (from, until, noun, on) => `Mewn grym o ${from} hyd ${until}. Tynnwyd y ${noun} hon yn ôl ar ${on}:`,
    readNotice: 'darllenwch yr hysbysiad',
    readCurrentVersion: 'Darllen y fersiwn gyfredol',
    seeWhatChanged: 'Gweld beth newidiodd',
    allVersions: (noun) => `Pob fersiwn o’r ${noun} hon`,
  },
  nouns: { chapter: 'bennod', page: 'dudalen' },
  amendment: {
    label: 'Y diwygiad diweddaraf',
    lastAmended: 'Diwygiwyd ddiwethaf',
    lastUpdated: 'Diweddarwyd ddiwethaf',
    approved: (by, on) => `Cymeradwywyd gan ${by}${on ? ` ar ${on}` : ''}`,
    printSource: (date, address) => `Fersiwn mewn grym o ${date}. Ar-lein yn ${address}`,
  },
  print: {
    identity: 'Heb ei reoli pan gaiff ei argraffu. I weld a yw’r fersiwn hon yn dal mewn grym, sganiwch y cod neu agorwch',
    hash: 'Mae SHA-256 ffeil y fersiwn hon yn dechrau â',
    plain: (address) => `Heb ei reoli pan gaiff ei argraffu: gwiriwch y fersiwn ar-lein yn ${address}`,
  },
  areaChoice: {
    label: 'Eich ardal',
    every: 'Dangos pob ardal',
    note: 'Trefniadau eich ardal sy’n dod gyntaf ar bob tudalen. Mae’r dewis yn aros ar y ddyfais hon.',
    others: 'Trefniadau mewn ardaloedd eraill',
    showing: (name) => `Yn dangos y trefniadau ${inPlace(name, 'yn')} yn gyntaf.`,
    showingEvery: 'Yn dangos y trefniadau ym mhob ardal.',
  },
  search: {
    title: 'Chwilio',
    heading: 'Chwilio’r gweithdrefnau',
    description: (manual) => `Chwilio ${manual}.`,
    needsScript: 'Mae angen JavaScript i chwilio, ac mae wedi’i ddiffodd neu heb lwytho yn eich porwr.',
    fallbackBefore: 'Rhestrir pob pennod fesul adran yn y',
    contents: 'cynnwys',
    fallbackMiddle: '; bydd “Canfod ar y dudalen” yn eich porwr yn dod o hyd i air yno. Mae’r newidiadau diweddar yn y',
    amendmentsLog: 'cofnod diwygiadau',
    searchFor: 'Chwilio am',
    showMore: 'Dangos rhagor o ganlyniadau',
    results: {
      searching: 'Yn chwilio…',
      none: (query) => `Dim canlyniadau ar gyfer “${query}”.`,
      count: (count, query) => `${count} ${count === 1 ? 'canlyniad' : 'o ganlyniadau'} ar gyfer “${query}”.`,
      didYouMean: 'Oeddech chi’n golygu',
      filters: { section: 'Adran', kind: 'Math', recent: 'Newidiwyd yn ddiweddar' },
      amended: (date) => `Diwygiwyd ddiwethaf ${date}`,
      couldNotLoad: 'Nid oedd modd llwytho’r chwilio. Rhestrir pob pennod yn y cynnwys.',
    },
  },
  offline: {
    title: 'Defnyddio’r llawlyfr all-lein',
    description: () => 'Cadwch gopi o’r llawlyfr ar eich ffôn, llechen neu gyfrifiadur i’w ddarllen lle nad oes signal.',
    lead: 'Cadwch y llawlyfr ar y ffôn, y llechen neu’r cyfrifiadur hwn i’w ddarllen lle nad oes signal: ar ymweliadau cartref, mewn ardaloedd gwledig, yn islawr ysbytai ac mewn adeiladau llys.',
    save: 'Cadw i’w ddefnyddio all-lein',
    saving: 'Yn cadw i’w ddefnyddio all-lein',
    remove: 'Dileu’r copi all-lein',
    needsScript: 'Mae angen JavaScript i gadw’r llawlyfr, ac mae wedi’i ddiffodd neu heb lwytho yn eich porwr. Mae pob tudalen yn dal i weithio ar-lein.',
    holdsHeading: 'Beth sydd yn eich copi all-lein',
    holdsChapters: 'pob pennod a thudalen wybodaeth gyfredol',
    holdsContents: ['y', 'cynnwys', 'a’r', 'cysylltiadau'],
    holdsSearch: ['chwilio', ', sy’n gweithio all-lein'],
    otherPages: [
      'Cedwir tudalennau eraill y byddwch yn eu hagor tra byddwch ar-lein hefyd. Nid yw fersiynau cynharach o benodau, yr hyn a newidiodd pob fersiwn, hanes penodau na’r',
      'cofnod diwygiadau',
      'yn cael eu cadw: all-lein, maent yn agor tudalen sy’n dweud hynny.',
    ],
    currentHeading: 'Sut rydych chi’n gwybod bod eich copi’n gyfredol',
    currentOnline:
      'Ar-lein, daw tudalennau o’r wefan fel arfer, felly rydych chi bob amser yn darllen y diweddaraf. Mae eich copi all-lein yn diweddaru ei hun yn y cefndir pryd bynnag y bydd y llawlyfr yn newid, ac mae’r tudalennau’n dweud wrthych pan fydd wedi gwneud hynny.',
    staleWarning: (days) =>
      `Mae pob tudalen a ddarllenwch o’r copi all-lein yn dweud pa mor hen ydyw. Os na chafodd ei wirio yn erbyn y wefan ers ${days} diwrnod, mae pob tudalen yn rhybuddio y gall fod yn hen: cysylltwch â’r rhyngrwyd i’w ddiweddaru.`,
    installHeading: 'Gosod y llawlyfr fel ap',
    install: 'Efallai y bydd eich porwr yn cynnig gosod y llawlyfr (“Gosod ap” neu “Ychwanegu at y sgrin gartref”), fel ei fod yn agor o eicon fel ap.',
  },
  changes: {
    title: (label, date) => `Newidiadau i ${label} ar ${date}`,
    description: (noun, label, date) => `Beth newidiodd yn y ${noun} ${label} ar ${date}.`,
    heading: 'Newidiadau i',
    comparedBefore: 'Fersiwn',
    comparedMiddle: 'o’i chymharu â fersiwn',
    why: 'Pam:',
    whyLabel: 'Pam y newidiodd',
    summaryHeading: 'Crynodeb o’r newidiadau',
    numberChanged: ['Newidiodd y rhif o', 'i'],
    titleChanged: 'Newidiodd y teitl:',
    key: ['Mae geiriau a ychwanegwyd wedi’u', 'tanlinellu', '; mae geiriau a ddilëwyd wedi’u', 'croesi allan', '. Mae label ar bob bloc a newidiodd.'],
    changesHeading: 'Newidiadau',
    allVersions: (noun) => `Pob fersiwn o’r ${noun} hon`,
  },
  breadcrumb: { label: 'Briwsion bara', contents: 'Cynnwys', home: 'Hafan' },
  onThisPage: { heading: 'Ar y dudalen hon', sections: (count) => `(${count} adran)` },
  about: {
    heading: (noun) => `Am y ${noun} hon`,
    firstPublished: (date) => `Cyhoeddwyd gyntaf ar ${date}.`,
    updated: (date) => `Diweddarwyd ar ${date}:`,
    changesFrom: (date) => `Newidiadau o ${date}:`,
    reviewOverdue: 'Adolygiad yn hwyr ers',
    responsible: 'Cyfrifol:',
    reviewDue: 'Adolygiad erbyn:',
    keywords: 'Allweddeiriau:',
    follow: (noun) => `Dilynwch newidiadau i’r ${noun} hon`,
    followMiddle: 'mewn darllenydd ffrydiau (Atom), neu gweler',
    otherWays: 'ffyrdd eraill o glywed am newidiadau',
  },
  currency: {
    label: 'Pa mor gyfredol yw hyn',
    upTo: 'Yn gyfredol â phob newid sydd mewn grym ar neu cyn',
    later: (count) => (count === 1 ? '1 newid cymeradwy yn dod i rym yn ddiweddarach:' : `${count} o newidiadau cymeradwy yn dod i rym yn ddiweddarach:`),
    and: ' a ',
    nextRound: 'Y cylch diweddaru nesaf:',
  },
  contact: { email: 'E-bost:' },
  area: { in: (name) => inPlace(name, 'Yn'), yours: '(eich ardal chi)', arrangements: (name) => `Trefniadau ${inPlace(name, 'yn')}` },
  seeAlso: 'Gweler hefyd',
  diff: {
    added: 'Ychwanegwyd',
    removed: 'Dilëwyd',
    changed: 'Newidiwyd',
    kinds: { heading: 'pennawd', paragraph: 'paragraff', item: 'eitem rhestr', row: 'rhes tabl', contact: 'cyswllt', other: 'bloc' },
    unchanged: (count) => `${count} ${count === 1 ? 'bloc heb ei newid' : 'o flociau heb eu newid'}`,
    areaOnly: (area) => `[${area} yn unig] `,
    inArea: (area) => `Yn ${area} yn unig`,
    inserted: '[ychwanegwyd: ',
    deleted: '[dilëwyd: ',
  },
  records: RECORDS_TEXT.cy,
  reference: REFERENCE_TEXT.cy,
  service: SERVICE_TEXT.cy,
};

/** Every language's interface text. */
export const INTERFACE_TEXT: Record<Language, InterfaceText> = { en, cy };

/** The interface text of the language the site is being built in (languages.ts). */
export function interfaceText(language: Language = buildLanguage()): InterfaceText {
  return INTERFACE_TEXT[language];
}
