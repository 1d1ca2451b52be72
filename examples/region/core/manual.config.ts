// The site settings: the one file a partnership edits to make the manual its own
// (docs/settings.md). The generator checks them when a command reads them.
import type { ManualSettings } from 'safeguarding-manual';

export default {
  partnership: 'Marlow Vale Regional Safeguarding Procedures Group',
  shortName: 'Marlow Vale Region',
  manualTitle: 'Multi-Agency Safeguarding Children Procedures',
  areas: [
    { id: 'northmoor', name: 'Northmoor', council: 'Northmoor Council' },
    { id: 'southfen', name: 'Southfen', council: 'Southfen District Council' },
  ],
  site: 'https://procedures.marlowvale-region.example',
  exampleContent: true,
  worriedPanel: ['emergency-services', 'children-front-door', 'nspcc-helpline'],
  accessibility: {
    contactEmail: 'procedures@marlowvale-region.example',
    contactPhone: '0116 496 0410',
    statementDate: '2026-06-15',
    testedDate: '2026-06-15',
    testedBy: 'the partnership business unit, with the automated checks of the generator this site is built with',
  },
} satisfies ManualSettings;
