#!/usr/bin/env node
// npm create safeguarding-manual@latest my-manual: makes a new partnership's manual, a small
// repository of its own whose one dependency is the generator. It asks a few questions, or takes
// every answer from flags. Plain JavaScript for Node 20 and later: it runs before Node 24 is
// installed into the new manual.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';

const here = import.meta.dirname;

const HELP = `Usage: npm create safeguarding-manual@latest <folder> [-- options]

Makes a new safeguarding children procedures manual in <folder>: its settings, a content folder
that passes the check (with a warning for each contact still to complete), the workflow that
checks and publishes it, and a README for its editors. Without the options below it asks.

  --name            the partnership's full name, such as "Northshire Safeguarding Children Partnership"
  --short-name      the short name shown in the header, such as "Northshire SCP"
  --areas           the local areas, separated by commas, such as "Northtown,South Vale"
  --site            the address the manual will be published at, such as https://procedures.northshire.example
  --sign-off-group  the group that approves new versions, such as "Policy and Procedures Group"`;

/** Each answer: its flag, the question asked for it, and an example. */
const QUESTIONS = [
  ['name', "The partnership's full name", 'Northshire Safeguarding Children Partnership'],
  ['short-name', 'The short name shown in the header', 'Northshire SCP'],
  ['areas', 'The local areas, separated by commas', 'Northtown, South Vale'],
  ['site', 'The address the manual will be published at', 'https://procedures.northshire.example'],
  ['sign-off-group', 'The group that approves new versions', 'Policy and Procedures Group'],
];

/** The commands a manual's editors run, as npm scripts (the editors' guide uses these). */
const COMMANDS = [
  'check',
  'build',
  'preview',
  'start',
  'amend',
  'new-chapter',
  'withdraw',
  'correct',
  'lock',
  'verify',
  'import',
  'evidence',
  'review',
  'digest',
  'save',
  'studio',
];

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** Today in the UK, as YYYY-MM-DD. */
function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** Why an answer cannot be used, or undefined. */
function problemWith(flag, value) {
  if (!value.trim()) return 'is empty';
  if (flag === 'site') {
    try {
      const url = new URL(value);
      if (url.protocol !== 'https:') return 'must start with https://';
    } catch {
      return 'is not a web address: write it in full, such as https://procedures.northshire.example';
    }
  }
  if (flag === 'areas' && !value.split(',').some((area) => area.trim())) return 'names no area';
  return undefined;
}

/** `value` as TypeScript source, indented by `indent`. */
function toTs(value, indent = '') {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object')) return `[${value.map((v) => toTs(v)).join(', ')}]`;
    return `[\n${value.map((v) => `${inner}${toTs(v, inner)},`).join('\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const key = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`);
    return `{\n${Object.entries(value)
      .map(([k, v]) => `${inner}${key(k)}: ${toTs(v, inner)},`)
      .join('\n')}\n${indent}}`;
  }
  if (typeof value === 'string') return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  return String(value);
}

function readme(settings, answers) {
  const drafts = settings.worriedPanel.filter((id) => id.endsWith('-front-door'));
  return `# ${settings.partnership}: safeguarding children procedures

The multi-agency safeguarding children procedures of ${settings.partnership}, built into a
website by [safeguarding-manual](https://www.npmjs.com/package/safeguarding-manual). This
repository holds only what the partnership owns: its settings (\`manual.config.ts\`), its
chapters and contacts (\`content/\`), the workflow that checks and publishes it
(\`.github/workflows/manual.yml\` on GitHub, \`.gitlab-ci.yml\` on GitLab) and this README.

## First steps

You need Node.js 20 or later, with npm, and git.

\`\`\`sh
npm install   # installs the generator, and the Node 24 it runs on
npm run check # checks every file and lists every problem
npm start     # builds the site and serves it at http://127.0.0.1:4321/
\`\`\`

The check warns about the contacts the "Worried about a child?" panel shows on every page
that are still drafts: ${drafts.map((id) => `\`content/contacts/${id}.yaml\``).join(', ')}.
Their numbers are placeholders that reach no one. Phone each service, write its real numbers
and details, set \`verified:\` to the day you checked them, and remove \`draft: true\`.

## Keeping the manual

Every change is a new dated version of a chapter, approved by the ${answers.signOffGroup}:

\`\`\`sh
npm run amend -- welcome --summary "What changed, in a sentence."
npm run new-chapter -- --title "Strategy Discussions" --section 1.2
npm run check
npm run save -- "What you changed"
\`\`\`

\`npm run studio\` edits the manual in a web browser instead. The editors' guide of
safeguarding-manual (\`docs/editing.md\` in its repository) gives every recipe, and
\`npx safeguarding-manual --help\` lists the commands.

## Publishing

\`.github/workflows/manual.yml\` checks every proposed change, and builds and publishes the
site from \`main\` to GitHub Pages every night and on every push. The site's address is
\`site\` in \`manual.config.ts\`. On GitLab, \`.gitlab-ci.yml\` does the same with GitLab Pages
(its comments say what to set up); delete the file your host does not use.
`;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    help: { type: 'boolean', short: 'h' },
    ...Object.fromEntries(QUESTIONS.map(([flag]) => [flag, { type: 'string' }])),
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (positionals.length > 1) fail(`Give one folder for the new manual, not ${positionals.length}: ${positionals.join(', ')}.`);

