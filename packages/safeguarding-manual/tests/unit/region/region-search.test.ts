import { describe, expect, it } from 'vitest';
import { metaPolicyFor } from '../../../src/lib/site/csp.ts';
import { renderHeadersFile, siteHeaderRules } from '../../../src/lib/servers/host-headers.ts';
import { regionIndexHeaders, regionSearchSites } from '../../../src/lib/region/region-search.ts';

const region = {
  name: 'Marlow Vale',
  sites: [
    { partnership: 'Southfen Safeguarding Children Partnership', url: 'https://procedures.southfen-scp.example' },
    { partnership: 'Eastmere Safeguarding Children Partnership', url: 'https://eastmere.example/procedures/' },
  ],
};

describe('searching the region', () => {
  it("merges each other site's index, from the folder of its address", () => {
    expect(regionSearchSites({ region })).toEqual([
      { partnership: 'Southfen Safeguarding Children Partnership', bundlePath: 'https://procedures.southfen-scp.example/pagefind/' },
      { partnership: 'Eastmere Safeguarding Children Partnership', bundlePath: 'https://eastmere.example/procedures/pagefind/' },
    ]);
    expect(regionSearchSites({})).toEqual([]);
  });

  it("lets the pages fetch from the region's sites, and the region's sites read this site's index (CORS)", () => {
    expect(metaPolicyFor({ region })).toContain("connect-src 'self' https://procedures.southfen-scp.example https://eastmere.example");
    expect(metaPolicyFor({})).not.toContain('connect-src');
    expect(regionIndexHeaders({ region: { name: 'Marlow Vale', sites: [region.sites[0]!] } })).toEqual({
      pattern: '/pagefind/*',
      headers: { 'Access-Control-Allow-Origin': 'https://procedures.southfen-scp.example' },
    });
    expect(renderHeadersFile(siteHeaderRules({ region }))).toContain('/pagefind/*\n  Access-Control-Allow-Origin: *\n');
    expect(renderHeadersFile(siteHeaderRules({}))).not.toContain('Access-Control-Allow-Origin');
  });
});
