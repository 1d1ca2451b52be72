// The site settings: the one file a partnership edits to make the manual its own
// (docs/settings.md). The generator checks them when a command reads them.
import type { ManualSettings } from 'safeguarding-manual';

export default {
  partnership: 'Southfen Safeguarding Children Partnership',
  shortName: 'Southfen SCP',
  manualTitle: 'Multi-Agency Safeguarding Children Procedures',
  areas: [
    { id: 'fenwick', name: 'Fenwick', council: 'Fenwick City Council' },
    { id: 'saltmarsh-haven', name: 'Saltmarsh Haven', council: 'Saltmarsh Haven District Council' },
    { id: 'brigham', name: 'Brigham', council: 'Brigham District Council' },
  ],
  site: 'https://procedures.southfen-scp.example',
  signOffRequiredFrom: '2026-07-06',
  exampleContent: true,
  worriedPanel: ['emergency-services', 'children-front-door', 'emergency-duty-team', 'nspcc-helpline'],
  // The regional core this manual follows (docs/regional-manuals.md): its chapters come from there.
  core: { from: '../core', name: 'Marlow Vale Regional Procedures' },
  // The other sites of the region, which the search page searches too (docs/regional-manuals.md).
  region: {
    name: 'Marlow Vale',
    sites: [{ partnership: 'Northmoor Safeguarding Children Partnership', url: 'https://procedures.northmoor-scp.example/' }],
  },
  accessibility: {
    contactEmail: 'accessibility@southfen-scp.example',
    contactPhone: '020 7946 0999',
    statementDate: '2026-07-06',
    testedDate: '2026-07-06',
    testedBy: 'the partnership business unit, with the automated checks of the generator this site is built with',
  },
} satisfies ManualSettings;
