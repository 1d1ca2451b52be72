// See-also lists: each entry names an existing chapter (or, on an information page, page) other
// than itself. An entry that names a withdrawn document is a mistake only where it can still be
// edited; a published version cannot be, so its page shows the replacement instead.
import { fieldLabel } from './field-labels.ts';
import type { ProblemReport } from './problems.ts';
import { documentNoun, liveReplacement, versionOn } from '../content/versions.ts';
import type { ManualIndex } from './manual-index.ts';

export function checkSeeAlso(index: ManualIndex, report: ProblemReport): void {
  const { today } = index.options;
  for (const { version: v, lineOf } of index.parsed) {
    const ids = index.idsOf(v);
    const noun = documentNoun(v.collection);
    const own = index.documentOf(v);
    const upcoming = v.amended > today;
    // Superseded versions are history: only the one in force and those still to come are read against today's manual.
    const readToday = own?.current === v || upcoming;
    v.seeAlso.forEach((id, i) => {
      const target = ids.get(id);
      const line = lineOf(['seeAlso', i]);
      const field = fieldLabel(['seeAlso', i]);
      if (id === v.chapterId) report.error(v.file, line, field, `names the ${noun} itself`, `remove ${id} from seeAlso`);
      else if (!target && index.unreadable.has(id)) return;
      else if (!target) report.error(v.file, line, field, `${noun} ${id} does not exist`, `use the folder name of an existing ${noun}, or remove it`);
      else if (readToday && versionOn(target, upcoming ? v.amended : today)?.change === 'withdrawn') {
        const onward = liveReplacement(target, ids);
        // A document is never its own see-also, even when it replaces the withdrawn one.
        const replacement = onward?.id === v.chapterId ? undefined : onward;
        if (upcoming) {
          report.error(
            v.file,
            line,
            field,
            `${noun} ${id} is withdrawn`,
            replacement ? `point to its replacement, ${replacement.id}` : `remove ${id} from seeAlso`,
          );
        } else {
          const shown = replacement ? `the page shows its replacement, ${replacement.id}, instead` : 'the page leaves it out';
          report.warning(
            v.file,
            line,
            field,
            `${noun} ${id} has been withdrawn: ${shown}`,
            `to change the list, publish a new version: npm run amend -- ${v.chapterId} --summary "Updated the related ${noun}s."`,
          );
        }
      }
    });
  }
}
