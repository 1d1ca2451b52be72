// The Content-Security-Policy every page is served with: scripts, styles and data from the
// site itself only. Pages put it in a <meta> tag; hosts that can set headers use headerPolicy.
// Forms post to the site, and to the mailing list's sign-up address when the settings give one;
// the search page reads the indexes of the region's other sites when the settings name them.
import { regionOrigins } from '../region/region-search.ts';
import type { SiteSettings } from '../schemas/site.ts';

const directives: Record<string, string[]> = {
  'default-src': ["'self'"],
  // Pagefind's search compiles WebAssembly; nothing else is evaluated. A version's JSON-LD
  // (<script type="application/ld+json">) is a data block the browser never runs, so it needs
  // nothing here.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // The offline worker and the web app manifest, from the site itself.
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
};

function serialize(policy: Record<string, string[]>): string {
  return Object.entries(policy)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The policy for <meta http-equiv="Content-Security-Policy">, which cannot carry frame-ancestors. */
export const metaPolicy = serialize(directives);

/** The same policy as an HTTP header, which also forbids framing the site. */
export const headerPolicy = serialize({ ...directives, 'frame-ancestors': ["'none'"] });

/** The origin besides the site's own that forms may post to: the mailing list's sign-up form's, exactly. */
export function formOrigins(settings: Pick<SiteSettings, 'mailingList'>): string[] {
  return settings.mailingList ? [new URL(settings.mailingList.signUpUrl).origin] : [];
}

type PolicySettings = Pick<SiteSettings, 'mailingList'> & Partial<Pick<SiteSettings, 'region'>>;

function directivesFor(settings: PolicySettings): Record<string, string[]> {
  // The search page reads the search indexes of the region's other sites, when the settings name them.
  const region = regionOrigins(settings);
  return {
    ...directives,
    'form-action': [...directives['form-action']!, ...formOrigins(settings)],
    ...(region.length ? { 'connect-src': ["'self'", ...region] } : {}),
  };
}

/** metaPolicy for a site with these settings: the same, unless they give a mailing list to post to. */
export function metaPolicyFor(settings: PolicySettings): string {
  return serialize(directivesFor(settings));
}

/** headerPolicy for a site with these settings. */
export function headerPolicyFor(settings: PolicySettings): string {
  return serialize({ ...directivesFor(settings), 'frame-ancestors': ["'none'"] });
}
