// The site settings: the one file a partnership edits to make the manual its own
// (docs/settings.md). The generator checks them when a command reads them.
import type { ManualSettings } from 'safeguarding-manual';

export default {
  partnership: 'Northmoor Safeguarding Children Partnership',
  shortName: 'Northmoor SCP',
  manualTitle: 'Multi-Agency Safeguarding Children Procedures',
  areas: [
    { id: 'ashby-moor', name: 'Ashby Moor', council: 'Ashby Moor Council' },
    { id: 'kelthorpe', name: 'Kelthorpe', council: 'Kelthorpe Borough Council' },
  ],
  site: 'https://procedures.northmoor-scp.example',
  signOffRequiredFrom: '2026-07-13',
  exampleContent: true,
  worriedPanel: ['emergency-services', 'children-front-door', 'emergency-duty-team', 'nspcc-helpline'],
  // The regional core this manual follows (docs/regional-manuals.md): its chapters come from there.
  core: { from: '../core', name: 'Marlow Vale Regional Procedures' },
  // The other sites of the region, which the search page searches too (docs/regional-manuals.md).
  region: {
    name: 'Marlow Vale',
    sites: [{ partnership: 'Southfen Safeguarding Children Partnership', url: 'https://procedures.southfen-scp.example/' }],
  },
  accessibility: {
    contactEmail: 'accessibility@northmoor-scp.example',
    contactPhone: '0113 496 0999',
    statementDate: '2026-07-13',
    testedDate: '2026-07-13',
    testedBy: 'the partnership business unit, with the automated checks of the generator this site is built with',
  },
} satisfies ManualSettings;
