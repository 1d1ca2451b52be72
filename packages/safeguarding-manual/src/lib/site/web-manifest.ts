// The web app manifest: what a phone needs to install the manual as an app that opens at the
// home page, inside the site's base path, named in the language of the pages it opens.
import { interfaceText } from '../interface-text.ts';
import { buildLanguage, LANGUAGE_TAGS, type Language } from '../languages.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { withBase } from './urls.ts';

/** The manifest for manifest.webmanifest, with every address under the site's base; the settings' names are in `language`. */
export function webManifest(
  settings: Pick<SiteSettings, 'partnership' | 'shortName' | 'manualTitle' | 'base'>,
  language: Language = buildLanguage(),
): Record<string, unknown> {
  const start = withBase(settings.base, '');
  const words = interfaceText(language).service.manifest;
  return {
    name: words.name(settings.shortName, settings.manualTitle),
    short_name: settings.shortName,
    description: words.description(settings.manualTitle, settings.partnership),
    lang: LANGUAGE_TAGS[language],
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
