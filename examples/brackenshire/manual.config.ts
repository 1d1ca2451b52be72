// The site settings: the one file a partnership edits to make the manual its own
// (docs/settings.md). The generator checks them when a command reads them.
import type { ManualSettings } from 'safeguarding-manual';

export default {
  partnership: 'Brackenshire Safeguarding Children Partnership',
  shortName: 'Brackenshire SCP',
  manualTitle: 'Multi-Agency Safeguarding Children Procedures',
  areas: [
    { id: 'tamsford', name: 'Tamsford', council: 'Tamsford City Council' },
    { id: 'brackenshire', name: 'Brackenshire', council: 'Brackenshire County Council' },
    { id: 'wyvern-vale', name: 'Wyvern Vale', council: 'Wyvern Vale Council' },
  ],
  site: 'https://procedures.brackenshire-scp.example',
  badgeDays: 90,
  // Versions taking effect from this date record who approved them; earlier ones need not.
  signOffRequiredFrom: '2026-11-16',
  reviewWindowDays: 90,
  showReviewOverdue: true,
  exampleContent: true,
  worriedPanel: ['emergency-services', 'tamsford-front-door', 'brackenshire-front-door', 'wyvern-vale-front-door', 'emergency-duty-team', 'nspcc-helpline'],
  quickExit: { url: 'https://www.bbc.co.uk/weather' },
  mailingList: {
    signUpUrl: 'https://lists.brackenshire-scp.example/subscribe/procedures',
    privacyUrl: 'https://www.brackenshire-scp.example/privacy/mailing-list',
  },
  accessibility: {
    contactEmail: 'accessibility@brackenshire-scp.example',
    contactPhone: '0116 496 0999',
    statementDate: '2026-11-23',
    testedDate: '2026-11-23',
    testedBy:
      'the partnership business unit, with the automated checks in the site’s test suite (axe-core, the W3C Nu HTML Checker, keyboard, 320px reflow, dark mode and forced colours tests)',
  },
} satisfies ManualSettings;
