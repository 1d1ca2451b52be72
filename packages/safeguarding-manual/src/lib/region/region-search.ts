// Searching the region: the other sites a manual's settings name (region.sites), whose search
// indexes its search page merges with its own, each labelled by partnership (docs/regional-manuals.md).
import type { SiteSettings } from '../schemas/site.ts';

/** The search filter that keeps to one partnership's site, and labels each result with it. */
export const PARTNERSHIP_FILTER = 'Partnership';

/** A site of the region, as the search page merges it: its partnership, and its search index's folder. */
export interface RegionSearchSite {
  partnership: string;
  bundlePath: string;
}

/** The other sites of the region whose indexes the search page merges; none when the settings name no region. */
export function regionSearchSites(settings: Pick<SiteSettings, 'region'>): RegionSearchSite[] {
  return (settings.region?.sites ?? []).map((site) => ({
    partnership: site.partnership,
    bundlePath: new URL('pagefind/', site.url.endsWith('/') ? site.url : `${site.url}/`).href,
  }));
}

/** The origins of the region's other sites: the search page fetches their indexes (the policy's connect-src). */
export function regionOrigins(settings: Partial<Pick<SiteSettings, 'region'>>): string[] {
  return [...new Set((settings.region?.sites ?? []).map((site) => new URL(site.url).origin))];
}

/**
 * The header rule a site of a region needs for the others' search pages to fetch its index: CORS
 * on /pagefind/*, for each origin of the region's other sites (hosts that read _headers apply it).
 */
export function regionIndexHeaders(settings: Partial<Pick<SiteSettings, 'region'>>): { pattern: string; headers: Record<string, string> } | undefined {
  const origins = regionOrigins(settings);
  if (!origins.length) return undefined;
  // The header names one origin, or any: with several sites, any origin may read the index, which is public anyway.
  return { pattern: '/pagefind/*', headers: { 'Access-Control-Allow-Origin': origins.length === 1 ? origins[0]! : '*' } };
}