const answers = {};
const missing = QUESTIONS.filter(([flag]) => values[flag] === undefined);
let folder = positionals[0];
if ((missing.length || folder === undefined) && !process.stdin.isTTY) {
  fail(
    `Give ${[folder === undefined ? 'the folder' : '', ...missing.map(([flag]) => `--${flag}`)].filter(Boolean).join(', ')}: there is no one to ask here.\n\n${HELP}`,
  );
}
if (missing.length || folder === undefined) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  folder ??= (await rl.question('The folder for the new manual (such as northshire-procedures): ')).trim();
  for (const [flag, question, example] of missing) {
    for (;;) {
      const answer = (await rl.question(`${question} (such as ${example}): `)).trim();
      const problem = problemWith(flag, answer);
      if (!problem) {
        values[flag] = answer;
        break;
      }
      console.log(`That ${problem}.`);
    }
  }
  rl.close();
}
const problems = QUESTIONS.map(([flag]) => [flag, problemWith(flag, values[flag])]).filter(([, problem]) => problem);
if (!folder) problems.unshift(['folder', 'is empty']);
if (problems.length) fail(problems.map(([flag, problem]) => `--${flag} ${problem}.`).join('\n'));

const target = resolve(folder);
if (existsSync(target) && readdirSync(target).length) fail(`${target} is not empty: choose a new folder for the manual. Nothing was written.`);

answers.name = values.name.trim();
answers.shortName = values['short-name'].trim();
answers.areas = values.areas
  .split(',')
  .map((area) => area.trim())
  .filter(Boolean);
answers.site = values.site.trim().replace(/\/$/, '');
answers.signOffGroup = values['sign-off-group'].trim();
answers.today = today();

let made;
let versions;
try {
  ({ newManual: made } = await import('./lib/new-manual.mjs'));
  versions = JSON.parse(readFileSync(join(here, 'lib/versions.json'), 'utf8'));
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' && e?.code !== 'ENOENT') throw e;
  fail('This copy of the starter has not been built: run npm pack (or node build.mjs) in its folder first.');
}
const { settings, files } = made(answers);

const write = (path, text) => {
  mkdirSync(dirname(join(target, path)), { recursive: true });
  writeFileSync(join(target, path), text);
};
const name =
  basename(target)
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'safeguarding-manual-site';
write(
  'package.json',
  `${JSON.stringify(
    {
      name,
      version: '1.0.0',
      private: true,
      type: 'module',
      description: `${answers.name}: multi-agency safeguarding children procedures`,
      scripts: Object.fromEntries(COMMANDS.map((command) => [command, `safeguarding-manual ${command}`])),
      dependencies: { 'safeguarding-manual': `^${versions.generator}` },
      devDependencies: { node: versions.node },
      allowScripts: versions.allowScripts,
      // The generator this manual was made with: a later generator reads it, or names the command that migrates it.
      safeguardingManual: { madeWith: versions.generator },
    },
    null,
    2,
  )}\n`,
);
write(
  'manual.config.ts',
  `// The site settings: the one file the partnership edits to make the manual its own. The
// generator checks them whenever it runs; its guide to the settings lists every one.
import type { ManualSettings } from 'safeguarding-manual';

export default ${toTs(settings)} satisfies ManualSettings;
`,
);
for (const [path, text] of Object.entries(files)) write(join('content', path), text);
write('.github/workflows/manual.yml', readFileSync(join(here, 'template/manual.yml'), 'utf8'));
write('.gitlab-ci.yml', readFileSync(join(here, 'template/gitlab-ci.yml'), 'utf8'));
write('README.md', readme(settings, answers));
write('.gitignore', 'node_modules\ndist/\n.astro/\n');
write('.nvmrc', '24\n');

console.log(`Made a new manual for ${answers.name} in ${target}.

Next:
  cd ${folder}
  npm install
  npm run check   # passes, with a warning for each contact still to complete
  npm start       # builds the site and serves it at http://127.0.0.1:4321/

README.md says what to do first.`);
