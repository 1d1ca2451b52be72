// npm run migrate (safeguarding-manual migrate): after the generator is updated, brings the
// manual's files up to its format and records its version in package.json (src/lib/manual/migrate.ts).
// It reads no settings first (nor parseCommandArgs, which does): a manual the other commands
// refuse as too old is what it is for.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { madeWith, madeWithStatus, refuseMadeWith } from '../src/lib/manual/made-with.ts';
import { GENERATOR_ROOT, manualRoot } from '../src/lib/manual/manual-root.ts';
import { planMigration } from '../src/lib/manual/migrate.ts';
import { contentDirFromEnv } from '../src/lib/content/source.ts';
import { UserError } from '../src/lib/util/user-error.ts';
import { runCommand } from './run-command.ts';

const HELP = `Usage: npm run migrate -- [--dry-run]

Brings the manual's files up to the format of the generator installed, after an update of the
generator (npm install safeguarding-manual@<version>), and records its version in package.json
(safeguardingManual.madeWith). Files already in the current format are left as they are.

  --dry-run   show what would change, and change nothing`;

await runCommand(() => {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    throw new UserError(`${(e as Error).message}\n\n${HELP}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (positionals.length) throw new UserError(`Unexpected ${positionals.join(' ')}.\n\n${HELP}`);
  const root = manualRoot();
  const { version } = JSON.parse(readFileSync(join(GENERATOR_ROOT, 'package.json'), 'utf8')) as { version: string };
  const made = madeWith(root);
  // A manual made by a newer generator is not migrated back: the generator is updated instead.
  const status = madeWithStatus(made, version);
  if (status === 'newer' || status === 'not-a-version') throw new UserError(refuseMadeWith(made, version));
  const steps = planMigration(root, contentDirFromEnv(), version);
  const shown = (path: string) => relative(process.cwd(), path) || path;
  if (!steps.length) {
    console.log(`The manual's files are in the format of safeguarding-manual ${version} already: nothing to change.`);
    return;
  }
  console.log(`${values['dry-run'] ? 'Would bring' : 'Bringing'} the manual from safeguarding-manual ${made ?? '(no version recorded)'} to ${version}:`);
  for (const step of steps) console.log(`  ${shown(step.path)}: ${step.what}`);
  if (values['dry-run']) {
    console.log('\nThis was a dry run: nothing was changed. Run the command again without --dry-run to migrate.');
    return;
  }
  for (const step of steps) writeFileSync(step.path, step.text);
  console.log('\nDone. Run npm run check, then save (commit) the changed files.');
});
