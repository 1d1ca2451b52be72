// Shared by new-chapter, amend and withdraw: reads the manual, drafts a version file, and writes it without overwriting anything.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { settings } from './manual-settings.ts';
import { authoringContext, type AuthoringContext } from '../src/lib/authoring/context.ts';
import { checkPlan } from '../src/lib/authoring/check-plan.ts';
import { describeDraft, describeRefusals, type Planned } from '../src/lib/authoring/plan.ts';
import { collectionSegments } from '../src/lib/site/urls.ts';
import type { Collection } from '../src/lib/content/versions.ts';
import { runCommand } from './run-command.ts';
import { loadManual } from './load-manual.ts';

type Plan = (ctx: AuthoringContext, values: Record<string, string | undefined>, positionals: string[], today: string) => Planned | string;

/**
 * Parses a command's arguments: prints the help and exits for --help, and exits with a
 * one-line reason and the help for an unknown option or an option without its value.
 */
export function parseCommandArgs(
  help: string,
  options: ParseArgsOptionsConfig,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    const option = /'(-[^' ]+)/.exec((e as Error).message)?.[1] ?? '';
    const known = Object.keys(options)
      .map((o) => `--${o}`)
      .join(', ');
    const message =
      (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `There is no option ${option}: the options are ${known} and --help.`
        : `${option} needs a value, in quotes if it has spaces.`;
    console.error(`${message}\n\n${help}`);
    process.exit(1);
  }
  if (parsed.values['help']) {
    console.log(help);
    process.exit(0);
  }
  return parsed;
}

/** Runs a command: parses its arguments, drafts with `plan`, writes the file, and prints what happened. */
export async function runAuthoringCommand(help: string, options: ParseArgsOptionsConfig, plan: Plan): Promise<void> {
  await runCommand(() => draftAndWrite(help, options, plan));
}

function draftAndWrite(help: string, options: ParseArgsOptionsConfig, plan: Plan): void {
  const parsed = parseCommandArgs(help, options);
  const { today, source, manual, options: checkOptions } = loadManual({ checkBodies: false });
  // Files of a manual kept outside the project are shown by their full path.
  const shown = (text: string) => (source.contentDir.startsWith('..') ? text.replaceAll(`${source.contentDir}/`, `${resolve(source.contentDir)}/`) : text);
  const made = plan(authoringContext(source, manual, settings, today), parsed.values as Record<string, string | undefined>, parsed.positionals, today);
  if (typeof made === 'string') {
    console.error(`${made}\n\n${help}`);
    process.exit(1);
  }
  // The one check of a change, as the studio and npm run save run it, on the drafted file.
  const planned = checkPlan(made, source, checkOptions);
  if (planned.refusals) {
    console.error(shown(describeRefusals(planned.refusals)));
    process.exit(1);
  }
  const { draft } = planned;
  if (existsSync(draft.file)) {
    console.error(shown(describeRefusals([{ problem: `${draft.file} already exists`, fix: 'edit that file, or choose another --date' }])));
    process.exit(1);
  }
  mkdirSync(dirname(draft.file), { recursive: true });
  // 'wx' fails rather than overwrite a file that appeared since the check above.
  writeFileSync(draft.file, draft.text, { flag: 'wx' });
  // The folder names the collection (procedures/ or pages/) and the id.
  const [collection, id] = dirname(draft.file).split('/').slice(-2) as [Collection, string];
  console.log(shown(describeDraft(draft, `http://127.0.0.1:4321${settings.base.replace(/\/$/, '')}/${collectionSegments[collection]}/${id}/`)));
}
