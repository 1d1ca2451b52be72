#!/usr/bin/env node
// The command-line tool of the generator: `safeguarding-manual <command> [arguments]`, run in a
// manual's folder (the one with manual.config.ts), as the manual's npm scripts do. Each command
// is a script of the generator, run by the same Node; Node 24 comes with the manual as a
// development dependency, so that its npm scripts use it.
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const scripts = join(dirname(fileURLToPath(import.meta.url)), '..', 'scripts');

/** Each command, the script it runs, and what it does (for --help). @type {Record<string, [string | undefined, string]>} */
const COMMANDS = {
  check: ['check', 'checks every file of the manual and lists every problem'],
  build: ['build', 'checks the manual and builds the site into dist/'],
  preview: ['preview', 'serves the built site at http://127.0.0.1:4321/'],
  start: [undefined, 'builds the site, then serves it'],
  amend: ['amend', 'starts a new version of a chapter or information page'],
  'new-chapter': ['new-chapter', 'adds a chapter'],
  withdraw: ['withdraw', 'withdraws a chapter from a date'],
  correct: ['correct', 'records a correction to a published version'],
  lock: ['lock', 'records published versions in the version lock'],
  verify: ['verify', "checks the manual's history against its release records"],
  import: ['import', "imports chapters from a hosted manual's saved pages"],
  evidence: ['evidence', 'writes the evidence of what the manual said on a date'],
  review: ['review', 'lists chapters due for review'],
  digest: ['digest', 'writes the digest of changes for a mailing'],
  save: ['save', 'builds, then saves (commits) the changes'],
  studio: ['studio', 'edits the manual in the browser, on this computer'],
  'commit-status': ['commit-status', "reports the check's --json on a proposed change, in CI"],
  migrate: ['migrate', "brings the manual's files up to the format of the generator installed"],
  'core-update': ['core-update', "proposes the newer release of the manual's core, or takes it in"],
};

const [command, ...args] = process.argv.slice(2);

if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  console.log(
    `Usage: safeguarding-manual <command> [arguments], in the manual's folder\n\n${Object.entries(COMMANDS)
      .map(([name, [, what]]) => `  ${name.padEnd(width)}  ${what}`)
      .join('\n')}\n\nsafeguarding-manual <command> --help says more about a command.`,
  );
  process.exit(command === undefined ? 1 : 0);
}

if (!Object.hasOwn(COMMANDS, command)) {
  console.error(`There is no command "${command}": the commands are ${Object.keys(COMMANDS).join(', ')}.`);
  process.exit(1);
}

// The generator is TypeScript, which Node runs as it is from version 22.18.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `safeguarding-manual needs Node 24, and this is Node ${process.versions.node}. Run it through the manual's npm scripts (npm run ${command}), which use the Node 24 the manual installs (its development dependency "node"), or install Node 24.`,
  );
  process.exit(1);
}

// Installed in a manual's node_modules, the generator's TypeScript needs strip-types.mjs in each
// Node process it starts (Astro and the check's child too), which NODE_OPTIONS passes on.
const self = realpathSync(fileURLToPath(import.meta.url));
const installed = self.split(sep).includes('node_modules');
const hooks = pathToFileURL(join(dirname(self), 'strip-types.mjs')).href;
const env = installed ? { ...process.env, NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import=${hooks}`.trim() } : process.env;

/**
 * Runs one script of the generator; returns its exit code.
 * @param {string} script
 * @param {string[]} scriptArgs
 * @returns {number}
 */
function run(script, scriptArgs) {
  const done = spawnSync(process.execPath, [join(scripts, `${script}.ts`), ...scriptArgs], { stdio: 'inherit', env });
  if (done.error) throw done.error;
  return done.status ?? 1;
}

const [script] = /** @type {[string | undefined, string]} */ (COMMANDS[command]);
if (script !== undefined) process.exit(run(script, args));
// start: build, then serve what was built.
const built = run('build', []);
process.exit(built === 0 ? run('preview', args) : built);
