// The admin page's files: the page with its own Content-Security-Policy, Decap CMS's code
// (served from the site, never from a CDN), the manual's script, the site's styles for the
// preview and the generated configuration. npm run studio serves them; npm run build writes
// them into the site when the settings turn browser editing on.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml } from '../html-text.ts';
import type { Manual } from '../manual.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { buildCms, siteBackend, type CmsBackend } from './config.ts';
import { studioPackageDir } from './studio-packages.ts';
import { GENERATOR_ROOT } from '../manual-root.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** Decap CMS's built files, in studio/node_modules. */
export function decapDir(): string {
  return join(studioPackageDir('decap-cms'), 'dist');
}

/** Decap CMS's code: the main bundle, the chunks it loads as it needs them, and their WebAssembly (not the second copy named cms.js, nor source maps). */
export function decapFiles(): string[] {
  return readdirSync(decapDir())
    .filter((name) => /(^|\.)decap-cms\.js$/.test(name) || name.endsWith('.wasm'))
    .sort();
}

/** Where the CMS talks to: the site itself (the studio's proxy), or the git host's API. */
function backendOrigins(backend: CmsBackend): { connect: string[]; img: string[] } {
  switch (backend.name) {
    case 'proxy':
      return { connect: [], img: [] };
    case 'github':
      return { connect: ['https://api.github.com'], img: ['https://avatars.githubusercontent.com'] };
    case 'gitlab': {
      const origin = new URL(backend.apiRoot ?? 'https://gitlab.com/api/v4').origin;
      return { connect: [origin], img: [origin, 'https://secure.gravatar.com'] };
    }
  }
}

/**
 * The admin page's own policy. Decap CMS needs more than the site's pages allow: it compiles
 * its configuration schema with `new Function` ('unsafe-eval'), its styles are injected at
 * run time ('unsafe-inline' styles), and it calls the git host's API. It still loads code only
 * from the site, and the rest of the site keeps its strict policy.
 */
export function adminPolicy(backend: CmsBackend): string {
  const { connect, img } = backendOrigins(backend);
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    ['img-src', "'self'", 'data:', 'blob:', ...img].join(' '),
    // blob: for Decap's local backup of unsaved work, which reads a draft's uploads back from their blob: addresses.
    ['connect-src', "'self'", 'blob:', ...connect].join(' '),
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The admin page: the manual's script first (it asks Decap CMS to wait for its configuration), then Decap CMS. */
export function adminPage(backend: CmsBackend, title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${adminPolicy(backend)}">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>Edit the manual: ${escapeHtml(title)}</title>
</head>
<body>
<noscript>Editing the manual in the browser needs JavaScript.</noscript>
<script src="cms.js"></script>
<script src="decap-cms.js"></script>
</body>
</html>
`;
}

/** Bundles the admin page's script (src/lib/cms/admin.ts and what it imports) for the browser. */
export async function bundleAdminScript(): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(here, 'admin.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
  });
  return result.outputFiles[0]!.text;
}

/** The site's styles, for the preview pane: the generator's, in `root` (the generator's folder). */
export function previewStyles(root: string = GENERATOR_ROOT): string {
  return ['src/styles/site.css'].map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
}

export interface SiteAdmin {
  /** The manual as the build's check read it. */
  manual: Manual;
  settings: SiteSettings;
  /** The content folder, relative to the repository (and to `root`). */
  contentDir: string;
  today: string;
  /** The project folder: the version files' paths are relative to it. */
  root?: string | undefined;
}

/**
 * Writes the published site's admin page into `dir` (the built site's admin/): the page, Decap
 * CMS's code, the manual's script, the site's styles and the configuration for the backend the
 * cms setting names. Returns the page's Content-Security-Policy, for the host's headers.
 */
export async function writeSiteAdmin(dir: string, admin: SiteAdmin): Promise<string> {
  const { manual, settings, contentDir, today } = admin;
  const root = admin.root ?? process.cwd();
  if (!settings.cms) throw new Error('the settings have no cms');
  const backend = siteBackend(settings.cms);
  // The text each next version starts from: the version in force, or the latest.
  const texts = new Map<string, string>();
  for (const document of [...manual.chapters, ...manual.pages]) {
    const base = document.current ?? document.versions.at(-1);
    if (base) texts.set(base.file, readFileSync(join(root, base.file), 'utf8'));
  }
  const siteUrl = new URL(settings.base.replace(/\/?$/, '/'), settings.site).href;
  const cms = buildCms({ manual, texts, contentDir, settings, today, backend, siteUrl });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), adminPage(backend, settings.manualTitle));
  writeFileSync(join(dir, 'cms.js'), await bundleAdminScript());
  writeFileSync(join(dir, 'cms.json'), JSON.stringify(cms));
  writeFileSync(join(dir, 'preview.css'), previewStyles());
  for (const name of decapFiles()) copyFileSync(join(decapDir(), name), join(dir, name));
  return adminPolicy(backend);
}
