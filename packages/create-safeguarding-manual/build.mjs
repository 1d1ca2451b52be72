// Run before the starter is packed (npm pack, npm publish): bundles what the starter needs from
// the generator and the example manual, so that the published starter stands alone.
// - lib/new-manual.mjs: the generator's src/lib/starter/new-manual.ts (a new manual's settings
//   and content) as plain JavaScript for Node 20, with its one package (yaml) inside;
// - template/: the example manual's workflow, so that a new manual's is the same file.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const here = import.meta.dirname;
const generator = join(here, '..', 'safeguarding-manual');

const result = await build({
  entryPoints: [join(generator, 'src/lib/starter/new-manual.ts')],
  outfile: join(here, 'lib/new-manual.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'inline',
  logLevel: 'warning',
  metafile: true,
  // The packages' CommonJS parts (yaml's) require Node's modules.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});

mkdirSync(join(here, 'template'), { recursive: true });
copyFileSync(join(here, '../../examples/brackenshire/.github/workflows/manual.yml'), join(here, 'template/manual.yml'));
copyFileSync(join(here, '../../examples/brackenshire/.gitlab-ci.yml'), join(here, 'template/gitlab-ci.yml'));
// The generator's version, which a new manual depends on and records.
const { version } = JSON.parse(readFileSync(join(generator, 'package.json'), 'utf8'));
const nodeVersion = JSON.parse(readFileSync(join(here, '../../examples/brackenshire/package.json'), 'utf8')).devDependencies.node;
// Which install scripts npm 11 may run: the same as this repository's (Node 24 and esbuild arrive as packages).
const { allowScripts } = JSON.parse(readFileSync(join(here, '../../package.json'), 'utf8'));
writeFileSync(join(here, 'lib/versions.json'), `${JSON.stringify({ generator: version, node: nodeVersion, allowScripts }, null, 2)}\n`);
if (process.env['STARTER_BUNDLE_SIZES'])
  console.log(
    Object.entries(result.metafile.inputs)
      .sort((a, b) => b[1].bytes - a[1].bytes)
      .slice(0, 15)
      .map(([file, { bytes }]) => `${bytes} ${file}`)
      .join('\n'),
  );
