// The web app manifest: what a phone needs to install the manual as an app that opens at the
// home page, inside the site's base path.
import type { SiteSettings } from '../schemas/site.ts';
import { withBase } from './urls.ts';

/** The manifest for manifest.webmanifest, with every address under the site's base. */
export function webManifest(settings: Pick<SiteSettings, 'partnership' | 'shortName' | 'manualTitle' | 'base'>): Record<string, unknown> {
  const start = withBase(settings.base, '');
  return {
    name: `${settings.shortName} ${settings.manualTitle}`,
    short_name: settings.shortName,
    description: `The ${settings.manualTitle} of the ${settings.partnership}.`,
    lang: 'en-GB',
    id: start,
    start_url: start,
    scope: start,
    // A reading site keeps the browser's back and reload buttons.
    display: 'minimal-ui',
    background_color: '#ffffff',
    theme_color: '#0b3d5c',
    icons: [{ src: withBase(settings.base, 'favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
}
