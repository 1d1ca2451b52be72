// The floor the benchmark compares with: a bare Astro project with @astrojs/mdx and nothing
// else (no theme, no history, no validation) that renders every version file of the same
// manual as a page and indexes the pages with Pagefind, as the full build does. Wherever it
// is written, a link to the project's node_modules lets it find the installed packages.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CONFIG = `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [mdx()],
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir: './.cache',
  devToolbar: { enabled: false },
});
`;

const COLLECTIONS = (procedures: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  versions: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: ${JSON.stringify(procedures)} }) }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
import Contact from '../Contact.astro';

export async function getStaticPaths() {
  return (await getCollection('versions')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content components={{ Contact }} /></main></body>
</html>
`;

const CONTACT = `---
const { id } = Astro.props;
---
<span data-contact={id}>{id}</span>
`;

// Astro builds, then Pagefind indexes every page, in one process tree like scripts/build.ts.
const BUILD = `import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const here = import.meta.dirname;
const astro = spawnSync(process.execPath, [${JSON.stringify(resolve('../../node_modules/astro/bin/astro.mjs'))}, 'build', '--silent'], {
  cwd: here,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) process.exit(1);
const { index } = await pagefind.createIndex({});
const added = await index.addDirectory({ path: join(here, 'dist') });
await index.writeFiles({ outputPath: join(here, 'dist/pagefind') });
console.log('Indexed ' + added.page_count + ' pages for search.');
await pagefind.close();
`;

/** Writes the bare project into `dir` (replacing it), reading the version files from `contentDir`. */
export function writeBareProject(dir: string, contentDir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/content.config.ts'), COLLECTIONS(resolve(contentDir, 'procedures')));
  writeFileSync(join(dir, 'src/pages/[...slug].astro'), PAGE);
  writeFileSync(join(dir, 'src/Contact.astro'), CONTACT);
  writeFileSync(join(dir, 'build.mjs'), BUILD);
  symlinkSync(resolve('../../node_modules'), join(dir, 'node_modules'), 'junction');
  return join(dir, 'build.mjs');
}
