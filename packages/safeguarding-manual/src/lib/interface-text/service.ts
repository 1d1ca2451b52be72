// The pages about the site itself: the accessibility statement, review status, not found, offline.
// English and Welsh side by side; interface-text.ts gathers this with the site's other words.
// The Welsh follows the Welsh Government's model accessibility statement where it has the words.
import type { Language } from '../languages.ts';
import type { ComplianceStatus } from '../site/accessibility-statement.ts';
import { OFFLINE_COPY_TEXT, type OfflineCopyText } from './offline-copy.ts';

/** A text that depends on values (a date, a count, a name). */
type Words<A extends unknown[]> = (...values: A) => string;

export interface ServiceText {
  /** /accessibility/, in the order of the model statement. Its title is the footer's link (interface-text.ts). */
  accessibility: {
    description: Words<[manual: string]>;
    heading: Words<[manual: string]>;
    intro: Words<[manual: string, site: string, partnership: string]>;
    abilities: string[];
    preferences: string;
    howAccessible: { heading: string; full: string; partial: [before: string, link: string, after: string] };
    feedback: { heading: string; formats: string; email: string; call: string; reply: Words<[days: number]> };
    reporting: { heading: string; contact: [before: string, after: string] };
    enforcement: { heading: string; text: [before: string, link: string, after: string] };
    technical: { heading: string; committed: Words<[partnership: string]> };
    compliance: { heading: string } & Record<ComplianceStatus, string>;
    nonAccessible: {
      heading: string;
      none: string;
      nonCompliance: string;
      fails: Words<[count: number, criteria: string]>;
      fixBy: Words<[date: string]>;
      burden: string;
      outOfScope: string;
    };
    preparation: {
      heading: string;
      prepared: [before: string, after: string];
      reviewed: [before: string, after: string];
      /** Before the date, and after it up to who tested the site. */
      tested: [before: string, after: string];
    };
  };
  /** /review/. The last column's heading is amendment.lastAmended (interface-text.ts). */
  review: {
    title: string;
    description: Words<[manual: string]>;
    /** Up to the first command. */
    intro: Words<[date: string, days: number]>;
    /** Between the two commands, and after the second. */
    commands: [middle: string, after: string];
    overdue: Words<[count: number]>;
    due: Words<[count: number, days: number]>;
    caption: string;
    columns: { due: string; title: string; owner: string };
    overdueBadge: string;
    notRecorded: string;
    nothingDue: Words<[days: number]>;
  };
  notFound: {
    title: string;
    description: string;
    noPage: string;
    keepAddress: [before: string, contents: string, after: string];
  };
  /** /offline/unavailable/: what the offline worker answers with a page it does not have. */
  unavailable: {
    title: string;
    description: string;
    heading: string;
    lead: string;
    canReadHeading: string;
    contents: [before: string, contents: string, after: string];
    contacts: [before: string, contacts: string];
    search: string;
    home: [before: string, home: string, after: string];
    notSavedHeading: string;
    notSaved: string;
    about: string;
  };
  /** What the offline page's script and the offline worker say (offline-copy.ts). */
  offlineCopy: OfflineCopyText;
  /** The web app manifest's name and description. */
  manifest: { name: Words<[shortName: string, manual: string]>; description: Words<[manual: string, partnership: string]> };
}

