import { describe, expect, it } from 'vitest';
import { isPageUrl, offlineFiles, offlineUrl } from '../../../src/lib/offline/offline.ts';
import { defineManual } from '../../../src/lib/manual/settings.ts';
import { webManifest } from '../../../src/lib/site/web-manifest.ts';
import { settings } from '../helpers.ts';

// The files of a built site, as npm run build leaves them (one of each kind).
const SITE = [
  '.manual-site',
  '404.html',
  '_astro/Base.ChtbVHLX.css',
  '_astro/QuickExit.astro_astro_type_script_index_0_lang.3vy2Fef2.js',
  '_astro/contacts.DOQ04Oh1.css',
  '_astro/index.astro_astro_type_script_index_0_lang.BeOZA1GB.js',
  '_astro/search.astro_astro_type_script_index_0_lang.BFfGtR35.js',
  '_headers',
  'accessibility/index.html',
  'amendments.csv',
  'amendments.json',
  'amendments.xml',
  'amendments/2024/index.html',
  'amendments/index.html',
  'amendments/section-4/index.html',
  'contacts/index.html',
  'contents/index.html',
  'favicon.svg',
  'index.html',
  'information/worried-about-a-child/2026-10-12/changes/index.html',
  'information/worried-about-a-child/2026-10-12/index.html',
  'information/worried-about-a-child/history/index.html',
  'information/worried-about-a-child/index.html',
  'manifest.webmanifest',
  'offline/build.json',
  'offline/index.html',
  'offline/unavailable/index.html',
  'pagefind/filter/en-gb_4ab1e1f.pf_filter',
  'pagefind/fragment/en-gb_2e4b6ab.pf_fragment',
  'pagefind/index/en-gb_8b0a7c2.pf_index',
  'pagefind/pagefind-component-ui.css',
  'pagefind/pagefind-component-ui.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-highlight.js',
  'pagefind/pagefind-modular-ui.css',
  'pagefind/pagefind-modular-ui.js',
  'pagefind/pagefind-ui.css',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind.en-gb_661173f432a27.pf_meta',
  'pagefind/pagefind.js',
  'pagefind/wasm.en-gb.pagefind',
  'procedures/gangs-and-youth-violence/index.html',
  'procedures/section-47-enquiries/2021-03-29/index.html',
  'procedures/section-47-enquiries/2026-10-05/changes/index.html',
  'procedures/section-47-enquiries/history/index.html',
  'procedures/section-47-enquiries/index.html',
  'search/index.html',
  'sw.js',
];

describe('the offline copy', () => {
  it('holds the current manual only: its pages first, then styles, scripts and the search index', () => {
    expect(offlineFiles(SITE)).toEqual([
      'accessibility/index.html',
      'contacts/index.html',
      'contents/index.html',
      'index.html',
      'information/worried-about-a-child/index.html',
      'offline/index.html',
      'offline/unavailable/index.html',
      'procedures/gangs-and-youth-violence/index.html',
      'procedures/section-47-enquiries/index.html',
      'search/index.html',
      '_astro/Base.ChtbVHLX.css',
      '_astro/QuickExit.astro_astro_type_script_index_0_lang.3vy2Fef2.js',
      '_astro/contacts.DOQ04Oh1.css',
      '_astro/index.astro_astro_type_script_index_0_lang.BeOZA1GB.js',
      '_astro/search.astro_astro_type_script_index_0_lang.BFfGtR35.js',
      'favicon.svg',
      'manifest.webmanifest',
      'pagefind/filter/en-gb_4ab1e1f.pf_filter',
      'pagefind/fragment/en-gb_2e4b6ab.pf_fragment',
      'pagefind/index/en-gb_8b0a7c2.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.en-gb_661173f432a27.pf_meta',
      'pagefind/pagefind.js',
      'pagefind/wasm.en-gb.pagefind',
    ]);
  });

  it('leaves out earlier versions, changes, histories, the amendments log, feeds, the worker and search UI bundles', () => {
    const left = SITE.filter((file) => !offlineFiles(SITE).includes(file));
    for (const file of left)
      expect(file).toMatch(
        /\d{4}-\d{2}-\d{2}\/|history\/|^amendments|^404|^\.|_headers|build\.json|^sw\.js$|pagefind-(ui|modular-ui|component-ui|highlight|worker)\./,
      );
  });

  it('saves pages under the addresses readers open', () => {
    expect(offlineFiles(SITE).map(offlineUrl).slice(0, 4)).toEqual(['accessibility/', 'contacts/', 'contents/', './']);
    expect(offlineUrl('pagefind/pagefind.js')).toBe('pagefind/pagefind.js');
    expect(isPageUrl('procedures/section-47-enquiries/')).toBe(true);
    expect(isPageUrl('search.js')).toBe(false);
  });

  it('warns after 7 days without a check unless the settings say otherwise, in whole days', () => {
    expect(settings.offlineStaleDays).toBe(7);
    expect(defineManual({ ...settings, offlineStaleDays: 14 }).offlineStaleDays).toBe(14);
    expect(() => defineManual({ ...settings, offlineStaleDays: 0 })).toThrowErrorMatchingInlineSnapshot(`
      [UserError: manual.config.ts has 1 problem:
        offlineStaleDays: must be at least 1 day, such as 7]
    `);
    expect(() => defineManual({ ...settings, offlineStaleDays: 2.5 })).toThrowErrorMatchingInlineSnapshot(`
      [UserError: manual.config.ts has 1 problem:
        offlineStaleDays: must be a whole number of days, such as 7]
    `);
  });
});

describe('the web app manifest', () => {
  it('installs the manual as an app that opens at its home page, under the base path', () => {
    expect(webManifest({ ...settings, base: '/manual' })).toMatchInlineSnapshot(`
      {
        "background_color": "#ffffff",
        "description": "The Test Procedures of the Test Partnership.",
        "display": "minimal-ui",
        "icons": [
          {
            "purpose": "any",
            "sizes": "any",
            "src": "/manual/favicon.svg",
            "type": "image/svg+xml",
          },
        ],
        "id": "/manual/",
        "lang": "en-GB",
        "name": "Test SCP Test Procedures",
        "scope": "/manual/",
        "short_name": "Test SCP",
        "start_url": "/manual/",
        "theme_color": "#0b3d5c",
      }
    `);
  });

  it("names the Welsh pages' app in Welsh, from the settings' Welsh names", () => {
    const welsh = { ...settings, partnership: 'Partneriaeth Prawf', shortName: 'PDP Prawf', manualTitle: 'Gweithdrefnau Prawf', base: '/cy/' };
    expect(webManifest(welsh, 'cy')).toMatchObject({
      name: 'Gweithdrefnau Prawf PDP Prawf',
      short_name: 'PDP Prawf',
      description: 'Partneriaeth Prawf: Gweithdrefnau Prawf.',
      lang: 'cy-GB',
      start_url: '/cy/',
    });
  });
});
