// A command's draft put through the one check of a change. Kept apart from plan.ts, which the
// editor's bundle reads (through withdraw.ts): the check needs Node's modules.
import type { CheckOptions, ManualSource } from '../content/manual.ts';
import { refusalOf, type Planned } from './plan.ts';
import { checkProposedChange, isMissingSignOff } from './proposed-change.ts';

/**
 * A command's plan with its draft put through the one check of a change (checkProposedChange),
 * as the studio and npm run save put theirs: the draft is refused for every problem of its own,
 * in the commands' words, except the sign-off a draft may still lack (its notes say so).
 * Problems it causes elsewhere, such as links to a withdrawn chapter, are in its notes.
 */
export function checkPlan(planned: Planned, source: ManualSource, options: CheckOptions): Planned {
  if (!planned.draft) return planned;
  const { file, text } = planned.draft;
  const problems = checkProposedChange(source, { write: [{ path: file, content: text }], create: [file] }, options).filter(
    (p) => p.file === file && !isMissingSignOff(p),
  );
  return problems.length ? { refusals: problems.map(refusalOf) } : planned;
}