const en: ServiceText = {
  accessibility: {
    description: (manual) => `How accessible the ${manual} website is, and how to report a problem.`,
    heading: (manual) => `Accessibility statement for ${manual}`,
    intro: (manual, site, partnership) =>
      `This statement applies to the ${manual} website at ${site}. It is run by the ${partnership}. We want as many people as possible to be able to use it. For example, you should be able to:`,
    abilities: [
      'change colours, contrast levels and fonts using your browser or device settings;',
      'zoom in up to 400% without the text spilling off the screen;',
      'reach every link, form and control with a keyboard alone;',
      'listen to most of the site with a screen reader;',
      'read every page with JavaScript switched off, except the search page, which points you to the contents instead.',
    ],
    preferences:
      "The pages follow your device's light or dark mode, its reduced motion setting and Windows contrast themes. Every chapter prints without the site's navigation.",
    howAccessible: {
      heading: 'How accessible this website is',
      full: 'We know of no part of this website that is not accessible.',
      partial: ['We know some parts of this website are not fully accessible. They are listed under', 'Non-accessible content', '.'],
    },
    feedback: {
      heading: 'Feedback and contact information',
      formats:
        'If you need a chapter in a different format, such as large print, easy read, audio recording or braille, or you find a problem with this website:',
      email: 'email',
      call: 'call',
      reply: (days) => `We will consider your request and reply within ${days} working days.`,
    },
    reporting: {
      heading: 'Reporting accessibility problems with this website',
      contact: [
        'We are always looking to improve the accessibility of this website. If you find a problem that is not listed on this page, or you think we are not meeting the accessibility requirements, contact us by email at',
        '.',
      ],
    },
    enforcement: {
      heading: 'Enforcement procedure',
      text: [
        'The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the "accessibility regulations"). If you are not happy with how we respond to your complaint, contact the',
        'Equality Advisory and Support Service (EASS)',
        '.',
      ],
    },
    technical: {
      heading: "Technical information about this website's accessibility",
      committed: (partnership) =>
        `The ${partnership} is committed to making its website accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.`,
    },
    compliance: {
      heading: 'Compliance status',
      full: 'This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.',
      partial:
        'This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances listed below.',
    },
    nonAccessible: {
      heading: 'Non-accessible content',
      none: 'The content of this website is accessible: we know of nothing that fails the Web Content Accessibility Guidelines version 2.2 AA standard.',
      nonCompliance: 'Non-compliance with the accessibility regulations',
      fails: (count, criteria) => `This fails WCAG 2.2 success ${count === 1 ? 'criterion' : 'criteria'} ${criteria}.`,
      fixBy: (date) => `We plan to fix this by ${date}.`,
      burden: 'Disproportionate burden',
      outOfScope: 'Content that is not within the scope of the accessibility regulations',
    },
    preparation: {
      heading: 'Preparation of this accessibility statement',
      prepared: ['This statement was prepared on', '.'],
      reviewed: ['It was last reviewed on', '.'],
      tested: ['This website was last tested on', '. The test was carried out by'],
    },
  },
  review: {
    title: 'Review status',
    description: (manual) => `Chapters and information pages of the ${manual} due for review.`,
    intro: (date, days) =>
      `For the partnership's staff: every chapter and information page in force on ${date} (the date the site was built) that is overdue for review, or due within ${days} days, soonest first.`,
    commands: ['prints the same list, and', 'writes it for a spreadsheet.'],
    overdue: (count) => `${count} overdue`,
    due: (count, days) => `, ${count} due within ${days} days.`,
    caption: 'Due for review, soonest first',
    columns: { due: 'Review due', title: 'Number and title', owner: 'Owner' },
    overdueBadge: 'Overdue',
    notRecorded: 'Not recorded',
    nothingDue: (days) => `Nothing is overdue or due for review within ${days} days.`,
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist.',
    noPage: 'There is no page at this address. If you typed it, check it; if you followed a link, the page may have moved.',
    keepAddress: ['Chapters keep their address even when they are renumbered or withdrawn. Find the one you need in the', 'contents', '.'],
  },
  unavailable: {
    title: 'Not in your offline copy',
    description: 'This page is not saved for offline use: what you can read offline.',
    heading: 'This page is not in your offline copy',
    lead: 'You are offline, or the site did not answer, and this page is not saved on this device.',
    canReadHeading: 'What you can read offline',
    contents: ['the', 'contents', 'and every current chapter'],
    contacts: ['the', 'contacts'],
    search: 'search',
    home: ['the', 'home page', 'and every information page'],
    notSavedHeading: 'What is not saved',
    notSaved:
      'Earlier versions of chapters, what each version changed, chapter histories, the amendments log and its feeds, unless you opened them while you were online. Connect to the internet to read them.',
    about: 'About the offline copy',
  },
  offlineCopy: OFFLINE_COPY_TEXT.en,
  manifest: {
    name: (shortName, manual) => `${shortName} ${manual}`,
    description: (manual, partnership) => `The ${manual} of the ${partnership}.`,
  },
};

