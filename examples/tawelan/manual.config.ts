// The site settings: the one file a partnership edits to make the manual its own
// (docs/settings.md). This manual is published in English and Welsh (docs/languages.md).
import type { ManualSettings } from 'safeguarding-manual';

export default {
  languages: ['en', 'cy'],
  partnership: 'Tawelan Regional Safeguarding Board',
  shortName: 'Tawelan RSB',
  manualTitle: 'Safeguarding Children Procedures',
  areas: [
    { id: 'tawelan', name: 'Tawelan', council: 'Tawelan County Council' },
    { id: 'glanmorlan', name: 'Glanmorlan', council: 'Glanmorlan County Borough Council' },
  ],
  cy: {
    partnership: 'Bwrdd Diogelu Rhanbarthol Tawelan',
    shortName: 'BDRh Tawelan',
    manualTitle: 'Gweithdrefnau Diogelu Plant',
    areas: [
      { id: 'tawelan', name: 'Tawelan', council: 'Cyngor Sir Tawelan' },
      { id: 'glanmorlan', name: 'Glanmorlan', council: 'Cyngor Bwrdeistref Sirol Glanmorlan' },
    ],
    accessibility: {
      testedBy: 'uned fusnes y bwrdd, gyda’r gwiriadau awtomatig yng nghyfres brofion y wefan, ar y tudalennau Cymraeg a Saesneg',
    },
  },
  site: 'https://procedures.tawelan-rsb.example',
  badgeDays: 90,
  exampleContent: true,
  worriedPanel: ['emergency-services', 'tawelan-front-door', 'glanmorlan-front-door', 'emergency-duty-team', 'nspcc-helpline'],
  quickExit: { url: 'https://www.bbc.co.uk/weather' },
  accessibility: {
    contactEmail: 'accessibility@tawelan-rsb.example',
    contactPhone: '0113 496 0599',
    statementDate: '2026-12-04',
    testedDate: '2026-12-04',
    testedBy: 'the board business unit, with the automated checks in the site’s test suite, on the English and the Welsh pages',
  },
} satisfies ManualSettings;
