// Rules within one chapter or information page: the kinds of change its versions record, their
// summaries, withdrawal, and the document that replaces a withdrawn one.
import type { ProblemReport } from './problems.ts';
import { documentNoun, liveReplacement } from '../content/versions.ts';
import type { ManualIndex } from './manual-index.ts';

export function checkDocuments(index: ManualIndex, report: ProblemReport): void {
  const { at, today } = { at: index.at, today: index.options.today };
  // The commands find a document by its id alone: one id, one document.
  for (const page of index.pages.filter((p) => index.byId.has(p.id))) {
    const first = page.versions[0]!;
    report.error(
      first.file,
      undefined,
      'page id',
      `the information page ${page.id} has the same id as a chapter, so the commands could not tell them apart`,
      `rename the folder ${index.source.contentDir}/pages/${page.id}, for example to ${page.id}-information`,
    );
  }
  for (const chapter of [...index.chapters, ...index.pages]) {
    const noun = documentNoun(chapter.collection);
    const ids = index.idsOf(chapter);
    chapter.versions.forEach((v, i) => {
      if (i === 0 && v.change !== 'new') {
        report.error(v.file, at(v, 'change'), 'change', `the first version of a ${noun} must be new, not ${v.change}`, 'write change: new');
      }
      if (i > 0 && v.change === 'new') {
        report.error(
          v.file,
          at(v, 'change'),
          'change',
          `only the first version is new (the ${noun} started on ${chapter.versions[0]!.amended})`,
          'write change: updated',
        );
      }
      if (i > 0 && !v.summary) {
        report.error(
          v.file,
          at(v, 'change'),
          'summary',
          'is missing: every version after the first must say what changed and why',
          'add summary: followed by one or two sentences',
        );
      }
      const withdrawal = chapter.versions.slice(0, i).find((earlier) => earlier.change === 'withdrawn');
      if (withdrawal) {
        report.error(
          v.file,
          at(v, 'amended'),
          'amended',
          `the ${noun} was withdrawn on ${withdrawal.amended}, so it cannot have a later version`,
          `delete this file; to bring the ${noun} back, write a new ${noun}${noun === 'chapter' ? ' with npm run new-chapter' : ''}`,
        );
      }
      if (v.replacedBy === undefined) return;
      const target = ids.get(v.replacedBy);
      const line = at(v, 'replacedBy');
      if (v.change !== 'withdrawn') {
        report.error(v.file, line, 'replacedBy', `is only for a version that withdraws the ${noun}`, 'remove replacedBy, or write change: withdrawn');
      } else if (v.replacedBy === chapter.id) {
        report.error(v.file, line, 'replacedBy', `names the ${noun} itself`, `name the ${noun} that replaces this one, or remove replacedBy`);
      } else if (!target && index.unreadable.has(v.replacedBy)) {
        // The chapter's own files report why it cannot be read.
      } else if (!target) {
        report.error(v.file, line, 'replacedBy', `${noun} ${v.replacedBy} does not exist`, `use the folder name of an existing ${noun}`);
      } else if (target.withdrawn && v.amended > today) {
        report.error(v.file, line, 'replacedBy', `${noun} ${v.replacedBy} is withdrawn itself`, `name a ${noun} that is in force`);
      } else if (target.withdrawn) {
        // A published withdrawal cannot be edited: readers are sent on to whatever replaces the replacement.
        const onward = liveReplacement(target, ids);
        report.warning(
          v.file,
          line,
          'replacedBy',
          `${noun} ${v.replacedBy} has since been withdrawn too`,
          onward ? `nothing to do: the page sends readers on to its replacement, ${onward.id}` : `nothing to do: the page no longer names a replacement`,
        );
      }
    });
  }
}