// Welsh: a formal register, with the mutations that follow each word; after a numeral, the singular noun.
const cy: ServiceText = {
  accessibility: {
    description: (manual) => `Pa mor hygyrch yw gwefan ${manual}, a sut i roi gwybod am broblem.`,
    heading: (manual) => `Datganiad hygyrchedd ar gyfer ${manual}`,
    intro: (manual, site, partnership) =>
      `Mae’r datganiad hwn yn berthnasol i wefan ${manual} yn y cyfeiriad ${site}. ${partnership} sy’n rhedeg y wefan. Rydym am i gynifer o bobl â phosibl allu ei defnyddio. Er enghraifft, dylech allu:`,
    abilities: [
      'newid lliwiau, lefelau cyferbyniad a ffontiau gan ddefnyddio gosodiadau eich porwr neu’ch dyfais;',
      'chwyddo hyd at 400% heb i’r testun ddisgyn oddi ar y sgrin;',
      'cyrraedd pob dolen, ffurflen a rheolydd gan ddefnyddio bysellfwrdd yn unig;',
      'gwrando ar y rhan fwyaf o’r wefan gan ddefnyddio darllenydd sgrin;',
      'darllen pob tudalen gyda JavaScript wedi’i ddiffodd, ac eithrio’r dudalen chwilio, sy’n eich cyfeirio at y cynnwys yn lle hynny.',
    ],
    preferences:
      'Mae’r tudalennau’n dilyn modd golau neu dywyll eich dyfais, ei gosodiad lleihau symudiad a themâu cyferbyniad Windows. Caiff pob pennod ei hargraffu heb ddewislenni’r wefan.',
    howAccessible: {
      heading: 'Pa mor hygyrch yw’r wefan hon',
      full: 'Nid ydym yn gwybod am unrhyw ran o’r wefan hon nad yw’n hygyrch.',
      partial: ['Rydym yn gwybod nad yw rhai rhannau o’r wefan hon yn gwbl hygyrch. Fe’u rhestrir o dan y pennawd', 'Cynnwys nad yw’n hygyrch', '.'],
    },
    feedback: {
      heading: 'Adborth a gwybodaeth gyswllt',
      formats:
        'Os oes angen pennod arnoch mewn fformat gwahanol, fel print bras, hawdd ei ddeall, recordiad sain neu braille, neu os byddwch yn dod o hyd i broblem gyda’r wefan hon:',
      email: 'anfonwch e-bost at',
      call: 'ffoniwch',
      reply: (days) => `Byddwn yn ystyried eich cais ac yn ateb cyn pen ${days} diwrnod gwaith.`,
    },
    reporting: {
      heading: 'Rhoi gwybod am broblemau hygyrchedd gyda’r wefan hon',
      contact: [
        'Rydym bob amser yn ceisio gwella hygyrchedd y wefan hon. Os byddwch yn dod o hyd i broblem nad yw wedi’i rhestru ar y dudalen hon, neu os ydych yn credu nad ydym yn bodloni’r gofynion hygyrchedd, cysylltwch â ni drwy anfon e-bost at',
        '.',
      ],
    },
    enforcement: {
      heading: 'Gweithdrefn orfodi',
      text: [
        'Y Comisiwn Cydraddoldeb a Hawliau Dynol sy’n gyfrifol am orfodi Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Chymwysiadau Symudol) (Rhif 2) 2018 (y “rheoliadau hygyrchedd”). Os nad ydych yn fodlon â’r ffordd rydym yn ymateb i’ch cwyn, cysylltwch â’r',
        'Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)',
        '.',
      ],
    },
    technical: {
      heading: 'Gwybodaeth dechnegol am hygyrchedd y wefan hon',
      committed: (partnership) =>
        `Mae ${partnership} wedi ymrwymo i sicrhau bod y wefan hon yn hygyrch, yn unol â Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Chymwysiadau Symudol) (Rhif 2) 2018.`,
    },
    compliance: {
      heading: 'Statws cydymffurfio',
      full: 'Mae’r wefan hon yn cydymffurfio’n llawn â safon AA Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2.',
      partial:
        'Mae’r wefan hon yn cydymffurfio’n rhannol â safon AA Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2, oherwydd yr achosion o beidio â chydymffurfio a restrir isod.',
    },
    nonAccessible: {
      heading: 'Cynnwys nad yw’n hygyrch',
      none: 'Mae cynnwys y wefan hon yn hygyrch: nid ydym yn gwybod am unrhyw beth sy’n methu â bodloni safon AA Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2.',
      nonCompliance: 'Diffyg cydymffurfio â’r rheoliadau hygyrchedd',
      fails: (count, criteria) => `Nid yw hyn yn bodloni ${count === 1 ? 'maen prawf' : 'meini prawf'} llwyddiant WCAG 2.2 ${criteria}.`,
      fixBy: (date) => `Rydym yn bwriadu datrys hyn erbyn ${date}.`,
      burden: 'Baich anghymesur',
      outOfScope: 'Cynnwys nad yw o fewn cwmpas y rheoliadau hygyrchedd',
    },
    preparation: {
      heading: 'Paratoi’r datganiad hygyrchedd hwn',
      prepared: ['Paratowyd y datganiad hwn ar', '.'],
      reviewed: ['Cafodd ei adolygu ddiwethaf ar', '.'],
      tested: ['Profwyd y wefan hon ddiwethaf ar', '. Cynhaliwyd y prawf gan'],
    },
  },
  review: {
    title: 'Statws adolygu',
    description: (manual) => `${manual}: y penodau a’r tudalennau gwybodaeth sydd i’w hadolygu.`,
    intro: (date, days) =>
      `Ar gyfer staff y bartneriaeth: pob pennod a thudalen wybodaeth sydd mewn grym ar ${date} (y dyddiad yr adeiladwyd y wefan) ac sy’n hwyr i’w hadolygu, neu sydd i’w hadolygu cyn pen ${days} diwrnod, gyda’r cynharaf yn gyntaf. Mae`,
    commands: ['yn argraffu’r un rhestr, ac mae', 'yn ei hysgrifennu ar gyfer taenlen.'],
    overdue: (count) => `${count} yn hwyr`,
    due: (count, days) => `, ${count} i’w hadolygu cyn pen ${days} diwrnod.`,
    caption: 'I’w hadolygu, y cynharaf yn gyntaf',
    columns: { due: 'Adolygiad erbyn', title: 'Rhif a theitl', owner: 'Perchennog' },
    overdueBadge: 'Yn hwyr',
    notRecorded: 'Heb ei gofnodi',
    nothingDue: (days) => `Nid oes dim yn hwyr nac i’w adolygu cyn pen ${days} diwrnod.`,
  },
  notFound: {
    title: 'Heb ddod o hyd i’r dudalen',
    description: 'Nid yw’r dudalen hon yn bodoli.',
    noPage: 'Nid oes tudalen yn y cyfeiriad hwn. Os gwnaethoch deipio’r cyfeiriad, gwiriwch ef; os gwnaethoch ddilyn dolen, efallai fod y dudalen wedi symud.',
    keepAddress: [
      'Mae penodau’n cadw eu cyfeiriad hyd yn oed pan gânt eu hailrifo neu eu tynnu’n ôl. Dewch o hyd i’r un sydd ei hangen arnoch yn y',
      'cynnwys',
      '.',
    ],
  },
  unavailable: {
    title: 'Tudalen nad yw yn eich copi all-lein',
    description: 'Nid yw’r dudalen hon wedi’i chadw i’w defnyddio all-lein: beth y gallwch ei ddarllen all-lein.',
    heading: 'Nid yw’r dudalen hon yn eich copi all-lein',
    lead: 'Rydych chi all-lein, neu ni atebodd y wefan, ac nid yw’r dudalen hon wedi’i chadw ar y ddyfais hon.',
    canReadHeading: 'Beth y gallwch ei ddarllen all-lein',
    contents: ['y', 'cynnwys', 'a phob pennod gyfredol'],
    contacts: ['y', 'cysylltiadau'],
    search: 'chwilio',
    home: ['yr', 'hafan', 'a phob tudalen wybodaeth'],
    notSavedHeading: 'Beth nad yw’n cael ei gadw',
    notSaved:
      'Fersiynau cynharach o benodau, yr hyn a newidiodd pob fersiwn, hanes penodau, y cofnod diwygiadau a’i ffrydiau, oni bai eich bod wedi’u hagor tra oeddech ar-lein. Cysylltwch â’r rhyngrwyd i’w darllen.',
    about: 'Am y copi all-lein',
  },
  offlineCopy: OFFLINE_COPY_TEXT.cy,
  manifest: {
    // Welsh puts the owner after what it owns: "Gweithdrefnau Diogelu Plant BDRh Tawelan".
    name: (shortName, manual) => `${manual} ${shortName}`,
    description: (manual, partnership) => `${partnership}: ${manual}.`,
  },
};

export const SERVICE_TEXT: Record<Language, ServiceText> = { en, cy };
