// The generator as an Astro integration: it injects the manual's routes (src/routes), as
// Starlight does, so that a partnership that customises its site can use them in an Astro
// project of its own (`integrations: [safeguardingManual()]`, with the collections of
// src/collections.ts). The generator's own astro.config.mjs uses it too.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { GENERATOR_ROOT } from './lib/manual/manual-root.ts';

/** The generator's routes: one file per page or endpoint, laid out as Astro's src/pages would be. */
const ROUTES = join(GENERATOR_ROOT, 'src', 'routes');

/** The address pattern of a route file, by its path inside src/routes, as Astro gives a file in src/pages. */
export function routePattern(file: string): string {
  const path = file
    .split(sep)
    .join('/')
    .replace(/\.(astro|ts)$/, '');
  return `/${path === 'index' ? '' : path.replace(/\/index$/, '')}`;
}

/** Every route of the generator: its pattern and the file that renders it. */
export function manualRoutes(): { pattern: string; entrypoint: string }[] {
  return readdirSync(ROUTES, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(astro|ts)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((entrypoint) => ({ pattern: routePattern(relative(ROUTES, entrypoint)), entrypoint }));
}

/** The integration: injects every route of the manual's site. */
export function safeguardingManual(): AstroIntegration {
  return {
    name: 'safeguarding-manual',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const route of manualRoutes()) injectRoute(route);
      },
    },
  };
}
